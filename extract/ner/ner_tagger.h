// NerTagger: tags the tokens of a sentence with BILOU entity tags using a
// trained NerModel (hashed features, int16 weights, Viterbi decoding under
// the BILOU grammar).
//
//   NerDocumentContext doc;
//   for (const auto& sentence : sentences) doc.AddSentence(sentence);
//   NerTagger tagger(&model);
//   std::vector<TypedSpan> spans = tagger.TagSpans(sentences[0], doc);
//
// Not thread-safe (scratch buffers); use one tagger per thread. The model
// must outlive the tagger. The features of each distinct word are computed
// once per thread and model configuration and kept (in a thread-local table
// of at most NerFeatureExtractor::kMaxTableWords words per model between
// documents), and so are the sums of their weights per model stage
// (internal/word_sums.h), for the taggers that thread makes later.
#ifndef DOSSIER_EXTRACT_NER_NER_TAGGER_H_
#define DOSSIER_EXTRACT_NER_NER_TAGGER_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/ner/ner_decode.h"
#include "extract/ner/ner_features.h"
#include "extract/ner/ner_model.h"
#include "extract/ner/ner_tags.h"

namespace dossier {

class NerTagger {
 public:
  explicit NerTagger(const NerModel* model);

  // Replaces *tags with the BILOU tag indices of `words` (one sentence, words
  // as written); `doc` describes the document the sentence belongs to.
  void Tag(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
           std::vector<int>* tags);

  // As Tag(), returning the entity spans.
  std::vector<TypedSpan> TagSpans(const std::vector<std::string_view>& words,
                                  const NerDocumentContext& doc);

  // Tags every sentence of one document (words as written, in order) and
  // returns each sentence's entity spans. With a two-stage model the
  // document is tagged twice: the second stage sees, for every word, the
  // type the first stage gave it across the whole document. This is the
  // call for documents; Tag() and TagSpans() run the first stage only.
  std::vector<std::vector<TypedSpan>> TagDocument(
      const std::vector<std::vector<std::string_view>>& sentences);

 private:
  // Tag() and TagSpans(), given the words looked up in this tagger's word
  // table (NerFeatureExtractor::LookUp), or null.
  void TagWords(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                const internal::WordFeatures* const* looked_up, std::vector<int>* tags);
  // As TagWords() for a second stage, given the first stage's context rows
  // of the same sentence (NerFeatureExtractor::ExtractAfterFirstStage).
  void TagWordsAfter(const std::vector<std::string_view>& words, const NerDocumentContext& doc,
                     const internal::WordFeatures* const* looked_up,
                     std::span<const uint32_t> first_rows, std::span<const uint32_t> first_starts,
                     std::vector<int>* tags);
  // Tags the sentence of features_ (n words), whose words extractor_ holds.
  void Score(int n, std::vector<int>* tags);
  std::vector<TypedSpan> TagWordSpans(const std::vector<std::string_view>& words,
                                      const NerDocumentContext& doc,
                                      const internal::WordFeatures* const* looked_up);

  const NerModel* model_;
  NerFeatureExtractor extractor_;
  NerFeatures features_;
  std::vector<const int16_t*> weights_;  // per feature of the sentence (NerModel::Row)
  // Per word of the sentence and the two bounds either side: its sums per
  // role (internal::WordWeightSums::Sums, kNumWordRoles x kNumNerTags).
  std::vector<const int32_t*> word_sums_;
  std::vector<float> emissions_;
  ViterbiDecoder decoder_;
  std::vector<int> tags_;
  std::unique_ptr<NerTagger> second_stage_;  // null for a one-stage model
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_TAGGER_H_
