// Realistic synthetic name bases for the screening benchmark: Russian, Kazakh
// and Central Asian, Caucasian and Western persons, each drawn once as a
// canonical Cyrillic (or Latin) name and then written in one of several real
// transliteration habits (BGN/PCGN, ICAO passports, German, French, plain
// news spelling) or in Cyrillic, in either name order, sometimes with a
// patronymic. Query variants of a listed person change the scheme, the
// script, the order, shorten the given name to an initial, or add one typo.
//
// Only the standard library; deterministic for a seed. Thread-compatible.
//
//   NameBaseGenerator gen(/*seed=*/1);
//   std::vector<GeneratedPerson> base = gen.People(1'000'000);
//   std::string query = gen.Variant(base[42], VariantKind::kTransliteration);
#ifndef DOSSIER_BENCH_NAME_BASE_GENERATOR_H_
#define DOSSIER_BENCH_NAME_BASE_GENERATOR_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dossier::bench {

struct GeneratedPerson {
  std::string given;       // canonical, Cyrillic for the Cyrillic-named
  std::string patronymic;  // canonical; "" for those without one
  std::string surname;     // canonical
  bool cyrillic = true;    // the canonical parts are Cyrillic
  std::string written;     // as listed in the base
  int scheme = 0;          // how `written` was written (see Write())
  bool surname_first = false;
  bool with_patronymic = false;
  // The identity: persons with equal keys are namesakes (same canonical name).
  std::string Key() const { return given + " " + patronymic + " " + surname; }
};

enum class VariantKind {
  kTransliteration,  // another scheme or script, maybe the other order
  kTypo,             // the listed spelling with one letter changed, dropped, doubled or swapped
  kInitial,          // the given name as an initial
};

class NameBaseGenerator {
 public:
  explicit NameBaseGenerator(uint64_t seed);

  // `n` persons with Zipf-like frequencies of given names and surname roots.
  std::vector<GeneratedPerson> People(size_t n);

  // A spelling of `person` of the given kind, different from person.written.
  std::string Variant(const GeneratedPerson& person, VariantKind kind);

  // Writes the canonical parts in scheme `scheme` (0 = Cyrillic as is,
  // 1..5 = Latin schemes) and the given order.
  std::string Write(const GeneratedPerson& person, int scheme, bool surname_first,
                    bool with_patronymic) const;

 private:
  size_t Zipf(size_t n);
  std::mt19937_64 rng_;
};

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_NAME_BASE_GENERATOR_H_
