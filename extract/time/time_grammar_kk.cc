// The Kazakh time grammar. Kazakh names the year first and marks each word's
// role with its ending: "1968 жылы 4 наурызда" (on 4 March 1968), "2005
// жылдың мамырында" (in May 2005), "2010 жылы", "1990 жылдары" (the 1990s),
// "1996-2004 жылдары", "1996 жылдан 2004 жылға дейін" (from 1996 to 2004),
// "2010 жылдан бастап" (since 2010), "2005 жылдың басында" (early 2005),
// "XX ғасыр", relative words ("кеше", "биыл", "өткен жылы", "3 жыл бұрын"),
// durations ("3 жыл бойы"), ages ("44 жасында") and sets ("жыл сайын").
// Passages of Kazakh documents quote Russian: what the Kazakh rules leave is
// read by the Russian grammar.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/time/internal/time_lexicon_kk.h"
#include "extract/time/internal/time_lexicon_ru.h"
#include "extract/time/internal/time_parser_base.h"
#include "extract/time/time_grammar.h"

namespace dossier {
namespace internal {
namespace {

class KazakhTimeParser final : public TimeParserBase {
 public:
  using TimeParserBase::TimeParserBase;

  void ScanAll(std::vector<RawTime>* out) const { ScanLongest(*this, out); }

  bool MayStart(size_t i) const {
    const TimeToken& t = toks_[i];
    if (t.kind == TimeTokenKind::kNumber) return true;
    return t.kind == TimeTokenKind::kWord && IsKazakhTimeStartWord(t.lower);
  }

  bool ParseRange(size_t i, RawTime* t, size_t* next) const {
    DateValue a, b;
    size_t j = 0, k = 0;
    KazakhCase ca, cb;
    auto finish = [&](RangeKind kind, size_t first_end, size_t second, size_t second_end,
                      size_t end) {
      FillRange(kind, a, SpanOf(i, first_end), b,
                kind == RangeKind::kClosed ? SpanOf(second, second_end) : Span{}, t);
      t->start = toks_[i].start, t->end = toks_[end - 1].end;
      *next = end;
      return true;
    };
    // "1996-2004 жылдары", "1992–1999 жж."
    int y1 = 0, y2 = 0;
    if (Number(i) && toks_[i].digits == 4 && Punct(i + 1, "-") && Number(i + 2) &&
        toks_[i + 2].digits == 4 && ParseYearNumber(i, &y1) && ParseYearNumber(i + 2, &y2) &&
        y1 < y2 && YearWord(i + 3, &cb, &k)) {
      a.unit = b.unit = TimeUnit::kYear, a.year = y1, b.year = y2;
      return finish(RangeKind::kClosed, i + 1, i + 2, k, k);
    }
    // "1996 жылдан 2004 жылға дейін", "2010 жылдан бастап", "2004 жылға дейін"
    if (!ParseDateWithCase(i, &a, &ca, &j)) return false;
    if (ca == KazakhCase::kAblative) {
      if (ParseDateWithCase(j, &b, &cb, &k) && cb == KazakhCase::kDative &&
          AnyWord(k, {"дейін", "шейін"})) {
        return finish(RangeKind::kClosed, j, j, k, k + 1);
      }
      if (Word(j, "бастап")) return finish(RangeKind::kSince, j, 0, 0, j + 1);
    }
    if (ca == KazakhCase::kDative && AnyWord(j, {"дейін", "шейін"})) {
      return finish(RangeKind::kUntil, j, 0, 0, j + 1);
    }
    return false;
  }

  bool ParseSingle(size_t i, RawTime* t, size_t* next) const {
    DateValue v;
    KazakhCase c;
    if (!ParseDateWithCase(i, &v, &c, next)) return false;
    FillSingle(v, i, *next, t);
    return true;
  }

  bool ParseDuration(size_t i, RawTime* t, size_t* next) const {
    auto emit = [&](TimeKind kind, int count, TimeUnit unit, size_t end) {
      return FillDuration(kind, count, unit, i, end, t, next);
    };
    TimeUnit unit;
    // Sets: "жыл сайын", "ай сайын".
    if (IsWord(i) && KazakhTimeUnit(toks_[i].lower, &unit) && Word(i + 1, "сайын")) {
      return emit(TimeKind::kSet, 1, unit, i + 2);
    }
    int count = 0;
    size_t j = 0;
    if (!ParseCount(i, &count, &j)) return false;
    // Ages: "44 жаста", "44 жасында", "44 жастағы".
    if (Number(i) && count < 130 && AnyWord(j, {"жаста", "жасында", "жастағы", "жасар"})) {
      return emit(TimeKind::kAge, count, TimeUnit::kYear, j + 1);
    }
    if (count >= 1000 || !IsWord(j) || !KazakhTimeUnit(toks_[j].lower, &unit)) return false;
    return emit(TimeKind::kDuration, count, unit, Word(j + 1, "бойы") ? j + 2 : j + 1);
  }

