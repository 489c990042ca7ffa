// The English time grammar, second half: expressions resolved against the
// document date ("yesterday", "last June", "on Thursday", "two years ago",
// "the third quarter"), vague references ("now", "recently"), durations
// ("for six months"), ages ("a 52-year-old", "aged 44"), sets ("every
// year"), financial references ("the latest quarter", "the year-earlier
// period") and named dates (holidays, years in words).
#include <string>

#include "extract/time/internal/time_grammar_en.h"
#include "extract/time/internal/time_lexicon_en.h"

namespace dossier::internal {

bool EnglishTimeParser::LooksFuture(size_t i) const {
  const size_t from = i > 8 ? i - 8 : 0;
  for (size_t k = from; k < i; ++k) {
    if (AnyWord(k, {"will", "ll", "shall", "scheduled", "expected", "plans", "planned", "due",
                    "going", "next", "upcoming"})) {
      return true;
    }
    if (Punct(k, ".") || Punct(k, ";")) return false;
  }
  return false;
}

bool EnglishTimeParser::ParseWeekday(size_t i, DateValue* v, size_t* next) const {
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord || !toks_[i].capitalized) {
    return false;
  }
  const int weekday = EnglishWeekday(toks_[i].lower);
  if (weekday == 0) return false;
  size_t j = i + 1;
  if (toks_[i].lower.size() <= 5) {  // "Thu." needs its period
    if (!(Punct(j, ".") && Glued(j))) return false;
    ++j;
  }
  *next = j;
  if (!anchor_) {
    *v = Unresolved(TimeUnit::kDay);
    return true;
  }
  const int today = IsoWeekday(*anchor_);
  int delta = weekday - today;
  if (LooksFuture(i)) {
    if (delta <= 0) delta += 7;
  } else if (delta > 1) {
    delta -= 7;
  }
  *v = Relative(UnitContaining(TimeUnit::kDay, AddDays(*anchor_, delta)));
  return true;
}

bool EnglishTimeParser::ParseQuarter(size_t i, DateValue* v, size_t* next) const {
  size_t j = i;
  if (Word(j, "the")) ++j;
  int q = 0;
  if (j < toks_.size() && toks_[j].kind == TimeTokenKind::kWord) {
    q = EnglishOrdinal(toks_[j].lower);
    ++j;
  } else if (Number(j) && Glued(j + 1) && j + 1 < toks_.size() &&
             IsOrdinalSuffix(toks_[j + 1].lower)) {
    q = static_cast<int>(toks_[j].value);
    j += 2;
  }
  if (q < 1 || q > 4) return false;
  if (Punct(j, "-") && Glued(j)) ++j;
  if (!Word(j, "quarter")) return false;
  ++j;
  v->unit = TimeUnit::kQuarter, v->quarter = q, v->year = 0;
  int year = 0;
  size_t k = j;
  if (Word(k, "of")) ++k;
  if (ParseYearNumber(k, &year, &k)) {
    v->year = year;
    *next = k;
    return true;
  }
  *next = j;
  QuarterOfAnchor(v);
  return true;
}

bool EnglishTimeParser::ParseShifted(size_t i, DateValue* v, size_t* next) const {
  size_t j = i;
  if (AnyWord(j, {"about", "some", "nearly", "almost", "roughly", "around", "only", "just"})) ++j;
  if (Word(j, "more") && Word(j + 1, "than")) j += 2;
  int count = 0;
  size_t k = 0;
  if (!ParseCount(j, &count, &k)) return false;
  TimeUnit unit;
  bool plural = false;
  if (k >= toks_.size() || !EnglishTimeUnit(toks_[k].lower, &unit, &plural)) return false;
  ++k;
  int sign = 0;
  if (AnyWord(k, {"ago", "earlier", "before"})) {
    sign = -1;
  } else if (AnyWord(k, {"later", "hence"})) {
    sign = 1;
  } else if (Word(k, "from") && Word(k + 1, "now")) {
    sign = 1, ++k;
  }
  if (sign == 0) return false;
  // "a year earlier", "two years later": relative to a narrated event, which
  // the grammar does not know; like "ago" they are resolved against the
  // document date (the contract's convention) and unresolved without one.
  *next = k + 1;
  if (!anchor_) {
    *v = Unresolved(unit);
    if (AnyWord(k, {"later", "earlier"})) v->narrated_shift = sign * count;
    return true;
  }
  // "Profit rose from $5 million a year earlier": in a passage about
  // quarters the comparison is the same quarter of the year before.
  if (unit == TimeUnit::kYear && count == 1 && sign < 0 && QuarterContext()) {
    *v = Relative(ShiftUnit(ReportedQuarter(i), -4));
    return true;
  }
  *v = Relative(ShiftUnit(UnitContaining(unit, *anchor_), sign * count));
  if (AnyWord(k, {"later", "earlier"})) v->narrated_shift = sign * count;
  return true;
}

