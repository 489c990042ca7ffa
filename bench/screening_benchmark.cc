// Screening against a generated base of persons (bench/name_base_generator.h):
// queries per second per core, candidates scored per query, recall on
// transliteration, typo and initial variants, and false matches. Run:
//   build/resolve-rel/resolve/screening_benchmark            # 1,000,000 names
//   DOSSIER_SCREEN_NAMES=100000 .../screening_benchmark      # a smaller base
//   DOSSIER_SCREEN_MISSES=1 ...                              # misses to stderr
//   DOSSIER_SCREEN_DUMP=hits.txt ...                         # every hit, to compare builds
// Figures and the machine are in docs/resolve.md.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unordered_set>

#include "bench/internal/screening_timing.h"
#include "bench/name_base_generator.h"
#include "resolve/screening_index.h"

namespace dossier {
namespace {

using bench::GeneratedPerson;
using bench::NameBaseGenerator;
using bench::VariantKind;

struct Query {
  std::string text;
  std::string key;  // the identity it should find; for unlisted queries, none listed has it
  std::string namesake_key;  // given name and surname of that identity
  size_t listed = 0;         // the base entry the query was made from (not for unlisted)
};

struct Fixture {
  std::vector<GeneratedPerson> base;
  ScreeningIndex index;
  std::vector<Query> by_kind[4];  // transliteration, typo, initial, unlisted
  double build_seconds = 0;
};

Fixture MakeFixture() {
  Fixture fixture;
  Fixture* f = &fixture;
  {
    size_t n = 1'000'000;
    if (const char* env = std::getenv("DOSSIER_SCREEN_NAMES")) n = std::strtoull(env, nullptr, 10);
    NameBaseGenerator gen(20240601);
    f->base = gen.People(n);
    const auto start = std::chrono::steady_clock::now();
    for (size_t i = 0; i < f->base.size(); ++i) {
      f->index.Add(static_cast<uint32_t>(i), f->base[i].written, EntityType::kPerson);
    }
    f->index.Build();
    f->build_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::unordered_set<std::string> keys;
    for (const GeneratedPerson& p : f->base) keys.insert(p.Key());
    const VariantKind kinds[3] = {VariantKind::kTransliteration, VariantKind::kTypo,
                                  VariantKind::kInitial};
    for (int k = 0; k < 3; ++k) {
      for (size_t i = 0; i < 1000; ++i) {
        const size_t at = (i * 7919 + static_cast<size_t>(k) * 104729) % n;
        const GeneratedPerson& p = f->base[at];
        f->by_kind[k].push_back({gen.Variant(p, kinds[k]), p.Key(), p.given + " " + p.surname, at});
      }
    }
    NameBaseGenerator other(77);
    for (const GeneratedPerson& p : other.People(20000)) {
      if (f->by_kind[3].size() == 1000) break;
      if (!keys.count(p.Key())) {
        f->by_kind[3].push_back({p.written, p.Key(), p.given + " " + p.surname});
      }
    }
  }
  return fixture;
}

const Fixture& GetFixture() {
  static const Fixture fixture = MakeFixture();
  return fixture;
}

const char* const kKindNames[4] = {"transliteration", "typo", "initial", "unlisted"};

void BM_Query(benchmark::State& state) {
  const Fixture& f = GetFixture();
  std::vector<std::string> texts;
  for (const Query& q : f.by_kind[state.range(0)]) texts.push_back(q.text);
  bench::TimeScreeningQueries(state, f.index, texts);
  state.counters["names"] = static_cast<double>(f.index.size());
  state.SetLabel(kKindNames[state.range(0)]);
}
BENCHMARK(BM_Query)->DenseRange(0, 3)->Unit(benchmark::kMicrosecond);

// Recall and false matches per kind of query, at the default threshold.
// recall: the query's identity is among the hits at the threshold (no limit
// on hits: what a screener flags); recall_top20: among the default 20 best
// (namesakes who tie on score can push it out). False hits are hits with
// another identity in the default output, split into namesakes (same given
// name and surname, another or no patronymic: a screener is right to show
// them) and other persons.
void BM_Quality(benchmark::State& state) {
  const Fixture& f = GetFixture();
  const std::vector<Query>& queries = f.by_kind[state.range(0)];
  ScreeningOptions unlimited;
  unlimited.max_hits = 0;
  size_t found = 0, found_top = 0, with_false = 0, false_hits = 0, namesake_hits = 0;
  const bool print_misses = std::getenv("DOSSIER_SCREEN_MISSES") != nullptr;
  // Every hit of the default output with its score, verdict and reasons, so
  // that a speed change can show it changed no result (diff two dumps).
  std::FILE* dump = nullptr;
  if (const char* path = std::getenv("DOSSIER_SCREEN_DUMP")) {
    dump = std::fopen(path, state.range(0) == 0 ? "w" : "a");
  }
  for (auto _ : state) {
    found = found_top = with_false = false_hits = namesake_hits = 0;
    for (const Query& q : queries) {
      bool ok = false, ok_top = false, wrong = false;
      for (const ScreeningHit& hit : f.index.Query(q.text, EntityType::kPerson, unlimited)) {
        ok = ok || f.base[hit.record].Key() == q.key;
      }
      for (const ScreeningHit& hit : f.index.Query(q.text, EntityType::kPerson)) {
        if (dump != nullptr) {
          std::fprintf(dump, "%s\t%u\t%s\t%.17g\t%s\t%s\n", q.text.c_str(), hit.record,
                       hit.matched_name.c_str(), hit.match.score,
                       std::string(MatchVerdictName(hit.match.verdict)).c_str(),
                       hit.match.reasons.c_str());
        }
        const GeneratedPerson& listed = f.base[hit.record];
        if (listed.Key() == q.key) {
          ok_top = true;
        } else if (listed.given + " " + listed.surname == q.namesake_key) {
          ++namesake_hits;
        } else {
          wrong = true;
          ++false_hits;
        }
      }
      if (!ok && print_misses && state.range(0) < 3) {
        // Whose miss: the comparison's (it rejects the listed name) or the
        // blocking's (it accepts it, but the keys never led to it).
        const GeneratedPerson& listed = f.base[q.listed];
        const NameMatch m = CompareNames(q.text, listed.written, EntityType::kPerson);
        std::fprintf(stderr, "miss %s [%s]: %s | %s | %s %.3f | %s\n", kKindNames[state.range(0)],
                     m.score >= unlimited.threshold ? "index" : "compare", q.text.c_str(),
                     listed.written.c_str(), std::string(MatchVerdictName(m.verdict)).c_str(),
                     m.score, m.reasons.c_str());
      }
      found += ok;
      found_top += ok_top;
      with_false += wrong;
    }
  }
  if (dump != nullptr) std::fclose(dump);
  const double n = static_cast<double>(queries.size());
  state.counters["recall"] = static_cast<double>(found) / n;
  state.counters["recall_top20"] = static_cast<double>(found_top) / n;
  state.counters["queries_with_false_match"] = static_cast<double>(with_false) / n;
  state.counters["false_hits_per_query"] = static_cast<double>(false_hits) / n;
  state.counters["namesake_hits_per_query"] = static_cast<double>(namesake_hits) / n;
  state.counters["build_s"] = f.build_seconds;
  state.counters["index_MB"] = static_cast<double>(f.index.MemoryBytes()) / 1e6;
  state.SetLabel(kKindNames[state.range(0)]);
}
BENCHMARK(BM_Quality)->DenseRange(0, 3)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
