// The language-neutral meaning of one calendar expression: a unit (day,
// month, season, decade...) with its fields, a part of it ("early", "the
// first half of"), or a vague reference to the document time ("now"). Any
// grammar produces these; this file turns them into inclusive ISO intervals,
// TIMEX3 values and the contract's precision names.
//
// Thread-safe (value types and pure functions).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_VALUE_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_VALUE_H_

#include <optional>
#include <string>
#include <string_view>

#include "extract/time/time_civil.h"

namespace dossier::internal {

enum class TimeUnit { kDay, kWeek, kMonth, kQuarter, kSeason, kYear, kDecade, kCentury };

// A part of the unit. Thirds for early/mid/late (a month: days 1-10, 11-20,
// 21-end; a year: Jan-Apr, May-Aug, Sep-Dec; a decade: years 0-3, 4-6, 7-9).
enum class TimePart { kWhole, kEarly, kMid, kLate, kFirstHalf, kSecondHalf };

// A vague reference to the document time (TIMEX3 PRESENT_REF and friends).
enum class TimeRef { kNone, kPresent, kPast, kFuture };

struct DateValue {
  TimeUnit unit = TimeUnit::kDay;
  int year = 0;     // 0: not known yet (a date without a year); decades and
                    // centuries hold their first year (1990, 1800)
  int month = 0;    // kDay, kMonth, kWeek (the week's Monday)
  int day = 0;      // kDay, kWeek
  int season = 0;   // 1 spring, 2 summer, 3 autumn, 4 winter (Dec-Feb)
  int quarter = 0;  // 1-4
  TimePart part = TimePart::kWhole;
  TimeRef ref = TimeRef::kNone;
  bool weekend = false;     // kWeek: only its Saturday and Sunday ("-WE")
  bool relative = false;    // resolved against the document date
  bool unresolved = false;  // relative, but no document date was known
  // "two years later", "the following year": this many units (of `unit`)
  // from the date the text narrated last, which the core resolves when the
  // passage or the one before named one; 0 for anything else. The value's
  // other fields hold the reading against the document date, the fallback.
  int narrated_shift = 0;
};

struct DateInterval {
  std::optional<CivilDate> from;  // inclusive; empty when unknown
  std::optional<CivilDate> to;
};

// The interval `value` covers. Both ends are empty when the year is unknown or
// the value is unresolved; a TimeRef is the anchor day for kPresent, else empty.
// REQUIRES: the fields the unit needs are in range (grammars check them).
DateInterval ResolveInterval(const DateValue& value, std::optional<CivilDate> anchor);

// The TIMEX3 value: "1999", "1999-08", "1999-08-05", "1999-SU", "1999-Q3",
// "1999-W02", "1999-W02-WE", "199X", "18", "PRESENT_REF"; unknown years are "XXXX".
std::string TimexValue(const DateValue& value);

// The contract's precision: "day", "month", "season", "year", "decade",
// "century" (weeks are "day", quarters "month").
std::string_view PrecisionName(TimeUnit unit);

// The value of the unit containing `date` (a week starts on Monday).
DateValue UnitContaining(TimeUnit unit, const CivilDate& date);

// The value `count` units after (negative: before) `value`.
// REQUIRES: value.year != 0 and unit is one of day..year.
DateValue ShiftUnit(const DateValue& value, int count);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_VALUE_H_