bool EnglishTimeParser::QuarterContext() const {
  if (quarter_context_ < 0) {
    quarter_context_ = 0;
    for (size_t k = 0; k < toks_.size() && quarter_context_ == 0; ++k) {
      if (AnyWord(k, {"quarter", "quarterly", "quarters"})) quarter_context_ = 1;
    }
  }
  return quarter_context_ == 1;
}

DateValue EnglishTimeParser::ReportedQuarter(size_t i) const {
  const DateValue current = UnitContaining(TimeUnit::kQuarter, *anchor_);
  return Relative(LooksFuture(i) ? current : ShiftUnit(current, -1));
}

bool EnglishTimeParser::ParseFiscal(size_t i, DateValue* v, size_t* next) const {
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord) return false;
  size_t j = i;
  const bool the = Word(j, "the");
  if (the) ++j;
  if (the && Word(j, "comparable")) ++j;
  bool quarter = false;  // a quarter, else a year
  size_t k = 0;
  if (Word(j, "year") && Punct(j + 1, "-") && Glued(j + 1) && AnyWord(j + 2, {"earlier", "ago"}) &&
      Glued(j + 2)) {
    // "year-earlier", "the year-ago quarter", "the comparable year-ago period"
    k = j + 3;
    if (AnyWord(k, {"quarter", "period"})) {
      quarter = Word(k, "quarter") || QuarterContext();
      ++k;
    } else if (the) {
      return false;  // "the year-earlier profit": the article is the noun's
    } else {
      quarter = QuarterContext();
    }
    if (!anchor_) {
      *v = Unresolved(quarter ? TimeUnit::kQuarter : TimeUnit::kYear);
    } else if (quarter) {
      *v = Relative(ShiftUnit(ReportedQuarter(i), -4));
    } else {
      *v = Relative(ShiftUnit(UnitContaining(TimeUnit::kYear, *anchor_), -1));
    }
    *next = k;
    return true;
  }
  // "the quarter", "the latest quarter", "the recent period"
  if (!the || j != i + 1) return false;
  k = j;
  bool latest = false;
  if (AnyWord(k, {"latest", "recent"})) latest = true, ++k;
  if (k >= toks_.size() || toks_[k].capitalized) return false;  // "the Latin Quarter"
  if (!(Word(k, "quarter") || (latest && Word(k, "period") && QuarterContext()))) return false;
  ++k;
  // "the quarter-final", "the quarter of the vote", "a quarter point"
  if ((Punct(k, "-") && Glued(k)) || AnyWord(k, {"of", "point", "points", "mile", "miles", "hour",
                                                 "final", "finals", "century"})) {
    return false;
  }
  *v = anchor_ ? ReportedQuarter(i) : Unresolved(TimeUnit::kQuarter);
  *next = k;
  return true;
}

namespace {

// Fixed-date holidays and US Thanksgiving (day 0: the fourth Thursday of
// November). `second` is the word that must follow, or "" for none;
// `optional` a word the name may end with ("Christmas Day").
struct Holiday {
  std::string_view first, second, optional;
  int month, day;
};
constexpr Holiday kHolidays[] = {{"christmas", "eve", "", 12, 24},
                                 {"christmas", "", "day", 12, 25},
                                 {"boxing", "day", "", 12, 26},
                                 {"halloween", "", "", 10, 31},
                                 {"thanksgiving", "", "day", 11, 0}};

CivilDate HolidayIn(const Holiday& h, int year) {
  if (h.day != 0) return CivilDate{year, h.month, h.day};
  const int first_thursday = 1 + (4 - IsoWeekday(CivilDate{year, 11, 1}) + 7) % 7;
  return CivilDate{year, 11, first_thursday + 21};
}

}  // namespace

