// The comparisons of a link's names (rules 3 and 4 and the no-chains check
// of every join: resolve/link_entities.h) run on several threads: rule 3's
// pairs all at once, rule 4's searches ahead of the rule, whose verdicts are
// kept for it to find. What is kept never changes a verdict, only when it is
// computed.
//
// Not thread-safe: one link at a time (the methods that run threads join
// them before returning).
#ifndef DOSSIER_RESOLVE_INTERNAL_LINK_VERDICTS_H_
#define DOSSIER_RESOLVE_INTERNAL_LINK_VERDICTS_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "resolve/name_match.h"

namespace dossier::internal {

struct UnitInfo;

class LinkVerdicts {
 public:
  LinkVerdicts();
  ~LinkVerdicts();
  LinkVerdicts(const LinkVerdicts&) = delete;
  LinkVerdicts& operator=(const LinkVerdicts&) = delete;

  // One comparison: two described names, each read as a person's name
  // (UnitInfo::as_person) when its flag says so.
  struct Pair {
    const UnitInfo* a = nullptr;
    const UnitInfo* b = nullptr;
    bool a_as_person = false;
    bool b_as_person = false;
  };

  // How many verdicts it keeps.
  size_t size() const;

  // ComparePrepared(...).verdict of `pair`: the one kept, or compared now
  // (and not kept).
  MatchVerdict Verdict(const Pair& pair, const MatchOptions& match) const;

  // The verdicts of `pairs`, in their order, compared on up to `threads`
  // threads (the calling one among them); none kept.
  std::vector<MatchVerdict> CompareAll(const std::vector<Pair>& pairs, const MatchOptions& match,
                                       int threads) const;

  // Runs task(i, verdict) for every i below `count` on up to `threads`
  // threads (the calling one among them); `verdict` gives a pair's verdict,
  // and what the tasks compared is kept once they all ended.
  using VerdictOfPair = std::function<MatchVerdict(const Pair&)>;
  void RunTasks(size_t count, const MatchOptions& match, int threads,
                const std::function<void(size_t, const VerdictOfPair&)>& task);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_LINK_VERDICTS_H_
