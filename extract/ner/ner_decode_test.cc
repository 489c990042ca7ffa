// The decoder against the textbook recurrence over BilouTransitionAllowed():
// the same tags, ties to the lower tag index included.
#include "extract/ner/ner_decode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier {
namespace {

constexpr int kT = kNumNerTags;

// Viterbi written plainly: every pair of tags the grammar allows, visited in
// increasing tag order, a later predecessor winning only when strictly better.
std::vector<int> PlainViterbi(const std::vector<float>& emissions, int n,
                              const NerTransitions& transitions) {
  const float impossible = -std::numeric_limits<float>::infinity();
  std::vector<float> score(static_cast<size_t>(n) * kT, impossible);
  std::vector<int> back(static_cast<size_t>(n) * kT, kOutsideTag);
  for (int b = 0; b < kT; ++b) {
    if (BilouTransitionAllowed(-1, b)) score[b] = transitions.start[b] + emissions[b];
  }
  for (int t = 1; t < n; ++t) {
    for (int b = 0; b < kT; ++b) {
      float best = impossible;
      int arg = kOutsideTag;
      for (int a = 0; a < kT; ++a) {
        if (!BilouTransitionAllowed(a, b)) continue;
        const float s = score[(t - 1) * kT + a] + transitions.pair[a * kT + b];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[t * kT + b] = best + emissions[t * kT + b];
      back[t * kT + b] = arg;
    }
  }
  float best = impossible;
  int arg = kOutsideTag;
  for (int b = 0; b < kT; ++b) {
    if (!BilouTransitionAllowed(b, -1)) continue;
    const float s = score[(n - 1) * kT + b] + transitions.end[b];
    if (s > best) {
      best = s;
      arg = b;
    }
  }
  std::vector<int> tags(n);
  for (int t = n - 1; t >= 0; --t) {
    tags[t] = arg;
    arg = back[t * kT + arg];
  }
  return tags;
}

TEST(NerDecodeTest, SameTagsAsThePlainRecurrenceTiesIncluded) {
  // Whole numbers from a narrow range: exact in float, and ties on most
  // steps. Then fractions, as the models' scaled sums are.
  uint32_t state = 777;
  auto next = [&](int range) {
    state = state * 1664525u + 1013904223u;
    return static_cast<int>((state >> 16) % range) - range / 2;
  };
  ViterbiDecoder decoder;  // reused: its buffers carry over between calls
  for (int round = 0; round < 300; ++round) {
    const int range = round < 150 ? 5 : 4001;
    const float unit = round < 150 ? 1.0f : 0.0173f;
    NerTransitions transitions;
    for (float& f : transitions.start) f = unit * next(range);
    for (float& f : transitions.pair) f = unit * next(range);
    for (float& f : transitions.end) f = unit * next(range);
    const int n = 1 + round % 40;
    std::vector<float> emissions(static_cast<size_t>(n) * kT);
    for (float& f : emissions) f = unit * next(range);
    std::vector<int> tags;
    decoder.Decode(emissions.data(), n, transitions, &tags);
    EXPECT_EQ(tags, PlainViterbi(emissions, n, transitions)) << "round " << round << ", n " << n;
  }
}

}  // namespace
}  // namespace dossier
