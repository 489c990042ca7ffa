// The English time grammar: calendar dates in every common order, parts of
// periods, ranges and open periods, and the scan loop. Relative expressions
// and durations are in time_grammar_en_relative.cc.
#include "extract/time/internal/time_grammar_en.h"

#include <string>
#include <string_view>

#include "extract/time/internal/time_lexicon_en.h"
#include "extract/time/time_grammar.h"

namespace dossier {
namespace internal {

bool EnglishTimeParser::ParseMonth(size_t i, bool strict, int* month, size_t* next) const {
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord) return false;
  bool abbreviation = false;
  const int m = EnglishMonth(toks_[i].lower, &abbreviation);
  if (m == 0) return false;
  size_t j = i + 1;
  if (abbreviation && Punct(j, ".") && Glued(j)) ++j;
  // Ambiguous words ("may", "march", "dec", "sun") need a capital or a number
  // after them; strict callers also need a capital for any abbreviation.
  const bool ambiguous = abbreviation || m == 3 || m == 5;
  if (ambiguous && !toks_[i].capitalized && !Number(j)) return false;
  if (strict && ambiguous && !Number(j)) {
    // "May" alone is a month only after a word that introduces a time.
    if (i == 0 ||
        !AnyWord(i - 1, {"in",   "since",   "until",  "till",   "by",    "from",    "to",
                         "of",   "through", "early",  "late",   "mid",   "last",    "next",
                         "this", "and",     "during", "before", "after", "between", "or"})) {
      if (!(i > 0 && Punct(i - 1, "-"))) return false;
    }
  }
  *month = m;
  *next = j;
  return true;
}

bool EnglishTimeParser::ParseDayNumber(size_t i, int* day, size_t* next) const {
  if (Number(i) && toks_[i].digits <= 2 && toks_[i].value >= 1 && toks_[i].value <= 31) {
    size_t j = i + 1;
    if (j < toks_.size() && toks_[j].kind == TimeTokenKind::kWord && Glued(j) &&
        IsOrdinalSuffix(toks_[j].lower)) {
      ++j;
    } else if (j < toks_.size() && toks_[j].kind == TimeTokenKind::kWord && Glued(j)) {
      return false;  // "5km"
    }
    *day = static_cast<int>(toks_[i].value);
    *next = j;
    return true;
  }
  if (i < toks_.size() && toks_[i].kind == TimeTokenKind::kWord) {
    int d = EnglishOrdinal(toks_[i].lower);
    size_t j = i + 1;
    if ((toks_[i].lower == "twenty" || toks_[i].lower == "thirty") && Punct(j, "-") &&
        j + 1 < toks_.size()) {
      const int unit = EnglishOrdinal(toks_[j + 1].lower);
      if (unit >= 1 && unit <= 9) d = (toks_[i].lower == "twenty" ? 20 : 30) + unit, j += 2;
    }
    if (d >= 1 && d <= 31) {
      *day = d;
      *next = j;
      return true;
    }
  }
  return false;
}

bool EnglishTimeParser::ParseYearNumber(size_t i, int* year, size_t* next) const {
  if (!Number(i) || toks_[i].digits != 4) return false;
  if (toks_[i].value < 1000 || toks_[i].value > 2199) return false;
  // Not part of a decimal or a percentage: "1999.5", "2000%".
  if ((Punct(i + 1, ".") || Punct(i + 1, ",")) && Glued(i + 1) && Number(i + 2) && Glued(i + 2)) {
    return false;
  }
  if (Punct(i + 1, "%") && Glued(i + 1)) return false;
  if (i + 1 < toks_.size() && Glued(i + 1) && toks_[i + 1].kind == TimeTokenKind::kWord &&
      toks_[i + 1].lower != "s") {
    return false;
  }
  *year = static_cast<int>(toks_[i].value);
  *next = i + 1;
  return true;
}

bool EnglishTimeParser::ParseCount(size_t i, int* count, size_t* next) const {
  if (Number(i) && toks_[i].value > 0 && toks_[i].value < 10000) {
    if (Punct(i + 1, ".") && Glued(i + 1) && Number(i + 2) && Glued(i + 2)) return false;
    *count = static_cast<int>(toks_[i].value);
    *next = i + 1;
    return true;
  }
  if (i >= toks_.size() || toks_[i].kind != TimeTokenKind::kWord) return false;
  int n = EnglishCardinal(toks_[i].lower);
  if (n < 0 || n == 100) return false;
  size_t j = i + 1;
  if (n >= 20 && n % 10 == 0 && Punct(j, "-") && j + 1 < toks_.size()) {
    const int unit = EnglishCardinal(toks_[j + 1].lower);
    if (unit >= 1 && unit <= 9 && toks_[j + 1].lower != "a") n += unit, j += 2;
  }
  if (AnyWord(i, {"a", "an"}) && Word(j, "few")) n = 3, ++j;
  *count = n;
  *next = j;
  return true;
}

bool EnglishTimeParser::ParsePart(size_t i, TimePart* part, size_t* next) const {
  size_t j = i;
  if (Word(j, "the")) ++j;
  struct Prefix {
    std::string_view a, b;
    TimePart part;
  };
  static constexpr Prefix kPrefixes[] = {
      {"end", "of", TimePart::kLate},           {"beginning", "of", TimePart::kEarly},
      {"start", "of", TimePart::kEarly},        {"middle", "of", TimePart::kMid},
      {"first", "half", TimePart::kFirstHalf},  {"second", "half", TimePart::kSecondHalf},
      {"latter", "half", TimePart::kSecondHalf}};
  for (const Prefix& p : kPrefixes) {
    if (Word(j, p.a) && Word(j + 1, p.b)) {
      size_t k = j + 2;
      if (p.b == "half") {
        if (!Word(k, "of")) return false;
        ++k;
      }
      *part = p.part;
      *next = k;
      return true;
    }
  }
  if (AnyWord(j, {"early", "mid", "late"})) {
    *part =
        Word(j, "early") ? TimePart::kEarly : (Word(j, "mid") ? TimePart::kMid : TimePart::kLate);
    size_t k = j + 1;
    if (Punct(k, "-") && Glued(k)) ++k;
    *next = k;
    return true;
  }
  return false;
}

bool EnglishTimeParser::ParseNumericDate(size_t i, DateValue* v, size_t* next) const {
  return TimeParserBase::ParseNumericDate(i, /*slash_month_first=*/true, v, next);
}

bool EnglishTimeParser::ParseMonthFirst(size_t i, DateValue* v, size_t* next) const {
  int month = 0;
  size_t j = 0;
  if (!ParseMonth(i, /*strict=*/true, &month, &j)) return false;
  v->unit = TimeUnit::kMonth, v->month = month, v->year = 0;
  int day = 0, year = 0;
  size_t k = 0;
  if (ParseYearNumber(j, &year, &k)) {  // "November 1961"
    v->year = year;
    *next = k;
    return true;
  }
  if (Punct(j, ",") && ParseYearNumber(j + 1, &year, &k)) {  // "May, 1999"
    v->year = year;
    *next = k;
    return true;
  }
  if (Word(j, "of") && ParseYearNumber(j + 1, &year, &k)) {  // "May of 1999"
    v->year = year;
    *next = k;
    return true;
  }
  if (ParseDayNumber(j, &day, &k) && !(Punct(k, ":") && Number(k + 1))) {
    // "Nov. 23", "November 23, 1961", "November 23rd 1961"
    const int fixed_year = 2000;  // a leap year, so Feb 29 passes before the year is known
    if (!IsValidDate(fixed_year, month, day)) return false;
    v->unit = TimeUnit::kDay, v->day = day;
    *next = k;
    size_t m = k;
    if (Punct(m, ",")) ++m;
    if (ParseYearNumber(m, &year, &m)) {
      if (!IsValidDate(year, month, day)) return false;
      v->year = year;
      *next = m;
    }
    return true;
  }
  *next = j;
  return true;
}

bool EnglishTimeParser::ParseDayFirst(size_t i, DateValue* v, size_t* next) const {
  size_t j = i;
  const bool the = Word(j, "the");
  if (the) ++j;
  int day = 0, month = 0, year = 0;
  size_t k = 0;
  if (!ParseDayNumber(j, &day, &k)) return false;
  const bool ordinal = k > j + 1 || toks_[j].kind == TimeTokenKind::kWord;
  if (Word(k, "of")) {
    ++k;
  } else if (the) {
    return false;  // "the 5th of August" needs its "of"
  }
  if (!ParseMonth(k, /*strict=*/false, &month, &k)) return false;
  if (!ordinal && toks_[j].kind == TimeTokenKind::kWord) return false;
  if (!IsValidDate(2000, month, day)) return false;
  v->unit = TimeUnit::kDay, v->day = day, v->month = month, v->year = 0;
  *next = k;
  size_t m = k;
  if (Punct(m, ",")) ++m;
  if (ParseYearNumber(m, &year, &m) && IsValidDate(year, month, day)) {
    v->year = year;
    *next = m;
  }
  return true;
}

bool EnglishTimeParser::ParseSeasonDate(size_t i, DateValue* v, size_t* next) const {
  size_t j = i;
  const bool the = Word(j, "the");
  if (the) ++j;
  if (j >= toks_.size()) return false;
  const int season = EnglishSeason(toks_[j].lower);
  if (season == 0 || toks_[j].kind != TimeTokenKind::kWord) return false;
  int year = 0;
  size_t k = j + 1;
  if (Word(k, "of")) ++k;
  if (ParseYearNumber(k, &year, &k)) {
    v->unit = TimeUnit::kSeason, v->season = season, v->year = year;
    *next = k;
    return true;
  }
  if (!the) return false;  // a bare "spring" is too often not a time
  v->unit = TimeUnit::kSeason, v->season = season, v->year = 0;
  *next = j + 1;
  return true;
}

bool EnglishTimeParser::ParseDecadeOrCentury(size_t i, DateValue* v, size_t* next) const {
  size_t j = i;
  const bool the = Word(j, "the");
  if (the) ++j;
  if (Punct(j, "'") && Number(j + 1) && Glued(j + 1)) ++j;  // the '90s
  // "1990s", "1990's", "90s"
  if (Number(j) && (toks_[j].digits == 4 || (toks_[j].digits == 2 && the)) &&
      toks_[j].value % 10 == 0) {
    size_t k = j + 1;
    if (Punct(k, "'") && Glued(k)) ++k;
    if (Word(k, "s") && Glued(k)) {
      int year = static_cast<int>(toks_[j].value);
      if (toks_[j].digits == 2) year += 1900;
      v->unit = TimeUnit::kDecade;
      v->year = year;
      *next = k + 1;
      return true;
    }
  }
  // "the nineties": the twentieth century's decades.
  if (the && j < toks_.size() && toks_[j].kind == TimeTokenKind::kWord &&
      toks_[j].lower.ends_with("ies")) {
    const std::string_view w = toks_[j].lower;
    const int tens = EnglishCardinal(std::string(w.substr(0, w.size() - 3)) + "y");
    if (tens >= 20 && tens <= 90 && tens % 10 == 0) {
      v->unit = TimeUnit::kDecade;
      v->year = 1900 + tens;
      *next = j + 1;
      return true;
    }
  }
  // "the 19th century", "the nineteenth century"
  int ordinal = 0;
  size_t k = j;
  if (Number(j) && toks_[j].digits <= 2 && j + 1 < toks_.size() &&
      IsOrdinalSuffix(toks_[j + 1].lower) && Glued(j + 1)) {
    ordinal = static_cast<int>(toks_[j].value);
    k = j + 2;
  } else if (j < toks_.size() && toks_[j].kind == TimeTokenKind::kWord) {
    ordinal = EnglishOrdinal(toks_[j].lower);
    k = j + 1;
    if (toks_[j].lower == "twenty" && Punct(k, "-") && Word(k + 1, "first")) ordinal = 21, k += 2;
  }
  if (ordinal >= 1 && ordinal <= 30 && Word(k, "century")) {
    v->unit = TimeUnit::kCentury;
    v->year = (ordinal - 1) * 100;
    *next = k + 1;
    return true;
  }
  return false;
}

bool EnglishTimeParser::ParseStandaloneYear(size_t i, DateValue* v, size_t* next) const {
  int year = 0;
  size_t k = 0;
  if (!ParseYearNumber(i, &year, &k)) return false;
  if (i > 0 && (AnyWord(i - 1, {"no", "number", "nos", "page", "room", "flight", "route", "bus",
                                "model", "article", "item", "code", "version"}) ||
                Punct(i - 1, "$") || Punct(i - 1, "€") || Punct(i - 1, "£") || Punct(i - 1, "#") ||
                Punct(i - 1, "№") || (Punct(i - 1, ".") && Glued(i)))) {
    return false;
  }
  if (Punct(k, "'") && Word(k + 1, "s") && Glued(k)) {
    // "1997's results"
  } else if (k < toks_.size() && toks_[k].kind == TimeTokenKind::kWord && !toks_[k].capitalized) {
    const bool temporal_before =
        i > 0 &&
        AnyWord(i - 1, {"in",     "since", "until",   "till",   "by",     "from",   "to",
                        "of",     "and",   "through", "during", "before", "after",  "between",
                        "fiscal", "early", "late",    "mid",    "year",   "around", "circa",
                        "or",     "the",   "summer",  "spring", "autumn", "winter", "fall"});
    if (!temporal_before &&
        !AnyWord(k,
                 {"and",    "or",     "to",       "when",   "he",       "she",       "it",
                  "they",   "we",     "i",        "the",    "a",        "his",       "her",
                  "their",  "was",    "were",     "is",     "had",      "has",       "after",
                  "before", "until",  "as",       "that",   "election", "elections", "season",
                  "budget", "census", "campaign", "crisis", "levels",   "figures",   "compared"})) {
      return false;
    }
  }
  v->unit = TimeUnit::kYear, v->year = year;
  *next = k;
  return true;
}

bool EnglishTimeParser::ParseBaseDate(size_t i, DateValue* v, size_t* next) const {
  DateValue best;
  size_t best_next = 0;
  using Rule = bool (EnglishTimeParser::*)(size_t, DateValue*, size_t*) const;
  static constexpr Rule kRules[] = {
      &EnglishTimeParser::ParseNumericDate,     &EnglishTimeParser::ParseMonthFirst,
      &EnglishTimeParser::ParseDayFirst,        &EnglishTimeParser::ParseSeasonDate,
      &EnglishTimeParser::ParseDecadeOrCentury, &EnglishTimeParser::ParseQuarter,
      &EnglishTimeParser::ParseRelative,        &EnglishTimeParser::ParseFiscal,
      &EnglishTimeParser::ParseHoliday,         &EnglishTimeParser::ParseYearInWords};
  for (Rule rule : kRules) {
    DateValue c;
    size_t n = 0;
    if ((this->*rule)(i, &c, &n) && n > best_next) best = c, best_next = n;
  }
  if (best_next == 0) {
    DateValue c;
    size_t n = 0;
    if (ParseStandaloneYear(i, &c, &n)) best = c, best_next = n;
  }
  if (best_next == 0) return false;
  *v = best;
  *next = best_next;
  return true;
}

bool EnglishTimeParser::ParseDate(size_t i, DateValue* v, size_t* next) const {
  // The scan asks for the date at the same token from several rules (a
  // range's first end, then a single date): the last answer is kept.
  if (last_date_.token != i) {
    last_date_.token = i;
    last_date_.found = ParseDateUncached(i, &last_date_.value, &last_date_.next);
    // "Wednesday night", "yesterday morning": the part of the day belongs to
    // the expression (TimeML's span); the value stays the day.
    if (last_date_.found && last_date_.value.unit == TimeUnit::kDay &&
        AnyWord(last_date_.next, {"morning", "afternoon", "evening", "night"})) {
      ++last_date_.next;
    }
  }
  return last_date_.Get(v, next);
}

bool EnglishTimeParser::ParseDateUncached(size_t i, DateValue* v, size_t* next) const {
  TimePart part = TimePart::kWhole;
  size_t j = 0;
  if (ParsePart(i, &part, &j)) {
    DateValue base;
    size_t k = 0;
    // "the early 90s": the article belongs to the decade after the part word.
    bool ok = ParseBaseDate(j, &base, &k);
    if (!ok && Word(i, "the")) {
      DateValue with_the;
      size_t m = 0;
      if (ParseDecadeOrCentury(j, &with_the, &m)) base = with_the, k = m, ok = true;
    }
    if (!ok && Number(j) && toks_[j].digits == 2 && toks_[j].value % 10 == 0 && Word(j + 1, "s") &&
        Glued(j + 1)) {
      base.unit = TimeUnit::kDecade, base.year = 1900 + static_cast<int>(toks_[j].value);
      k = j + 2, ok = true;
    }
    if (ok && base.unit != TimeUnit::kDay && base.unit != TimeUnit::kWeek &&
        base.ref == TimeRef::kNone && base.part == TimePart::kWhole) {
      base.part = part;
      *v = base;
      *next = k;
      return true;
    }
  }
  return ParseBaseDate(i, v, next);
}

bool EnglishTimeParser::ParseDayRange(size_t i, DateValue* a, DateValue* b, DayRangeParts* parts,
                                      size_t* next) const {
  const bool from = Word(i, "from"), between = Word(i, "between");
  const size_t s = from || between ? i + 1 : i;
  auto joins = [&](size_t j) {
    return between ? Word(j, "and")
                   : (Punct(j, "-") && !from) || AnyWord(j, {"to", "until", "till", "through"});
  };
  // "5-7 August 1999", "from 5 to 7 August", "between 5 and 7 August"
  int first_day = 0;
  size_t j = 0, k = 0;
  if (ParseDayNumber(s, &first_day, &j) && joins(j) && ParseDate(j + 1, b, &k) &&
      b->unit == TimeUnit::kDay && b->month != 0 && b->part == TimePart::kWhole &&
      b->ref == TimeRef::kNone && !b->relative && first_day < b->day) {
    *a = *b;
    a->day = first_day;
    *parts = {s, j, j + 1, k};
    *next = k;
    return true;
  }
  // "August 5-7, 1999", "from August 5 to 7", "between March 3 and 5, 2004"
  int last_day = 0;
  if (ParseDate(s, a, &j) && a->unit == TimeUnit::kDay && a->month != 0 && a->year == 0 &&
      a->part == TimePart::kWhole && a->ref == TimeRef::kNone && !a->relative && joins(j) &&
      Number(j + 1) && ParseDayNumber(j + 1, &last_day, &k) && last_day > a->day) {
    bool abbreviation = false;
    if (k < toks_.size() && EnglishMonth(toks_[k].lower, &abbreviation) != 0) return false;
    *b = *a;
    b->day = last_day;
    size_t y = Punct(k, ",") ? k + 1 : k;
    int year = 0;
    if (ParseYearNumber(y, &year, &y)) {
      a->year = b->year = year;
      k = y;
    }
    *parts = {s, j, j + 1, k};
    *next = k;
    return true;
  }
  return false;
}

bool EnglishTimeParser::ParseRange(size_t i, RawTime* t, size_t* next) const {
  DateValue a, b;
  size_t j = 0, k = 0;
  auto finish = [&](RangeKind kind, size_t first, size_t first_end, size_t second,
                    size_t second_end) {
    FillRange(kind, a, SpanOf(first, first_end), b,
              kind == RangeKind::kClosed ? SpanOf(second, second_end) : Span{}, t);
    return true;
  };
  DayRangeParts parts;
  if (ParseDayRange(i, &a, &b, &parts, next)) {
    t->start = toks_[i].start, t->end = toks_[*next - 1].end;
    return finish(RangeKind::kClosed, parts.first, parts.first_end, parts.second, parts.second_end);
  }
  if (AnyWord(i, {"from", "between"}) && ParseDate(i + 1, &a, &j)) {
    const bool between = Word(i, "between");
    if ((between ? Word(j, "and")
                 : (AnyWord(j, {"to", "until", "till", "through", "and"}) || Punct(j, "-"))) &&
        ParseDate(j + 1, &b, &k)) {
      *next = k;
      t->start = toks_[i].start, t->end = toks_[k - 1].end;
      return finish(RangeKind::kClosed, i + 1, j, j + 1, k);
    }
    if (between) return false;
    *next = j;
    t->start = toks_[i].start, t->end = toks_[j - 1].end;
    return finish(RangeKind::kSince, i + 1, j, 0, 0);
  }
  if (AnyWord(i, {"since", "until", "till", "by"}) ||
      (Word(i, "up") && Word(i + 1, "to") && i + 2 < toks_.size())) {
    const size_t s = Word(i, "up") ? i + 2 : i + 1;
    if (ParseDate(s, &a, &j) && a.ref == TimeRef::kNone) {
      if (Word(i, "by") && a.unit == TimeUnit::kDay) return false;  // "by Friday" is a deadline
      *next = j;
      t->start = toks_[i].start, t->end = toks_[j - 1].end;
      return finish(Word(i, "since") ? RangeKind::kSince : RangeKind::kUntil, s, j, 0, 0);
    }
    return false;
  }
  // "1992-1999", "1992–99", "May-June 1999"
  if (ParseDate(i, &a, &j) && Punct(j, "-")) {
    if (a.unit == TimeUnit::kYear && Number(j + 1) && toks_[j + 1].digits == 2 &&
        (a.year % 100) < toks_[j + 1].value) {
      b = a;
      b.year = a.year / 100 * 100 + static_cast<int>(toks_[j + 1].value);
      k = j + 2;
    } else if (!ParseDate(j + 1, &b, &k) || b.unit != a.unit) {
      return false;
    }
    if (a.year != 0 && b.year != 0 && b.year < a.year) return false;
    *next = k;
    t->start = toks_[i].start, t->end = toks_[k - 1].end;
    return finish(RangeKind::kClosed, i, j, j + 1, k);
  }
  return false;
}

bool EnglishTimeParser::ParseSingle(size_t i, RawTime* t, size_t* next) const {
  DateValue v;
  if (!ParseDate(i, &v, next)) return false;
  FillSingle(v, i, *next, t);
  return true;
}

bool EnglishTimeParser::MayStart(size_t i) const {
  const TimeToken& t = toks_[i];
  switch (t.kind) {
    case TimeTokenKind::kNumber:
      return true;
    case TimeTokenKind::kWord:
      if (!IsEnglishTimeStartWord(t.lower)) return false;
      // An article opens an expression only before another word of one or
      // a number: "the 1990s", "the end of May", "a year ago".
      if (SameWord(t.lower, "the") || SameWord(t.lower, "a") || SameWord(t.lower, "an")) {
        return i + 1 < toks_.size() && MayStart(i + 1);
      }
      // Frequent words that open one rule each: "New Year's Day", "recent years".
      if (SameWord(t.lower, "new")) return Word(i + 1, "year");
      if (SameWord(t.lower, "recent")) return i + 1 < toks_.size() && MayStart(i + 1);
      return true;
    case TimeTokenKind::kPunct:
      return t.lower.size() != 1 ||
             std::string_view(",.;:!?)\"").find(t.lower[0]) == std::string_view::npos;
  }
  return true;
}

}  // namespace internal

const TimeGrammar& EnglishTimeGrammar() {
  static const auto* grammar = new internal::ParserGrammar<internal::EnglishTimeParser>();
  return *grammar;
}

}  // namespace dossier