 private:
  bool ParseYearNumber(size_t i, int* year) const {
    if (!Number(i) || toks_[i].digits != 4 || toks_[i].value < 1000 || toks_[i].value > 2199) {
      return false;
    }
    *year = static_cast<int>(toks_[i].value);
    return true;
  }

  // "жылы", "жылдың", "-жылы", "ж.", "жж.": the year word and its case.
  bool YearWord(size_t i, KazakhCase* c, size_t* next) const {
    if (Punct(i, "-") && Glued(i) && Glued(i + 1)) ++i;  // "1968-жылы"
    if (!IsWord(i)) return false;
    const KazakhWord w = KazakhYearWord(toks_[i].lower);
    if (w.value != 0) {
      *c = w.grammatical_case, *next = i + 1;
      return true;
    }
    if (AnyWord(i, {"ж", "жж"}) && Punct(i + 1, ".") && Glued(i + 1)) {
      *c = Word(i, "жж") ? KazakhCase::kPlural : KazakhCase::kBare, *next = i + 2;
      return true;
    }
    return false;
  }

  bool ParseCount(size_t i, int* count, size_t* next) const {
    if (Number(i) && toks_[i].value > 0 && toks_[i].value < 10000) {
      if ((Punct(i + 1, ".") || Punct(i + 1, ",")) && Glued(i + 1) && Number(i + 2)) return false;
      *count = static_cast<int>(toks_[i].value), *next = i + 1;
      return true;
    }
    if (!IsWord(i)) return false;
    int n = KazakhCardinal(toks_[i].lower);
    if (n <= 0) return false;
    size_t k = i + 1;
    if (n >= 10 && n % 10 == 0 && n < 100 && IsWord(k)) {
      const int unit = KazakhCardinal(toks_[k].lower);
      if (unit >= 1 && unit <= 9) n += unit, ++k;
    }
    *count = n, *next = k;
    return true;
  }

  // A month, with a day before it ("4 наурызда") and the case of the month.
  bool ParseDayMonth(size_t i, DateValue* v, KazakhCase* c, size_t* next) const {
    size_t j = i;
    int day = 0;
    if (Number(i) && toks_[i].digits <= 2 && toks_[i].value >= 1 && toks_[i].value <= 31) {
      day = static_cast<int>(toks_[i].value);
      j = i + 1;
      if (Punct(j, "-") && Glued(j)) ++j;  // "4-наурыз"
    }
    if (!IsWord(j)) return false;
    const KazakhWord m = KazakhMonth(toks_[j].lower);
    if (m.value == 0) return false;
    size_t k = j + 1;
    if (Word(k, "айы") || Word(k, "айында") || Word(k, "айының")) {
      *c = Word(k, "айының") ? KazakhCase::kGenitive : KazakhCase::kLocative;
      ++k;
    } else {
      *c = m.grammatical_case;
    }
    if (day != 0 && !IsValidDate(2000, m.value, day)) return false;
    v->unit = day != 0 ? TimeUnit::kDay : TimeUnit::kMonth;
    v->month = m.value, v->day = day, v->year = 0;
    *next = k;
    return true;
  }

  // A date with the case its last word carries.
  bool ParseDateWithCase(size_t i, DateValue* v, KazakhCase* c, size_t* next) const {
    if (!ParseBaseDate(i, v, c, next)) return false;
    // "2005 жылдың басында", "1990 жылдардың соңында", "2015 жылдың бірінші
    // жартысында": a part after its period's genitive.
    if (*c == KazakhCase::kGenitive ||
        (*c == KazakhCase::kPlural && v->unit == TimeUnit::kDecade)) {
      size_t k = *next;
      const int ordinal = IsWord(k) ? KazakhSmallOrdinal(toks_[k].lower) : 0;
      if (ordinal != 0) ++k;
      TimePart part;
      bool half = false;
      if (IsWord(k) && KazakhPartNoun(toks_[k].lower, &part, &half) && half == (ordinal != 0) &&
          ordinal <= 2 && v->unit != TimeUnit::kDay) {
        if (half) part = ordinal == 1 ? TimePart::kFirstHalf : TimePart::kSecondHalf;
        v->part = part;
        *c = KazakhCase::kLocative;
        *next = k + 1;
      }
    }
    return true;
  }

