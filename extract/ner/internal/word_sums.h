// WordWeightSums: for each word and one model stage, the sums of the weights
// of the features the word gives a token in each role (its own features, and
// those it gives the tokens one and two places before and after it:
// AppendRoleRows), so that a token adds five precomputed sums instead of
// reading some thirty weight rows. Integer sums: the emissions come out
// exactly as when every row is added by itself.
//
//   WordWeightSums sums(model.weights_id());
//   const WordWeightSums::Sums& s = sums.Get(table.Get("Almaty", &clusters), table, model);
//   // s.role[kRolePrev1]: what "Almaty" adds to the token after it
//
// Not thread-safe (fills on lookup); use one per thread and model weights.
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_WORD_SUMS_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_WORD_SUMS_H_

#include <cstdint>
#include <deque>
#include <vector>

#include "extract/ner/internal/word_features.h"
#include "extract/ner/ner_model.h"

namespace dossier::internal {

class WordWeightSums {
 public:
  struct Sums {
    int32_t role[kNumWordRoles][kNumNerTags];
  };

  // Sums of the weights NerModel::weights_id() names.
  explicit WordWeightSums(uint64_t weights_id) : weights_id_(weights_id) {}
  WordWeightSums(const WordWeightSums&) = delete;
  WordWeightSums& operator=(const WordWeightSums&) = delete;

  // The sums of word `w`, which `table` returned (or one of its sentence
  // bounds). The reference stays valid until a Get() with another table or
  // table generation. REQUIRES: model.weights_id() == weights_id(); the
  // table serves the model's feature configuration.
  const Sums& Get(const WordFeatures& w, const WordFeatureTable& table, const NerModel& model);

  uint64_t weights_id() const { return weights_id_; }

 private:
  void Fill(const WordFeatures& w, uint32_t mask, const NerModel& model, Sums* sums);

  uint64_t weights_id_;
  uint64_t generation_ = 0;  // the table generation words_ belongs to
  std::deque<Sums> words_;   // by WordFeatures::index; elements never move
  std::vector<uint8_t> filled_;
  Sums bounds_[2];  // the sentence start and end
  bool bounds_filled_ = false;
  std::vector<uint32_t> rows_;  // scratch
};

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_WORD_SUMS_H_
