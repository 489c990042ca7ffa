// The world's countries by any of their names: ISO 3166-1 codes, English
// names, short forms and nationality adjectives ("UK", "U.K.", "Britain",
// "United Kingdom", "British"; "Kazakhstan", "Republic of Kazakhstan",
// "Kazakstan", "Kazakh"), Russian and Kazakh names in every grammatical
// case ("Казахстана", "Республике Казахстан", "Қазақстанға", "АҚШ-тың"),
// and a few former states ("Soviet Union", "СССР").
//
// The countries and their translations come from Debian's iso-codes, read
// at build time into a compiled-in table (make_iso_countries.cc), so a
// binary needs no file at run time; short forms, adjectives and older names
// are our own lists per language (internal/country_words_{en,ru,kk}.cc).
// A spelling that two countries share in iso-codes names neither.
//
// Used by the fact patterns (citizenship, "Russian President X"), by
// screening's nationality attribute and by cross-document linking, where a
// place named as a country is that country under every name.
//
// Thread-safe (a static table, built on first use).
//
//   const Country* c = FindCountry("Республики Казахстан").country;  // c->code == "kz"
//   CountryNamed("british");   // "United Kingdom"
//   CountryCode("KAZ");        // "kz"
#ifndef DOSSIER_EXTRACT_COUNTRIES_COUNTRIES_H_
#define DOSSIER_EXTRACT_COUNTRIES_COUNTRIES_H_

#include <string>
#include <string_view>

namespace dossier {

struct Country {
  // ISO 3166-1 alpha-2, lower case ("kz"); a former state's ISO 3166-3
  // code ("suhh" for the Soviet Union); "" for a state ISO does not list.
  std::string_view code;
  std::string_view english;  // the usual English name: "United Kingdom", "Russia"
  std::string_view russian;  // "Великобритания"; "" when unknown
  std::string_view kazakh;   // "Ұлыбритания"; "" when unknown
  bool former = false;       // a state that no longer exists
};

// What a spelling is of its country.
enum class CountryWordKind {
  kName,       // a name or short form: "United Kingdom", "UK", "Британия"
  kLooseName,  // a part or an older name standing for it: "England", "Holland"
  kAdjective,  // a nationality adjective: "British", "Kazakh"
  kCode,       // an ISO code: "GB", "GBR"
};

struct CountryMatch {
  const Country* country = nullptr;  // static; nullptr when nothing matched
  CountryWordKind kind = CountryWordKind::kName;
  explicit operator bool() const { return country != nullptr; }
};

// Which kinds of spelling FindCountry accepts beside names.
struct CountryQuery {
  bool loose = false;       // kLooseName: right for a citizenship, wrong for a place's identity
  bool adjectives = false;  // kAdjective
  bool codes = false;       // kCode: only where a code is expected ("KAZ" in a list's column)
};

// The country `text` names, in any letter case, a leading "the" and the
// periods of abbreviations ignored, Russian and Kazakh in any grammatical
// case; an empty match when none (or only a kind `query` leaves out).
CountryMatch FindCountry(std::string_view text, CountryQuery query = {});

// The usual English name of the country a lower-case English word or name
// names, as a name, loose name or nationality adjective ("kazakh" and "the
// u.s." give "Kazakhstan" and "United States"); empty for anything else.
std::string_view CountryNamed(std::string_view lower);

// Whether `lower` is a nationality adjective ("american", "kazakh"), not a
// country's name or short form ("america", "u.s.").
bool IsNationalityAdjective(std::string_view lower);

// The usual English name of the country a lower-case word or name names as
// a nationality, reading a chain of nationalities by its last
// ("russian-american", "soviet - russian", "moldavian romanian": the last;
// "german-jewish": a faith leaves the nationality before it) and anything
// else as CountryNamed does; "canadian-born" and "russian-language" name
// none.
std::string_view CountryOfNationalityChain(std::string_view lower);

// The usual English name of the country a lower-case demonym noun names
// ("irishman", "frenchwoman", "englishmen": the nationality adjective before
// "man"/"woman"); empty for anything else ("chairman", "german").
std::string_view CountryOfDemonymNoun(std::string_view lower);

// The ISO 3166-1 alpha-2 code (lower case) of a current country named by
// `text` as a code, name, loose name or adjective ("RU", "RUS", "Russian
// Federation", "Russian", "Россия"); "" for anything else.
std::string CountryCode(std::string_view text);

// The country a lower-case Russian nationality adjective names, in any
// gender, number and case ("британский", "израильскому", "казахстанской");
// null for any other word.
const Country* CountryOfRussianAdjective(std::string_view lower);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_COUNTRIES_COUNTRIES_H_