bool EnglishTimeParser::ParseHoliday(size_t i, DateValue* v, size_t* next) const {
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord) return false;
  size_t j = i;
  int shift = 2;  // none
  if (AnyWord(j, {"last", "this", "next"})) {
    shift = Word(j, "last") ? -1 : (Word(j, "next") ? 1 : 0);
    ++j;
  }
  if (j >= toks_.size() || !toks_[j].capitalized) return false;
  const Holiday* holiday = nullptr;
  size_t k = j;
  // "New Year's Day", "New Year's Eve", "Valentine's Day"
  auto possessive = [&](size_t m) {
    return (Punct(m, "'") || Punct(m, "’")) && Word(m + 1, "s") && Glued(m + 1);
  };
  static constexpr Holiday kNewYear{"", "", "", 1, 1}, kNewYearsEve{"", "", "", 12, 31},
      kValentine{"", "", "", 2, 14};
  if (Word(j, "new") && Word(j + 1, "year") && possessive(j + 2) &&
      AnyWord(j + 4, {"day", "eve"})) {
    holiday = Word(j + 4, "day") ? &kNewYear : &kNewYearsEve;
    k = j + 5;
  } else if (Word(j, "valentine") && possessive(j + 1) && Word(j + 3, "day")) {
    holiday = &kValentine;
    k = j + 4;
  } else {
    for (const Holiday& h : kHolidays) {
      if (!Word(j, h.first) || (!h.second.empty() && !Word(j + 1, h.second))) continue;
      holiday = &h;
      k = h.second.empty() ? j + 1 : j + 2;
      if (!h.optional.empty() && Word(k, h.optional)) ++k;
      break;
    }
  }
  if (holiday == nullptr) return false;
  v->unit = TimeUnit::kDay;
  int year = 0;
  size_t m = Word(k, "of") || Punct(k, ",") ? k + 1 : k;
  // A bare name ("Christmas", not "Christmas Day") is a date after a
  // preposition of time or before a year, not in "Christmas trees".
  const bool bare = k == j + 1;
  if (bare && shift == 2 && !ParseYearNumber(m, &year, &m) &&
      !(i > 0 && AnyWord(i - 1, {"on", "at", "by", "before", "after", "until", "till", "since",
                                 "over", "for", "during", "around", "from", "to", "through"}))) {
    return false;
  }
  m = Word(k, "of") || Punct(k, ",") ? k + 1 : k;
  if (shift == 2 && ParseYearNumber(m, &year, &m)) {  // "Christmas 1998"
    const CivilDate d = HolidayIn(*holiday, year);
    v->year = d.year, v->month = d.month, v->day = d.day;
    *next = m;
    return true;
  }
  *next = k;
  if (shift == 2 && holiday->day != 0) {  // the narrative's year fills it
    v->month = holiday->month, v->day = holiday->day, v->year = 0;
    return true;
  }
  if (!anchor_) {
    *v = Unresolved(TimeUnit::kDay);
    return true;
  }
  // "last Christmas", "next Thanksgiving", a bare "Thanksgiving": the one
  // before the document date, after it, or (looking ahead) the coming one.
  if (shift == 2) shift = LooksFuture(i) ? 1 : -1;
  CivilDate d = HolidayIn(*holiday, anchor_->year);
  if (shift < 0 && !(d < *anchor_)) d = HolidayIn(*holiday, anchor_->year - 1);
  if (shift > 0 && !(*anchor_ < d)) d = HolidayIn(*holiday, anchor_->year + 1);
  *v = Relative(UnitContaining(TimeUnit::kDay, d));
  return true;
}

bool EnglishTimeParser::ParseYearInWords(size_t i, DateValue* v, size_t* next) const {
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord) return false;
  int year = 0;
  size_t k = 0;
  if (Word(i, "the") && Word(i + 1, "year") && Word(i + 2, "two") && Word(i + 3, "thousand")) {
    // "the year two thousand", "the year two thousand and one"
    year = 2000, k = i + 4;
    int n = 0;
    size_t m = 0;
    if (Word(k, "and") && !AnyWord(k + 1, {"a", "an"}) && ParseCount(k + 1, &n, &m) && n < 100 &&
        toks_[k + 1].kind == TimeTokenKind::kWord) {
      year += n, k = m;
    }
  } else if (AnyWord(i, {"nineteen", "twenty"}) && i + 1 < toks_.size() &&
             toks_[i + 1].kind == TimeTokenKind::kWord && !Word(i + 1, "dozen")) {
    // "nineteen ninety-six", "twenty fifteen"; not "nineteen twelve-year-olds"
    int n = 0;
    if (!ParseCount(i + 1, &n, &k) || n < 10 || n > 99) return false;
    if (Punct(k, "-") && Glued(k)) return false;
    TimeUnit unit;
    bool plural = false;
    if (k < toks_.size() && EnglishTimeUnit(toks_[k].lower, &unit, &plural)) return false;
    year = (Word(i, "nineteen") ? 1900 : 2000) + n;
  } else {
    return false;
  }
  v->unit = TimeUnit::kYear, v->year = year;
  *next = k;
  return true;
}

