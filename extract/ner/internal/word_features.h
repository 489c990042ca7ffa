// WordFeatures: everything the tagger's features take from one word alone
// (its key, shape, capitalization, clusters, lexicon flags, and the rows of
// the features it gives itself and its neighbours), computed once per
// distinct word and kept in a WordFeatureTable, so that a word seen again
// costs one lookup instead of some forty hashes of its text.
//
//   WordFeatureTable table(mask, feature_version);
//   const WordFeatures& w = table.Get("Almaty", &clusters);
//   rows.push_back(w.rows[kSlotKey]);  // the row of feature lw=almaty
//
// A table is not thread-safe (it grows on lookup); use one per thread.
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_WORD_FEATURES_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_WORD_FEATURES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/internal/feature_templates.h"
#include "extract/ner/ner_clusters.h"

namespace dossier::internal {

// The features a word gives: to itself (kSlotKey: lw=key), and to the words
// around it (kSlotKeyAsPrev1: lw-1=key, a feature of the next word). The
// cluster slots are set only for a word with clusters (fine >= 0).
enum WordSlot : uint8_t {
  kSlotWord,             // w=word
  kSlotKey,              // lw=key
  kSlotKeyAsPrev1,       // lw-1=key
  kSlotKeyAsNext1,       // lw+1=key
  kSlotKeyAsPrev2,       // lw-2=key
  kSlotKeyAsNext2,       // lw+2=key
  kSlotShape,            // sh=shape
  kSlotShapeAsPrev,      // sh-1=shape
  kSlotShapeAsNext,      // sh+1=shape
  kSlotCap,              // cap=cap
  kSlotFirst,            // pos=first|cap
  kSlotWordAsPrev,       // w-1=word
  kSlotWordAsNext,       // w+1=word
  kSlotFine,             // cf=fine
  kSlotCoarse,           // cc=coarse
  kSlotFineCap,          // cf=fine|cap
  kSlotFineAsPrev,       // cf-1=fine
  kSlotCoarseAsPrev,     // cf-1=coarse|c
  kSlotFineAsNext,       // cf+1=fine
  kSlotCoarseAsNext,     // cf+1=coarse|c
  kSlotCoarseTwoBefore,  // c2=-2|coarse (a feature of the word two after)
  kSlotCoarseTwoAfter,   // c2=+2|coarse (a feature of the word two before)
  kNumWordSlots
};

// Features whose first part is a word's and whose later parts belong to
// other words: the word's hash state after the template and its part.
enum WordChain : uint8_t {
  kChainBigramPrev,    // lw-1|lw=key|...
  kChainBigramNext,    // lw|lw+1=key|...
  kChainShapeTrigram,  // sh3=shape|...
  kNumWordChains
};

// Whose features a token takes from a word: the word's own (kRoleSelf), or
// those it gives the token one or two places after it (kRolePrev1: the word
// is the token's previous word) or before it.
enum WordRole : uint8_t {
  kRoleSelf,
  kRolePrev1,
  kRoleNext1,
  kRolePrev2,
  kRoleNext2,
  kNumWordRoles
};
// Where the word of each role stands, relative to the token.
inline constexpr int kRoleOffset[kNumWordRoles] = {0, -1, 1, -2, 2};

// WordFeatures::index of the sentence bounds.
inline constexpr uint32_t kBoundStartIndex = 0xFFFFFFFEu;
inline constexpr uint32_t kBoundEndIndex = 0xFFFFFFFFu;

// Prefixes (up to 4 bytes, or 6 letters from feature set 4) and suffixes
// (up to 5) shorter than the key.
inline constexpr int kMaxAffixes = 11;

struct WordFeatures {
  std::string word;   // as written ("<s>" and "</s>" for the sentence bounds)
  std::string key;    // lower case (ASCII only before feature set 4), digits as 0
  std::string shape;  // runs collapsed: "Xx", "X.X.", "d,d"
  char cap[8] = {};   // capitalization pattern (ner_features.h), NUL-terminated
  int fine = -1;      // cluster ids, -1 when the word has none
  int coarse = -1;
  uint32_t lex = 0;                   // LexiconFlags, and CyrillicLexiconFlags from feature set 4
  uint64_t key_hash = 0;              // NerKeyHash(key)
  uint32_t rows[kNumWordSlots] = {};  // masked rows of the slots
  uint64_t chains[kNumWordChains] = {};  // unmasked hash states
  uint32_t affixes[kMaxAffixes] = {};    // masked rows: prefixes, then suffixes
  int num_affixes = 0;
  uint32_t index = 0;  // the word's place in its table; kBound*Index for the bounds
  // NerGazetteer::MayStartPhrase() of the word for the gazetteer whose id()
  // is gazetteer_id (0: not asked yet); kept by the table's single thread.
  mutable uint64_t gazetteer_id = 0;
  mutable bool gazetteer_start = false;
};

// Appends to *rows the masked rows of the features that word `w` gives a
// token in `role`, whoever the other words of the sentence are: in kRoleSelf
// its word, key, affixes, shape, capitalization, clusters and lexicon flags;
// in the others the key, shape, word, clusters and lexicon flags seen from
// that distance (those the tagger emits for w there: ner_features.cc). Rows
// whose value depends on two words (bigrams, shape trigram) are in no role.
void AppendRoleRows(const WordFeatures& w, WordRole role, uint32_t mask,
                    std::vector<uint32_t>* rows);

// The key of `word`: lower case (only ASCII before feature set 4), digits as 0.
void WordKeyInto(std::string_view word, uint32_t feature_version, std::string* key);

// Calls fn(template, a, b) with the feature of `slot` for `w`.
// REQUIRES: w.fine >= 0 for the cluster slots.
template <typename Fn>
void WithSlotFeature(const WordFeatures& w, WordSlot slot, Fn&& fn);

// Calls fn(template, a) with the template and first part of chain `chain`.
template <typename Fn>
void WithChainStart(const WordFeatures& w, WordChain chain, Fn&& fn) {
  static constexpr Template kTemplates[kNumWordChains] = {kBigramPrev, kBigramNext, kShapeTrigram};
  fn(kTemplates[chain], chain == kChainShapeTrigram ? std::string_view(w.shape) : w.key);
}

// Calls fn(template, value) for each prefix, then each suffix, of w.key.
template <typename Fn>
void ForEachAffix(const WordFeatures& w, uint32_t feature_version, Fn&& fn);

// Small integers as text without allocation.
struct IntText {
  char buf[12];
  std::string_view view;
  explicit IntText(int v);
};

template <typename Fn>
void WithSlotFeature(const WordFeatures& w, WordSlot slot, Fn&& fn) {
  const std::string_view cap = w.cap;
  switch (slot) {
    case kSlotWord:
      return fn(kWord, w.word, {});
    case kSlotKey:
      return fn(kKey, w.key, {});
    case kSlotKeyAsPrev1:
      return fn(kKeyPrev1, w.key, {});
    case kSlotKeyAsNext1:
      return fn(kKeyNext1, w.key, {});
    case kSlotKeyAsPrev2:
      return fn(kKeyPrev2, w.key, {});
    case kSlotKeyAsNext2:
      return fn(kKeyNext2, w.key, {});
    case kSlotShape:
      return fn(kShape, w.shape, {});
    case kSlotShapeAsPrev:
      return fn(kShapePrev, w.shape, {});
    case kSlotShapeAsNext:
      return fn(kShapeNext, w.shape, {});
    case kSlotCap:
      return fn(kCap, cap, {});
    case kSlotFirst:
      return fn(kPosition, "first", cap);
    case kSlotWordAsPrev:
      return fn(kWordPrev, w.word, {});
    case kSlotWordAsNext:
      return fn(kWordNext, w.word, {});
    case kSlotFine:
      return fn(kClusterFine, IntText(w.fine).view, {});
    case kSlotCoarse:
      return fn(kClusterCoarse, IntText(w.coarse).view, {});
    case kSlotFineCap:
      return fn(kClusterFine, IntText(w.fine).view, cap);
    case kSlotFineAsPrev:
      return fn(kClusterPrev, IntText(w.fine).view, {});
    case kSlotCoarseAsPrev:
      return fn(kClusterPrev, IntText(w.coarse).view, "c");
    case kSlotFineAsNext:
      return fn(kClusterNext, IntText(w.fine).view, {});
    case kSlotCoarseAsNext:
      return fn(kClusterNext, IntText(w.coarse).view, "c");
    case kSlotCoarseTwoBefore:
      return fn(kCluster2, "-2", IntText(w.coarse).view);
    case kSlotCoarseTwoAfter:
      return fn(kCluster2, "+2", IntText(w.coarse).view);
    case kNumWordSlots:
      return;
  }
}

template <typename Fn>
void ForEachAffix(const WordFeatures& w, uint32_t feature_version, Fn&& fn) {
  const std::string_view key = w.key;
  if (feature_version >= 4) {
    // Letters, not bytes: Cyrillic case endings are two bytes a letter.
    std::vector<size_t> at;  // byte offsets of the letters, then key.size()
    for (size_t i = 0; i < key.size(); ++i) {
      if ((static_cast<unsigned char>(key[i]) & 0xC0) != 0x80) at.push_back(i);
    }
    at.push_back(key.size());
    const size_t letters = at.size() - 1;
    for (size_t len = 1; len <= 6 && len < letters; ++len) fn(kPrefix, key.substr(0, at[len]));
    for (size_t len = 1; len <= 5 && len < letters; ++len) {
      fn(kSuffix, key.substr(at[letters - len]));
    }
  } else {
    for (size_t len = 1; len <= 4 && len < key.size(); ++len) fn(kPrefix, key.substr(0, len));
    for (size_t len = 1; len <= 5 && len < key.size(); ++len) {
      fn(kSuffix, key.substr(key.size() - len));
    }
  }
}

// Distinct words' features, computed at first lookup, for one feature
// configuration (word clusters, hash mask, feature set version).
class WordFeatureTable {
 public:
  WordFeatureTable(uint32_t mask, uint32_t feature_version);
  WordFeatureTable(const WordFeatureTable&) = delete;
  WordFeatureTable& operator=(const WordFeatureTable&) = delete;

