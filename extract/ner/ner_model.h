// NerModel: the trained named-entity tagger's parameters and its file format.
//
// A model holds hashed feature weights (2^hash_bits rows of kNumNerTags
// int16 weights, scaled by `scale`), BILOU transition scores, the word
// clusters its features use, and a free-text description of how it was
// trained. Immutable once built; thread-safe for concurrent reads.
//
// In memory only the rows with a weight are stored, packed in row order,
// with a bitmap of which rows have one (and the count of rows before each
// 64 of it): a few MB that the caches can hold, where the whole table of
// 2^20 rows would take 34 MB.
//
// A model may carry a second stage: a model of the same kind that tags a
// document again with the first stage's predictions as features (stacked
// document-level consistency; see NerTagger::TagDocument).
//
// File format (little-endian), version 2:
//   8 bytes  magic "DOSSNER\x1a"
//   u32      format version (kNerModelFormatVersion)
//   u32      feature set version (kNerFeatureSetVersion or an older one still read)
//   u32      number of tags (17), u32 hash_bits, f32 scale
//   f32 x (17 + 17*17 + 17)   start, pair and end transition scores
//   u32 n, n bytes            description (UTF-8)
//   u32 n, n x {u8 len, key, u16 fine, u16 coarse}   word clusters, keys sorted
//   u32 n, n x {u8 kind, u16 len, phrase}             gazetteer phrases, sorted
//   u32 n, n x {u32 row, 17 x i16}                   non-zero weight rows, rows increasing
//   u32 n, n bytes            the second stage as a whole model file (n = 0: none)
//   u64      FNV-1a 64 of every byte before it
//
//   ASSIGN_OR_RETURN(NerModel model, NerModel::Load("models/ner-en.bin"));
//   NerTagger tagger(model);
#ifndef DOSSIER_EXTRACT_NER_NER_MODEL_H_
#define DOSSIER_EXTRACT_NER_NER_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/ner/ner_clusters.h"
#include "extract/ner/ner_decode.h"
#include "extract/ner/ner_features.h"
#include "extract/ner/ner_gazetteer.h"

namespace dossier {

inline constexpr uint32_t kNerModelFormatVersion = 2;

class NerModel {
 public:
  // An empty model: every weight zero, no clusters; tags everything O.
  NerModel() : NerModel(8) {}
  explicit NerModel(int hash_bits);

  // Quantizes float weights (2^hash_bits * kNumNerTags, row-major) to int16
  // with scale max|w| / 32767. REQUIRES: weights.size() matches hash_bits.
  static NerModel FromFloatWeights(int hash_bits, const std::vector<float>& weights,
                                   const NerTransitions& transitions, WordClusters clusters,
                                   std::string description);

  // Reads a model file. Errors: NotFound (cannot open), InvalidArgument (not
  // a model file: bad magic), Unimplemented (other format or feature set
  // version), DataLoss (truncated, checksum mismatch, inconsistent fields).
  // Messages start with `path`.
  static StatusOr<NerModel> Load(const std::string& path);
  // As Load(), from bytes in memory; `name` prefixes error messages.
  static StatusOr<NerModel> FromBytes(std::string_view bytes, std::string_view name);

  // Writes the model file (IoError when it cannot be written).
  Status Save(const std::string& path) const;
  std::string ToBytes() const;

