// The corrections the whole document makes to the tagger's spans, in the
// order ExtractEntities() applies them: spans of all-caps headlines kept only
// when the body corroborates them (internal/caps_sentences.h), names in
// quotation marks beside the noun of an organization's kind
// (internal/kind_noun_names.h), then types
// and edges fixed by the document's evidence (internal/span_types.h), then
// the untagged repeats of an organization's name in Russian and Kazakh
// documents (internal/organization_repeats.h). Public
// so that evaluation scores what the pipeline extracts, not only the tagger.
//
// Thread-safe (pure function over static tables).
#ifndef DOSSIER_EXTRACT_NER_DOCUMENT_RULES_H_
#define DOSSIER_EXTRACT_NER_DOCUMENT_RULES_H_

#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier {

// `sentences` are one document's words; tagged[k] the spans of sentence k.
// REQUIRES: tagged->size() == sentences.size().
void CorrectSpansByDocument(const std::vector<std::vector<std::string_view>>& sentences,
                            std::vector<std::vector<TypedSpan>>* tagged);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_DOCUMENT_RULES_H_
