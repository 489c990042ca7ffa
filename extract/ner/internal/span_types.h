// Types of tagged spans corrected from the evidence of the whole document,
// where the tagger, reading one sentence, guesses wrong: the names of media,
// companies and institutions tagged as people ("Steppe Herald", "Hit FM",
// "Khabar" beside "Khabar TV"), a given name after a kinship word tagged as a
// place ("his father, Marat"), a sentence adverb tagged as a person
// ("Moreover, ..."). The words each rule reads (RetypeWords) belong to a
// language and live in files named for it.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_SPAN_TYPES_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_SPAN_TYPES_H_

#include <span>
#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier::internal {

// Case-folded words (FoldLetterCase), each list sorted for binary search.
struct RetypeWords {
  // A name with one of these words is an organization: "Herald", "FM", "TV",
  // "Radio", "Bank", "Institute".
  std::span<const std::string_view> organization_heads;
  // The same for spans not tagged as persons: words that are also surnames
  // ("Post", "Court", "Bank").
  std::span<const std::string_view> organization_heads_not_of_persons;
  // Right before a name, these make it an organization: "newspaper",
  // "channel", "broadcaster", "company".
  std::span<const std::string_view> organization_cues;
  // "father", "wife", ... before a comma and a one-word name: a person.
  std::span<const std::string_view> kinship;
  // Words that open sentences and are never names alone: "moreover",
  // "however", "meanwhile".
  std::span<const std::string_view> sentence_adverbs;
};

// The words of every language we read, merged (no word of one language is a
// name in another's lists).
const RetypeWords& AllRetypeWords();

// Corrects tagged[k], the spans of sentence k, in place by these rules, in
// order: (1) a span with an organization head, or right after an organization
// cue ("the newspaper X"), is an organization; (2) a span whose words, case
// folded, are such an organization elsewhere in the document is one too, and
// so is a one-word "person" that is the leading word of one ("Khabar" beside
// "Khabar TV") and no word of a person's full name there;
// (3) a one-word span after a kinship word and a comma is a person; (4) a
// one-word person span opening its sentence that is a sentence adverb is
// dropped. REQUIRES: tagged->size() == sentences.size().
void RetypeSpansByDocument(const std::vector<std::vector<std::string_view>>& sentences,
                           const RetypeWords& words, std::vector<std::vector<TypedSpan>>* tagged);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_SPAN_TYPES_H_