bool EnglishTimeParser::ParseRelative(size_t i, DateValue* v, size_t* next) const {
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord) return false;
  const std::string_view w = toks_[i].lower;
  // Days next to the document date.
  int day_offset = 0;
  bool day_word = true;
  if (w == "yesterday") {
    day_offset = -1;
  } else if (w == "today" || w == "tonight") {
    day_offset = 0;
  } else if (w == "tomorrow") {
    day_offset = 1;
  } else {
    day_word = false;
  }
  if (day_word) {
    *next = i + 1;
    *v = anchor_ ? Relative(UnitContaining(TimeUnit::kDay, AddDays(*anchor_, day_offset)))
                 : Unresolved(TimeUnit::kDay);
    return true;
  }
  // Vague references.
  TimeRef ref = TimeRef::kNone;
  size_t j = i + 1;
  if (w == "now" || w == "currently" || w == "nowadays") {
    ref = TimeRef::kPresent;
  } else if (w == "recently") {
    ref = TimeRef::kPast;
  } else if (w == "recent" &&
             AnyWord(i + 1, {"years", "months", "weeks", "days", "decades", "times"})) {
    ref = TimeRef::kPast, j = i + 2;  // "in recent years"
  } else if (w == "the" && Word(i + 1, "future") && !Word(i + 2, "of")) {
    ref = TimeRef::kFuture, j = i + 2;
  } else if (w == "the" && Word(i + 1, "past") && !Punct(i + 2, "-") && j + 1 < toks_.size() &&
             !AnyWord(i + 2, {"few", "several", "two", "three", "year", "years", "month", "months",
                              "week", "weeks", "decade", "decades", "day", "days"}) &&
             !Number(i + 2)) {
    ref = TimeRef::kPast, j = i + 2;
  }
  if (ref != TimeRef::kNone) {
    v->ref = ref;
    v->relative = true;
    *next = j;
    return true;
  }
  // "the weekend", "this weekend", "last weekend", "next weekend": on a
  // weekday, "the weekend" is the one just past unless the sentence looks
  // ahead.
  if (AnyWord(i, {"the", "this", "last", "next"}) && Word(i + 1, "weekend")) {
    *next = i + 2;
    if (!anchor_) {
      *v = Unresolved(TimeUnit::kWeek);
      v->weekend = true;
      return true;
    }
    const bool in_weekend = IsoWeekday(*anchor_) >= 6;
    int shift = 0;  // weeks from the anchor's
    if (w == "last") {
      shift = -1;
    } else if (w == "next") {
      shift = in_weekend ? 1 : 0;
    } else if (w == "the" && !in_weekend && !LooksFuture(i)) {
      shift = -1;
    }
    *v = Relative(ShiftUnit(UnitContaining(TimeUnit::kWeek, *anchor_), shift));
    v->weekend = true;
    return true;
  }
  if (ParseWeekday(i, v, next)) return true;
  if (ParseShifted(i, v, next)) return true;
  // "the following year", "the previous month": from the date narrated last.
  if (Word(i, "the") && AnyWord(i + 1, {"following", "previous", "preceding"}) &&
      i + 2 < toks_.size()) {
    TimeUnit unit;
    bool plural = false;
    if (EnglishTimeUnit(toks_[i + 2].lower, &unit, &plural) && !plural &&
        (unit == TimeUnit::kYear || unit == TimeUnit::kMonth || unit == TimeUnit::kDay)) {
      const int shift = Word(i + 1, "following") ? 1 : -1;
      *v = UnitShifted(unit, shift);
      v->narrated_shift = shift;
      *next = i + 3;
      return true;
    }
  }
  // "last June", "this year", "next week", "earlier this month", "last summer"
  j = i;
  if (AnyWord(j, {"earlier", "later"}) && Word(j + 1, "this")) ++j;
  int shift = 0;
  if (AnyWord(j, {"last", "past", "previous"})) {
    shift = -1;
  } else if (AnyWord(j, {"this", "current"})) {
    shift = 0;
  } else if (AnyWord(j, {"next", "coming"})) {
    shift = 1;
  } else {
    return false;
  }
  const size_t k = j + 1;
  if (k >= toks_.size() || toks_[k].kind != TimeTokenKind::kWord) return false;
  TimeUnit unit;
  bool plural = false;
  bool abbreviation = false;
  const int month = EnglishMonth(toks_[k].lower, &abbreviation);
  const int season = EnglishSeason(toks_[k].lower);
  const int weekday = EnglishWeekday(toks_[k].lower);
  *next = k + 1;
  if (month != 0 && !abbreviation) {
    *v = MonthShifted(month, shift);
    return true;
  }
  if (season != 0) {
    *v = SeasonShifted(season, shift);
    return true;
  }
  if (weekday != 0) {
    *v = WeekdayShifted(weekday, shift);
    return true;
  }
  if (EnglishTimeUnit(toks_[k].lower, &unit, &plural) && !plural && unit != TimeUnit::kCentury) {
    *v = UnitShifted(unit, shift);
    return true;
  }
  return false;
}

