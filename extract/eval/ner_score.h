// Scoring predicted entities against gold ones by the rules of conlleval:
// an entity counts as found only when its span and type both match exactly.
//
//   NerScorer scorer;
//   scorer.AddSentence(SpansFromBio(gold), SpansFromBio(predicted));
//   NerScores scores = scorer.Scores();   // scores.overall.f1
//
// Thread-compatible.
#ifndef DOSSIER_EXTRACT_EVAL_NER_SCORE_H_
#define DOSSIER_EXTRACT_EVAL_NER_SCORE_H_

#include <array>
#include <ostream>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier {

struct PrfCounts {
  int gold = 0;       // entities in the gold standard
  int predicted = 0;  // entities predicted
  int correct = 0;    // predicted entities with exactly the gold span and type
  double precision() const { return predicted == 0 ? 0 : 100.0 * correct / predicted; }
  double recall() const { return gold == 0 ? 0 : 100.0 * correct / gold; }
  // Harmonic mean of precision and recall, in percent; 0 when both are 0.
  double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct NerScores {
  PrfCounts overall;
  std::array<PrfCounts, kNumEntityTypes> by_type;  // indexed by EntityType
  int tokens = 0;
  int correct_tokens = 0;  // tokens whose entity membership and type agree
  // Token-level counts per type, as the Russian NER anchors are published
  // (factRuEval-2016 by naeval): a token is correct when gold and predicted
  // give it the same type, whatever the spans' boundaries.
  std::array<PrfCounts, kNumEntityTypes> tokens_by_type;
};

class NerScorer {
 public:
  // Adds one sentence of `tokens` tokens. Spans are token ranges.
  void AddSentence(const std::vector<TypedSpan>& gold, const std::vector<TypedSpan>& predicted,
                   int tokens);
  const NerScores& Scores() const { return scores_; }

 private:
  NerScores scores_;
};

// Prints a conlleval-like report: a summary line, then precision, recall and
// F1 (in percent, two decimals) overall and per type, then the token-level
// F1 per type.
void PrintNerScores(const NerScores& scores, std::ostream& out);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EVAL_NER_SCORE_H_
