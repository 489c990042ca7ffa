#include "extract/ner/ner_tagger.h"

#include <cstdint>
#include <cstring>

#include "extract/ner/internal/word_features.h"
#include "extract/ner/internal/word_sums.h"

namespace dossier {
namespace {

static_assert(kNumNerTags == 17, "the sums below take the tags as 4 lanes x 4 + 1");

// Four lanes of 32-bit integers and of floats (compiler vector extensions).
using Ints = int32_t __attribute__((vector_size(16)));
using Floats = float __attribute__((vector_size(16)));
using Shorts = int16_t __attribute__((vector_size(8)));

Ints LoadInts(const int32_t* p) {
  Ints v;
  std::memcpy(&v, p, sizeof(v));
  return v;
}

// Four int16 weights as 32-bit lanes.
Ints WidenShorts(const int16_t* p) {
  Shorts v;
  std::memcpy(&v, p, sizeof(v));
  return __builtin_convertvector(v, Ints);
}

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
  extractor_.set_table(ThreadWordTable(*model_));
  // The features of two or more words, and of the sentence and document,
  // row by row; those of one word alone as that word's sums per role.
  extractor_.ExtractContext(words, doc, &features_, looked_up);
  Score(static_cast<int>(words.size()), tags);
}

void NerTagger::TagWordsAfter(const std::vector<std::string_view>& words,
                              const NerDocumentContext& doc,
                              const internal::WordFeatures* const* looked_up,
                              std::span<const uint32_t> first_rows,
                              std::span<const uint32_t> first_starts, std::vector<int>* tags) {
  extractor_.set_table(ThreadWordTable(*model_));
  extractor_.ExtractAfterFirstStage(words, doc, looked_up, first_rows, first_starts, &features_);
  Score(static_cast<int>(words.size()), tags);
}

void NerTagger::Score(int n, std::vector<int>* tags) {
  const internal::WordFeatureTable& table = *ThreadWordTable(*model_);
  internal::WordWeightSums* sums = ThreadWeightSums(*model_);
  word_sums_.resize(static_cast<size_t>(n) + 4);
  for (int i = -2; i < n + 2; ++i) {
    const int32_t* sum = &sums->Get(extractor_.word(i), table, *model_).role[0][0];
    word_sums_[i + 2] = sum;
    // Ask for the whole record (five roles, 340 bytes) before summing any.
    for (size_t line = 0; line < sizeof(internal::WordWeightSums::Sums); line += 64) {
      __builtin_prefetch(reinterpret_cast<const char*>(sum) + line);
    }
  }
  // Ask for every row of the sentence before summing any (rows without
  // weights, most of those of rare words, are a row of zeros).
  weights_.resize(features_.rows.size());
  for (size_t f = 0; f < features_.rows.size(); ++f) {
    weights_[f] = model_->PrefetchRow(features_.rows[f]);
  }
  emissions_.resize(static_cast<size_t>(n) * kNumNerTags);
  const Floats scale = Floats{} + model_->scale();
  for (int t = 0; t < n; ++t) {
    // kNumNerTags = 4 lanes x 4 + 1.
    Ints acc[4] = {};
    int32_t last = 0;
    for (int role = 0; role < internal::kNumWordRoles; ++role) {
      const int32_t* sum = word_sums_[t + 2 + internal::kRoleOffset[role]] + role * kNumNerTags;
      for (int v = 0; v < 4; ++v) acc[v] += LoadInts(sum + 4 * v);
      last += sum[16];
    }
    for (uint32_t f = features_.starts[t]; f < features_.starts[t + 1]; ++f) {
      const int16_t* row = weights_[f];
      for (int v = 0; v < 4; ++v) acc[v] += WidenShorts(row + 4 * v);
      last += row[16];
    }
    float* out = &emissions_[static_cast<size_t>(t) * kNumNerTags];
    for (int v = 0; v < 4; ++v) {
      const Floats scaled = __builtin_convertvector(acc[v], Floats) * scale;
      std::memcpy(out + 4 * v, &scaled, sizeof(scaled));
    }
    out[16] = static_cast<float>(last) * model_->scale();
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
  // A second stage of the same word features shares the table and the
  // words looked up in it; with the same gazetteer too, its features are
  // the first stage's and those of the first stage's predictions.
  const bool shared = second_stage_ != nullptr &&
                      second_stage_->model_->word_features_id() == model_->word_features_id();
  const bool same_context =
      shared && second_stage_->model_->gazetteer().id() == model_->gazetteer().id();
  // The first stage's rows: sentence s has rows [row_at[s], row_at[s + 1])
  // and its tokens' starts (relative to them) from start_at[s].
  std::vector<uint32_t> rows, starts;
  std::vector<size_t> row_at(1, 0), start_at;
  std::vector<std::vector<TypedSpan>> spans;
  spans.reserve(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    TagWords(sentences[s], context, looked_up[s].data(), &tags_);
    spans.push_back(SpansFromBilou(tags_));
    if (!same_context) continue;
    rows.insert(rows.end(), features_.rows.begin(), features_.rows.end());
    row_at.push_back(rows.size());
    start_at.push_back(starts.size());
    starts.insert(starts.end(), features_.starts.begin(), features_.starts.end());
  }
  if (second_stage_ == nullptr) return spans;
  for (size_t s = 0; s < sentences.size(); ++s) {
    context.AddPredictions(sentences[s], key_hashes[s].data(), spans[s]);
  }
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (same_context) {
      const std::span<const uint32_t> first_rows(rows.data() + row_at[s],
                                                 row_at[s + 1] - row_at[s]);
      const std::span<const uint32_t> first_starts(starts.data() + start_at[s],
                                                   sentences[s].size() + 1);
      second_stage_->TagWordsAfter(sentences[s], context, looked_up[s].data(), first_rows,
                                   first_starts, &tags_);
      spans[s] = SpansFromBilou(tags_);
    } else {
      spans[s] = second_stage_->TagWordSpans(sentences[s], context,
                                             shared ? looked_up[s].data() : nullptr);
    }
  }
  return spans;
}

}  // namespace dossier