  bool ParseBaseDate(size_t i, DateValue* v, KazakhCase* c, size_t* next) const {
    if (Number(i) && toks_[i].digits == 4) return ParseFromYear(i, v, c, next);
    if (TimeParserBase::ParseNumericDate(i, /*slash_month_first=*/false, v, next)) {
      *c = KazakhCase::kBare;
      KazakhCase ignored;
      YearWord(*next, &ignored, next);  // "04.03.1968 ж."
      return true;
    }
    if (ParseCentury(i, v, c, next)) return true;
    if (ParseDayMonth(i, v, c, next)) {
      // "4 наурыз 1968 жыл"
      int year = 0;
      size_t k = 0;
      if (v->unit == TimeUnit::kDay && ParseYearNumber(*next, &year) &&
          YearWord(*next + 1, c, &k) && IsValidDate(year, v->month, v->day)) {
        v->year = year, *next = k;
      }
      // "қазан" alone is a cauldron or the city of Kazan.
      return v->unit == TimeUnit::kDay || v->month != 10;
    }
    return ParseRelative(i, v, c, next);
  }

  // Everything that opens with a four-digit year.
  bool ParseFromYear(size_t i, DateValue* v, KazakhCase* c, size_t* next) const {
    int year = 0;
    size_t k = 0;
    if (!ParseYearNumber(i, &year) || !YearWord(i + 1, c, &k)) return false;
    if (*c == KazakhCase::kPlural) {
      if (year % 10 != 0) return false;  // "1996 жылдары" alone says little
      v->unit = TimeUnit::kDecade, v->year = year;
      *next = k;
      return true;
    }
    v->unit = TimeUnit::kYear, v->year = year;
    *next = k;
    if (*c == KazakhCase::kBare || *c == KazakhCase::kGenitive || *c == KazakhCase::kAdjectival) {
      // "1968 жылы 4 наурызда", "2005 жылдың мамырында", "2010 жылдың көктемінде"
      DateValue d;
      KazakhCase dc;
      size_t e = 0;
      if (ParseDayMonth(k, &d, &dc, &e) &&
          (d.unit != TimeUnit::kDay || IsValidDate(year, d.month, d.day))) {
        d.year = year;
        *v = d, *c = dc, *next = e;
        return true;
      }
      if (IsWord(k)) {
        const KazakhWord s = KazakhSeason(toks_[k].lower);
        if (s.value != 0) {
          v->unit = TimeUnit::kSeason, v->season = s.value;
          *c = s.grammatical_case, *next = k + 1;
        }
      }
    }
    return true;
  }

  bool ParseCentury(size_t i, DateValue* v, KazakhCase* c, size_t* next) const {
    const int ordinal = CenturyOrdinal(i);
    size_t k = i + 1;
    if (Number(i) && Punct(k, "-") && Glued(k)) ++k;  // "20-ғасыр"
    if (ordinal < 1 || ordinal > 30 || !IsWord(k)) return false;
    const KazakhWord w = KazakhCenturyWord(toks_[k].lower);
    if (w.value == 0) return false;
    v->unit = TimeUnit::kCentury, v->year = (ordinal - 1) * 100;
    *c = w.grammatical_case, *next = k + 1;
    return true;
  }

