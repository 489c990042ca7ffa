// The name pools of the world name generator (world_name_generator.h): each
// entry one name with its real spellings, the common one first; and the
// nationalities drawn per convention.
//
// Thread-safe (immutable data).
#ifndef DOSSIER_BENCH_INTERNAL_WORLD_NAME_POOLS_H_
#define DOSSIER_BENCH_INTERNAL_WORLD_NAME_POOLS_H_

#include <vector>

namespace dossier::bench::internal {

using Pool = std::vector<std::vector<const char*>>;

extern const Pool kWesternGiven;
extern const Pool kWesternSurnames;
extern const Pool kArabicMale;
extern const Pool kArabicFemale;
extern const Pool kArabicFamily;
extern const Pool kKoreanFamily;
extern const Pool kKoreanSyllables;
extern const Pool kChineseFamily;
extern const Pool kChineseSyllables;
extern const Pool kSpanishGiven;
extern const Pool kSpanishSurnames;

// Eight ISO 3166-1 alpha-2 codes per Convention (in its order).
extern const char* const kNationalities[6][8];

}  // namespace dossier::bench::internal

#endif  // DOSSIER_BENCH_INTERNAL_WORLD_NAME_POOLS_H_
