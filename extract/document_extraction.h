// Everything the extractors find in one document, in one call: the entities
// (with their references), times, money, quotations and facts of the
// extract contract (../shared/contract/extract-json.md).
//
//   ExtractionOptions options{.ner_models = &models, .document_date = date};
//   DocumentExtraction found = ExtractDocument(doc, options);
//
// Passages marked duplicate_of, and passages in a language the extractors do
// not read (PassageIsRead, text/language.h), add nothing. Thread-safe when the model is
// shared read-only.
#ifndef DOSSIER_EXTRACT_DOCUMENT_EXTRACTION_H_
#define DOSSIER_EXTRACT_DOCUMENT_EXTRACTION_H_

#include <optional>
#include <vector>

#include "extract/facts/fact.h"
#include "extract/ner/entities.h"
#include "extract/ner/ner_models.h"
#include "extract/quotes/quote.h"
#include "extract/time/time_money.h"
#include "text/document.h"

namespace dossier {

struct ExtractionOptions {
  // The model of the document's language is used; null: no entities (nor
  // speakers, nor facts about them).
  const NerModels* ner_models = nullptr;
  std::optional<CivilDate> document_date;  // anchors relative times ("last June")
};

struct DocumentExtraction {
  std::vector<Entity> entities;  // ids "e1", "e2", ... in order of first mention
  std::vector<TimeMention> times;
  std::vector<MoneyMention> money;
  std::vector<Quote> quotes;  // in document order, one per distinct quotation
  std::vector<Fact> facts;    // in document order of their evidence
};

DocumentExtraction ExtractDocument(const NormalizedDocument& doc, const ExtractionOptions& options);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_DOCUMENT_EXTRACTION_H_