  bool ParseRelative(size_t i, DateValue* v, KazakhCase* c, size_t* next) const {
    *c = KazakhCase::kBare;
    if (!IsWord(i)) return ParseShifted(i, v, next);
    static constexpr struct {
      std::string_view word;
      int offset;
    } kDays[] = {{"кеше", -1}, {"бүгін", 0}, {"ертең", 1}, {"бүрсігүні", 2}};
    int offset = 0;
    size_t end = 0;
    for (const auto& d : kDays) {
      if (Word(i, d.word)) offset = d.offset, end = i + 1;
    }
    if (Word(i, "алдыңғы") && Word(i + 1, "күні")) offset = -2, end = i + 2;
    if (end != 0) {
      *next = end;
      *v = anchor_ ? Relative(UnitContaining(TimeUnit::kDay, AddDays(*anchor_, offset)))
                   : Unresolved(TimeUnit::kDay);
      return true;
    }
    if (Word(i, "қазір") || (Word(i, "соңғы") && Word(i + 1, "жылдары"))) {
      v->ref = Word(i, "қазір") ? TimeRef::kPresent : TimeRef::kPast;
      v->relative = true;
      *next = Word(i, "қазір") ? i + 1 : i + 2;
      return true;
    }
    // "биыл", "былтыр", "өткен жылы", "осы айда", "келесі аптада", "өткен жазда"
    int shift = 0;
    TimeUnit unit = TimeUnit::kYear;
    size_t k = i + 1;
    if (Word(i, "биыл") || Word(i, "былтыр")) {
      shift = Word(i, "биыл") ? 0 : -1;
    } else if (AnyWord(i, {"өткен", "осы", "келесі", "алдағы"}) && IsWord(i + 1)) {
      shift = Word(i, "өткен") ? -1 : (Word(i, "осы") ? 0 : 1);
      const KazakhWord season = KazakhSeason(toks_[i + 1].lower);
      if (season.value != 0) {
        *next = i + 2;
        *v = SeasonShifted(season.value, shift);
        return true;
      }
      if (!KazakhTimeUnit(toks_[i + 1].lower, &unit) || unit == TimeUnit::kCentury) return false;
      k = i + 2;
    } else {
      return ParseShifted(i, v, next);
    }
    *next = k;
    *v = UnitShifted(unit, shift);
    // "өткен жылы қарашада", "биыл мамырда": a month of that year.
    DateValue month;
    KazakhCase month_case;
    size_t e = 0;
    if (unit == TimeUnit::kYear && ParseDayMonth(k, &month, &month_case, &e)) {
      if (anchor_) {
        month.year = v->year, month.relative = true;
        *v = month;
      } else {
        *v = Unresolved(month.unit);
        v->month = month.month;
      }
      *c = month_case, *next = e;
    }
    return true;
  }

  // "3 жыл бұрын", "бұдан 3 жыл бұрын", "екі жылдан кейін", "бір ай өткен соң"
  bool ParseShifted(size_t i, DateValue* v, size_t* next) const {
    size_t j = Word(i, "бұдан") ? i + 1 : i;
    int count = 0;
    size_t k = 0;
    TimeUnit unit;
    if (!ParseCount(j, &count, &k) || count >= 1000 || !IsWord(k) ||
        !KazakhTimeUnit(toks_[k].lower, &unit)) {
      return false;
    }
    int sign = 0;
    if (Word(k + 1, "бұрын")) {
      sign = -1, k += 2;
    } else if (AnyWord(k + 1, {"кейін", "соң"})) {
      sign = 1, k += 2;
    } else if (Word(k + 1, "өткен") && Word(k + 2, "соң")) {
      sign = 1, k += 3;
    } else {
      return false;
    }
    *next = k;
    *v = UnitShifted(unit, sign * count);
    return true;
  }
};

class KazakhTimeGrammarImpl final : public TimeGrammar {
 public:
  void Scan(std::string_view text, const std::vector<TimeToken>& tokens,
            std::optional<CivilDate> anchor, std::vector<RawTime>* out) const override {
    const size_t begin = out->size();
    KazakhTimeParser(text, tokens, anchor).ScanAll(out);
    // Russian quoted in Kazakh text: the Russian grammar's matches where the
    // Kazakh rules found nothing.
    std::vector<RawTime> russian;
    RussianTimeGrammar().Scan(text, tokens, anchor, &russian);
    const size_t kazakh_end = out->size();
    for (const RawTime& r : russian) {
      const bool overlaps =
          std::any_of(out->begin() + static_cast<std::ptrdiff_t>(begin),
                      out->begin() + static_cast<std::ptrdiff_t>(kazakh_end),
                      [&](const RawTime& k) { return r.start < k.end && k.start < r.end; });
      if (!overlaps) out->push_back(r);
    }
    std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(begin), out->end(),
                     [](const RawTime& a, const RawTime& b) { return a.start < b.start; });
  }
};

}  // namespace
}  // namespace internal

const TimeGrammar& KazakhTimeGrammar() {
  static const internal::KazakhTimeGrammarImpl* grammar = new internal::KazakhTimeGrammarImpl();
  return *grammar;
}

}  // namespace dossier
