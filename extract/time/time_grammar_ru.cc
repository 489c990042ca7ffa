// The Russian time grammar: calendar dates ("4 марта 1968 года", "в мае",
// "летом 1999 года", "1990-х", "XX век"), parts of periods ("в конце мая
// 1999 года", "в начале 2000-х"), ranges and open periods ("с 1996 по 2004
// год", "1992–1999 гг.", "с 5 по 7 марта", "до 2004 года"), and the scan
// loop. Relative expressions and durations are in time_grammar_ru_relative.cc.
#include "extract/time/internal/time_grammar_ru.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "extract/time/internal/time_lexicon_ru.h"
#include "extract/time/time_grammar.h"

namespace dossier {
namespace internal {
namespace {

// Prepositions and conjunctions after which a bare four-digit number is a
// year ("в 1999", "с 1996", "и 2004").
constexpr std::string_view kYearContext[] = {
    "в",        "во",     "с",     "со",       "по",     "до",    "к",     "от",
    "после",    "между",  "и",     "или",      "на",     "за",    "около", "начиная",
    "середине", "начале", "конце", "середины", "начала", "конца", "весь"};

// Nouns of counted things: a bare number before them is no year ("с 2000
// сотрудников").
constexpr std::string_view kCountedNouns[] = {
    "человек", "сотрудников", "штук",   "тонн",     "км", "метров", "голосов", "жителей",
    "мест",    "рабочих",     "единиц", "гектаров", "га", "детей",  "домов"};

// Words that open a rule only before another token that can: prepositions.
constexpr std::string_view kLeadWords[] = {
    "в",     "во",    "с",       "со",    "по",       "до",    "к",     "от",    "на",   "за",
    "после", "между", "начиная", "около", "примерно", "почти", "более", "менее", "свыше"};

}  // namespace

bool RussianTimeParser::CyrillicCapital(size_t i) const {
  if (i >= toks_.size()) return false;
  const size_t at = toks_[i].start;
  if (at + 1 >= text_.size()) return false;
  const auto a = static_cast<unsigned char>(text_[at]),
             b = static_cast<unsigned char>(text_[at + 1]);
  return (a == 0xD0 && ((b >= 0x90 && b <= 0xAF) || b == 0x81));  // А-Я, Ё
}

bool RussianTimeParser::OrdinalEnding(size_t i, std::string_view* ending, size_t* next) const {
  if (!(Punct(i, "-") && Glued(i) && IsWord(i + 1) && Glued(i + 1))) return false;
  static constexpr std::string_view kEndings[] = {"м",  "й",  "го", "му", "е",  "х",  "ые",
                                                  "ых", "ми", "ом", "я",  "ое", "ая", "ой"};
  for (std::string_view e : kEndings) {
    if (SameWord(toks_[i + 1].lower, e)) {
      *ending = e;
      *next = i + 2;
      return true;
    }
  }
  return false;
}

bool RussianTimeParser::YearWord(size_t i, size_t* next) const {
  if (!IsWord(i)) return false;
  TimeUnit unit;
  bool plural = false;
  if (RussianTimeUnit(toks_[i].lower, &unit, &plural) && unit == TimeUnit::kYear &&
      !SameWord(toks_[i].lower, "лет")) {
    *next = i + 1;
    return true;
  }
  if (AnyWord(i, {"г", "гг"})) {
    *next = Punct(i + 1, ".") && Glued(i + 1) ? i + 2 : i + 1;
    return true;
  }
  return false;
}

bool RussianTimeParser::ParseYearNumber(size_t i, int* year, bool* marked, size_t* next) const {
  if (!Number(i) || toks_[i].digits != 4) return false;
  if (toks_[i].value < 1000 || toks_[i].value > 2199) return false;
  // Not part of a decimal or a percentage: "1999,5", "2000%".
  if ((Punct(i + 1, ".") || Punct(i + 1, ",")) && Glued(i + 1) && Number(i + 2) && Glued(i + 2)) {
    return false;
  }
  if (Punct(i + 1, "%") && Glued(i + 1)) return false;
  size_t k = i + 1;
  *marked = false;
  std::string_view ending;
  if (OrdinalEnding(k, &ending, &k)) {
    if (ending == "х" || ending == "е" || ending == "ые" || ending == "ых") return false;  // 1990-х
    *marked = true;
  } else if (Glued(k) && IsWord(k) && !AnyWord(k, {"г", "гг"})) {
    return false;  // "2000км"
  }
  size_t after = 0;
  if (YearWord(k, &after)) *marked = true, k = after;
  *year = static_cast<int>(toks_[i].value);
  *next = k;
  return true;
}

bool RussianTimeParser::ParseMonth(size_t i, int* month, size_t* next) const {
  if (!IsWord(i)) return false;
  if (int m = RussianMonth(toks_[i].lower)) {
    *month = m, *next = i + 1;
    return true;
  }
  if (int m = RussianMonthAbbreviation(toks_[i].lower);
      m != 0 && Punct(i + 1, ".") && Glued(i + 1)) {
    *month = m, *next = i + 2;
    return true;
  }
  return false;
}

bool RussianTimeParser::ParseDayNumber(size_t i, int* day, size_t* next) const {
  if (!Number(i) || toks_[i].digits > 2 || toks_[i].value < 1 || toks_[i].value > 31) return false;
  size_t k = i + 1;
  std::string_view ending;
  if (OrdinalEnding(k, &ending, &k) && ending != "го" && ending != "е") return false;
  if (k == i + 1 && Glued(k) && IsWord(k)) return false;  // "5км"
  *day = static_cast<int>(toks_[i].value);
  *next = k;
  return true;
}

bool RussianTimeParser::ParseCount(size_t i, int* count, size_t* next) const {
  if (Number(i) && toks_[i].value > 0 && toks_[i].value < 10000) {
    if ((Punct(i + 1, ".") || Punct(i + 1, ",")) && Glued(i + 1) && Number(i + 2) && Glued(i + 2)) {
      return false;
    }
    *count = static_cast<int>(toks_[i].value);
    *next = i + 1;
    return true;
  }
  if (!IsWord(i)) return false;
  int n = RussianCardinal(toks_[i].lower);
  if (n < 0) return false;
  size_t k = i + 1;
  // "двадцать пять", "тридцати трёх"
  if (n >= 20 && n % 10 == 0 && n < 100 && IsWord(k)) {
    const int unit = RussianCardinal(toks_[k].lower);
    if (unit >= 1 && unit <= 9) n += unit, ++k;
  }
  *count = n;
  *next = k;
  return true;
}

bool RussianTimeParser::ParsePart(size_t i, TimePart* part, size_t* next) const {
  const size_t j = i;
  int ordinal = 0;
  if (IsWord(j)) ordinal = RussianSmallOrdinal(toks_[j].lower);
  const size_t noun = ordinal != 0 ? j + 1 : j;
  bool half = false;
  if (!IsWord(noun) || !RussianPartNoun(toks_[noun].lower, part, &half)) return false;
  if (half != (ordinal != 0)) return false;
  if (half) {
    if (ordinal > 2) return false;
    *part = ordinal == 1 ? TimePart::kFirstHalf : TimePart::kSecondHalf;
  }
  *next = noun + 1;
  return true;
}

bool RussianTimeParser::ParseDayFirst(size_t i, DateValue* v, size_t* next) const {
  int day = 0, month = 0;
  size_t k = 0;
  if (!ParseDayNumber(i, &day, &k) || !ParseMonth(k, &month, &k)) return false;
  if (!IsValidDate(2000, month, day)) return false;
  v->unit = TimeUnit::kDay, v->day = day, v->month = month, v->year = 0;
  *next = k;
  int year = 0;
  bool marked = false;
  size_t m = Punct(k, ",") ? k + 1 : k;
  if (ParseYearNumber(m, &year, &marked, &m) && IsValidDate(year, month, day)) {
    v->year = year;
    *next = m;
  }
  return true;
}

bool RussianTimeParser::ParseMonthYear(size_t i, DateValue* v, size_t* next) const {
  int month = 0;
  size_t k = 0;
  if (!ParseMonth(i, &month, &k)) return false;
  v->unit = TimeUnit::kMonth, v->month = month, v->year = 0;
  int year = 0;
  bool marked = false;
  size_t m = 0;
  if (ParseYearNumber(k, &year, &marked, &m)) {
    v->year = year;
    *next = m;
    return true;
  }
  // "в ноябре прошлого года", "в мае этого года"
  int shift = 0;
  if (IsWord(k) && RussianShiftAdjective(toks_[k].lower, &shift) && YearWord(k + 1, &m)) {
    *next = m;
    const DateValue year = UnitShifted(TimeUnit::kYear, shift);
    v->year = year.year, v->relative = true, v->unresolved = year.unresolved;
    return true;
  }
  // A bare month: lower case ("в мае") or after a preposition; "Марта
  // сказала" is a name.
  if (CyrillicCapital(i) &&
      !(i > 0 && (AnyWord(i - 1, kYearContext) || Punct(i - 1, "-") || Punct(i - 1, "(")))) {
    return false;
  }
  *next = k;
  return true;
}

bool RussianTimeParser::ParseSeasonDate(size_t i, DateValue* v, size_t* next) const {
  if (!IsWord(i)) return false;
  const int season = RussianSeason(toks_[i].lower);
  if (season == 0) return false;
  int year = 0;
  bool marked = false;
  size_t k = 0;
  // A bare season ("летом") says too little; "прошлым летом" is relative.
  if (!ParseYearNumber(i + 1, &year, &marked, &k)) return false;
  v->unit = TimeUnit::kSeason, v->season = season, v->year = year;
  *next = k;
  return true;
}

bool RussianTimeParser::ParseDecade(size_t i, DateValue* v, size_t* next) const {
  size_t k = 0;
  int year = 0;
  std::string_view ending;
  if (Number(i) && (toks_[i].digits == 4 || toks_[i].digits == 2) && toks_[i].value % 10 == 0 &&
      OrdinalEnding(i + 1, &ending, &k) &&
      (ending == "х" || ending == "е" || ending == "ые" || ending == "ых" || ending == "ми")) {
    year = static_cast<int>(toks_[i].value);
    if (toks_[i].digits == 2) year += 1900;
  } else if (IsWord(i) && (year = RussianDecadeWord(toks_[i].lower)) != 0) {
    k = i + 1;
  } else {
    return false;
  }
  if (year < 1000 || year > 2190) return false;
  TimeUnit unit;
  bool plural = false;
  // "1990-е годы", "90-х годов"
  if (IsWord(k) && RussianTimeUnit(toks_[k].lower, &unit, &plural) && unit == TimeUnit::kYear &&
      plural) {
    ++k;
  }
  v->unit = TimeUnit::kDecade, v->year = year;
  *next = k;
  return true;
}

bool RussianTimeParser::ParseCentury(size_t i, DateValue* v, size_t* next) const {
  const int ordinal = CenturyOrdinal(i);
  size_t k = i + 1;
  std::string_view ending;
  if (Number(i)) OrdinalEnding(k, &ending, &k);  // "20-го века"
  if (ordinal < 1 || ordinal > 30) return false;
  TimeUnit unit;
  bool plural = false;
  if (IsWord(k) && RussianTimeUnit(toks_[k].lower, &unit, &plural) && unit == TimeUnit::kCentury &&
      !plural) {
    ++k;
  } else if (Word(k, "в") && Punct(k + 1, ".") && Glued(k + 1)) {  // "XX в."
    k += 2;
  } else {
    return false;
  }
  v->unit = TimeUnit::kCentury, v->year = (ordinal - 1) * 100;
  *next = k;
  return true;
}

bool RussianTimeParser::ParseYear(size_t i, DateValue* v, size_t* next) const {
  int year = 0;
  bool marked = false;
  size_t k = 0;
  if (!ParseYearNumber(i, &year, &marked, &k)) return false;
  if (!marked) {
    // A bare number is a year after a preposition of time or as the end of
    // a range, and not before a counted noun.
    const bool context = i > 0 && (AnyWord(i - 1, kYearContext) || Punct(i - 1, "-"));
    const bool range = Punct(k, "-") && Number(k + 1);
    if (!context && !range) return false;
    if (i > 0 && (Punct(i - 1, "$") || Punct(i - 1, "№") || Punct(i - 1, "€"))) return false;
    if (AnyWord(k, kCountedNouns)) return false;
  }
  v->unit = TimeUnit::kYear, v->year = year;
  *next = k;
  return true;
}

bool RussianTimeParser::ParseBaseDate(size_t i, DateValue* v, size_t* next) const {
  using Rule = bool (RussianTimeParser::*)(size_t, DateValue*, size_t*) const;
  static constexpr Rule kRules[] = {
      &RussianTimeParser::ParseDayFirst,   &RussianTimeParser::ParseMonthYear,
      &RussianTimeParser::ParseSeasonDate, &RussianTimeParser::ParseDecade,
      &RussianTimeParser::ParseCentury,    &RussianTimeParser::ParseQuarter,
      &RussianTimeParser::ParseRelative,   &RussianTimeParser::ParseYear};
  DateValue best;
  size_t best_next = 0;
  {
    DateValue c;
    size_t n = 0;
    if (TimeParserBase::ParseNumericDate(i, /*slash_month_first=*/false, &c, &n)) {
      best = c, best_next = n;
      size_t after = 0;
      if (YearWord(best_next, &after)) best_next = after;  // "04.03.1968 г."
    }
  }
  for (Rule rule : kRules) {
    DateValue c;
    size_t n = 0;
    if ((this->*rule)(i, &c, &n) && n > best_next) best = c, best_next = n;
  }
  if (best_next == 0) return false;
  *v = best;
  *next = best_next;
  return true;
}

bool RussianTimeParser::ParseDate(size_t i, DateValue* v, size_t* next) const {
  if (last_date_.token != i) {
    last_date_.token = i;
    last_date_.found = ParseDateUncached(i, &last_date_.value, &last_date_.next);
  }
  return last_date_.Get(v, next);
}

bool RussianTimeParser::ParseDateUncached(size_t i, DateValue* v, size_t* next) const {
  TimePart part = TimePart::kWhole;
  size_t j = 0;
  if (ParsePart(i, &part, &j)) {
    DateValue base;
    size_t k = 0;
    // "в конце мая 1999 года", "в начале прошлого года"
    if (ParseBaseDate(j, &base, &k) && base.unit != TimeUnit::kDay &&
        base.unit != TimeUnit::kWeek && base.ref == TimeRef::kNone &&
        base.part == TimePart::kWhole) {
      base.part = part;
      *v = base;
      *next = k;
      return true;
    }
    return false;
  }
  return ParseBaseDate(i, v, next);
}

bool RussianTimeParser::ParseDayRange(size_t i, RawTime* t, size_t* next) const {
  // "5–7 марта 1999 года", "с 5 по 7 марта", "от 5 до 7 марта"
  const bool from = AnyWord(i, {"с", "со", "от"});
  const size_t s = from ? i + 1 : i;
  int first_day = 0;
  size_t j = 0, k = 0;
  if (!ParseDayNumber(s, &first_day, &j)) return false;
  const bool joined = from ? AnyWord(j, {"по", "до"}) : Punct(j, "-");
  DateValue b;
  if (!joined || !ParseDayFirst(j + 1, &b, &k) || first_day >= b.day) return false;
  DateValue a = b;
  a.day = first_day;
  FillRange(RangeKind::kClosed, a, SpanOf(s, j), b, SpanOf(j + 1, k), t);
  t->start = toks_[i].start, t->end = toks_[k - 1].end;
  *next = k;
  return true;
}

bool RussianTimeParser::ParseRange(size_t i, RawTime* t, size_t* next) const {
  if (ParseDayRange(i, t, next)) return true;
  DateValue a, b;
  size_t j = 0, k = 0;
  auto finish = [&](RangeKind kind, size_t first, size_t first_end, size_t second,
                    size_t second_end, size_t end) {
    FillRange(kind, a, SpanOf(first, first_end), b,
              kind == RangeKind::kClosed ? SpanOf(second, second_end) : Span{}, t);
    t->start = toks_[i].start, t->end = toks_[end - 1].end;
    *next = end;
    return true;
  };
  // "с 1996 по 2004 год", "с мая до декабря", "от 1992 до 1999", "между 2004 и 2007"
  const bool since =
      AnyWord(i, {"с", "со", "от"}) || (Word(i, "начиная") && AnyWord(i + 1, {"с", "со"}));
  const bool between = Word(i, "между");
  if (since || between) {
    const size_t s = Word(i, "начиная") ? i + 2 : i + 1;
    if (!ParseDate(s, &a, &j) || a.ref != TimeRef::kNone) return false;
    if ((between ? Word(j, "и") : AnyWord(j, {"по", "до"})) && ParseDate(j + 1, &b, &k) &&
        b.ref == TimeRef::kNone) {
      return finish(RangeKind::kClosed, s, j, j + 1, k, k);
    }
    if (between || Word(i, "от")) return false;
    return finish(RangeKind::kSince, s, j, 0, 0, j);
  }
  // "до 2004 года", "по 2004 год", "к 2010 году"
  if (AnyWord(i, {"до", "по", "к"})) {
    if (!ParseDate(i + 1, &a, &j) || a.ref != TimeRef::kNone || a.relative) return false;
    if (Word(i, "к") && a.unit == TimeUnit::kDay) return false;  // "к пятнице": a deadline
    return finish(RangeKind::kUntil, i + 1, j, 0, 0, j);
  }
  // "1992–1999 гг.", "1992–99", "май–июнь 1999 года"
  if (ParseDate(i, &a, &j) && Punct(j, "-")) {
    if (a.unit == TimeUnit::kYear && Number(j + 1) && toks_[j + 1].digits == 2 &&
        (a.year % 100) < toks_[j + 1].value) {
      b = a;
      b.year = a.year / 100 * 100 + static_cast<int>(toks_[j + 1].value);
      k = j + 2;
      size_t after = 0;
      if (YearWord(k, &after)) k = after;
    } else if (!ParseDate(j + 1, &b, &k) || b.unit != a.unit) {
      return false;
    }
    if (a.year != 0 && b.year != 0 && b.year < a.year) return false;
    // "1992-1999 гг.": the year word after the range belongs to it
    if (a.unit == TimeUnit::kYear && b.unit == TimeUnit::kYear) {
      size_t after = 0;
      if (YearWord(k, &after)) k = after;
    }
    return finish(RangeKind::kClosed, i, j, j + 1, k, k);
  }
  return false;
}

bool RussianTimeParser::ParseSingle(size_t i, RawTime* t, size_t* next) const {
  DateValue v;
  if (!ParseDate(i, &v, next)) return false;
  FillSingle(v, i, *next, t);
  return true;
}

bool RussianTimeParser::MayStart(size_t i) const {
  // A preposition opens a rule only before a token that can ("в 1999", "в
  // течение", "начиная с 2010"); two in a row at most, so a run of them
  // costs linear time.
  for (size_t k = i; k < toks_.size() && k < i + 3; ++k) {
    const TimeToken& t = toks_[k];
    if (t.kind == TimeTokenKind::kNumber) return true;
    if (t.kind != TimeTokenKind::kWord || !IsRussianTimeStartWord(t.lower)) return false;
    if (std::none_of(std::begin(kLeadWords), std::end(kLeadWords),
                     [&](std::string_view lead) { return SameWord(t.lower, lead); })) {
      return true;
    }
  }
  return false;
}

}  // namespace internal

const TimeGrammar& RussianTimeGrammar() {
  static const auto* grammar = new internal::ParserGrammar<internal::RussianTimeParser>();
  return *grammar;
}

}  // namespace dossier
