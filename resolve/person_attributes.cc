#include "resolve/person_attributes.h"

#include <algorithm>
#include <cmath>

#include "base/ascii.h"
#include "extract/countries/countries.h"

namespace dossier {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Numbers and words of a date, in order.
struct DateToken {
  bool number = false;
  int value = 0;
  int digits = 0;
  std::string word;
};

std::vector<DateToken> Tokens(std::string_view text) {
  std::vector<DateToken> out;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (IsDigit(c)) {
      DateToken t;
      t.number = true;
      while (i < text.size() && IsDigit(text[i]) && t.digits < 9) {
        t.value = t.value * 10 + (text[i] - '0');
        ++t.digits;
        ++i;
      }
      out.push_back(t);
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      DateToken t;
      while (i < text.size() &&
             ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
        t.word += static_cast<char>(text[i] | 0x20);
        ++i;
      }
      out.push_back(t);
    } else {
      ++i;
    }
  }
  return out;
}

int MonthOf(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    if (word.substr(0, 3) == kMonths[m]) return m + 1;
  }
  return 0;
}

bool ValidYear(int y) { return y >= 1000 && y <= 2999; }

// One date without range or circa: a day, a month or a year.
bool ParseOne(std::string_view text, BirthDate* out) {
  const std::vector<DateToken> tokens = Tokens(text);
  int year = 0, month = 0, day = 0;
  std::vector<int> small;  // numbers of one or two digits, in order
  for (const DateToken& t : tokens) {
    if (t.number && t.digits == 4) {
      if (year != 0) return false;
      year = t.value;
    } else if (t.number && t.digits <= 2) {
      small.push_back(t.value);
    } else if (!t.number) {
      const int m = MonthOf(t.word);
      if (m == 0 || month != 0) return false;
      month = m;
    } else {
      return false;
    }
  }
  if (!ValidYear(year)) return false;
  const bool year_first = !tokens.empty() && tokens[0].number && tokens[0].digits == 4;
  if (month != 0) {
    if (small.size() > 1) return false;
    if (!small.empty()) day = small[0];
  } else if (small.size() == 2) {
    // 1958-03-12 (year first: month, day) or 12.03.1958 (day, month).
    month = year_first ? small[0] : small[1];
    day = year_first ? small[1] : small[0];
  } else if (small.size() == 1) {
    month = small[0];
  } else if (!small.empty()) {
    return false;
  }
  if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) return false;
  out->day = day > 0;
  if (day > 0) {
    out->from = out->to = year * 10000 + month * 100 + day;
  } else if (month > 0) {
    out->from = year * 10000 + month * 100 + 1;
    out->to = year * 10000 + month * 100 + 31;
  } else {
    out->from = year * 10000 + 101;
    out->to = year * 10000 + 1231;
  }
  return true;
}

// Years between two dates of yyyymmdd form (fractional, by months).
double YearsApart(int a, int b) {
  auto months = [](int d) { return (d / 10000) * 12 + (d / 100 % 100) - 1 + (d % 100) / 31.0; };
  return std::abs(months(a) - months(b)) / 12.0;
}

// Splits `text` on ';' into trimmed, non-empty values.
std::vector<std::string_view> Values(std::string_view text) {
  std::vector<std::string_view> out;
  while (!text.empty()) {
    const size_t semi = text.find(';');
    const std::string_view one = Trim(text.substr(0, semi));
    if (!one.empty()) out.push_back(one);
    if (semi == std::string_view::npos) break;
    text.remove_prefix(semi + 1);
  }
  return out;
}

}  // namespace

bool ParseBirthDate(std::string_view text, BirthDate* out) {
  std::string lower = AsciiLower(Trim(text));
  bool circa = false;
  for (std::string_view prefix :
       {"circa ", "circa", "ca. ", "c. ", "c.", "about ", "approx. ", "approximately ", "~"}) {
    if (lower.rfind(prefix, 0) == 0) {
      circa = true;
      lower.erase(0, prefix.size());
      break;
    }
  }
  BirthDate date;
  // A range of years or dates: "1955-1960", "1955 - 1960", "1955 to 1960".
  size_t cut = std::string::npos, cut_length = 0;
  for (std::string_view sep : {" to ", " - ", "–", "—"}) {
    if (size_t at = lower.find(sep); at != std::string::npos) {
      cut = at;
      cut_length = sep.size();
      break;
    }
  }
  if (cut == std::string::npos && lower.size() == 9 && lower[4] == '-') cut = 4, cut_length = 1;
  BirthDate first, last;
  if (cut != std::string::npos && ParseOne(lower.substr(0, cut), &first) &&
      ParseOne(lower.substr(cut + cut_length), &last) && first.from <= last.to &&
      last.from / 10000 - first.from / 10000 <= 30 &&
      Tokens(lower.substr(0, cut)).size() == Tokens(lower.substr(cut + cut_length)).size()) {
    date.from = first.from;
    date.to = last.to;
  } else if (!ParseOne(lower, &date)) {
    return false;
  }
  if (circa) {
    date.from = (date.from / 10000 - 1) * 10000 + 101;
    date.to = (date.to / 10000 + 1) * 10000 + 1231;
    date.day = false;
  }
  date.text = std::string(Trim(text));
  *out = std::move(date);
  return true;
}