  // The features of `word` (as written). The reference stays valid until
  // the next Trim(). REQUIRES: `clusters` (may be null) are the same in
  // content at every call.
  const WordFeatures& Get(std::string_view word, const WordClusters* clusters);
  // Replaces *out with Get() of each of `words`.
  void GetAll(const std::vector<std::string_view>& words, const WordClusters* clusters,
              std::vector<const WordFeatures*>* out);
  // The sentence bounds: the neighbour before the first word and after the last.
  const WordFeatures& sentence_start() const { return start_; }
  const WordFeatures& sentence_end() const { return end_; }

  // Forgets every word when more than `limit` are held, which bounds the
  // memory; invalidates the references Get() returned.
  void Trim(size_t limit);

  uint32_t mask() const { return mask_; }
  // Changes whenever the table forgets its words (Trim()): caches indexed by
  // WordFeatures::index compare it. Unique across tables of the process.
  uint64_t generation() const { return generation_; }
  uint32_t feature_version() const { return feature_version_; }
  size_t size() const { return words_.size(); }

 private:
  // Get(), given WordHash(word).
  const WordFeatures& GetHashed(std::string_view word, uint32_t hash, const WordClusters* clusters);
  void Fill(std::string_view word, const WordClusters* clusters, WordFeatures* w) const;
  void FillRows(WordFeatures* w) const;
  void Grow();

  uint32_t mask_;
  uint32_t feature_version_;
  uint64_t generation_;
  WordFeatures start_, end_;
  std::deque<WordFeatures> words_;  // elements never move
  // Open addressing over words_: a slot holds a word's hash (high 32 bits)
  // and its index + 1 (low 32 bits; 0 = empty). Size a power of two, at
  // most half full.
  std::vector<uint64_t> slots_;
  std::vector<uint32_t> hashes_;  // scratch of GetAll()
};

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_WORD_FEATURES_H_
