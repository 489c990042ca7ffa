#include "extract/ner/ner_decode.h"

#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>

namespace dossier {
namespace {

// The decoder is written for the BILOU grammar of ner_tags.h: tag 0 is O and
// tag 1 + 4 * type + part the part (B, I, L, U) of an entity of a type. O, B
// and U follow O, L or U (the "closers"); I and L follow B or I of their
// type. ner_decode_test checks the decoder against BilouTransitionAllowed().
constexpr int kT = kNumNerTags;
constexpr int kParts = 4;
static_assert(kNumEntityTypes == 4 && kT == 1 + kParts * kNumEntityTypes,
              "one lane per entity type, four lanes a vector");
constexpr float kImpossible = -std::numeric_limits<float>::infinity();
enum Part { kB = 0, kI = 1, kL = 2, kU = 3 };

// Four lanes of floats and of 32-bit integers (compiler vector extensions:
// SIMD where the target has it, plain code elsewhere); lane = entity type.
using Floats = float __attribute__((vector_size(16)));
using Ints = int32_t __attribute__((vector_size(16)));

constexpr int Tag(int part, int type) { return 1 + kParts * type + part; }

// Where each lane takes its value from `mask`: `set` where it is set, else
// `other`.
Floats Select(Ints mask, Floats set, Floats other) {
  return std::bit_cast<Floats>((mask & std::bit_cast<Ints>(set)) |
                               (~mask & std::bit_cast<Ints>(other)));
}
Ints Select(Ints mask, Ints set, Ints other) { return (mask & set) | (~mask & other); }

// One value per tag, by part: part[p][type] is tag Tag(p, type); `outside` is O.
struct ByPart {
  Floats part[kParts];
  float outside;
};

// The 17 values of tag order (row[tag]) by part: a 4 x 4 transpose of tags
// 1-16 (type-major) into part-major.
ByPart FromRow(const float* row) {
  Floats r[kParts];
  for (int type = 0; type < kNumEntityTypes; ++type) {
    std::memcpy(&r[type], row + Tag(0, type), sizeof(Floats));
  }
  const Floats a = __builtin_shufflevector(r[0], r[1], 0, 4, 1, 5);
  const Floats b = __builtin_shufflevector(r[2], r[3], 0, 4, 1, 5);
  const Floats c = __builtin_shufflevector(r[0], r[1], 2, 6, 3, 7);
  const Floats d = __builtin_shufflevector(r[2], r[3], 2, 6, 3, 7);
  ByPart out;
  out.part[kB] = __builtin_shufflevector(a, b, 0, 1, 4, 5);
  out.part[kI] = __builtin_shufflevector(a, b, 2, 3, 6, 7);
  out.part[kL] = __builtin_shufflevector(c, d, 0, 1, 4, 5);
  out.part[kU] = __builtin_shufflevector(c, d, 2, 3, 6, 7);
  out.outside = row[kOutsideTag];
  return out;
}

// The closers in increasing tag order (O, L-PER, U-PER, L-ORG, ...): the
// predecessors of O, B and U, visited in this order so that ties go to the
// lower tag index.
constexpr int kClosers = 1 + 2 * kNumEntityTypes;
constexpr int CloserTag(int j) {
  return j == 0 ? kOutsideTag : Tag(j % 2 == 1 ? kL : kU, (j - 1) / 2);
}

// The transition scores the recurrence reads, by lane.
struct Steps {
  Floats into_b[kClosers];                // closer j -> B of each type
  Floats into_u[kClosers];                // closer j -> U of each type
  float into_o[kClosers];                 // closer j -> O
  Floats b_to_i, i_to_i, b_to_l, i_to_l;  // within each type
};

Steps StepsOf(const NerTransitions& transitions) {
  Steps steps;
  const auto pair = [&](int prev, int next) { return transitions.pair[prev * kT + next]; };
  for (int j = 0; j < kClosers; ++j) {
    const int from = CloserTag(j);
    steps.into_o[j] = pair(from, kOutsideTag);
    for (int type = 0; type < kNumEntityTypes; ++type) {
      steps.into_b[j][type] = pair(from, Tag(kB, type));
      steps.into_u[j][type] = pair(from, Tag(kU, type));
    }
  }
  for (int type = 0; type < kNumEntityTypes; ++type) {
    steps.b_to_i[type] = pair(Tag(kB, type), Tag(kI, type));
    steps.i_to_i[type] = pair(Tag(kI, type), Tag(kI, type));
    steps.b_to_l[type] = pair(Tag(kB, type), Tag(kL, type));
    steps.i_to_l[type] = pair(Tag(kI, type), Tag(kL, type));
  }
  return steps;
}

// Closer j's score in `prev`.
float CloserScore(const ByPart& prev, int j) {
  return j == 0 ? prev.outside : prev.part[j % 2 == 1 ? kL : kU][(j - 1) / 2];
}

// The best of `from[j] + into[j]` over the closers j, the first best on ties
// (kImpossible and predecessor O when none beats kImpossible).
void BestAfterCloser(const float (&from)[kClosers], const Floats (&into)[kClosers], Floats* best,
                     Ints* arg) {
  *best = Floats{} + kImpossible;
  *arg = Ints{} + kOutsideTag;
  for (int j = 0; j < kClosers; ++j) {
    const Floats s = from[j] + into[j];
    const Ints better = s > *best;
    *best = Select(better, s, *best);
    *arg = Select(better, Ints{} + CloserTag(j), *arg);
  }
}

// As BestAfterCloser for I or L: from B, then from I of the same type.
void BestWithinType(const ByPart& prev, Floats from_b, Floats from_i, Floats* best, Ints* arg) {
  const Ints b_tags = {Tag(kB, 0), Tag(kB, 1), Tag(kB, 2), Tag(kB, 3)};
  const Ints i_tags = {Tag(kI, 0), Tag(kI, 1), Tag(kI, 2), Tag(kI, 3)};
  const Floats s_b = prev.part[kB] + from_b;
  const Ints better_b = s_b > (Floats{} + kImpossible);
  *best = Select(better_b, s_b, Floats{} + kImpossible);
  *arg = Select(better_b, b_tags, Ints{} + kOutsideTag);
  const Floats s_i = prev.part[kI] + from_i;
  const Ints better_i = s_i > *best;
  *best = Select(better_i, s_i, *best);
  *arg = Select(better_i, i_tags, *arg);
}

// Where tag `tag` sits in a position's back pointers: part * 4 + type, O last.
constexpr int Slot(int tag) {
  return tag == kOutsideTag ? kParts * kNumEntityTypes
                            : ((tag - 1) % kParts) * kParts + (tag - 1) / kParts;
}

}  // namespace

void ViterbiDecoder::Decode(const float* emissions, int n, const NerTransitions& transitions,
                            std::vector<int>* tags) {
  tags->assign(n, kOutsideTag);
  if (n == 0) return;
  const Steps steps = StepsOf(transitions);
  float first[kT];
  for (int b = 0; b < kT; ++b) {
    first[b] = BilouTransitionAllowed(-1, b) ? transitions.start[b] + emissions[b] : kImpossible;
  }
  ByPart prev = FromRow(first);
  // Per position and slot (Slot()), the predecessor's tag.
  back_.resize(static_cast<size_t>(n) * kT);
  for (int t = 1; t < n; ++t) {
    const ByPart emit = FromRow(emissions + static_cast<size_t>(t) * kT);
    int32_t* back = &back_[static_cast<size_t>(t) * kT];
    float from[kClosers];
    for (int j = 0; j < kClosers; ++j) from[j] = CloserScore(prev, j);
    ByPart cur;
    Ints arg[kParts];
    Floats best;
    BestAfterCloser(from, steps.into_b, &best, &arg[kB]);
    cur.part[kB] = best + emit.part[kB];
    BestAfterCloser(from, steps.into_u, &best, &arg[kU]);
    cur.part[kU] = best + emit.part[kU];
    BestWithinType(prev, steps.b_to_i, steps.i_to_i, &best, &arg[kI]);
    cur.part[kI] = best + emit.part[kI];
    BestWithinType(prev, steps.b_to_l, steps.i_to_l, &best, &arg[kL]);
    cur.part[kL] = best + emit.part[kL];
    float best_o = kImpossible;
    int arg_o = kOutsideTag;
    for (int j = 0; j < kClosers; ++j) {
      const float s = from[j] + steps.into_o[j];
      if (s > best_o) {
        best_o = s;
        arg_o = CloserTag(j);
      }
    }
    cur.outside = best_o + emit.outside;
    std::memcpy(back, arg, sizeof(arg));
    back[Slot(kOutsideTag)] = arg_o;
    prev = cur;
  }
  float last[kT];
  last[kOutsideTag] = prev.outside;
  for (int part = 0; part < kParts; ++part) {
    for (int type = 0; type < kNumEntityTypes; ++type)
      last[Tag(part, type)] = prev.part[part][type];
  }
  float best = kImpossible;
  int arg = kOutsideTag;
  for (int b = 0; b < kT; ++b) {
    if (!BilouTransitionAllowed(b, -1)) continue;
    const float s = last[b] + transitions.end[b];
    if (s > best) {
      best = s;
      arg = b;
    }
  }
  for (int t = n - 1; t >= 0; --t) {
    (*tags)[t] = arg;
    if (t > 0) arg = back_[static_cast<size_t>(t) * kT + Slot(arg)];
  }
}

}  // namespace dossier
