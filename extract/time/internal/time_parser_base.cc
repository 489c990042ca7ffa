#include "extract/time/internal/time_parser_base.h"

#include <string>
#include <utility>

#include "extract/time/internal/time_lexicon_en.h"
#include "extract/time/internal/time_lexicon_ru.h"

namespace dossier::internal {

bool TimeParserBase::ParseNumericDate(size_t i, bool slash_month_first, DateValue* v,
                                      size_t* next) const {
  if (!Number(i)) return false;
  // 1961-11-23
  if (toks_[i].digits == 4 && Punct(i + 1, "-") && Glued(i + 1) && Number(i + 2) && Glued(i + 2) &&
      Punct(i + 3, "-") && Glued(i + 3) && Number(i + 4) && Glued(i + 4)) {
    const int y = static_cast<int>(toks_[i].value), m = static_cast<int>(toks_[i + 2].value),
              d = static_cast<int>(toks_[i + 4].value);
    if (toks_[i + 2].digits == 2 && toks_[i + 4].digits == 2 && IsValidDate(y, m, d)) {
      v->unit = TimeUnit::kDay, v->year = y, v->month = m, v->day = d;
      *next = i + 5;
      return true;
    }
    return false;
  }
  // 23.11.1961, 23/11/1961, 11/23/1961, 31-10-74; the separators must agree.
  if (toks_[i].digits > 2) return false;
  for (std::string_view sep : {".", "/", "-"}) {
    if (!(Punct(i + 1, sep) && Glued(i + 1) && Number(i + 2) && Glued(i + 2) &&
          toks_[i + 2].digits <= 2 && Punct(i + 3, sep) && Glued(i + 3) && Number(i + 4) &&
          Glued(i + 4))) {
      continue;
    }
    if (toks_[i + 4].digits != 4 && toks_[i + 4].digits != 2) return false;
    if (Glued(i + 5) && (Punct(i + 5, sep) || Number(i + 5))) return false;  // 1.2.3.4
    int a = static_cast<int>(toks_[i].value), b = static_cast<int>(toks_[i + 2].value);
    int y = static_cast<int>(toks_[i + 4].value);
    if (toks_[i + 4].digits == 2) y += y < 50 ? 2000 : 1900;
    // Day first for dots and dashes; month first for slashes when asked,
    // unless the first number cannot be a month.
    int d = a, m = b;
    if (slash_month_first && sep == "/" && a <= 12) d = b, m = a;
    if (!IsValidDate(y, m, d)) std::swap(d, m);
    if (!IsValidDate(y, m, d)) return false;
    v->unit = TimeUnit::kDay, v->year = y, v->month = m, v->day = d;
    *next = i + 5;
    return true;
  }
  return false;
}

void TimeParserBase::FillSingle(const DateValue& v, size_t i, size_t next, RawTime* t) const {
  t->kind = TimeKind::kDate;
  t->range = RangeKind::kSingle;
  t->first = v;
  t->start = toks_[i].start, t->end = toks_[next - 1].end;
  t->first_span = Span{t->start, t->end};
}

bool TimeParserBase::FillDuration(TimeKind kind, int count, TimeUnit unit, size_t first, size_t end,
                                  RawTime* t, size_t* next) const {
  t->kind = kind;
  t->duration_unit = unit;
  t->duration = "P" + std::to_string(count) + std::string(DurationDesignator(unit));
  if (unit == TimeUnit::kDecade) t->duration = "P" + std::to_string(count * 10) + "Y";
  if (unit == TimeUnit::kCentury) t->duration = "P" + std::to_string(count * 100) + "Y";
  t->start = toks_[first].start, t->end = toks_[end - 1].end;
  t->first_span = SpanOf(first, end);
  *next = end;
  return true;
}

void TimeParserBase::QuarterOfAnchor(DateValue* v) const {
  if (!anchor_) return;
  v->year = anchor_->year - (v->quarter * 3 - 2 > anchor_->month ? 1 : 0);
  v->relative = true;
}

DateValue TimeParserBase::MonthShifted(int month, int shift) const {
  if (!anchor_) {
    DateValue v = Unresolved(TimeUnit::kMonth);
    v.month = month;
    return v;
  }
  int year = anchor_->year;
  if (shift < 0) year -= (month >= anchor_->month ? 1 : 0) + (-shift - 1);
  if (shift > 0) year += (month <= anchor_->month ? 1 : 0) + (shift - 1);
  DateValue v;
  v.unit = TimeUnit::kMonth, v.year = year, v.month = month, v.relative = true;
  return v;
}

DateValue TimeParserBase::SeasonShifted(int season, int shift) const {
  if (!anchor_) {
    DateValue v = Unresolved(TimeUnit::kSeason);
    v.season = season;
    return v;
  }
  const DateValue current = UnitContaining(TimeUnit::kSeason, *anchor_);
  DateValue s = current;
  s.season = season;
  if (season == 4 && current.season != 4 && anchor_->month <= 2) s.year = anchor_->year - 1;
  if (shift < 0 && s.year * 4 + s.season >= current.year * 4 + current.season) --s.year;
  if (shift > 0 && s.year * 4 + s.season <= current.year * 4 + current.season) ++s.year;
  return Relative(s);
}

DateValue TimeParserBase::WeekdayShifted(int weekday, int shift) const {
  if (!anchor_) return Unresolved(TimeUnit::kDay);
  const int delta = weekday - IsoWeekday(*anchor_) + 7 * shift;
  return Relative(UnitContaining(TimeUnit::kDay, AddDays(*anchor_, delta)));
}

DateValue TimeParserBase::UnitShifted(TimeUnit unit, int shift) const {
  if (!anchor_) return Unresolved(unit);
  return Relative(ShiftUnit(UnitContaining(unit, *anchor_), shift));
}

int TimeParserBase::CenturyOrdinal(size_t i) const {
  if (IsWord(i)) return RomanNumeral(toks_[i].lower);
  if (Number(i) && toks_[i].digits <= 2) return static_cast<int>(toks_[i].value);
  return 0;
}

void TimeParserBase::FillRange(RangeKind kind, const DateValue& a, Span a_span, const DateValue& b,
                               Span b_span, RawTime* t) {
  t->kind = TimeKind::kDate;
  t->range = kind;
  t->first = a;
  t->first_span = a_span;
  if (kind != RangeKind::kClosed) return;
  t->second = b;
  t->second_span = b_span;
  if (a.year == 0 && b.year != 0 && !a.relative) {
    t->first.year = b.year;
    if (a.unit == TimeUnit::kMonth || a.unit == TimeUnit::kDay) {
      if (a.month > b.month && b.month != 0) t->first.year = b.year - 1;
    }
  }
  if (b.year == 0 && a.year != 0 && !b.relative) t->second.year = a.year;
}

}  // namespace dossier::internal
