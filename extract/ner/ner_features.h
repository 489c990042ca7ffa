// Feature extraction for the named-entity tagger.
//
// Each token of a sentence gets a set of sparse binary features, each hashed
// to one row of the model's weight table. Templates (name=value in
// FeatureNames()):
//   bias; w (word as written), lw (word key: lower case, digits as 0) and the
//   keys of the words at -2..+2 with the two bigrams around the token;
//   p1..p4 / s1..s5: prefixes and suffixes of the key; sh: the word's shape
//   with runs collapsed ("Xx", "X.X.", "d,d") and the shapes around it; cap:
//   capitalization pattern (I initial capital, A all capitals, L lower case
//   letters, M inner capital, D digit, H hyphen, P period); pos: sentence
//   start or end; cf/cc: fine and coarse word clusters of the token and its
//   neighbours; lex / lex-1 / lex+1: region name morphology and gazetteer
//   flags (see internal/ner_lexicon.h) of the token and its neighbours; doc:
//   document-level hints for a capitalized word (seen capitalized inside a
//   sentence elsewhere, seen in lower case elsewhere, seen inside a run of
//   capitalized words elsewhere in the same document); w-1/w+1: neighbours as
//   written; c2: coarse clusters two words away; case: the sentence is a
//   headline in capitals (with the key).
//
// Feature set versions (a model file names the version it was trained with,
// and the extractor reproduces it): 3 folds only ASCII case in keys and
// counts affixes in bytes; 4 folds the case of Latin, Greek and Cyrillic
// letters (Kazakh included), counts affixes in letters (prefixes up to six),
// sees lower-case words of any script in the document hints, and adds the
// Cyrillic name morphology and cue words to the lexicon flags. The English
// model is version 3; the Russian and Kazakh models are version 4.
//
//   NerFeatureExtractor extractor(&model.clusters(), model.hash_bits());
//   NerFeatures features;
//   extractor.Extract(words, doc_context, &features);
//   // token t's rows: features.rows[features.starts[t] .. features.starts[t + 1])
//
// Not thread-safe: an extractor keeps scratch buffers; use one per thread.
#ifndef DOSSIER_EXTRACT_NER_NER_FEATURES_H_
#define DOSSIER_EXTRACT_NER_NER_FEATURES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/ner_clusters.h"
#include "extract/ner/ner_gazetteer.h"
#include "extract/ner/ner_tags.h"

namespace dossier {
namespace internal {
class WordFeatureTable;
struct WordFeatures;
}  // namespace internal

// The feature set `dossier train ner` writes (bumped whenever templates change;
// model files name theirs so a model never meets features it was not trained
// with), and the oldest one still read.
inline constexpr uint32_t kNerFeatureSetVersion = 4;
inline constexpr uint32_t kNerOldestFeatureSetVersion = 3;

// What the other sentences of a document say about each word; built once per
// document from all its sentences (words as written). For the second pass of
// a two-stage model it also holds what the first pass predicted.
class NerDocumentContext {
 public:
  // REQUIRES: kNerOldestFeatureSetVersion <= feature_version <= kNerFeatureSetVersion.
  explicit NerDocumentContext(uint32_t feature_version = kNerFeatureSetVersion)
      : feature_version_(feature_version) {}

  void AddSentence(const std::vector<std::string_view>& words);
  // As AddSentence(), given NerKeyHash() of each word's key
  // (the key_hash of each word NerFeatureExtractor::LookUp() gives).
  void AddSentence(const std::vector<std::string_view>& words, const uint64_t* key_hashes);

  // Records the first pass's entity spans of one sentence: each capitalized
  // word votes for the type of the span it is in, or for none.
  void AddPredictions(const std::vector<std::string_view>& words,
                      const std::vector<TypedSpan>& spans);
  void AddPredictions(const std::vector<std::string_view>& words, const uint64_t* key_hashes,
                      const std::vector<TypedSpan>& spans);
  bool has_predictions() const { return has_predictions_; }

  // Bits: 1 seen capitalized not at a sentence start, 2 seen starting in lower
  // case, 4 seen in a run of two or more capitalized words. `key_hash` is
  // NerKeyHash() of the word's key.
  uint32_t Flags(uint64_t key_hash) const;

  // The type the first pass gave most often to this word's capitalized
  // occurrences in the document: 1 + EntityType, 0 when mostly outside any
  // entity, -1 when the word has no recorded capitalized occurrence.
  int PredictedType(uint64_t key_hash) const;

 private:
  // What the document says about one word key; an open-addressing table.
  struct Word {
    uint64_t key_hash = 0;
    bool used = false;
    bool voted = false;  // has a capitalized occurrence in the first pass
    uint8_t flags = 0;   // as Flags()
    // Votes: [0] outside, [1 + type] inside an entity of type.
    std::array<uint16_t, 1 + kNumEntityTypes> votes{};
  };
  std::vector<uint64_t> KeyHashes(const std::vector<std::string_view>& words) const;
  Word* Insert(uint64_t key_hash);
  const Word* Find(uint64_t key_hash) const;

