#include "extract/time/internal/time_value.h"

#include <cstdio>

namespace dossier::internal {
namespace {

// Splits [lo, hi] (inclusive, in some unit) by `part`.
void PartRange(TimePart part, int lo, int hi, int* out_lo, int* out_hi) {
  const int n = hi - lo + 1;
  const int third = n / 3;
  switch (part) {
    case TimePart::kWhole:
      *out_lo = lo, *out_hi = hi;
      break;
    case TimePart::kEarly:
      *out_lo = lo, *out_hi = lo + third - 1 + (n % 3 == 2 ? 1 : 0);
      break;
    case TimePart::kMid:
      *out_lo = lo + third + (n % 3 == 2 ? 1 : 0), *out_hi = hi - third;
      break;
    case TimePart::kLate:
      *out_lo = hi - third + 1, *out_hi = hi;
      break;
    case TimePart::kFirstHalf:
      *out_lo = lo, *out_hi = lo + n / 2 - 1;
      break;
    case TimePart::kSecondHalf:
      *out_lo = lo + n / 2, *out_hi = hi;
      break;
  }
}

CivilDate MonthStart(int year, int month) { return CivilDate{year, month, 1}; }
CivilDate MonthEnd(int year, int month) { return CivilDate{year, month, DaysInMonth(year, month)}; }

}  // namespace

DateInterval ResolveInterval(const DateValue& value, std::optional<CivilDate> anchor) {
  DateInterval out;
  if (value.ref != TimeRef::kNone) {
    if (!anchor) return out;
    if (value.ref == TimeRef::kPresent) out.from = out.to = *anchor;
    if (value.ref == TimeRef::kPast) out.to = *anchor;
    if (value.ref == TimeRef::kFuture) out.from = *anchor;
    return out;
  }
  if (value.unresolved || value.year == 0) return out;
  const int y = value.year;
  int lo = 0, hi = 0;
  switch (value.unit) {
    case TimeUnit::kDay:
      out.from = out.to = CivilDate{y, value.month, value.day};
      break;
    case TimeUnit::kWeek:
      out.from = AddDays(CivilDate{y, value.month, value.day}, value.weekend ? 5 : 0);
      out.to = AddDays(CivilDate{y, value.month, value.day}, 6);
      break;
    case TimeUnit::kMonth:
      PartRange(value.part, 1, DaysInMonth(y, value.month), &lo, &hi);
      if (value.part == TimePart::kEarly) hi = 10;
      if (value.part == TimePart::kMid) lo = 11, hi = 20;
      if (value.part == TimePart::kLate) lo = 21;
      out.from = CivilDate{y, value.month, lo};
      out.to = CivilDate{y, value.month, hi};
      break;
    case TimeUnit::kQuarter:
      out.from = MonthStart(y, value.quarter * 3 - 2);
      out.to = MonthEnd(y, value.quarter * 3);
      break;
    case TimeUnit::kSeason: {
      const int first = value.season * 3;  // 3 spring, 6 summer, 9 autumn, 12 winter
      PartRange(value.part, 0, 2, &lo, &hi);
      const CivilDate start = MonthStart(y, first);
      const CivilDate a = AddMonths(start, lo);
      const CivilDate b = AddMonths(start, hi);
      out.from = a;
      out.to = MonthEnd(b.year, b.month);
      break;
    }
    case TimeUnit::kYear:
      PartRange(value.part, 1, 12, &lo, &hi);
      out.from = MonthStart(y, lo);
      out.to = MonthEnd(y, hi);
      break;
    case TimeUnit::kDecade:
      PartRange(value.part, y, y + 9, &lo, &hi);
      if (value.part == TimePart::kEarly) hi = y + 3;
      if (value.part == TimePart::kMid) lo = y + 4, hi = y + 6;
      if (value.part == TimePart::kLate) lo = y + 7;
      out.from = MonthStart(lo, 1);
      out.to = MonthEnd(hi, 12);
      break;
    case TimeUnit::kCentury:
      PartRange(value.part, y, y + 99, &lo, &hi);
      out.from = MonthStart(lo, 1);
      out.to = MonthEnd(hi, 12);
      break;
  }
  return out;
}

std::string TimexValue(const DateValue& value) {
  switch (value.ref) {
    case TimeRef::kPresent:
      return "PRESENT_REF";
    case TimeRef::kPast:
      return "PAST_REF";
    case TimeRef::kFuture:
      return "FUTURE_REF";
    case TimeRef::kNone:
      break;
  }
  char buf[32];
  char year[8];
  if (value.year == 0 || value.unresolved) {
    std::snprintf(year, sizeof(year), "XXXX");
  } else {
    std::snprintf(year, sizeof(year), "%04d", value.year);
  }
  switch (value.unit) {
    case TimeUnit::kDay:
      if (value.year == 0 && value.month == 0) return "XXXX-XX-XX";
      std::snprintf(buf, sizeof(buf), "%s-%02d-%02d", year, value.month, value.day);
      return buf;
    case TimeUnit::kWeek: {
      if (value.unresolved) return value.weekend ? "XXXX-WXX-WE" : "XXXX-WXX";
      // ISO week: the week holding the Thursday after this Monday.
      const CivilDate thursday = AddDays(CivilDate{value.year, value.month, value.day}, 3);
      const int64_t jan1 = DaysFromCivil(CivilDate{thursday.year, 1, 1});
      const int week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7 + 1);
      std::snprintf(buf, sizeof(buf), "%04d-W%02d%s", thursday.year, week,
                    value.weekend ? "-WE" : "");
      return buf;
    }
    case TimeUnit::kMonth:
      std::snprintf(buf, sizeof(buf), "%s-%02d", year, value.month);
      return buf;
    case TimeUnit::kQuarter:
      std::snprintf(buf, sizeof(buf), "%s-Q%d", year, value.quarter);
      return buf;
    case TimeUnit::kSeason: {
      static constexpr const char* kSeasons[] = {"SP", "SU", "FA", "WI"};
      std::snprintf(buf, sizeof(buf), "%s-%s", year, kSeasons[(value.season + 3) % 4]);
      return buf;
    }
    case TimeUnit::kYear:
      return year;
    case TimeUnit::kDecade:
      if (value.year == 0 || value.unresolved) return "XXXX";
      std::snprintf(buf, sizeof(buf), "%03dX", value.year / 10);
      return buf;
    case TimeUnit::kCentury:
      if (value.year == 0 || value.unresolved) return "XX";
      std::snprintf(buf, sizeof(buf), "%02d", value.year / 100);
      return buf;
  }
  return year;
}

