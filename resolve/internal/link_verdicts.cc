#include "resolve/internal/link_verdicts.h"

#include <algorithm>
#include <thread>
#include <unordered_map>
#include <utility>

#include "resolve/internal/link_unit_info.h"

namespace dossier::internal {
namespace {

// Fewer pairs, or tasks (each a search of several comparisons), than these
// run on the calling thread alone: starting threads costs more.
constexpr size_t kParallelPairsFrom = 256;
constexpr size_t kParallelTasksFrom = 16;

struct PairHash {
  size_t operator()(const LinkVerdicts::Pair& pair) const {
    const size_t a = std::hash<const void*>()(pair.a);
    const size_t b = std::hash<const void*>()(pair.b);
    return (a * 0x9E3779B97F4A7C15ULL) ^ (b + 0x7F4A7C159E3779B9ULL + (a << 6) + (a >> 2)) ^
           (static_cast<size_t>(pair.a_as_person) << 1 | static_cast<size_t>(pair.b_as_person));
  }
};

struct PairEqual {
  bool operator()(const LinkVerdicts::Pair& x, const LinkVerdicts::Pair& y) const {
    return x.a == y.a && x.b == y.b && x.a_as_person == y.a_as_person &&
           x.b_as_person == y.b_as_person;
  }
};

MatchVerdict CompareNow(const LinkVerdicts::Pair& pair, const MatchOptions& match) {
  const PreparedName& a = pair.a_as_person ? pair.a->as_person : pair.a->prepared;
  const PreparedName& b = pair.b_as_person ? pair.b->as_person : pair.b->prepared;
  return ComparePrepared(a, b, match).verdict;
}

// Runs run(t, threads) for t below `threads` (>= 1), t = 0 on the calling
// thread, and waits for them all.
template <typename Run>
void OnThreads(size_t threads, const Run& run) {
  std::vector<std::jthread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(run, t, threads);
  run(0, threads);
}

}  // namespace

struct LinkVerdicts::Impl {
  std::unordered_map<Pair, MatchVerdict, PairHash, PairEqual> kept;
};

LinkVerdicts::LinkVerdicts() : impl_(std::make_unique<Impl>()) {}

LinkVerdicts::~LinkVerdicts() = default;

size_t LinkVerdicts::size() const { return impl_->kept.size(); }

MatchVerdict LinkVerdicts::Verdict(const Pair& pair, const MatchOptions& match) const {
  if (!impl_->kept.empty()) {
    const auto found = impl_->kept.find(pair);
    if (found != impl_->kept.end()) return found->second;
  }
  return CompareNow(pair, match);
}

std::vector<MatchVerdict> LinkVerdicts::CompareAll(const std::vector<Pair>& pairs,
                                                   const MatchOptions& match, int threads) const {
  std::vector<MatchVerdict> verdicts(pairs.size());
  // Each thread writes its own slots.
  OnThreads(pairs.size() < kParallelPairsFrom ? 1 : static_cast<size_t>(std::max(1, threads)),
            [&](size_t first, size_t step) {
              for (size_t i = first; i < pairs.size(); i += step) {
                verdicts[i] = Verdict(pairs[i], match);
              }
            });
  return verdicts;
}

void LinkVerdicts::RunTasks(size_t count, const MatchOptions& match, int threads,
                            const std::function<void(size_t, const VerdictOfPair&)>& task) {
  const size_t used = count < kParallelTasksFrom ? 1 : static_cast<size_t>(std::max(1, threads));
  // Each thread keeps what it compares apart; the map is only read until
  // they all ended.
  std::vector<std::vector<std::pair<Pair, MatchVerdict>>> compared(used);
  OnThreads(used, [&](size_t first, size_t step) {
    std::vector<std::pair<Pair, MatchVerdict>>& mine = compared[first];
    const VerdictOfPair verdict = [&](const Pair& pair) {
      const auto found = impl_->kept.find(pair);
      if (found != impl_->kept.end()) return found->second;
      const MatchVerdict now = CompareNow(pair, match);
      mine.emplace_back(pair, now);
      return now;
    };
    for (size_t i = first; i < count; i += step) task(i, verdict);
  });
  for (const auto& mine : compared) {
    for (const auto& [pair, verdict] : mine) impl_->kept.emplace(pair, verdict);
  }
}

}  // namespace dossier::internal
