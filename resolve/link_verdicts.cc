#include "resolve/link_verdicts.h"

#include <algorithm>
#include <thread>
#include <utility>

#include "resolve/internal/link_unit_info.h"

namespace dossier {
namespace {

// Fewer pairs, or tasks (each a search of several comparisons), than these
// run on the calling thread alone: starting threads costs more.
constexpr size_t kParallelPairsFrom = 256;
constexpr size_t kParallelTasksFrom = 16;

// A pair's key: both names' numbers and flags; 0 when a name has no number
// (described outside a cache), which is never kept.
uint64_t KeyOf(const LinkVerdicts::Pair& pair) {
  if (pair.a->id == 0 || pair.b->id == 0) return 0;
  return (uint64_t{pair.a->id} << 33) | (uint64_t{pair.a_as_person} << 32) |
         (uint64_t{pair.b->id} << 1) | uint64_t{pair.b_as_person};
}

size_t SlotOf(uint64_t key, size_t mask) {
  uint64_t h = key * 0x9E3779B97F4A7C15ULL;
  h ^= h >> 29;
  return static_cast<size_t>(h) & mask;
}

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

const uint8_t* LinkVerdicts::Find(uint64_t key) const {
  if (keys_.empty() || key == 0) return nullptr;
  const size_t mask = keys_.size() - 1;
  for (size_t slot = SlotOf(key, mask);; slot = (slot + 1) & mask) {
    if (keys_[slot] == key) return &values_[slot];
    if (keys_[slot] == 0) return nullptr;
  }
}

void LinkVerdicts::Keep(uint64_t key, MatchVerdict verdict) {
  if (key == 0 || count_ >= kMaxKept) return;
  if ((count_ + 1) * 2 > keys_.size()) {
    // Grown to twice the size: at most half full.
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint8_t> values = std::move(values_);
    keys_.assign(std::max<size_t>(1024, keys.size() * 2), 0);
    values_.assign(keys_.size(), 0);
    count_ = 0;
    for (size_t slot = 0; slot < keys.size(); ++slot) {
      if (keys[slot] != 0) Keep(keys[slot], static_cast<MatchVerdict>(values[slot] - 1));
    }
  }
  const size_t mask = keys_.size() - 1;
  size_t slot = SlotOf(key, mask);
  while (keys_[slot] != 0 && keys_[slot] != key) slot = (slot + 1) & mask;
  if (keys_[slot] == 0) ++count_;
  keys_[slot] = key;
  values_[slot] = static_cast<uint8_t>(static_cast<int>(verdict) + 1);
}

MatchVerdict LinkVerdicts::Verdict(const Pair& pair, const MatchOptions& match) {
  const uint64_t key = KeyOf(pair);
  if (const uint8_t* kept = Find(key)) return static_cast<MatchVerdict>(*kept - 1);
  const MatchVerdict verdict = CompareNow(pair, match);
  Keep(key, verdict);
  return verdict;
}

std::vector<MatchVerdict> LinkVerdicts::CompareAll(const std::vector<Pair>& pairs,
                                                   const MatchOptions& match, int threads) {
  std::vector<MatchVerdict> verdicts(pairs.size());
  RunTasks(pairs.size(), match, pairs.size() < kParallelPairsFrom ? 1 : threads,
           [&](size_t i, const VerdictOfPair& verdict) { verdicts[i] = verdict(pairs[i]); });
  return verdicts;
}

void LinkVerdicts::RunTasks(size_t count, const MatchOptions& match, int threads,
                            const std::function<void(size_t, const VerdictOfPair&)>& task) {
  const size_t used = count < kParallelTasksFrom ? 1 : static_cast<size_t>(std::max(1, threads));
  // Each thread keeps what it compares apart; the table is only read until
  // they all ended.
  std::vector<std::vector<std::pair<uint64_t, MatchVerdict>>> compared(used);
  OnThreads(used, [&](size_t first, size_t step) {
    std::vector<std::pair<uint64_t, MatchVerdict>>& mine = compared[first];
    const VerdictOfPair verdict = [&](const Pair& pair) {
      const uint64_t key = KeyOf(pair);
      if (const uint8_t* kept = Find(key)) return static_cast<MatchVerdict>(*kept - 1);
      const MatchVerdict now = CompareNow(pair, match);
      mine.emplace_back(key, now);
      return now;
    };
    for (size_t i = first; i < count; i += step) task(i, verdict);
  });
  for (const auto& mine : compared) {
    for (const auto& [key, verdict] : mine) Keep(key, verdict);
  }
}

}  // namespace dossier