std::string_view PrecisionName(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kDay:
    case TimeUnit::kWeek:
      return "day";
    case TimeUnit::kMonth:
    case TimeUnit::kQuarter:
      return "month";
    case TimeUnit::kSeason:
      return "season";
    case TimeUnit::kYear:
      return "year";
    case TimeUnit::kDecade:
      return "decade";
    case TimeUnit::kCentury:
      return "century";
  }
  return "day";
}

DateValue UnitContaining(TimeUnit unit, const CivilDate& date) {
  DateValue v;
  v.unit = unit;
  v.year = date.year;
  switch (unit) {
    case TimeUnit::kDay:
      v.month = date.month, v.day = date.day;
      break;
    case TimeUnit::kWeek: {
      const CivilDate monday = AddDays(date, 1 - IsoWeekday(date));
      v.year = monday.year, v.month = monday.month, v.day = monday.day;
      break;
    }
    case TimeUnit::kMonth:
      v.month = date.month;
      break;
    case TimeUnit::kQuarter:
      v.quarter = (date.month - 1) / 3 + 1;
      break;
    case TimeUnit::kSeason:
      // December belongs to the winter that starts in its year.
      v.season = date.month == 12 ? 4 : (date.month < 3 ? 4 : date.month / 3);
      if (date.month < 3) v.year = date.year - 1;
      break;
    case TimeUnit::kYear:
      break;
    case TimeUnit::kDecade:
      v.year = date.year / 10 * 10;
      break;
    case TimeUnit::kCentury:
      v.year = date.year / 100 * 100;
      break;
  }
  return v;
}

DateValue ShiftUnit(const DateValue& value, int count) {
  DateValue v = value;
  switch (value.unit) {
    case TimeUnit::kDay:
    case TimeUnit::kWeek: {
      const CivilDate d =
          AddDays(CivilDate{value.year, value.month, value.day},
                  static_cast<int64_t>(count) * (value.unit == TimeUnit::kDay ? 1 : 7));
      v.year = d.year, v.month = d.month, v.day = d.day;
      break;
    }
    case TimeUnit::kMonth: {
      const CivilDate d = AddMonths(CivilDate{value.year, value.month, 1}, count);
      v.year = d.year, v.month = d.month;
      break;
    }
    case TimeUnit::kQuarter: {
      const int index = value.year * 4 + value.quarter - 1 + count;
      v.year = index / 4, v.quarter = index % 4 + 1;
      break;
    }
    case TimeUnit::kSeason: {
      const int index = value.year * 4 + value.season - 1 + count;
      v.year = index / 4, v.season = index % 4 + 1;
      break;
    }
    case TimeUnit::kYear:
      v.year += count;
      break;
    case TimeUnit::kDecade:
      v.year += 10 * count;
      break;
    case TimeUnit::kCentury:
      v.year += 100 * count;
      break;
  }
  return v;
}

}  // namespace dossier::internal
