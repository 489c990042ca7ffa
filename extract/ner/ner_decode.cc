#include "extract/ner/ner_decode.h"

#include <limits>

namespace dossier {
namespace {

constexpr int kT = kNumNerTags;
constexpr float kImpossible = -std::numeric_limits<float>::infinity();

struct AllowedTable {
  bool start[kT];
  bool end[kT];
  // Per tag b: the tags that may precede it, in increasing order.
  uint8_t before[kT][kT];
  int num_before[kT] = {};
  AllowedTable() {
    for (int a = 0; a < kT; ++a) {
      start[a] = BilouTransitionAllowed(-1, a);
      end[a] = BilouTransitionAllowed(a, -1);
    }
    for (int b = 0; b < kT; ++b) {
      for (int a = 0; a < kT; ++a) {
        if (BilouTransitionAllowed(a, b)) before[b][num_before[b]++] = static_cast<uint8_t>(a);
      }
    }
  }
};

const AllowedTable& Allowed() {
  static const AllowedTable table;
  return table;
}

}  // namespace

void ViterbiDecoder::Decode(const float* emissions, int n, const NerTransitions& transitions,
                            std::vector<int>* tags) {
  tags->assign(n, kOutsideTag);
  if (n == 0) return;
  const AllowedTable& allowed = Allowed();
  score_.resize(static_cast<size_t>(n) * kT);
  back_.resize(static_cast<size_t>(n) * kT);
  for (int b = 0; b < kT; ++b) {
    score_[b] = allowed.start[b] ? transitions.start[b] + emissions[b] : kImpossible;
  }
  for (int t = 1; t < n; ++t) {
    const float* prev = &score_[static_cast<size_t>(t - 1) * kT];
    float* cur = &score_[static_cast<size_t>(t) * kT];
    uint8_t* back = &back_[static_cast<size_t>(t) * kT];
    const float* emit = emissions + static_cast<size_t>(t) * kT;
    for (int b = 0; b < kT; ++b) {
      float best = kImpossible;
      int arg = 0;
      for (int k = 0; k < allowed.num_before[b]; ++k) {
        const int a = allowed.before[b][k];
        const float s = prev[a] + transitions.pair[a * kT + b];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      cur[b] = best + emit[b];
      back[b] = static_cast<uint8_t>(arg);
    }
  }
  const float* last = &score_[static_cast<size_t>(n - 1) * kT];
  float best = kImpossible;
  int arg = kOutsideTag;
  for (int b = 0; b < kT; ++b) {
    if (!allowed.end[b]) continue;
    const float s = last[b] + transitions.end[b];
    if (s > best) {
      best = s;
      arg = b;
    }
  }
  for (int t = n - 1; t >= 0; --t) {
    (*tags)[t] = arg;
    arg = back_[static_cast<size_t>(t) * kT + arg];
  }
}

}  // namespace dossier
