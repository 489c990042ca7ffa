#include "extract/ner/ner_tagger.h"

#include <cstdint>

namespace dossier {

NerTagger::NerTagger(const NerModel* model)
    : model_(model),
      extractor_(&model->clusters(), model->hash_bits(), &model->gazetteer(),
                 model->feature_version()) {
  if (model->second_stage() != nullptr) {
    second_stage_ = std::make_unique<NerTagger>(model->second_stage());
  }
}

void NerTagger::Tag(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                    std::vector<int>* tags) {
  const int n = static_cast<int>(words.size());
  extractor_.Extract(words, doc, &features_);
  emissions_.resize(static_cast<size_t>(n) * kNumNerTags);
  const float scale = model_->scale();
  // The weight table is larger than the caches and each feature row a random
  // read: ask for every row of the sentence before summing any.
  for (uint32_t row : features_.rows) {
    const int16_t* weights = model_->Row(row);
    __builtin_prefetch(weights);
    __builtin_prefetch(weights + kNumNerTags - 1);
  }
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

std::vector<std::vector<TypedSpan>> NerTagger::TagDocument(
    const std::vector<std::vector<std::string_view>>& sentences) {
  NerDocumentContext context(model_->feature_version());
  for (const auto& words : sentences) context.AddSentence(words);
  std::vector<std::vector<TypedSpan>> spans;
  spans.reserve(sentences.size());
  for (const auto& words : sentences) spans.push_back(TagSpans(words, context));
  if (second_stage_ == nullptr) return spans;
  for (size_t s = 0; s < sentences.size(); ++s) context.AddPredictions(sentences[s], spans[s]);
  for (size_t s = 0; s < sentences.size(); ++s) {
    spans[s] = second_stage_->TagSpans(sentences[s], context);
  }
  return spans;
}

}  // namespace dossier
