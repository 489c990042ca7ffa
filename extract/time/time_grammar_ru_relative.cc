// The Russian time grammar, second half: expressions resolved against the
// document date ("вчера", "в понедельник", "в прошлом году", "на прошлой неделе", "прошлым
// летом", "3 года назад", "через два года"), vague references ("сейчас",
// "недавно", "в последние годы"), quarters ("во втором квартале 2015 года"),
// durations ("в течение трёх лет", "полгода"), ages ("в возрасте 44 лет") and
// sets ("ежегодно", "каждый месяц").
#include <string>

#include "extract/time/internal/time_grammar_ru.h"
#include "extract/time/internal/time_lexicon_ru.h"

namespace dossier::internal {
namespace {

// Words before a count that leave its value as it is: "около трёх лет".
constexpr std::string_view kApproximately[] = {"около", "примерно", "почти",  "более",
                                               "менее", "свыше",    "порядка"};

}  // namespace

bool RussianTimeParser::ParseQuarter(size_t i, DateValue* v, size_t* next) const {
  int q = 0;
  if (IsWord(i)) q = RussianSmallOrdinal(toks_[i].lower);
  if (q == 0 && IsWord(i)) q = RomanNumeral(toks_[i].lower);
  size_t j = i + 1;
  if (q == 0 && Number(i) && toks_[i].digits == 1) {
    q = static_cast<int>(toks_[i].value);
    std::string_view ending;
    OrdinalEnding(j, &ending, &j);
  }
  TimeUnit unit;
  bool plural = false;
  if (q < 1 || q > 4 || !IsWord(j) || !RussianTimeUnit(toks_[j].lower, &unit, &plural) ||
      unit != TimeUnit::kQuarter || plural) {
    return false;
  }
  ++j;
  v->unit = TimeUnit::kQuarter, v->quarter = q, v->year = 0;
  int year = 0;
  bool marked = false;
  size_t k = 0;
  if (ParseYearNumber(j, &year, &marked, &k)) {
    v->year = year;
    *next = k;
    return true;
  }
  *next = j;
  QuarterOfAnchor(v);
  return true;
}

bool RussianTimeParser::ParseShiftedByAdjective(size_t i, DateValue* v, size_t* next) const {
  int shift = 0;
  if (!IsWord(i) || !RussianShiftAdjective(toks_[i].lower, &shift) || !IsWord(i + 1)) {
    return false;
  }
  const std::string_view w = toks_[i + 1].lower;
  *next = i + 2;
  TimeUnit unit;
  bool plural = false;
  if (const int month = RussianMonth(w)) {
    *v = MonthShifted(month, shift);
    return true;
  }
  if (const int season = RussianSeason(w)) {
    *v = SeasonShifted(season, shift);
    return true;
  }
  if (const int weekday = RussianWeekdayAccusative(w)) {
    *v = WeekdayShifted(weekday, shift);
    return true;
  }
  if (RussianTimeUnit(w, &unit, &plural) && !plural && unit != TimeUnit::kCentury &&
      unit != TimeUnit::kDecade) {
    *v = UnitShifted(unit, shift);
    return true;
  }
  return false;
}

bool RussianTimeParser::ParseShifted(size_t i, DateValue* v, size_t* next) const {
  // "через три года", "спустя два года": later; "3 года назад", "двумя
  // годами ранее", "год назад": earlier.
  size_t j = i;
  int sign = 0;
  // "спустя два года", "двумя годами ранее", "год спустя" count from the
  // date the text narrated last (the core resolves them; DateValue).
  bool narrated = Word(j, "спустя");
  if (AnyWord(j, {"через", "спустя"})) sign = 1, ++j;
  if (AnyWord(j, kApproximately)) ++j;
  int count = 1;
  size_t k = j;
  ParseCount(j, &count, &k);
  TimeUnit unit;
  bool plural = false;
  if (!IsWord(k) || !RussianTimeUnit(toks_[k].lower, &unit, &plural)) return false;
  if (k == j && plural) return false;  // "годы назад" says no count
  ++k;
  if (sign == 0) {
    if (AnyWord(k, {"назад", "ранее", "раньше", "тому"})) {
      sign = -1;
      narrated = AnyWord(k, {"ранее", "раньше"});
      if (Word(k, "тому") && Word(k + 1, "назад")) ++k;
    } else if (AnyWord(k, {"спустя", "позже", "позднее"})) {
      sign = 1;
      narrated = true;
    } else {
      return false;
    }
    ++k;
  }
  if (unit == TimeUnit::kQuarter) return false;
  *next = k;
  *v = UnitShifted(unit, sign * count);
  if (narrated) v->narrated_shift = sign * count;
  return true;
}

bool RussianTimeParser::ParseRelative(size_t i, DateValue* v, size_t* next) const {
  if (!IsWord(i)) return ParseShifted(i, v, next);
  static constexpr struct {
    std::string_view word;
    int offset;
  } kDays[] = {{"позавчера", -2}, {"вчера", -1}, {"сегодня", 0}, {"завтра", 1}, {"послезавтра", 2}};
  for (const auto& d : kDays) {
    if (!Word(i, d.word)) continue;
    *next = i + 1;
    *v = anchor_ ? Relative(UnitContaining(TimeUnit::kDay, AddDays(*anchor_, d.offset)))
                 : Unresolved(TimeUnit::kDay);
    return true;
  }
  TimeRef ref = TimeRef::kNone;
  size_t j = i + 1;
  TimeUnit unit;
  bool plural = false;
  if (AnyWord(i, {"сейчас", "ныне"}) || (Word(i, "настоящее") && Word(i + 1, "время"))) {
    ref = TimeRef::kPresent;
    if (Word(i, "настоящее")) j = i + 2;
  } else if (Word(i, "недавно")) {
    ref = TimeRef::kPast;
  } else if (AnyWord(i, {"последние", "последних"}) && IsWord(i + 1) &&
             RussianTimeUnit(toks_[i + 1].lower, &unit, &plural) && plural) {
    ref = TimeRef::kPast, j = i + 2;  // "в последние годы"
  } else if (Word(i, "будущем") && i > 0 && Word(i - 1, "в") &&
             !(IsWord(i + 1) &&
               (RussianTimeUnit(toks_[i + 1].lower, &unit, &plural) ||
                RussianMonth(toks_[i + 1].lower) != 0 || RussianSeason(toks_[i + 1].lower) != 0))) {
    ref = TimeRef::kFuture;
  }
  if (ref != TimeRef::kNone) {
    v->ref = ref;
    v->relative = true;
    *next = j;
    return true;
  }
  // "в понедельник", "во вторник": the last such day (or tomorrow), as news
  // tells them; the form after "в" keeps "в среде" (an environment) out.
  if (const int weekday = RussianWeekdayAccusative(toks_[i].lower);
      weekday != 0 && i > 0 && AnyWord(i - 1, {"в", "во"})) {
    *next = i + 1;
    if (!anchor_) {
      *v = Unresolved(TimeUnit::kDay);
      return true;
    }
    int delta = weekday - IsoWeekday(*anchor_);
    if (delta > 1) delta -= 7;
    *v = Relative(UnitContaining(TimeUnit::kDay, AddDays(*anchor_, delta)));
    return true;
  }
  if (ParseShiftedByAdjective(i, v, next)) return true;
  return ParseShifted(i, v, next);
}

bool RussianTimeParser::ParseDuration(size_t i, RawTime* t, size_t* next) const {
  auto emit = [&](TimeKind kind, int count, TimeUnit unit, size_t first, size_t end) {
    return FillDuration(kind, count, unit, first, end, t, next);
  };
  TimeUnit unit;
  bool plural = false;
  // Ages: "в возрасте 44 лет".
  if (Word(i, "возрасте") && Number(i + 1) && toks_[i + 1].value < 130 && IsWord(i + 2) &&
      RussianTimeUnit(toks_[i + 2].lower, &unit, &plural) && unit == TimeUnit::kYear) {
    return emit(TimeKind::kAge, static_cast<int>(toks_[i + 1].value), TimeUnit::kYear, i, i + 3);
  }
  // Sets: "ежегодно", "каждый месяц", "каждую неделю".
  static constexpr struct {
    std::string_view word;
    TimeUnit unit;
  } kSets[] = {{"ежегодно", TimeUnit::kYear},
               {"ежемесячно", TimeUnit::kMonth},
               {"еженедельно", TimeUnit::kWeek},
               {"ежедневно", TimeUnit::kDay}};
  for (const auto& s : kSets) {
    if (Word(i, s.word)) return emit(TimeKind::kSet, 1, s.unit, i, i + 1);
  }
  if (AnyWord(i, {"каждый", "каждую", "каждое"}) && IsWord(i + 1) &&
      RussianTimeUnit(toks_[i + 1].lower, &unit, &plural) && !plural) {
    return emit(TimeKind::kSet, 1, unit, i, i + 2);
  }
  if (Word(i, "полгода")) return emit(TimeKind::kDuration, 6, TimeUnit::kMonth, i, i + 1);
  // Durations: "[в течение|на|за] [около] трёх лет"; the span starts at the
  // count (TimeML keeps the preposition outside).
  size_t s = i;
  if (Word(s, "в") && Word(s + 1, "течение")) s += 2;
  if (s == i && AnyWord(s, {"на", "за"})) ++s;
  if (AnyWord(s, kApproximately)) ++s;
  int count = 0;
  size_t j = 0;
  if (!ParseCount(s, &count, &j) || count >= 1000) return false;  // "за 2005 год" is a year
  if (!IsWord(j) || !RussianTimeUnit(toks_[j].lower, &unit, &plural)) return false;
  if (unit == TimeUnit::kQuarter) return false;
  const size_t first = s > i && AnyWord(s - 1, kApproximately) ? s - 1 : s;
  return emit(TimeKind::kDuration, count, unit, first, j + 1);
}

}  // namespace dossier::internal
