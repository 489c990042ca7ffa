#include "pipeline/reextract.h"

#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/ordered_steps.h"
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

// One source on its way through the steps of ReextractAll.
struct SourceInFlight {
  StoredSource source;
  std::string json;
  std::vector<SourceEntity> entities;
};

}  // namespace

StatusOr<ReextractSummary> ReextractAll(EvidenceStore* store, const NerModels* ner_models,
                                        const ReextractOptions& options) {
  ASSIGN_OR_RETURN(std::vector<SourceSummary> sources, store->ListSources());
  ReextractSummary summary;
  BatchCommitter batches(store, options.batch);
  const std::vector<Step<SourceInFlight>> steps = {
      // Read the stored document.
      {StepPlace::kInOrder,
       [&](size_t i, SourceInFlight& item) {
         ASSIGN_OR_RETURN(item.source, store->GetSource(std::to_string(sources[i].id)));
         return Status::Ok();
       }},
      // Extract.
      {StepPlace::kWorkers,
       [&](size_t, SourceInFlight& item) {
         RestoreTokens(&item.source.document);
         const ExtractionOptions extraction_options{
             .ner_models = ner_models, .document_date = ParseDocumentDate(item.source.published)};
         const DocumentExtraction extraction =
             RunExtractors(item.source.document, extraction_options);
         item.json = ExtractionJsonText(extraction);
         item.entities = SourceEntitiesOf(extraction);
         return Status::Ok();
       }},
      // Replace the stored extraction.
      {StepPlace::kInOrder,
       [&](size_t i, SourceInFlight& item) {
         const SourceSummary& listed = sources[i];
         RETURN_IF_ERROR(batches.BeforeFile());
         const Status replaced =
             store->ReplaceExtraction(listed.id, item.json, kExtractorVersion, item.entities);
         if (!replaced.ok()) return replaced.WithPrefix(listed.path);
         RETURN_IF_ERROR(batches.AfterFile(listed.bytes));
         ++summary.sources;
         summary.entities += static_cast<int64_t>(item.entities.size());
         if (options.progress) {
           options.progress(summary.sources, static_cast<int64_t>(sources.size()));
         }
         return Status::Ok();
       }},
  };
  const Status done =
      RunOrderedSteps<SourceInFlight>(sources.size(), steps, {.jobs = options.jobs});
  // What was replaced before an error stays replaced.
  RETURN_IF_ERROR(batches.Finish());
  RETURN_IF_ERROR(done);
  return summary;
}

}  // namespace dossier
