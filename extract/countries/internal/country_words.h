// The tables the country module is built from (countries.h): the ISO 3166-1
// countries of Debian's iso-codes with their Russian and Kazakh translations,
// generated at build time (make_iso_countries.cc), and our own words per
// language: short forms, nationality adjectives and older names that
// iso-codes does not have, and the usual name of a country where it differs
// from iso-codes' ("Russia", not "Russian Federation").
//
// Thread-safe (static tables).
#ifndef DOSSIER_EXTRACT_COUNTRIES_INTERNAL_COUNTRY_WORDS_H_
#define DOSSIER_EXTRACT_COUNTRIES_INTERNAL_COUNTRY_WORDS_H_

#include <span>
#include <string_view>

namespace dossier::countries_internal {

// One country of iso_3166-1.json. A translation equal to the English name
// (iso-codes leaves some untranslated) is "".
struct IsoCountry {
  std::string_view alpha_2;                                    // lower case
  std::string_view alpha_3;                                    // lower case
  std::string_view name, official_name, common_name;           // English; "" when absent
  std::string_view name_ru, official_name_ru, common_name_ru;  // Russian
  std::string_view name_kk, official_name_kk, common_name_kk;  // Kazakh
};

// Every country of iso-codes, in its order (generated).
std::span<const IsoCountry> IsoCountries();

// Our words for one country in one language, each list '|'-separated and
// written in any letter case.
struct CountryWords {
  // ISO 3166-1 alpha-2 ("kz"); for a former state its ISO 3166-3 code
  // ("suhh"); "" for a state ISO does not list (Prussia).
  std::string_view code;
  std::string_view usual_name;  // how news names it in this language; "" keeps iso-codes'
  std::string_view names;       // names and short forms: "united kingdom|u.k.|uk|britain"
  std::string_view adjectives;  // nationality adjectives: "british"
  // Names of a part of the country or older names that stand for it only
  // loosely ("england", "holland", "persia").
  std::string_view loose;
};

std::span<const CountryWords> EnglishCountryWords();
std::span<const CountryWords> RussianCountryWords();
std::span<const CountryWords> KazakhCountryWords();

// A Russian nationality adjective's stem, which takes the adjective's
// endings of every gender, number and case, and its country's code.
struct RussianAdjectiveStem {
  std::string_view stem;  // lower case: "британск"
  std::string_view code;  // "gb"
};
std::span<const RussianAdjectiveStem> RussianAdjectiveStems();

}  // namespace dossier::countries_internal

#endif  // DOSSIER_EXTRACT_COUNTRIES_INTERNAL_COUNTRY_WORDS_H_
