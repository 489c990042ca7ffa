// Synthetic sanctions-list persons in the world's naming conventions, for the
// screening benchmark (bench/world_screening_benchmark.cc): Western given +
// middle + surname, Arabic ism + nasab (bin) + laqab or nisba (al-), Korean
// and Chinese family name first with syllable given names, Spanish double
// surnames, and (through NameBaseGenerator) Russian and Central Asian names
// with patronymics. Each part has its real spelling variants (Mohammed /
// Muhammad / Mohamed, Kim / Gim, Choi / Choe, García / Garcia, Abdul Rahman /
// Abdurrahman / Abd al-Rahman). Persons carry a date of birth (exact, a year,
// or none) and a nationality drawn by convention; frequencies are Zipf-like,
// so unrelated persons share given names and common surnames.
//
// Only the standard library; deterministic for a seed. Thread-compatible.
//
//   WorldNameGenerator gen(/*seed=*/1);
//   std::vector<WorldPerson> base = gen.People(1'000'000);
//   std::string query = gen.Variant(base[42], WorldVariant::kCommaInversion);
#ifndef DOSSIER_BENCH_WORLD_NAME_GENERATOR_H_
#define DOSSIER_BENCH_WORLD_NAME_GENERATOR_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "bench/name_base_generator.h"

namespace dossier::bench {

enum class Convention { kWestern, kArabic, kKorean, kChinese, kSpanish, kSlavicTurkic };

struct WorldPerson {
  Convention convention = Convention::kWestern;
  bool female = false;
  // Canonical parts as indices into the convention's pools (spelling-free).
  std::vector<int> given;    // Western: first and middle names; Korean, Chinese: syllables
  std::vector<int> father;   // Arabic: father's and grandfather's names (nasab)
  std::vector<int> surname;  // Spanish: two; Arabic: the laqab or nisba; others: one
  GeneratedPerson slavic;    // kSlavicTurkic: the person of NameBaseGenerator
  std::string birth_date;    // "1958-03-12", "1958" or ""
  std::string nationality;   // ISO 3166-1 alpha-2 or ""
  std::string written;       // as listed
  int form = 0;              // the form it is listed in (WorldNameGenerator::Write)
  // The identity: persons with equal keys are namesakes.
  std::string Key() const;
  // Whether `other` is called by a name compatible with this one: the same
  // family name (a Spanish first surname), and the given names of one among
  // the other's (a middle name or nasab more or less). No name comparison
  // can tell such persons apart; a date of birth can. Names are compared by
  // their canonical text (the first spelling, accents and case folded), so
  // a "John Martin" of the Slavic base and one of the Western pools are
  // namesakes.
  bool Namesake(const WorldPerson& other) const;
  // Whether `other` has the same family name (canonical: the first surname,
  // the laqab or nisba, the East Asian family name), compared as text.
  bool SameFamily(const WorldPerson& other) const;
  // Whether `other` is a namesake but for a family name one typo away (one
  // letter changed, dropped, added, or two neighbours swapped) or one
  // spelling rule away (the Slavic -ov / -ev, -ova / -eva of one stem: ё
  // written е). The typo queries ask the screener to find exactly such
  // names, so a query whose name is one of them is a name match, not an
  // unrelated person: only a date of birth can tell them apart.
  bool NearNamesake(const WorldPerson& other) const;
  // The family name and given names as canonical text (lower case, accents
  // folded; Cyrillic as is).
  std::string FamilyText() const;
  std::vector<std::string> GivenTexts() const;
};

enum class WorldVariant {
  kTransliteration,  // other spellings of the parts (another variant, accents, article)
  kTypo,             // one letter changed, dropped, doubled or swapped
  kReordering,       // another order or form: family name first or last, a middle
                     // name or nasab or second surname dropped, syllables joined
  kCommaInversion,   // "SURNAME, Given" from a given-first listing, or the reverse
};

class WorldNameGenerator {
 public:
  explicit WorldNameGenerator(uint64_t seed);

  // `n` persons, mixed over the conventions.
  std::vector<WorldPerson> People(size_t n);

  // A spelling of `person` of the given kind, different from person.written.
  std::string Variant(const WorldPerson& person, WorldVariant kind);

  // The person's date of birth as a query would give it: the listed date,
  // or its year, or (one in ten) a day slip in the same year.
  std::string QueryBirthDate(const WorldPerson& person);

 private:
  // Writes `p` in form `form` (0..3, by convention) with spelling choice
  // `spelling` (0 = each part's first spelling, else random variants).
  std::string Write(const WorldPerson& p, int form, bool vary_spelling);
  std::string Spell(const std::vector<std::vector<const char*>>& pool, int index, bool vary);
  size_t Zipf(size_t n);
  std::mt19937_64 rng_;
  NameBaseGenerator slavic_;
};

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_WORLD_NAME_GENERATOR_H_