Gender ParseGender(std::string_view text) {
  const std::string lower = AsciiLower(Trim(text));
  if (lower == "male" || lower == "m" || lower == "man" || lower == "м" || lower == "муж" ||
      lower == "мужской" || lower == "ер") {
    return Gender::kMale;
  }
  if (lower == "female" || lower == "f" || lower == "woman" || lower == "ж" || lower == "жен" ||
      lower == "женский" || lower == "әйел") {
    return Gender::kFemale;
  }
  return Gender::kUnknown;
}

PersonAttributes ParsePersonAttributes(const std::vector<std::string>& birth_dates,
                                       const std::vector<std::string>& countries,
                                       std::string_view gender) {
  PersonAttributes out;
  for (const std::string& field : birth_dates) {
    for (std::string_view one : Values(field)) {
      BirthDate date;
      if (ParseBirthDate(one, &date) && std::find(out.birth_dates.begin(), out.birth_dates.end(),
                                                  date) == out.birth_dates.end()) {
        out.birth_dates.push_back(std::move(date));
      }
    }
  }
  for (const std::string& field : countries) {
    for (std::string_view one : Values(field)) {
      const std::string code = CountryCode(one);
      if (!code.empty() &&
          std::find(out.countries.begin(), out.countries.end(), code) == out.countries.end()) {
        out.countries.push_back(code);
      }
    }
  }
  out.gender = ParseGender(gender);
  return out;
}

AttributeMatch CompareAttributes(const PersonAttributes& a, const PersonAttributes& b) {
  AttributeMatch m;
  auto add = [&](const std::string& reason) {
    if (!m.reasons.empty()) m.reasons += "; ";
    m.reasons += reason;
  };
  if (!a.birth_dates.empty() && !b.birth_dates.empty()) {
    // The closest pair: the same day, then an overlap, then the nearest.
    const BirthDate* best_a = nullptr;
    const BirthDate* best_b = nullptr;
    int best_rank = -1;
    double nearest = 1e9;
    for (const BirthDate& x : a.birth_dates) {
      for (const BirthDate& y : b.birth_dates) {
        const bool overlaps = x.from <= y.to && y.from <= x.to;
        const int rank = overlaps ? (x.day && y.day ? 2 : 1) : 0;
        const double apart =
            overlaps ? 0 : std::min(YearsApart(x.to, y.from), YearsApart(y.to, x.from));
        if (rank > best_rank || (rank == best_rank && apart < nearest)) {
          best_a = &x, best_b = &y, best_rank = rank, nearest = apart;
        }
      }
    }
    const bool same_day = best_rank == 2, overlap = best_rank >= 1;
    const std::string pair =
        best_a->text + (overlap ? (same_day ? " = " : " ~ ") : " ≠ ") + best_b->text;
    if (same_day) {
      m.adjustment += 0.08;
      m.same_birth_day = true;
      add("date of birth: " + pair);
    } else if (overlap) {
      m.adjustment += 0.04;
      add("date of birth: " + pair);
    } else if (nearest < 1.0 && best_a->from / 10000 == best_b->from / 10000) {
      m.adjustment -= 0.10;
      add("date of birth: " + pair + ", same year");
    } else if (nearest <= 1.0) {
      m.adjustment -= 0.15;
      add("date of birth: " + pair + ", a year apart");
    } else {
      m.veto = true;
      add("date of birth: " + pair + ", another person");
    }
  }
  if (!a.countries.empty() && !b.countries.empty()) {
    std::string common;
    for (const std::string& c : a.countries) {
      if (std::find(b.countries.begin(), b.countries.end(), c) != b.countries.end()) common = c;
    }
    if (!common.empty()) {
      m.adjustment += 0.03;
      add("nationality: " + common + " = " + common);
    } else {
      m.adjustment -= 0.08;
      add("nationality: " + a.countries.front() + " ≠ " + b.countries.front());
    }
  }
  if (a.gender != Gender::kUnknown && b.gender != Gender::kUnknown) {
    const auto name = [](Gender g) { return g == Gender::kMale ? "male" : "female"; };
    if (a.gender == b.gender) {
      add(std::string("gender: ") + name(a.gender) + " = " + name(b.gender));
    } else {
      m.adjustment -= 0.25;
      add(std::string("gender: ") + name(a.gender) + " ≠ " + name(b.gender));
    }
  }
  m.adjustment = std::min(m.adjustment, kMaxAttributeRise);
  return m;
}

}  // namespace dossier
