// The timing loop the screening benchmarks share: one query per iteration,
// cycling through `texts`, with the candidates scored per query as a counter.
//
// Thread-compatible (one benchmark thread).
#ifndef DOSSIER_BENCH_INTERNAL_SCREENING_TIMING_H_
#define DOSSIER_BENCH_INTERNAL_SCREENING_TIMING_H_

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

#include "resolve/screening_index.h"

namespace dossier::bench {

// Queries `index` with each of `texts` in turn (persons) for as long as
// `state` runs. REQUIRES: !texts.empty().
inline void TimeScreeningQueries(benchmark::State& state, const ScreeningIndex& index,
                                 const std::vector<std::string>& texts) {
  size_t i = 0, candidates = 0, count = 0;
  for (auto _ : state) {
    auto hits = index.Query(texts[i], EntityType::kPerson);
    benchmark::DoNotOptimize(hits);
    candidates += ScreeningIndex::LastCandidateCount();
    ++count;
    i = (i + 1) % texts.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(count));
  state.counters["candidates"] = static_cast<double>(candidates) / std::max<size_t>(1, count);
}

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_INTERNAL_SCREENING_TIMING_H_
