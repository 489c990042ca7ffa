#include "extract/time/time_civil.h"

#include <cstdio>
#include <string>

namespace dossier {

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(const CivilDate& date) {
  const int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

int IsoWeekday(const CivilDate& date) {
  const int64_t days = DaysFromCivil(date);  // 1970-01-01 was a Thursday (4)
  const int64_t w = ((days % 7) + 7 + 3) % 7;
  return static_cast<int>(w) + 1;
}

CivilDate AddDays(const CivilDate& date, int64_t days) {
  return CivilFromDays(DaysFromCivil(date) + days);
}

CivilDate AddMonths(const CivilDate& date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  CivilDate out{index / 12, index % 12 + 1, date.day};
  if (out.day > DaysInMonth(out.year, out.month)) out.day = DaysInMonth(out.year, out.month);
  return out;
}

std::string FormatIsoDate(const CivilDate& date) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

namespace {

bool Digits(std::string_view text, size_t pos, size_t n, int* value) {
  if (pos + n > text.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    v = v * 10 + (text[i] - '0');
  }
  *value = v;
  return true;
}

}  // namespace

StatusOr<CivilDate> ParseIsoDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  int y = 0, m = 0, d = 0;
  bool ok = false;
  if (Digits(text, 0, 4, &y)) {
    if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
      ok = Digits(text, 5, 2, &m) && Digits(text, 8, 2, &d);
    } else {
      ok = Digits(text, 4, 2, &m) && Digits(text, 6, 2, &d);
    }
  }
  if (!ok || !IsValidDate(y, m, d)) {
    return InvalidArgumentError("'" + std::string(text.substr(0, 40)) +
                                "': not an ISO 8601 date (YYYY-MM-DD)");
  }
  return CivilDate{y, m, d};
}

}  // namespace dossier
