#include "extract/ner/ner_tagger.h"

#include <cstdint>

#include "extract/ner/internal/word_features.h"
#include "extract/ner/internal/word_sums.h"

namespace dossier {
namespace {

// The word feature tables of the models this thread tagged with lately (one
// per NerModel::word_features_id()), so that a word is featurized once per
// thread rather than once per document; the oldest goes past kMaxTables.
internal::WordFeatureTable* ThreadWordTable(const NerModel& model) {
  constexpr size_t kMaxTables = 6;
  struct Entry {
    uint64_t id;
    std::unique_ptr<internal::WordFeatureTable> table;
  };
  thread_local std::vector<Entry> tables;
  for (Entry& entry : tables) {
    if (entry.id == model.word_features_id()) return entry.table.get();
  }
  if (tables.size() >= kMaxTables) tables.erase(tables.begin());
  const uint32_t mask = (1u << model.hash_bits()) - 1;
  tables.push_back({model.word_features_id(),
                    std::make_unique<internal::WordFeatureTable>(mask, model.feature_version())});
  return tables.back().table.get();
}

// The weight sums of the model weights this thread tagged with lately (one
// per NerModel::weights_id()); the oldest goes past kMaxSums.
internal::WordWeightSums* ThreadWeightSums(const NerModel& model) {
  constexpr size_t kMaxSums = 12;
  thread_local std::vector<std::unique_ptr<internal::WordWeightSums>> all;
  for (auto& sums : all) {
    if (sums->weights_id() == model.weights_id()) return sums.get();
  }
  if (all.size() >= kMaxSums) all.erase(all.begin());
  all.push_back(std::make_unique<internal::WordWeightSums>(model.weights_id()));
  return all.back().get();
}

}  // namespace

NerTagger::NerTagger(const NerModel* model)
    : model_(model),
      extractor_(&model->clusters(), model->hash_bits(), &model->gazetteer(),
                 model->feature_version(), ThreadWordTable(*model)) {
  if (model->second_stage() != nullptr) {
    second_stage_ = std::make_unique<NerTagger>(model->second_stage());
  }
}

void NerTagger::Tag(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                    std::vector<int>* tags) {
  TagWords(words, doc, nullptr, tags);
}

void NerTagger::TagWords(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                         const internal::WordFeatures* const* looked_up, std::vector<int>* tags) {
  internal::WordFeatureTable* table = ThreadWordTable(*model_);
  internal::WordWeightSums* sums = ThreadWeightSums(*model_);
  extractor_.set_table(table);
  const int n = static_cast<int>(words.size());
  // The features of two or more words, and of the sentence and document,
  // row by row; those of one word alone as that word's sums per role.
  extractor_.ExtractContext(words, doc, &features_, looked_up);
  word_sums_.resize(static_cast<size_t>(n) + 4);
  for (int i = -2; i < n + 2; ++i) {
    word_sums_[i + 2] = &sums->Get(extractor_.word(i), *table, *model_).role[0][0];
  }
  // Rows without weights (most of those of rare words) add nothing; ask for
  // every stored row of the sentence before summing any.
  weights_.resize(features_.rows.size());
  for (size_t f = 0; f < features_.rows.size(); ++f) {
    const int16_t* weights = model_->StoredRow(features_.rows[f]);
    weights_[f] = weights;
    if (weights != nullptr) {
      __builtin_prefetch(weights);
      __builtin_prefetch(weights + kNumNerTags - 1);
    }
  }
  emissions_.resize(static_cast<size_t>(n) * kNumNerTags);
  const float scale = model_->scale();
  for (int t = 0; t < n; ++t) {
    int32_t acc[kNumNerTags] = {};
    for (int role = 0; role < internal::kNumWordRoles; ++role) {
      const int32_t* sum = word_sums_[t + 2 + internal::kRoleOffset[role]] + role * kNumNerTags;
      for (int k = 0; k < kNumNerTags; ++k) acc[k] += sum[k];
    }
    for (uint32_t f = features_.starts[t]; f < features_.starts[t + 1]; ++f) {
      const int16_t* row = weights_[f];
      if (row == nullptr) continue;
      for (int k = 0; k < kNumNerTags; ++k) acc[k] += row[k];
    }
    float* out = &emissions_[static_cast<size_t>(t) * kNumNerTags];
    for (int k = 0; k < kNumNerTags; ++k) out[k] = static_cast<float>(acc[k]) * scale;
  }
  decoder_.Decode(emissions_.data(), n, model_->transitions(), tags);
}

std::vector<TypedSpan> NerTagger::TagSpans(const std::vector<std::string_view>& words,
                                           const NerDocumentContext& doc) {
  return TagWordSpans(words, doc, nullptr);
}

std::vector<TypedSpan> NerTagger::TagWordSpans(const std::vector<std::string_view>& words,
                                               const NerDocumentContext& doc,
                                               const internal::WordFeatures* const* looked_up) {
  TagWords(words, doc, looked_up, &tags_);
  return SpansFromBilou(tags_);
}

std::vector<std::vector<TypedSpan>> NerTagger::TagDocument(
    const std::vector<std::vector<std::string_view>>& sentences) {
  internal::WordFeatureTable* table = ThreadWordTable(*model_);
  extractor_.set_table(table);
  // Each word is looked up once for the document: the table forgets no
  // word before the document is tagged.
  extractor_.StartDocument();
  NerDocumentContext context(model_->feature_version());
  std::vector<std::vector<const internal::WordFeatures*>> looked_up(sentences.size());
  std::vector<std::vector<uint64_t>> key_hashes(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    extractor_.LookUp(sentences[s], &looked_up[s]);
    for (const internal::WordFeatures* w : looked_up[s]) key_hashes[s].push_back(w->key_hash);
    context.AddSentence(sentences[s], key_hashes[s].data());
  }
  std::vector<std::vector<TypedSpan>> spans;
  spans.reserve(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    spans.push_back(TagWordSpans(sentences[s], context, looked_up[s].data()));
  }
  if (second_stage_ == nullptr) return spans;
  for (size_t s = 0; s < sentences.size(); ++s) {
    context.AddPredictions(sentences[s], key_hashes[s].data(), spans[s]);
  }
  // A second stage of the same word features shares the table and the
  // words looked up in it.
  const bool shared = ThreadWordTable(*second_stage_->model_) == table;
  for (size_t s = 0; s < sentences.size(); ++s) {
    spans[s] =
        second_stage_->TagWordSpans(sentences[s], context, shared ? looked_up[s].data() : nullptr);
  }
  return spans;
}

}  // namespace dossier
