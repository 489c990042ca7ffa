// The extraction every command stores or prints: every extractor
// (ExtractDocument), then one entity per person or organization across the
// spellings of the document (MergeSpellingVariants). Used by ingest,
// reextract and `dossier extract`, so what is printed is what is stored.
//
// Thread-safe when the model is shared read-only.
#ifndef DOSSIER_PIPELINE_RUN_EXTRACTORS_H_
#define DOSSIER_PIPELINE_RUN_EXTRACTORS_H_

#include "extract/document_extraction.h"

namespace dossier {

DocumentExtraction RunExtractors(const NormalizedDocument& doc, const ExtractionOptions& options);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_RUN_EXTRACTORS_H_
