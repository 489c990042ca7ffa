#include "extract/ner/ner_decode.h"

#include <bit>
#include <cstdint>
#include <limits>

namespace dossier {
namespace {

constexpr int kT = kNumNerTags;
constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// Four lanes of floats and of 32-bit integers (compiler vector extensions:
// SIMD where the target has it, plain code elsewhere).
constexpr int kLanes = 4;
using Floats = float __attribute__((vector_size(16)));
using Ints = int32_t __attribute__((vector_size(16)));

// Where each of a group's lanes takes its value from `mask`: the one where
// mask is set, else `other`.
Floats Select(Ints mask, Floats set, Floats other) {
  return std::bit_cast<Floats>((mask & std::bit_cast<Ints>(set)) |
                               (~mask & std::bit_cast<Ints>(other)));
}

// The grammar, and the order the decoder visits it in: the tags in groups of
// kLanes, each group's tags having the same number of allowed predecessors
// (under BILOU: O, B and U after O, L or U; I and L after B or I of their
// type), a step per predecessor, visited in increasing order as the scalar
// recurrence does, so ties go to the lower tag index.
struct Plan {
  bool start[kT];
  bool end[kT];
  struct Group {
    int steps = 0;
    int tag[kLanes];         // -1: an unused lane
    int before[kT][kLanes];  // per step, each lane's predecessor
    bool real[kT][kLanes];   // false: a padding step of a lane with fewer
    bool shared[kT];         // per step: every lane has the same predecessor
    Ints index[kT];          // per step: before[k] as a vector
  };
  Group groups[kT];
  int num_groups = 0;

  Plan() {
    int before[kT][kT];
    int num_before[kT] = {};
    for (int a = 0; a < kT; ++a) {
      start[a] = BilouTransitionAllowed(-1, a);
      end[a] = BilouTransitionAllowed(a, -1);
    }
    for (int b = 0; b < kT; ++b) {
      for (int a = 0; a < kT; ++a) {
        if (BilouTransitionAllowed(a, b)) before[b][num_before[b]++] = a;
      }
    }
    bool placed[kT] = {};
    for (int b = 0; b < kT; ++b) {
      if (placed[b]) continue;
      // b and the next tags with as many predecessors, up to kLanes a group.
      Group* group = nullptr;
      for (int c = b; c < kT; ++c) {
        if (placed[c] || num_before[c] != num_before[b]) continue;
        if (group == nullptr || group->tag[kLanes - 1] >= 0) {
          group = &groups[num_groups++];
          group->steps = num_before[b];
          for (int l = 0; l < kLanes; ++l) group->tag[l] = -1;
        }
        int lane = 0;
        while (group->tag[lane] >= 0) ++lane;
        group->tag[lane] = c;
        for (int k = 0; k < group->steps; ++k) {
          group->before[k][lane] = before[c][k];
          group->real[k][lane] = true;
        }
        placed[c] = true;
      }
    }
    for (int g = 0; g < num_groups; ++g) {
      Group& group = groups[g];
      for (int l = 0; l < kLanes; ++l) {
        if (group.tag[l] >= 0) continue;
        for (int k = 0; k < group.steps; ++k) {
          group.before[k][l] = group.before[k][0];
          group.real[k][l] = false;
        }
      }
      for (int k = 0; k < group.steps; ++k) {
        group.shared[k] = true;
        for (int l = 0; l < kLanes; ++l) {
          group.index[k][l] = group.before[k][l];
          group.shared[k] = group.shared[k] && group.before[k][l] == group.before[k][0];
        }
      }
    }
  }
};

const Plan& DecodingPlan() {
  static const Plan plan;
  return plan;
}

}  // namespace

void ViterbiDecoder::Decode(const float* emissions, int n, const NerTransitions& transitions,
                            std::vector<int>* tags) {
  tags->assign(n, kOutsideTag);
  if (n == 0) return;
  const Plan& plan = DecodingPlan();
  // Each group's transition scores per step and lane (kImpossible on a
  // padding step: it never wins).
  Floats step_scores[kT][kT];
  for (int g = 0; g < plan.num_groups; ++g) {
    const Plan::Group& group = plan.groups[g];
    for (int k = 0; k < group.steps; ++k) {
      for (int l = 0; l < kLanes; ++l) {
        step_scores[g][k][l] = group.real[k][l]
                                   ? transitions.pair[group.before[k][l] * kT + group.tag[l]]
                                   : kImpossible;
      }
    }
  }
  score_.resize(static_cast<size_t>(n) * kT);
  back_.resize(static_cast<size_t>(n) * kT);
  for (int b = 0; b < kT; ++b) {
    score_[b] = plan.start[b] ? transitions.start[b] + emissions[b] : kImpossible;
  }
  for (int t = 1; t < n; ++t) {
    const float* prev = &score_[static_cast<size_t>(t - 1) * kT];
    float* cur = &score_[static_cast<size_t>(t) * kT];
    uint8_t* back = &back_[static_cast<size_t>(t) * kT];
    const float* emit = emissions + static_cast<size_t>(t) * kT;
    for (int g = 0; g < plan.num_groups; ++g) {
      const Plan::Group& group = plan.groups[g];
      Floats best = {kImpossible, kImpossible, kImpossible, kImpossible};
      Ints arg = {0, 0, 0, 0};
      for (int k = 0; k < group.steps; ++k) {
        const int* a = group.before[k];
        const float p = prev[a[0]];
        const Floats from =
            group.shared[k] ? Floats{p, p, p, p} : Floats{p, prev[a[1]], prev[a[2]], prev[a[3]]};
        const Floats s = from + step_scores[g][k];
        const Ints better = s > best;
        best = Select(better, s, best);
        arg = (better & group.index[k]) | (~better & arg);
      }
      for (int l = 0; l < kLanes; ++l) {
        const int b = group.tag[l];
        if (b < 0) continue;
        cur[b] = best[l] + emit[b];
        back[b] = static_cast<uint8_t>(arg[l]);
      }
    }
  }
  const float* last = &score_[static_cast<size_t>(n - 1) * kT];
  float best = kImpossible;
  int arg = kOutsideTag;
  for (int b = 0; b < kT; ++b) {
    if (!plan.end[b]) continue;
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
