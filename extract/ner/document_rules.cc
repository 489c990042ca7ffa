#include "extract/ner/document_rules.h"

#include "extract/ner/internal/caps_sentences.h"
#include "extract/ner/internal/kind_noun_names.h"
#include "extract/ner/internal/organization_repeats.h"
#include "extract/ner/internal/span_types.h"

namespace dossier {

void CorrectSpansByDocument(const std::vector<std::vector<std::string_view>>& sentences,
                            std::vector<std::vector<TypedSpan>>* tagged) {
  internal::KeepCorroboratedCapsSpans(sentences, tagged);
  internal::TagKindNounOrganizations(sentences, tagged);
  internal::RetypeSpansByDocument(sentences, internal::AllRetypeWords(), tagged);
  internal::TagRepeatedOrganizations(sentences, tagged);
}

}  // namespace dossier