bool EnglishTimeParser::ParseDuration(size_t i, RawTime* t, size_t* next) const {
  auto emit = [&](TimeKind kind, int count, TimeUnit unit, size_t first, size_t end) {
    return FillDuration(kind, count, unit, first, end, t, next);
  };
  int count = 0;
  size_t j = 0;
  // Ages: "aged 44", "age 44".
  if (AnyWord(i, {"aged", "age"}) && Number(i + 1) && toks_[i + 1].value < 130) {
    return emit(TimeKind::kAge, static_cast<int>(toks_[i + 1].value), TimeUnit::kYear, i, i + 2);
  }
  // Sets: "every year", "each month", "annually", "daily".
  if (AnyWord(i, {"every", "each"}) && i + 1 < toks_.size()) {
    TimeUnit unit;
    bool plural = false;
    if (EnglishTimeUnit(toks_[i + 1].lower, &unit, &plural) && !plural) {
      return emit(TimeKind::kSet, 1, unit, i, i + 2);
    }
  }
  if (AnyWord(i, {"annually", "yearly"})) return emit(TimeKind::kSet, 1, TimeUnit::kYear, i, i + 1);
  if (AnyWord(i, {"monthly"})) return emit(TimeKind::kSet, 1, TimeUnit::kMonth, i, i + 1);
  if (AnyWord(i, {"weekly"})) return emit(TimeKind::kSet, 1, TimeUnit::kWeek, i, i + 1);
  if (AnyWord(i, {"daily"})) return emit(TimeKind::kSet, 1, TimeUnit::kDay, i, i + 1);
  // Durations: "[for|the past] [about] six months", "a five-year plan", "52-year-old".
  size_t s = i;
  const bool lead = AnyWord(s, {"for", "over", "within", "during"}) ||
                    (AnyWord(s, {"the"}) && AnyWord(s + 1, {"past", "last", "next", "first"}));
  if (lead) s += Word(s, "the") ? 2 : 1;
  if (AnyWord(s, {"about", "some", "nearly", "almost", "roughly", "around", "only", "just"})) ++s;
  if (Word(s, "more") && Word(s + 1, "than")) s += 2;
  if (!ParseCount(s, &count, &j)) return false;
  const bool article = AnyWord(s, {"a", "an"});
  size_t k = j;
  const bool hyphen = Punct(k, "-") && Glued(k);
  if (hyphen) ++k;
  TimeUnit unit;
  bool plural = false;
  if (k >= toks_.size() || !EnglishTimeUnit(toks_[k].lower, &unit, &plural)) return false;
  if (unit == TimeUnit::kQuarter) return false;
  ++k;
  if (Punct(k, "-") && Glued(k) && Word(k + 1, "old")) {
    return emit(TimeKind::kAge, count, unit, article ? s + 1 : s, k + 2);
  }
  if (Word(k, "old") && plural) return emit(TimeKind::kAge, count, unit, s, k + 1);
  // "a month" alone is a rate or a vague amount, not a duration.
  if (article && !lead && !hyphen) return false;
  // The duration's span starts at the count (TimeML keeps "for" outside).
  return emit(TimeKind::kDuration, count, unit, lead && !Word(i, "the") ? s : i, k);
}

}  // namespace dossier::internal
