#include "extract/ner_tagger.h"

#include <cstdint>

namespace dossier {

NerTagger::NerTagger(const NerModel* model)
    : model_(model), extractor_(&model->clusters(), model->hash_bits()) {}

void NerTagger::Tag(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                    std::vector<int>* tags) {
  const int n = static_cast<int>(words.size());
  extractor_.Extract(words, doc, &features_);
  emissions_.resize(static_cast<size_t>(n) * kNumNerTags);
  const float scale = model_->scale();
  for (int t = 0; t < n; ++t) {
    int32_t acc[kNumNerTags] = {};
    for (uint32_t f = features_.starts[t]; f < features_.starts[t + 1]; ++f) {
      const int16_t* row = model_->Row(features_.rows[f]);
      for (int k = 0; k < kNumNerTags; ++k) acc[k] += row[k];
    }
    float* out = &emissions_[static_cast<size_t>(t) * kNumNerTags];
    for (int k = 0; k < kNumNerTags; ++k) out[k] = static_cast<float>(acc[k]) * scale;
  }
  decoder_.Decode(emissions_.data(), n, model_->transitions(), tags);
}

std::vector<TypedSpan> NerTagger::TagSpans(const std::vector<std::string_view>& words,
                                           const NerDocumentContext& doc) {
  Tag(words, doc, &tags_);
  return SpansFromBilou(tags_);
}

}  // namespace dossier