  std::vector<Word> words_;  // size a power of two, at most half used
  size_t size_ = 0;
  bool has_predictions_ = false;
  uint32_t feature_version_;
};

// A stable 64-bit hash of a word key (see NerWordKey()).
uint64_t NerKeyHash(std::string_view key);

// Hashed features of one sentence: token t has rows[starts[t] .. starts[t+1]).
struct NerFeatures {
  std::vector<uint32_t> rows;
  std::vector<uint32_t> starts;  // size tokens + 1
};

class NerFeatureExtractor {
 public:
  // `clusters` and `gazetteer` (may be null) must outlive the extractor.
  // With `table` null the extractor keeps its own table of word features;
  // else it uses `table` (which must outlive it and serve the same clusters,
  // hash bits and feature set: internal/word_features.h), so that
  // extractors one after another share what earlier ones computed.
  // REQUIRES: 8 <= hash_bits <= 30; feature_version as for NerDocumentContext.
  NerFeatureExtractor(const WordClusters* clusters, int hash_bits,
                      const NerGazetteer* gazetteer = nullptr,
                      uint32_t feature_version = kNerFeatureSetVersion,
                      internal::WordFeatureTable* table = nullptr);
  ~NerFeatureExtractor();

  // Uses `table` from now on (as the constructor's `table`, not null).
  void set_table(internal::WordFeatureTable* table) { table_ = table; }

  // Replaces *out with the features of `words` (as written, one sentence).
  void Extract(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
               NerFeatures* out);

  // As Extract(), but leaving out the features a token takes from one word
  // alone (internal::AppendRoleRows: its own, and those its neighbours give
  // it), which the caller adds from word(). With `looked_up` (LookUp() of
  // `words`) the words are not looked up again.
  void ExtractContext(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                      NerFeatures* out, const internal::WordFeatures* const* looked_up = nullptr);
  // As ExtractContext() with `looked_up` for a second stage, given the rows
  // ExtractContext() gave the first stage for the same words
  // (`first_rows`, token t's at [first_starts[t], first_starts[t + 1])):
  // those rows, and after each token's the rows of the first stage's
  // predictions (`doc`'s). Nothing else is computed again. REQUIRES: the
  // first stage's extractor had the same table configuration and a
  // gazetteer with the same id(), and `doc` the same words then.
  void ExtractAfterFirstStage(const std::vector<std::string_view>& words,
                              const NerDocumentContext& doc,
                              const internal::WordFeatures* const* looked_up,
                              std::span<const uint32_t> first_rows,
                              std::span<const uint32_t> first_starts, NerFeatures* out);
  // The features of word i of the sentence last extracted; -2 <= i < n + 2,
  // the sentence bounds outside [0, n). Valid until the next extraction.
  const internal::WordFeatures& word(int i) const { return *info_[i + 2].word; }

  // Starts a document: the table forgets its words if it holds more than
  // kMaxTableWords. Then LookUp() gives the words of each sentence, valid
  // until the next StartDocument() or an extraction without `looked_up`
  // (the only calls that forget words).
  void StartDocument();
  void LookUp(const std::vector<std::string_view>& words,
              std::vector<const internal::WordFeatures*>* out);

  // Returns "template=value" names of token `i`'s features, in emission
  // order: for tests and debugging. REQUIRES: 0 <= i < words.size().
  std::vector<std::string> FeatureNames(const std::vector<std::string_view>& words,
                                        const NerDocumentContext& doc, int i);

  // The most distinct words a table holds between documents (about 300
  // bytes each, and one document's words more); past it, the table starts
  // again empty.
  static constexpr size_t kMaxTableWords = size_t{1} << 15;

 private:
  struct TokenInfo {
    const internal::WordFeatures* word = nullptr;
    uint32_t doc = 0;       // NerDocumentContext::Flags
    int predicted = -1;     // NerDocumentContext::PredictedType
    uint8_t gazetteer = 0;  // NerGazetteer::Match mark
  };
  // Fills info_: the sentence's words at [2, n + 2) (`looked_up`, or looked
  // up now when null), the bounds around them.
  void Prepare(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
               const internal::WordFeatures* const* looked_up = nullptr);
  // Prepare(), then the rows of every token as `Sink` takes them.
  template <typename Sink>
  void EmitSentence(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                    const internal::WordFeatures* const* looked_up, NerFeatures* out);

  const WordClusters* clusters_;
  const NerGazetteer* gazetteer_;
  internal::WordFeatureTable* table_;
  std::unique_ptr<internal::WordFeatureTable> own_table_;
  std::vector<TokenInfo> info_;
  std::vector<uint8_t> may_start_;  // per word: NerGazetteer::MayStartPhrase
  bool headline_ = false;           // the sentence being extracted has no lower-case word
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_FEATURES_H_
