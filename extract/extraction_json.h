// The extraction lists of the contract (../shared/contract/extract-json.md)
// as JSON, and back: `entities`, `times`, `money`, `quotes` and `facts`.
// The CLI prints them; the store keeps them per source and reads them back
// for the dossier.
//
//   nlohmann::json lists = ExtractionToJson(found);   // {"entities": [...], ...}
//   ASSIGN_OR_RETURN(DocumentExtraction again, ExtractionFromJson(lists));
//
// The round trip keeps every field of the structs except TimeMention::parts.
// Thread-safe (pure functions; ingest runs them on worker threads).
#ifndef DOSSIER_EXTRACT_EXTRACTION_JSON_H_
#define DOSSIER_EXTRACT_EXTRACTION_JSON_H_

#include <nlohmann/json_fwd.hpp>

#include "base/status.h"
#include "extract/document_extraction.h"

namespace dossier {

// Returns {"entities", "times", "money", "quotes", "facts"}, each an array.
nlohmann::json ExtractionToJson(const DocumentExtraction& extraction);

// The inverse of ExtractionToJson(); kInvalidArgument naming the first field
// that is missing or of the wrong type.
StatusOr<DocumentExtraction> ExtractionFromJson(const nlohmann::json& lists);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EXTRACTION_JSON_H_
