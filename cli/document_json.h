// The machine-readable form of one document: the extraction contract of
// ../shared/contract/extract-json.md (document, passages, entities, times,
// money, quotes, facts), with extra fields the contract allows.
#ifndef DOSSIER_CLI_DOCUMENT_JSON_H_
#define DOSSIER_CLI_DOCUMENT_JSON_H_

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "cli/document_view.h"
#include "extract/ner/ner_models.h"

namespace dossier {
class NerModel;
}  // namespace dossier

namespace dossier::cli {

// Returns the contract JSON object for `view`. Passage `duplicate_of` is the
// index of the passage repeated (in this document, or in the stored source
// named by `duplicate_source` when that is present), else null.
// With non-null `ner_models`, entities are tagged and grouped; without one
// the entities list is empty.
nlohmann::json DocumentJson(const DocumentView& view, const NerModels* ner_models);
// The same as JSON text (indent < 0: one line), written directly: byte for
// byte ToJsonText(DocumentJson(view, ner_models), indent).
std::string DocumentJsonText(const DocumentView& view, const NerModels* ner_models,
                             int indent = -1);

// Serializes `value` (indent < 0: one line). Invalid UTF-8, which readers
// never let through, would be replaced rather than abort the output.
std::string ToJsonText(const nlohmann::json& value, int indent = -1);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_DOCUMENT_JSON_H_
