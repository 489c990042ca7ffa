#include "pipeline/reextract.h"

#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/run_extractors.h"
#include "text/segment.h"

namespace dossier {
namespace {

// The store keeps sentences but not tokens; the extractors need both.
void RestoreTokens(NormalizedDocument* document) {
  document->tokens.clear();
  for (const Span& sentence : document->sentences) {
    AppendTokens(document->text, sentence, &document->tokens);
  }
}

}  // namespace

StatusOr<ReextractSummary> ReextractAll(EvidenceStore* store, const NerModels* ner_models,
                                        const ReextractOptions& options) {
  ASSIGN_OR_RETURN(std::vector<SourceSummary> sources, store->ListSources());
  ReextractSummary summary;
  BatchCommitter batches(store, options.batch);
  for (const SourceSummary& listed : sources) {
    RETURN_IF_ERROR(batches.BeforeFile());
    ASSIGN_OR_RETURN(StoredSource source, store->GetSource(std::to_string(listed.id)));
    RestoreTokens(&source.document);
    const ExtractionOptions extraction_options{
        .ner_models = ner_models, .document_date = ParseDocumentDate(source.published)};
    const DocumentExtraction extraction = RunExtractors(source.document, extraction_options);
    const std::vector<SourceEntity> entities = SourceEntitiesOf(extraction);
    const Status replaced = store->ReplaceExtraction(listed.id, ExtractionJsonText(extraction),
                                                     kExtractorVersion, entities);
    if (!replaced.ok()) return replaced.WithPrefix(listed.path);
    RETURN_IF_ERROR(batches.AfterFile(listed.bytes));
    ++summary.sources;
    summary.entities += static_cast<int64_t>(entities.size());
    if (options.progress) options.progress(summary.sources, static_cast<int64_t>(sources.size()));
  }
  RETURN_IF_ERROR(batches.Finish());
  return summary;
}

}  // namespace dossier
