// dossier extract [--json] FILE|DIR...: runs the pipeline without storing.

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/document_json.h"
#include "cli/document_text.h"
#include "cli/ner_commands.h"
#include "cli/store_access.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/input_files.h"

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
  for (const std::string& path : inputs.files) {
    StatusOr<ProcessedSource> processed = pipeline.ProcessFile(path);
    if (!processed.ok()) {
      ReportError(processed.status());
      ++failed;
      continue;
    }
    if (global.json) {
      fmt::print("{}\n",
                 ToJsonText(DocumentJson(ViewOf(*processed), ner_models.get()), single ? 2 : -1));
    } else {
      PrintDocumentText(ViewOf(*processed), stdout);
      fmt::print("\n");
    }
    std::fflush(stdout);
  }
  return failed > 0 ? 1 : 0;
}

}  // namespace dossier::cli
