#include "extract/document_extraction.h"

#include "extract/facts/facts.h"
#include "extract/quotes/quotes.h"

namespace dossier {

DocumentExtraction ExtractDocument(const NormalizedDocument& doc,
                                   const ExtractionOptions& options) {
  DocumentExtraction out;
  if (options.ner_models != nullptr) out.entities = ExtractEntities(doc, *options.ner_models);
  // Speakers need the entities; without a model the quotes still come, unattributed.
  out.quotes = ExtractQuotes(doc, &out.entities);
  TimeMoneyResult times_money = ExtractTimesAndMoney(doc, options.document_date);
  out.times = std::move(times_money.times);
  out.money = std::move(times_money.money);
  out.facts = ExtractFacts(doc, out.entities, out.times, out.quotes);
  return out;
}

}  // namespace dossier
