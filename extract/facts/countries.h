// Countries by name, short form or nationality adjective: "kazakhstan",
// "kazakh", "u.s.", "american", "soviet" name "Kazakhstan", "United States",
// "Soviet Union". Used by the fact patterns (citizenship, titles before
// names: "Russian President X") and by the fact scorer (extract/eval).
//
// Thread-safe (a static table).
#ifndef DOSSIER_EXTRACT_FACTS_COUNTRIES_H_
#define DOSSIER_EXTRACT_FACTS_COUNTRIES_H_

#include <string_view>

namespace dossier {

// The country a lower-case word or name names (a leading "the " ignored):
// its name, a common short form, a former state's name or its nationality
// adjective; empty for anything else. The view is static.
std::string_view CountryNamed(std::string_view lower);

// Whether `lower` is a nationality adjective ("american", "kazakh"), not a
// country's name or short form ("america", "u.s.").
bool IsNationalityAdjective(std::string_view lower);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_FACTS_COUNTRIES_H_
