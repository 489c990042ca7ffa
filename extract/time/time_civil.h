// CivilDate: a proleptic Gregorian calendar day, and the little calendar
// arithmetic the time extractor needs (days in a month, weekdays, adding days
// and months, ISO formatting and parsing).
//
// Thread-safe (value type and pure functions).
//
//   CivilDate d{1999, 6, 30};
//   FormatIsoDate(AddDays(d, 1));  // "1999-07-01"
#ifndef DOSSIER_EXTRACT_TIME_TIME_CIVIL_H_
#define DOSSIER_EXTRACT_TIME_TIME_CIVIL_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31
  auto operator<=>(const CivilDate&) const = default;
};

// Returns the number of days of `month` (1-12) in `year`.
int DaysInMonth(int year, int month);

// True when the triple names a real calendar day (year 1-9999).
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before), and back.
int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);

// ISO weekday: 1 = Monday ... 7 = Sunday.
int IsoWeekday(const CivilDate& date);

CivilDate AddDays(const CivilDate& date, int64_t days);

// Adds months, clamping the day to the length of the target month.
CivilDate AddMonths(const CivilDate& date, int months);

// "YYYY-MM-DD".
std::string FormatIsoDate(const CivilDate& date);

// Parses the date at the head of an ISO 8601 date or date-time ("1998-01-08",
// "1998-01-08T10:00:00Z", "19980108"). Returns InvalidArgument naming the text
// when it holds no valid calendar date.
StatusOr<CivilDate> ParseIsoDate(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TIME_TIME_CIVIL_H_
