// The verdicts of the name pairs a link compares (rules 3 and 4 and the
// no-chains check of every join: resolve/link_entities.h), kept so that
// each is compared once: by several threads at once (rule 3's pairs all
// together, rule 4's searches ahead of the rule) and across calls over the
// same names (an incremental link that finds entities parted links a second
// time: pipeline/internal/summary_linking.cc). What is kept never changes a
// verdict, only when it is computed.
//
// Pairs are those of the names of one LinkNameCache: give every call that
// borrows this the same cache (LinkOptions::names), and let the cache
// outlive it. Memory is bounded: past kMaxKept verdicts nothing more is kept
// (a table of at most 18 bytes a verdict, about 38 MB when full, and the half
// as large one it replaces while it grows).
//
// Not thread-safe: one link at a time (the methods that run threads join
// them before returning).
//
//   LinkVerdicts verdicts;
//   LinkEntities(units, judgments, {.names = &names, .verdicts = &verdicts});
//   LinkEntities(more_units, judgments, {.names = &names, .verdicts = &verdicts});
#ifndef DOSSIER_RESOLVE_LINK_VERDICTS_H_
#define DOSSIER_RESOLVE_LINK_VERDICTS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "resolve/name_match.h"

namespace dossier {

namespace internal {
struct UnitInfo;
}  // namespace internal

class LinkVerdicts {
 public:
  static constexpr size_t kMaxKept = size_t{1} << 21;

  // How many verdicts it keeps.
  size_t size() const { return count_; }

  // For resolve/ itself. One comparison: two names described by one
  // LinkNameCache, each read as a person's name (UnitInfo::as_person) when
  // its flag says so.
  struct Pair {
    const internal::UnitInfo* a = nullptr;
    const internal::UnitInfo* b = nullptr;
    bool a_as_person = false;
    bool b_as_person = false;
  };

  // ComparePrepared(...).verdict of `pair`: the one kept, or compared now
  // and kept.
  MatchVerdict Verdict(const Pair& pair, const MatchOptions& match);

  // The verdicts of `pairs`, in their order, compared on up to `threads`
  // threads (the calling one among them), and kept.
  std::vector<MatchVerdict> CompareAll(const std::vector<Pair>& pairs, const MatchOptions& match,
                                       int threads);

  // Runs task(i, verdict) for every i below `count` on up to `threads`
  // threads (the calling one among them); `verdict` gives a pair's verdict,
  // and what the tasks compared is kept once they all ended.
  using VerdictOfPair = std::function<MatchVerdict(const Pair&)>;
  void RunTasks(size_t count, const MatchOptions& match, int threads,
                const std::function<void(size_t, const VerdictOfPair&)>& task);

 private:
  // Open addressing: a pair's key (never 0) and its verdict + 1 (0: free).
  const uint8_t* Find(uint64_t key) const;
  void Keep(uint64_t key, MatchVerdict verdict);

  std::vector<uint64_t> keys_;
  std::vector<uint8_t> values_;
  size_t count_ = 0;
};

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_LINK_VERDICTS_H_
