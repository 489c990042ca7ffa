// The extraction lists of the contract (../shared/contract/extract-json.md)
// as JSON, and back: `entities`, `times`, `money`, `quotes` and `facts`.
// The CLI prints them; the store keeps them per source and reads them back
// for the dossier.
//
//   std::string text = ExtractionToJsonText(found);   // {"entities":[...],...}
//   nlohmann::json lists = ExtractionToJson(found);   // the same as a value
//   ASSIGN_OR_RETURN(DocumentExtraction again, ExtractionFromJson(lists));
//
// The text is written directly (JsonWriter), byte for byte as the value's
// dump() would print it. The round trip keeps every field of the structs
// except TimeMention::parts.
// Thread-safe (pure functions; ingest runs them on worker threads).
#ifndef DOSSIER_EXTRACT_EXTRACTION_JSON_H_
#define DOSSIER_EXTRACT_EXTRACTION_JSON_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/document_extraction.h"
#include "extract/extraction_json_writer.h"

namespace dossier {

// The lists, in the order of their keys.
enum class ExtractionList { kEntities, kFacts, kMoney, kQuotes, kTimes };
inline constexpr ExtractionList kExtractionLists[] = {
    ExtractionList::kEntities, ExtractionList::kFacts, ExtractionList::kMoney,
    ExtractionList::kQuotes, ExtractionList::kTimes};

// "entities", "facts", "money", "quotes", "times": a list's key.
std::string_view ExtractionListName(ExtractionList list);

// Writes one list as an array value (its key is the caller's), so that a
// caller can place its own members between the lists in key order.
void WriteExtractionList(const DocumentExtraction& extraction, ExtractionList list,
                         JsonWriter* writer);

// Returns {"entities", "facts", "money", "quotes", "times"}, each an array,
// as one line of JSON text.
std::string ExtractionToJsonText(const DocumentExtraction& extraction);

// The same as a value (parsed from that text).
nlohmann::json ExtractionToJson(const DocumentExtraction& extraction);

// The inverse of ExtractionToJson(); kInvalidArgument naming the first field
// that is missing or of the wrong type.
StatusOr<DocumentExtraction> ExtractionFromJson(const nlohmann::json& lists);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EXTRACTION_JSON_H_
