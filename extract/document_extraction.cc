#include "extract/document_extraction.h"

namespace dossier {

DocumentExtraction ExtractDocument(const NormalizedDocument& doc,
                                   const ExtractionOptions& options) {
  DocumentExtraction out;
  if (options.ner_model != nullptr) out.entities = ExtractEntities(doc, *options.ner_model);
  TimeMoneyResult times_money = ExtractTimesAndMoney(doc, options.document_date);
  out.times = std::move(times_money.times);
  out.money = std::move(times_money.money);
  return out;
}

}  // namespace dossier
