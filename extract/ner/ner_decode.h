// Viterbi decoding of BILOU tag sequences: the highest-scoring sequence under
// per-token emission scores and first-order transition scores, restricted to
// sequences that obey the BILOU grammar (BilouTransitionAllowed()), so every
// decoded sequence maps to well-formed spans.
//
//   ViterbiDecoder decoder;
//   decoder.Decode(emissions.data(), n, transitions, &tags);
//
// Not thread-safe: a decoder keeps scratch buffers; use one per thread.
#ifndef DOSSIER_EXTRACT_NER_NER_DECODE_H_
#define DOSSIER_EXTRACT_NER_NER_DECODE_H_

#include <array>
#include <cstdint>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier {

struct NerTransitions {
  std::array<float, kNumNerTags> start{};               // score of the first tag
  std::array<float, kNumNerTags * kNumNerTags> pair{};  // [prev * kNumNerTags + next]
  std::array<float, kNumNerTags> end{};                 // score of the last tag
};

class ViterbiDecoder {
 public:
  // Replaces *tags with the best valid sequence for `n` tokens whose scores
  // are emissions[t * kNumNerTags + tag]. Ties go to the lower tag index.
  void Decode(const float* emissions, int n, const NerTransitions& transitions,
              std::vector<int>* tags);

 private:
  std::vector<int32_t> back_;  // per position, each tag's best predecessor
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_DECODE_H_
