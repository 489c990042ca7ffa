// What tells namesakes apart beside the name: dates of birth, nationality or
// country, gender. Screening raises a name match's score when they agree and
// lowers it, or vetoes it, when they conflict, and says so in the reasons.
//
// Dates of birth are read as ranges: "1958-03-12" (a day), "1958-03" (a
// month), "1958" (a year), "12.03.1958", "12 March 1958", "March 12, 1958",
// "1955-1960" or "1955 to 1960" (a range), "circa 1958" / "c. 1958" (a year
// either side). Countries are ISO 3166-1 alpha-2 codes, read from codes,
// names and demonyms in English, Russian or Kazakh ("RU", "RUS", "Russian
// Federation", "Russian", "Россия"; CountryCode, extract/countries/countries.h).
//
// Rules (CompareAttributes):
//   - date of birth: one date of one side within one of the other's: +0.08
//     for the same day, +0.04 for an overlap of a year or range; apart by
//     less than a year (a day or month slip): -0.10; by about a year:
//     -0.15; further: veto ("date of birth: 1958 ≠ 1991").
//   - nationality: a country in common: +0.03; none: -0.08 (people change
//     citizenship; never a veto).
//   - gender: different: -0.25 (lists err, a name rarely does).
//   The total rise is at most kMaxAttributeRise.
//
// Thread-safe (pure functions).
//
//   PersonAttributes listed = ParsePersonAttributes({"1958-03-12"}, {"Russia"}, "male");
//   PersonAttributes query = ParsePersonAttributes({"1991"}, {}, "");
//   AttributeMatch m = CompareAttributes(query, listed);  // m.veto, m.reasons
#ifndef DOSSIER_RESOLVE_PERSON_ATTRIBUTES_H_
#define DOSSIER_RESOLVE_PERSON_ATTRIBUTES_H_

#include <string>
#include <string_view>
#include <vector>

#include "resolve/person_name.h"

namespace dossier {

struct BirthDate {
  int from = 0;      // yyyymmdd, first day the date allows
  int to = 0;        // yyyymmdd, last day
  bool day = false;  // an exact day
  std::string text;  // as written
  bool operator==(const BirthDate&) const = default;
};

struct PersonAttributes {
  std::vector<BirthDate> birth_dates;  // any of them
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2, lower case
  Gender gender = Gender::kUnknown;
  bool empty() const {
    return birth_dates.empty() && countries.empty() && gender == Gender::kUnknown;
  }
  bool operator==(const PersonAttributes&) const = default;
};

// The highest total rise the attributes can give a score.
inline constexpr double kMaxAttributeRise = 0.11;

// Parses one written date of birth (forms above). Returns false and leaves
// *out alone when `text` is not one of them.
bool ParseBirthDate(std::string_view text, BirthDate* out);

// "male", "m", "female", "f", "м", "ж", "муж", "жен" (any case); else kUnknown.
Gender ParseGender(std::string_view text);

// Attributes from written values: each of `birth_dates` and `countries` may
// hold several separated by ';'. Unreadable values are skipped.
PersonAttributes ParsePersonAttributes(const std::vector<std::string>& birth_dates,
                                       const std::vector<std::string>& countries,
                                       std::string_view gender);

struct AttributeMatch {
  double adjustment = 0;  // added to the name's score
  bool veto = false;      // the attributes say: another person
  // A date of birth of each side names the same day (what lifts a name that
  // a typing slip in the given name holds below the threshold:
  // NameMatch::birth_day_decides).
  bool same_birth_day = false;
  std::string reasons;  // "date of birth: 1958-03-12 = 12.03.1958; nationality: ru = ru"
};

// Compares the attributes both sides have (rules above).
AttributeMatch CompareAttributes(const PersonAttributes& a, const PersonAttributes& b);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_PERSON_ATTRIBUTES_H_
