// An organization named again in a Russian or Kazakh document where the
// tagger, reading one sentence, left the name untagged ("корпорация Philips"
// then "Philips ничего не сказала"; «Архнадзор» then "не мог не возмутить
// « Архнадзор »"): news in these languages name companies and media without
// the capitals and heads the tagger learned them by. English is left alone:
// on CoNLL++ dev the same rule changed nothing worth its risk.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_ORGANIZATION_REPEATS_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_ORGANIZATION_REPEATS_H_

#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier::internal {

// In a document most of whose words with a letter start with a Cyrillic one,
// every run of words equal (as written) to an organization span of the
// document, opening with a capital, becomes an organization span in place of
// the spans inside it ("Акжол" tagged a person in a headline beside
// радиостанции «Акжол»; "Групп" of "Представитель «Кызыл Медиа Групп»");
// where a span reaches outside the run, it is left. Other documents are left
// as they are. Five-fold cross-validation over the factRuEval devset: ORG F1
// 61.34 → 65.51 for untagged repeats, 66.85 → 67.50 for spans inside them.
// REQUIRES: tagged->size() == sentences.size().
void TagRepeatedOrganizations(const std::vector<std::vector<std::string_view>>& sentences,
                              std::vector<std::vector<TypedSpan>>* tagged);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_ORGANIZATION_REPEATS_H_
