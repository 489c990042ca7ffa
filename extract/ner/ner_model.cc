#include "extract/ner/ner_model.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "extract/ner/internal/fnv.h"
#include "extract/ner/ner_features.h"

namespace dossier {
namespace {

constexpr char kMagic[8] = {'D', 'O', 'S', 'S', 'N', 'E', 'R', '\x1a'};
constexpr int kMinHashBits = 8;
constexpr int kMaxHashBits = 26;

uint64_t Fnv64(std::string_view bytes) { return internal::FnvBytes(internal::kFnvOffset, bytes); }

uint64_t NewModelId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

class Writer {
 public:
  void Bytes(std::string_view s) { out_.append(s); }
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) {
    for (int i = 0; i < 2; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void U64(uint64_t v) {
    for (int i = 0; i < 8; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void F32(float f) {
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    U32(bits);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Bounds-checked reads; after the first failure every read fails.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool Bytes(size_t n, std::string_view* out) {
    if (bytes_.size() - pos_ < n) return false;
    *out = bytes_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool U8(uint8_t* v) {
    std::string_view b;
    if (!Bytes(1, &b)) return false;
    *v = static_cast<uint8_t>(b[0]);
    return true;
  }
  template <typename T>
  bool Uint(T* v) {
    std::string_view b;
    if (!Bytes(sizeof(T), &b)) return false;
    T r = 0;
    for (size_t i = 0; i < sizeof(T); ++i) r |= T(static_cast<uint8_t>(b[i])) << (8 * i);
    *v = r;
    return true;
  }
  bool F32(float* f) {
    uint32_t bits;
    if (!Uint(&bits)) return false;
    std::memcpy(f, &bits, 4);
    return true;
  }
  size_t remaining() const { return bytes_.size() - pos_; }
  // The bytes not read yet.
  std::string_view rest() const { return bytes_.substr(pos_); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

}  // namespace

NerModel::NerModel(int hash_bits)
    : hash_bits_(hash_bits),
      blocks_(std::max<size_t>(1, (size_t{1} << hash_bits) / 64)),
      word_features_id_(NewModelId()),
      weights_id_(NewModelId()) {}

void NerModel::AppendRow(uint32_t row, const int16_t* weights) {
  blocks_[row >> 6].present |= uint64_t{1} << (row & 63);
  weights_.insert(weights_.end(), weights, weights + kNumNerTags);
}

void NerModel::CountRows() {
  uint32_t stored = 0;
  for (RowBlock& block : blocks_) {
    block.rank = stored;
    stored += static_cast<uint32_t>(CountBits(block.present));
  }
}

void NerModel::PackRows(const std::vector<int16_t>& dense) {
  blocks_.assign(blocks_.size(), RowBlock{});
  weights_.clear();
  for (size_t row = 0; row < (size_t{1} << hash_bits_); ++row) {
    const int16_t* weights = &dense[row * kNumNerTags];
    if (std::any_of(weights, weights + kNumNerTags, [](int16_t v) { return v != 0; })) {
      AppendRow(static_cast<uint32_t>(row), weights);
    }
  }
  CountRows();
}

void NerModel::set_second_stage(NerModel stage) {
  if (stage.hash_bits_ == hash_bits_ && stage.feature_version_ == feature_version_ &&
      stage.clusters_ == clusters_) {
    stage.word_features_id_ = word_features_id_;
  }
  // The same phrases under one id, so that the stages share what is kept per
  // word and sentence (NerTagger::TagDocument).
  if (stage.gazetteer_.id() != gazetteer_.id() && stage.gazetteer_.size() == gazetteer_.size() &&
      stage.gazetteer_.SortedEntries() == gazetteer_.SortedEntries()) {
    stage.gazetteer_ = gazetteer_;
  }
  second_stage_ = std::make_shared<const NerModel>(std::move(stage));
}

NerModel NerModel::FromFloatWeights(int hash_bits, const std::vector<float>& weights,
                                    const NerTransitions& transitions, WordClusters clusters,
                                    std::string description) {
  NerModel model(hash_bits);
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  model.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<int16_t> dense((size_t{1} << hash_bits) * kNumNerTags, 0);
  for (size_t i = 0; i < weights.size() && i < dense.size(); ++i) {
    dense[i] = static_cast<int16_t>(std::lround(weights[i] / model.scale_));
  }
  model.PackRows(dense);
  model.transitions_ = transitions;
  model.clusters_ = std::move(clusters);
  model.description_ = std::move(description);
  return model;
}

std::string NerModel::ToBytes() const {
  Writer w;
  w.Bytes(std::string_view(kMagic, sizeof(kMagic)));
  w.U32(kNerModelFormatVersion);
  w.U32(feature_version_);
  w.U32(kNumNerTags);
  w.U32(static_cast<uint32_t>(hash_bits_));
  w.F32(scale_);
  for (float f : transitions_.start) w.F32(f);
  for (float f : transitions_.pair) w.F32(f);
  for (float f : transitions_.end) w.F32(f);
  w.U32(static_cast<uint32_t>(description_.size()));
  w.Bytes(description_);
  std::vector<std::pair<std::string, WordCluster>> entries = clusters_.SortedEntries();
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [](const auto& e) { return e.first.size() > 255; }),
                entries.end());
  w.U32(static_cast<uint32_t>(entries.size()));
  for (const auto& [key, c] : entries) {
    w.U8(static_cast<uint8_t>(key.size()));
    w.Bytes(key);
    w.U16(c.fine);
    w.U16(c.coarse);
  }
  std::vector<std::pair<std::string, GazetteerKind>> phrases = gazetteer_.SortedEntries();
  phrases.erase(std::remove_if(phrases.begin(), phrases.end(),
                               [](const auto& e) { return e.first.size() > 65535; }),
                phrases.end());
  w.U32(static_cast<uint32_t>(phrases.size()));
  for (const auto& [phrase, kind] : phrases) {
    w.U8(static_cast<uint8_t>(kind));
    w.U16(static_cast<uint16_t>(phrase.size()));
    w.Bytes(phrase);
  }
  // Rows with a weight, in row order (a stored row of zeros, which a file
  // may hold, is not written).
  auto nonzero = [](const int16_t* row) {
    return std::any_of(row, row + kNumNerTags, [](int16_t v) { return v != 0; });
  };
  uint32_t count = 0;
  for (size_t i = 0; i < weights_.size(); i += kNumNerTags) count += nonzero(&weights_[i]);
  w.U32(count);
  for (size_t b = 0; b < blocks_.size(); ++b) {
    for (uint64_t present = blocks_[b].present; present != 0; present &= present - 1) {
      const uint32_t r = static_cast<uint32_t>(b * 64 + __builtin_ctzll(present));
      const int16_t* row = StoredRow(r);
      if (!nonzero(row)) continue;
      w.U32(r);
      for (int t = 0; t < kNumNerTags; ++t) w.U16(static_cast<uint16_t>(row[t]));
    }
  }
  const std::string second = second_stage_ ? second_stage_->ToBytes() : std::string();
  w.U32(static_cast<uint32_t>(second.size()));
  w.Bytes(second);
  w.U64(Fnv64(w.out()));
  return std::move(w.out());
}

Status NerModel::Save(const std::string& path) const {
  const std::string bytes = ToBytes();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return IoError(path + ": cannot open for writing");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return IoError(path + ": write failed");
  return Status::Ok();
}

StatusOr<NerModel> NerModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open model file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return IoError(path + ": read failed");
  return FromBytes(buffer.str(), path);
}

StatusOr<NerModel> NerModel::FromBytes(std::string_view bytes, std::string_view name) {
  return Parse(bytes, name, nullptr, {});
}

StatusOr<NerModel> NerModel::Parse(std::string_view bytes, std::string_view name,
                                   const NerGazetteer* first_gazetteer,
                                   std::string_view first_gazetteer_bytes) {
  const std::string prefix = std::string(name) + ": ";
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0) {
    return InvalidArgumentError(prefix + "not a Dossier NER model (bad magic number)");
  }
  Reader r(bytes.substr(sizeof(kMagic)));
  auto truncated = [&] { return DataLossError(prefix + "truncated model file"); };
  uint32_t version = 0, feature_version = 0, tags = 0, hash_bits = 0;
  if (!r.Uint(&version)) return truncated();
  if (version != kNerModelFormatVersion) {
    return UnimplementedError(prefix + "model format version " + std::to_string(version) +
                              ", this build reads version " +
                              std::to_string(kNerModelFormatVersion));
  }
  if (!r.Uint(&feature_version) || !r.Uint(&tags) || !r.Uint(&hash_bits)) return truncated();
  if (feature_version < kNerOldestFeatureSetVersion || feature_version > kNerFeatureSetVersion) {
    return UnimplementedError(prefix + "model trained with feature set " +
                              std::to_string(feature_version) + ", this build extracts " +
                              std::to_string(kNerOldestFeatureSetVersion) + " to " +
                              std::to_string(kNerFeatureSetVersion));
  }
  if (bytes.size() < sizeof(kMagic) + 8) return truncated();
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  uint64_t stored_sum = 0;
  for (int i = 0; i < 8; ++i) {
    stored_sum |= uint64_t{static_cast<uint8_t>(bytes[body.size() + i])} << (8 * i);
  }
  if (Fnv64(body) != stored_sum) return DataLossError(prefix + "checksum mismatch (corrupt file)");
  if (tags != kNumNerTags) {
    return DataLossError(prefix + "model has " + std::to_string(tags) + " tags, expected " +
                         std::to_string(kNumNerTags));
  }
  if (hash_bits < kMinHashBits || hash_bits > kMaxHashBits) {
    return DataLossError(prefix + "hash_bits " + std::to_string(hash_bits) + " out of range");
  }
  NerModel model(static_cast<int>(hash_bits));
  model.feature_version_ = feature_version;
  if (!r.F32(&model.scale_)) return truncated();
  for (float& f : model.transitions_.start) {
    if (!r.F32(&f)) return truncated();
  }
  for (float& f : model.transitions_.pair) {
    if (!r.F32(&f)) return truncated();
  }
  for (float& f : model.transitions_.end) {
    if (!r.F32(&f)) return truncated();
  }
  uint32_t length = 0;
  std::string_view text;
  if (!r.Uint(&length) || !r.Bytes(length, &text)) return truncated();
  model.description_ = std::string(text);
  uint32_t count = 0;
  if (!r.Uint(&count)) return truncated();
  for (uint32_t i = 0; i < count; ++i) {
    uint8_t key_length = 0;
    WordCluster c;
    if (!r.U8(&key_length) || !r.Bytes(key_length, &text) || !r.Uint(&c.fine) ||
        !r.Uint(&c.coarse)) {
      return truncated();
    }
    model.clusters_.Add(std::string(text), c);
  }
  // A second stage's gazetteer written as the first stage's is its copy
  // (the same bytes read the same way), which shares its id.
  const std::string_view gazetteer_bytes = r.rest();
  count = 0;
  if (first_gazetteer != nullptr && gazetteer_bytes.starts_with(first_gazetteer_bytes)) {
    model.gazetteer_ = *first_gazetteer;
    r.Bytes(first_gazetteer_bytes.size(), &text);
  } else if (!r.Uint(&count)) {
    return truncated();
  }
  for (uint32_t i = 0; i < count; ++i) {
    uint8_t kind = 0;
    uint16_t phrase_length = 0;
    if (!r.U8(&kind) || !r.Uint(&phrase_length) || !r.Bytes(phrase_length, &text)) {
      return truncated();
    }
    if (kind < 1 || kind > kNumGazetteerKinds) {
      return DataLossError(prefix + "gazetteer kind " + std::to_string(kind) + " out of range");
    }
    model.gazetteer_.AddKeyed(std::string(text), static_cast<GazetteerKind>(kind));
  }
  const std::string_view own_gazetteer_bytes =
      gazetteer_bytes.substr(0, gazetteer_bytes.size() - r.remaining());
  if (!r.Uint(&count)) return truncated();
  model.weights_.reserve(size_t{std::min<uint64_t>(count, r.remaining() / 38)} * kNumNerTags);
  const uint32_t rows = 1u << hash_bits;
  int64_t previous = -1;
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t row = 0;
    if (!r.Uint(&row)) return truncated();
    if (row >= rows || static_cast<int64_t>(row) <= previous) {
      return DataLossError(prefix + "weight row " + std::to_string(row) + " out of order");
    }
    previous = row;
    // The row's weights, little-endian int16s, read at once.
    std::string_view row_bytes;
    if (!r.Bytes(kNumNerTags * 2, &row_bytes)) return truncated();
    int16_t weights[kNumNerTags];
    for (int t = 0; t < kNumNerTags; ++t) {
      weights[t] = static_cast<int16_t>(static_cast<uint8_t>(row_bytes[2 * t]) |
                                        static_cast<uint8_t>(row_bytes[2 * t + 1]) << 8);
    }
    model.AppendRow(row, weights);
  }
  model.CountRows();
  if (!r.Uint(&length) || !r.Bytes(length, &text)) return truncated();
  if (length > 0) {
    StatusOr<NerModel> second =
        Parse(text, std::string(name) + " (second stage)", &model.gazetteer_, own_gazetteer_bytes);
    if (!second.ok()) return second.status();
    if (second->second_stage() != nullptr) {
      return DataLossError(prefix + "a second stage with a stage of its own");
    }
    model.set_second_stage(std::move(*second));
  }
  if (r.remaining() != 8) {
    return DataLossError(prefix + "unexpected bytes after the weights");
  }
  return model;
}

}  // namespace dossier
