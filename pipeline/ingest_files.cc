#include "pipeline/ingest_files.h"

#include <utility>

#include "base/sha256.h"
#include "pipeline/in_flight_duplicates.h"
#include "pipeline/input_files.h"
#include "pipeline/internal/link_inputs.h"

namespace dossier {
namespace {

// One file on its way through the steps below.
struct FileInFlight {
  Status failure;         // the first thing that went wrong; later steps skip the file
  bool known = false;     // the same bytes are stored, or admitted before
  bool admitted = false;  // marked and on its way to the store
  uint64_t bytes = 0;
  std::string content;  // the bytes read, until processed
  ProcessedSource processed;

  bool Going() const { return failure.ok() && !known; }
};

}  // namespace

Status IngestFiles(const Pipeline& pipeline, const std::vector<std::string>& files,
                   const IngestFilesOptions& options, const IngestFileDone& done) {
  EvidenceStore* store = pipeline.store();
  const PipelineOptions& pipeline_options = pipeline.options();
  InFlightDuplicates in_flight(pipeline_options.dedupe);
  BatchCommitter batches(store, options.batch);

  const std::vector<Step<FileInFlight>> steps = {
      // Read and hash.
      {StepPlace::kWorkers,
       [&](size_t i, FileInFlight& file) {
         StatusOr<std::string> content = ReadInputFile(files[i], pipeline_options.read.max_bytes);
         if (!content.ok()) {
           file.failure = content.status();
           return Status::Ok();
         }
         file.content = std::move(*content);
         file.bytes = file.content.size();
         file.processed.sha256 = Sha256Hex(file.content);
         return Status::Ok();
       }},
      // Known already? (stored, or the same bytes earlier in this run)
      {StepPlace::kInOrder,
       [&](size_t, FileInFlight& file) {
         if (!file.failure.ok()) return Status::Ok();
         StatusOr<bool> stored = store->HasSource(file.processed.sha256);
         if (!stored.ok()) {
           file.failure = stored.status();
           return Status::Ok();
         }
         file.known = *stored || in_flight.Admitted(file.processed.sha256);
         return Status::Ok();
       }},
      // Decode, segment, mark repeats within the document.
      {StepPlace::kWorkers,
       [&](size_t i, FileInFlight& file) {
         if (!file.Going()) return Status::Ok();
         std::string sha256 = std::move(file.processed.sha256);
         StatusOr<ProcessedSource> processed =
             pipeline.ProcessUnmarked(files[i], std::move(file.content), sha256);
         if (!processed.ok()) {
           file.failure = processed.status();
           return Status::Ok();
         }
         file.processed = std::move(*processed);
         return Status::Ok();
       }},
      // Mark repeats of stored passages and of the files admitted before.
      {StepPlace::kInOrder,
       [&](size_t, FileInFlight& file) {
         if (!file.Going()) return Status::Ok();
         ProcessedSource& processed = file.processed;
         if (Status marked =
                 in_flight.Mark(store, processed.path, &processed.document, processed.fingerprints);
             !marked.ok()) {
           file.failure = marked;
           return Status::Ok();
         }
         in_flight.Admit(processed.sha256, processed.document, processed.fingerprints);
         file.admitted = true;
         return Status::Ok();
       }},
      // Extract.
      {StepPlace::kWorkers,
       [&](size_t, FileInFlight& file) {
         if (!file.Going()) return Status::Ok();
         ExtractInto(pipeline_options.ner_models, &file.processed);
         if (options.names != nullptr)
           options.names->PrepareAhead(pipeline_internal::LinkUnitsOf(file.processed.entities));
         return Status::Ok();
       }},
      // Store.
      {StepPlace::kInOrder,
       [&](size_t i, FileInFlight& file) {
         RETURN_IF_ERROR(batches.BeforeFile());
         StatusOr<IngestOutcome> outcome =
             IngestOutcome{.result = IngestResult::kAlreadyStored, .bytes = file.bytes};
         if (!file.failure.ok()) {
           outcome = file.failure;
         } else if (file.Going()) {
           ProcessedSource& processed = file.processed;
           Status marked;
           if (in_flight.NamesUnstored(processed.document)) {
             // A file admitted before this one failed to store after all:
             // mark and extract again against what is stored.
             ClearStoredMarks(&processed.document);
             marked = pipeline.MarkStored(&processed);
             if (marked.ok()) ExtractInto(pipeline_options.ner_models, &processed);
           }
           outcome = marked.ok() ? pipeline.StoreRemarking(&processed) : marked;
         }
         if (file.admitted) {
           in_flight.Finish(file.processed.sha256,
                            outcome.ok() && outcome->result == IngestResult::kStored);
         }
         RETURN_IF_ERROR(batches.AfterFile(outcome.ok() ? outcome->bytes : 0));
         done(files[i], outcome);
         return Status::Ok();
       }},
  };
  RETURN_IF_ERROR(RunOrderedSteps<FileInFlight>(files.size(), steps, {.jobs = options.jobs}));
  return batches.Finish();
}

}  // namespace dossier
