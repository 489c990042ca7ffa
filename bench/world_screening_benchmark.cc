// Screening sanctions-list names of the world's conventions
// (bench/world_name_generator.h) against a generated base: queries per
// second per core, recall on transliteration, typo, reordering and
// comma-inversion variants, and how often unrelated persons drawn from the
// same name pools get a hit. Run:
//   build/.../resolve/world_screening_benchmark                # 1,000,000 names
//   DOSSIER_SCREEN_NAMES=100000 .../world_screening_benchmark  # a smaller base
//   DOSSIER_SCREEN_MISSES=1 ...                                # misses and false hits to stderr
//   DOSSIER_SCREEN_DUMP=hits.txt ...                           # every hit, to compare builds
// With person_attributes.h (dates of birth, nationality) the quality rows
// are also measured with the queries' dates of birth. Figures:
// docs/benchmarks.md.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "bench/internal/screening_timing.h"
#include "bench/world_name_generator.h"
#include "resolve/screening_index.h"
#if __has_include("resolve/person_attributes.h")
#include "resolve/person_attributes.h"
#define DOSSIER_WITH_ATTRIBUTES 1
#endif

namespace dossier {
namespace {

#ifdef DOSSIER_WITH_ATTRIBUTES
std::vector<ScreeningHit> Screen(const ScreeningIndex& index, const std::string& name,
                                 const ScreeningOptions& options, const std::string& birth_date) {
  if (birth_date.empty()) return index.Query(name, EntityType::kPerson, options);
  const PersonAttributes attributes = ParsePersonAttributes({birth_date}, {}, "");
  return index.Query(name, EntityType::kPerson, options, &attributes);
}
#else
// Before dates of birth were compared: the name alone.
std::vector<ScreeningHit> Screen(const ScreeningIndex& index, const std::string& name,
                                 const ScreeningOptions& options, const std::string&) {
  return index.Query(name, EntityType::kPerson, options);
}
#endif

using bench::WorldNameGenerator;
using bench::WorldPerson;
using bench::WorldVariant;

constexpr int kKinds = 5;  // four variants, then unrelated persons
const char* const kKindNames[kKinds] = {"transliteration", "typo", "reordering", "comma",
                                        "unrelated"};

struct Query {
  std::string text;
  std::string birth_date;  // as the query gives it; "" when unknown
  WorldPerson person;      // the identity; for unrelated queries none listed has it
};

struct Fixture {
  std::vector<WorldPerson> base;
  ScreeningIndex index;
  std::vector<Query> by_kind[kKinds];
  double build_seconds = 0;
};

Fixture MakeFixture() {
  Fixture f;
  size_t n = 1'000'000;
  if (const char* env = std::getenv("DOSSIER_SCREEN_NAMES")) n = std::strtoull(env, nullptr, 10);
  WorldNameGenerator gen(20261203);
  f.base = gen.People(n);
  const auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < f.base.size(); ++i) {
    const WorldPerson& p = f.base[i];
    f.index.Add(static_cast<uint32_t>(i), p.written, EntityType::kPerson);
#ifdef DOSSIER_WITH_ATTRIBUTES
    f.index.SetAttributes(static_cast<uint32_t>(i),
                          ParsePersonAttributes({p.birth_date}, {p.nationality}, ""));
#endif
  }
  f.index.Build();
  f.build_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const WorldVariant kinds[4] = {WorldVariant::kTransliteration, WorldVariant::kTypo,
                                 WorldVariant::kReordering, WorldVariant::kCommaInversion};
  for (int k = 0; k < 4; ++k) {
    for (size_t i = 0; i < 1000; ++i) {
      const WorldPerson& p = f.base[(i * 7919 + static_cast<size_t>(k) * 104729) % n];
      f.by_kind[k].push_back({gen.Variant(p, kinds[k]), gen.QueryBirthDate(p), p});
    }
  }
  std::unordered_set<std::string> keys;
  for (const WorldPerson& p : f.base) keys.insert(p.Key());
  WorldNameGenerator other(77);
  for (const WorldPerson& p : other.People(20000)) {
    if (f.by_kind[4].size() == 1000) break;
    if (!keys.count(p.Key())) f.by_kind[4].push_back({p.written, p.birth_date, p});
  }
  return f;
}

const Fixture& GetFixture() {
  static const Fixture fixture = MakeFixture();
  return fixture;
}

void BM_WorldQuery(benchmark::State& state) {
  const Fixture& f = GetFixture();
  std::vector<std::string> texts;
  for (const Query& q : f.by_kind[state.range(0)]) texts.push_back(q.text);
  bench::TimeScreeningQueries(state, f.index, texts);
  state.SetLabel(kKindNames[state.range(0)]);
}
BENCHMARK(BM_WorldQuery)->DenseRange(0, kKinds - 1)->Unit(benchmark::kMicrosecond);

// recall: the identity is among all hits at the default threshold (what a
// screener flags). For the other persons hit: the share of queries with a
// hit of another family name (the "hit with a different surname"),
// the same leaving out near namesakes (WorldPerson::NearNamesake: one typo
// or one spelling rule from the query's name, which the typo recall asks
// the screener to find),
// with a hit on another name (not a namesake: WorldPerson::Namesake), and
// with any hit (namesakes included). range(1) = 1: the queries give their
// dates of birth.
void BM_WorldQuality(benchmark::State& state) {
  const Fixture& f = GetFixture();
  const int kind = static_cast<int>(state.range(0));
  const bool with_dates = state.range(1) == 1;
  const std::vector<Query>& queries = f.by_kind[kind];
  ScreeningOptions unlimited;
  unlimited.max_hits = 0;
  const bool print = std::getenv("DOSSIER_SCREEN_MISSES") != nullptr;
  size_t found = 0, other_hit = 0, any_hit = 0, false_hits = 0, other_family = 0, far_family = 0;
  FILE* dump = nullptr;
  if (const char* path = std::getenv("DOSSIER_SCREEN_DUMP")) {
    dump = std::fopen(path, kind == 0 && !with_dates ? "w" : "a");
  }
  for (auto _ : state) {
    found = other_hit = any_hit = false_hits = other_family = far_family = 0;
    for (const Query& q : queries) {
      bool ok = false, other = false, any = false, family = false, far = false;
      int printed_here = 0;  // false hits printed for this query
      for (const ScreeningHit& hit :
           Screen(f.index, q.text, unlimited, with_dates ? q.birth_date : std::string())) {
        const WorldPerson& listed = f.base[hit.record];
        if (dump != nullptr) {
          std::fprintf(dump, "%d%s\t%s\t%u\t%s\t%.17g\t%s\t%s\n", kind, with_dates ? "+dob" : "",
                       q.text.c_str(), hit.record, hit.matched_name.c_str(), hit.match.score,
                       std::string(MatchVerdictName(hit.match.verdict)).c_str(),
                       hit.match.reasons.c_str());
        }
        if (listed.Key() == q.person.Key()) {
          ok = true;
          continue;
        }
        any = true;
        const bool other_family = !listed.SameFamily(q.person);
        const bool near = listed.NearNamesake(q.person);
        family = family || other_family;
        far = far || (other_family && !near);
        if (!listed.Namesake(q.person)) {
          other = true;
          ++false_hits;
        }
        // The first two hits of another family name per query.
        if (print && kind == 4 && other_family && ++printed_here <= 2) {
          std::fprintf(stderr, "false%s %s [%s] | %s [%s] %.3f | %s\n", near ? "(near)" : "",
                       q.text.c_str(), q.person.Key().c_str(), listed.written.c_str(),
                       listed.Key().c_str(), hit.match.score, hit.match.reasons.c_str());
        }
      }
      if (!ok && print && kind < 4) {
        std::fprintf(stderr, "miss %s: %s | listed %s\n", kKindNames[kind], q.text.c_str(),
                     q.person.written.c_str());
      }
      found += ok;
      other_hit += other;
      any_hit += any;
      other_family += family;
      far_family += far;
    }
  }
  if (dump != nullptr) std::fclose(dump);
  const double n = static_cast<double>(queries.size());
  if (kind < 4) state.counters["recall"] = static_cast<double>(found) / n;
  state.counters["with_other_name_hit"] = static_cast<double>(other_hit) / n;
  state.counters["with_any_false_hit"] = static_cast<double>(any_hit) / n;
  state.counters["with_other_surname_hit"] = static_cast<double>(other_family) / n;
  state.counters["with_other_surname_hit_not_near"] = static_cast<double>(far_family) / n;
  state.counters["other_hits_per_query"] = static_cast<double>(false_hits) / n;
  state.counters["build_s"] = f.build_seconds;
  state.counters["index_MB"] = static_cast<double>(f.index.MemoryBytes()) / 1e6;
  state.SetLabel(std::string(kKindNames[kind]) + (with_dates ? " +dob" : ""));
}
#ifdef DOSSIER_WITH_ATTRIBUTES
BENCHMARK(BM_WorldQuality)
    ->ArgsProduct({{0, 1, 2, 3, 4}, {0, 1}})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
#else
BENCHMARK(BM_WorldQuality)
    ->ArgsProduct({{0, 1, 2, 3, 4}, {0}})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
#endif

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
