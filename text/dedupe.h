// Duplicate passages: exact repeats and near repeats (a syndicated article
// with a changed byline, a quotation pasted twice with a typo fixed).
//
// A passage's fingerprint is an exact key (a 64-bit hash of its canonical
// form: case-folded, letters and digits only, single spaces) and, for
// passages long enough to judge, a MinHash signature of its word shingles.
// Near duplicates are found through LSH band keys, so lookups cost a few hash
// probes whatever the size of the index: the store keeps the same band keys
// in an indexed table to scale to millions of passages.
//
// Thread-compatible: DuplicateIndex is not synchronized.
//
//   DuplicateIndex index;
//   for (int i = 0; i < n; ++i) {
//     PassageFingerprint fp = FingerprintPassage(passage_text[i]);
//     if (auto match = index.Find(fp)) { /* passage i repeats match->id */ }
//     else index.Add(i, std::move(fp));
//   }
#ifndef DOSSIER_TEXT_DEDUPE_H_
#define DOSSIER_TEXT_DEDUPE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/document.h"

namespace dossier {

struct DedupeOptions {
  // Estimated Jaccard similarity of word 3-shingles at or above which two
  // passages are near duplicates. Lower finds more rewrites, and more false
  // matches between passages that merely share phrasing. One changed word
  // (a respelled name) costs a 20-word passage three of its ~18 shingles,
  // J ~ 0.85, and the 64-value estimate varies by about +-0.05: 0.7 keeps
  // such repeats, while unrelated news paragraphs stay far below 0.3.
  double near_threshold = 0.7;
  // Passages with fewer words than this only match exactly: short passages
  // ("Read more", one-line headings) share shingles by chance.
  int min_words_for_near = 8;
};

inline constexpr int kMinHashSize = 64;  // values per signature
inline constexpr int kLshBands = 16;     // kMinHashSize / kLshBands rows per band

struct PassageFingerprint {
  uint64_t exact_key = 0;
  std::vector<uint32_t> minhash;  // kMinHashSize values, or empty when too short for near matching
};

// Returns the canonical form that exact_key hashes: every maximal run of
// letters, decimal digits and combining marks, each code point case-folded
// (ICU simple folding), joined by single spaces. Everything else (spaces,
// punctuation, symbols, invalid UTF-8) only separates words, so
// "The  CAFÉ, 1990!" and "the café 1990" have the same form.
std::string CanonicalForm(std::string_view text);

// Returns the fingerprint of one passage's text. exact_key is a 64-bit hash of
// CanonicalForm(passage_text) that is identical on every run and machine (it
// is persisted); minhash is set when the passage has at least
// options.min_words_for_near words. Thread-safe; reuses per-thread buffers so
// that only the returned signature is allocated.
PassageFingerprint FingerprintPassage(std::string_view passage_text,
                                      const DedupeOptions& options = {});

// Returns the share of equal MinHash values: an estimate of the Jaccard
// similarity of the two shingle sets. 1 for equal exact keys; 0 when either
// signature is empty and the keys differ.
double EstimateSimilarity(const PassageFingerprint& a, const PassageFingerprint& b);

// Returns kLshBands keys (each mixes the band number in), or none for an
// empty signature. Two signatures that agree on all rows of any band share
// that band's key.
std::vector<uint64_t> LshBandKeys(const PassageFingerprint& fingerprint);

struct DuplicateMatch {
  uint32_t id = 0;  // the id given to Add
  bool exact = true;
  double similarity = 1;
};

// In-memory index of fingerprints: used within one document, in `extract`
// without a store and in benchmarks.
class DuplicateIndex {
 public:
  explicit DuplicateIndex(DedupeOptions options = {}) : options_(options) {}

  // Adds a fingerprint under `id`. The first fingerprint added for a key wins.
  void Add(uint32_t id, PassageFingerprint fingerprint);

  // Returns the earliest added passage that `fingerprint` repeats: an exact
  // match if any, else the most similar near match at or above the threshold.
  std::optional<DuplicateMatch> Find(const PassageFingerprint& fingerprint) const;

  size_t size() const { return entries_.size(); }

 private:
  DedupeOptions options_;
  std::vector<std::pair<uint32_t, PassageFingerprint>> entries_;
  std::unordered_map<uint64_t, uint32_t> by_exact_key_;  // -> entry index
  // LSH band key -> entry index, several entries per key: an open-addressing
  // table with linear probing (kEmpty marks a free slot), in one flat array
  // because one Add inserts kLshBands keys and node allocation dominated.
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct BandSlot {
    uint64_t key = 0;
    uint32_t entry = kEmpty;
  };
  void InsertBand(uint64_t key, uint32_t entry);
  std::vector<BandSlot> band_slots_;  // size a power of two, at most half full
  size_t band_count_ = 0;
};

// Marks every passage of `document` that repeats an earlier one of the same
// document (exactly or nearly): sets Passage::duplicate_of with an empty
// source_sha256. First occurrences stay unmarked. Returns the fingerprints of
// all passages, in order, for storing.
std::vector<PassageFingerprint> MarkInternalDuplicates(NormalizedDocument* document,
                                                       const DedupeOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_TEXT_DEDUPE_H_
