#include "extract/ner/internal/word_sums.h"

#include <algorithm>

namespace dossier::internal {

const WordWeightSums::Sums& WordWeightSums::Get(const WordFeatures& w,
                                                const WordFeatureTable& table,
                                                const NerModel& model) {
  if (generation_ != table.generation()) {
    generation_ = table.generation();
    std::fill(filled_.begin(), filled_.end(), 0);
  }
  if (w.index >= kBoundStartIndex) {
    if (!bounds_filled_) {
      Fill(table.sentence_start(), table.mask(), model, &bounds_[0]);
      Fill(table.sentence_end(), table.mask(), model, &bounds_[1]);
      bounds_filled_ = true;
    }
    return bounds_[w.index == kBoundStartIndex ? 0 : 1];
  }
  if (w.index >= words_.size()) {
    words_.resize(w.index + 1);
    filled_.resize(w.index + 1, 0);
  }
  Sums& sums = words_[w.index];
  if (!filled_[w.index]) {
    Fill(w, table.mask(), model, &sums);
    filled_[w.index] = 1;
  }
  return sums;
}

void WordWeightSums::Fill(const WordFeatures& w, uint32_t mask, const NerModel& model, Sums* sums) {
  for (int role = 0; role < kNumWordRoles; ++role) {
    int32_t* acc = sums->role[role];
    std::fill(acc, acc + kNumNerTags, 0);
    rows_.clear();
    AppendRoleRows(w, static_cast<WordRole>(role), mask, &rows_);
    for (uint32_t row : rows_) {
      const int16_t* weights = model.StoredRow(row);
      if (weights == nullptr) continue;
      for (int k = 0; k < kNumNerTags; ++k) acc[k] += weights[k];
    }
  }
}

}  // namespace dossier::internal
