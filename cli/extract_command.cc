// dossier extract [--json] FILE|DIR...: runs the pipeline without storing.

#include <fmt/core.h>

#include <nlohmann/json.hpp>
#include <utility>

#include "base/sha256.h"
#include "cli/commands.h"
#include "cli/document_json.h"
#include "cli/document_text.h"
#include "cli/ner_commands.h"
#include "cli/store_access.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/input_files.h"
#include "pipeline/ordered_steps.h"

namespace dossier::cli {

int RunExtract(const GlobalOptions& global, const ExtractOptions& options) {
  std::unique_ptr<EvidenceStore> store;
  if (options.use_db) {
    store = OpenStoreOrReport(global.db, /*must_exist=*/true);
    if (store == nullptr) return 1;
  }
  InputList inputs = ExpandInputs(options.paths);
  int failed = 0;
  for (const Status& error : inputs.errors) {
    ReportError(error);
    ++failed;
  }
  // One file named alone prints one indented document; otherwise one JSON
  // object per line, in path order.
  const bool single = options.paths.size() == 1 && inputs.files.size() == 1 &&
                      inputs.files.front() == options.paths.front();
  PipelineOptions pipeline_options;
  pipeline_options.read.max_bytes = options.max_bytes;
  const Pipeline pipeline(pipeline_options, store.get());
  // The models are needed for JSON only; without them the command stops.
  std::unique_ptr<NerModels> ner_models;
  if (global.json && (ner_models = LoadShippedNerModelsOrReport()) == nullptr) return 1;
  // Reading, processing and extraction run on worker threads; marking
  // duplicates of stored passages (the store is one connection) and
  // printing, on this thread in path order.
  struct FileInFlight {
    StatusOr<ProcessedSource> processed = InternalError("not processed");
    std::string json;  // with --json
  };
  const std::vector<Step<FileInFlight>> steps = {
      {StepPlace::kWorkers,
       [&](size_t i, FileInFlight& file) {
         StatusOr<std::string> bytes = ReadInputFile(inputs.files[i], options.max_bytes);
         if (!bytes.ok()) {
           file.processed = bytes.status();
           return Status::Ok();
         }
         std::string sha256 = Sha256Hex(*bytes);
         file.processed =
             pipeline.ProcessUnmarked(inputs.files[i], std::move(*bytes), std::move(sha256));
         return Status::Ok();
       }},
      {StepPlace::kInOrder,
       [&](size_t, FileInFlight& file) {
         if (!file.processed.ok()) return Status::Ok();
         if (Status marked = pipeline.MarkStored(&*file.processed); !marked.ok()) {
           file.processed = marked;
         }
         return Status::Ok();
       }},
      {StepPlace::kWorkers,
       [&](size_t, FileInFlight& file) {
         if (!file.processed.ok() || !global.json) return Status::Ok();
         file.json = DocumentJsonText(ViewOf(*file.processed), ner_models.get(), single ? 2 : -1);
         return Status::Ok();
       }},
      {StepPlace::kInOrder,
       [&](size_t, FileInFlight& file) {
         if (!file.processed.ok()) {
           ReportError(file.processed.status());
           ++failed;
           return Status::Ok();
         }
         if (global.json) {
           fmt::print("{}\n", file.json);
         } else {
           PrintDocumentText(ViewOf(*file.processed), stdout);
           fmt::print("\n");
         }
         std::fflush(stdout);
         return Status::Ok();
       }},
  };
  RunOrderedSteps<FileInFlight>(inputs.files.size(), steps, {.jobs = JobsOf(global)})
      .IgnoreError();  // no step stops the run
  return failed > 0 ? 1 : 0;
}

}  // namespace dossier::cli
