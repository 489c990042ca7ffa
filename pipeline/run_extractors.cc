#include "pipeline/run_extractors.h"

#include "resolve/document_entities.h"

namespace dossier {

DocumentExtraction RunExtractors(const NormalizedDocument& doc, const ExtractionOptions& options) {
  DocumentExtraction extraction = ExtractDocument(doc, options);
  MergeSpellingVariants(doc, &extraction);
  return extraction;
}

}  // namespace dossier
