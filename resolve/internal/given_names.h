// Our own small list of given names (Russian, Kazakh and Central Asian,
// Caucasian, Arabic and Western), each with its usual gender, looked up by
// skeleton. Used as an order and gender cue by the person-name parser; a name
// missing from the list only loses that cue.
//
// Thread-safe (an immutable table built on first use).
#ifndef DOSSIER_RESOLVE_INTERNAL_GIVEN_NAMES_H_
#define DOSSIER_RESOLVE_INTERNAL_GIVEN_NAMES_H_

#include <cstdint>
#include <string_view>

namespace dossier::internal {

enum class ListedGender { kNotListed = 0, kMale, kFemale, kEither };

// The gender of the listed given name with skeleton `skeleton`, or kNotListed.
ListedGender LookUpGivenName(std::string_view skeleton);

// Which name of our list `skeleton` spells: 0 when it is none; one id for
// the spellings that fold to one skeleton and for the listed variants of one
// name across languages and romanizations (Aleksandr / Alexander /
// Oleksandr, Pavel / Paul, Yelena / Helen, Leila / Layla), another id for
// every other name. Two listed names with different ids are two names
// however alike they are written (Marta / Maria, Yegor / Igor, Zhanna /
// Anna, Aleksandr / Alexandra).
uint16_t GivenNameId(std::string_view skeleton);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_GIVEN_NAMES_H_