  int hash_bits() const { return hash_bits_; }
  // The feature set the model was trained with (ner_features.h).
  uint32_t feature_version() const { return feature_version_; }
  // The kNumNerTags weights of feature row `row`. REQUIRES: row < 2^hash_bits.
  const int16_t* Row(uint32_t row) const {
    const int16_t* weights = StoredRow(row);
    return weights != nullptr ? weights : kZeroRow;
  }
  // As Row(), but null for a row whose weights are all zero.
  const int16_t* StoredRow(uint32_t row) const {
    const RowBlock& block = blocks_[row >> 6];
    const uint64_t bit = uint64_t{1} << (row & 63);
    if ((block.present & bit) == 0) return nullptr;
    const uint32_t index = block.rank + static_cast<uint32_t>(CountBits(block.present & (bit - 1)));
    return &weights_[size_t{index} * kNumNerTags];
  }
  // As Row(), and asks the memory for the row at once: no branch waits for
  // the row's bit, so the reads of many rows overlap.
  const int16_t* PrefetchRow(uint32_t row) const {
    const RowBlock& block = blocks_[row >> 6];
    const uint64_t bit = uint64_t{1} << (row & 63);
    const uint32_t index = block.rank + static_cast<uint32_t>(CountBits(block.present & (bit - 1)));
    // The row's address, as an integer: when the row is not stored it may
    // be one past the last row, or computed from an empty table's null.
    const uintptr_t at = reinterpret_cast<uintptr_t>(weights_.data()) +
                         uintptr_t{index} * kNumNerTags * sizeof(int16_t);
    __builtin_prefetch(reinterpret_cast<const void*>(at));
    __builtin_prefetch(reinterpret_cast<const void*>(at + (kNumNerTags - 1) * sizeof(int16_t)));
    const uintptr_t stored =
        uintptr_t{0} - static_cast<uintptr_t>((block.present >> (row & 63)) & 1);
    return reinterpret_cast<const int16_t*>((at & stored) |
                                            (reinterpret_cast<uintptr_t>(kZeroRow) & ~stored));
  }
  float scale() const { return scale_; }
  const NerTransitions& transitions() const { return transitions_; }
  const WordClusters& clusters() const { return clusters_; }
  const std::string& description() const { return description_; }
  const NerGazetteer& gazetteer() const { return gazetteer_; }
  void set_gazetteer(NerGazetteer gazetteer) { gazetteer_ = std::move(gazetteer); }
  // The second stage, or null for a one-stage model.
  const NerModel* second_stage() const { return second_stage_.get(); }
  void set_second_stage(NerModel stage);

  // Names the word-level feature configuration (clusters, hash bits, feature
  // set) for caches of word features: copies of a model share it, and so
  // does a second stage configured as its first; other models never do.
  uint64_t word_features_id() const { return word_features_id_; }
  // Names the weights, for caches of sums of them: copies of a model share
  // it; every other model has its own.
  uint64_t weights_id() const { return weights_id_; }

 private:
  // 64 rows: which have weights, and how many rows before them do.
  struct RowBlock {
    uint64_t present = 0;
    uint32_t rank = 0;
  };
  static constexpr int16_t kZeroRow[kNumNerTags] = {};
  // The number of bits set, inline: without -mpopcnt the builtin is a call.
  static int CountBits(uint64_t v) {
    v -= (v >> 1) & 0x5555555555555555ull;
    v = (v & 0x3333333333333333ull) + ((v >> 2) & 0x3333333333333333ull);
    v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<int>((v * 0x0101010101010101ull) >> 56);
  }

  // FromBytes(); a second stage is given the first stage's gazetteer and
  // the bytes it was read from (else null and empty).
  static StatusOr<NerModel> Parse(std::string_view bytes, std::string_view name,
                                  const NerGazetteer* first_gazetteer,
                                  std::string_view first_gazetteer_bytes);
  // Stores the rows of `dense` (2^hash_bits rows) that have a weight.
  void PackRows(const std::vector<int16_t>& dense);
  // Appends row `row` (greater than any stored before) with its weights;
  // CountRows() must follow the last.
  void AppendRow(uint32_t row, const int16_t* weights);
  void CountRows();

  int hash_bits_ = 8;
  uint32_t feature_version_ = kNerFeatureSetVersion;
  std::vector<RowBlock> blocks_;  // 2^hash_bits / 64, at least one
  std::vector<int16_t> weights_;  // the stored rows, kNumNerTags each, in row order
  float scale_ = 1.0f;
  NerTransitions transitions_;
  WordClusters clusters_;
  NerGazetteer gazetteer_;
  std::string description_;
  std::shared_ptr<const NerModel> second_stage_;  // shared: models are immutable
  uint64_t word_features_id_;                     // set by every constructor
  uint64_t weights_id_;                           // likewise
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_MODEL_H_
