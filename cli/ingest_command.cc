// dossier ingest PATH...: stores files and folders with their extractions,
// in batched transactions, then re-links the entities across sources.

#include <fmt/core.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/document_json.h"
#include "cli/ner_commands.h"
#include "cli/progress.h"
#include "cli/store_access.h"
#include "pipeline/entity_linking.h"
#include "pipeline/ingest_files.h"
#include "pipeline/input_files.h"
#include "resolve/link_name_cache.h"

namespace dossier::cli {
namespace {

uint64_t FileSize(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 ? static_cast<uint64_t>(info.st_size) : 0;
}

struct Tally {
  int stored = 0;
  int already_stored = 0;
  int failed = 0;
  uint64_t bytes = 0;
  int passages = 0;
  int duplicates = 0;
};

}  // namespace

int RunIngest(const GlobalOptions& global, const IngestOptions& options) {
  // Loaded once for the whole run; a model that cannot be loaded stops the
  // command before the store is opened.
  const std::unique_ptr<NerModels> ner_models = LoadShippedNerModelsOrReport();
  if (ner_models == nullptr) return 1;
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/false);
  if (store == nullptr) return 1;

  InputList inputs = ExpandInputs(options.paths);
  Tally tally;
  for (const Status& error : inputs.errors) {
    ReportError(error);
    ++tally.failed;
  }
  uint64_t total_bytes = 0;
  for (const std::string& path : inputs.files) total_bytes += FileSize(path);

  // Loaded once for the whole run; without it only times and money are stored.
  PipelineOptions pipeline_options;
  pipeline_options.read.max_bytes = options.max_bytes;
  pipeline_options.ner_models = ner_models.get();
  const Pipeline pipeline(pipeline_options, store.get());
  ProgressBar progress(inputs.files.size(), total_bytes, options.progress && !global.json);
  const auto done = [&](const std::string& path, const StatusOr<IngestOutcome>& outcome) {
    if (!outcome.ok()) {
      progress.Finish();
      ReportError(outcome.status());
      ++tally.failed;
      progress.Advance(FileSize(path));
      return;
    }
    tally.bytes += outcome->bytes;
    if (outcome->result == IngestResult::kAlreadyStored) {
      ++tally.already_stored;
    } else {
      ++tally.stored;
      tally.passages += outcome->passages;
      tally.duplicates += outcome->duplicates;
    }
    progress.Advance(outcome->bytes);
  };
  // The entities' names are prepared for linking by the workers that extract
  // them, and the stored entities' names and the link's comparisons on every
  // core.
  LinkNameCache names(JobsOf(global));
  const Status ingested =
      IngestFiles(pipeline, inputs.files, {.jobs = JobsOf(global), .names = &names}, done);
  progress.Finish();
  if (!ingested.ok()) {
    ReportError(ingested);
    return 1;
  }
  // The new sources' entities are linked against the stored ones they may
  // join (an old store without the linking index is re-linked whole once).
  int64_t entities = -1;
  if (tally.stored > 0) {
    StatusOr<RelinkSummary> linked =
        LinkNewEntities(store.get(), {.names = &names, .threads = JobsOf(global)});
    if (!linked.ok()) {
      ReportError(linked.status());
      return 1;
    }
    entities = linked->entities;
  }

  const double seconds = progress.ElapsedSeconds();
  const int files = tally.stored + tally.already_stored + tally.failed;
  if (global.json) {
    nlohmann::json summary = {{"files", files},
                              {"stored", tally.stored},
                              {"already_stored", tally.already_stored},
                              {"failed", tally.failed},
                              {"bytes", tally.bytes},
                              {"passages", tally.passages},
                              {"duplicates", tally.duplicates},
                              {"seconds", seconds}};
    if (entities >= 0) summary["entities"] = entities;
    fmt::print("{}\n", ToJsonText(summary));
  }
  fmt::print(stderr,
             "ingested {} files: {} new, {} already stored, {} failed; {:.1f} MB, {} passages "
             "({} duplicate) in {:.2f} s ({:.1f} MB/s)\n",
             files, tally.stored, tally.already_stored, tally.failed, tally.bytes / 1e6,
             tally.passages, tally.duplicates, seconds,
             seconds > 0 ? tally.bytes / 1e6 / seconds : 0.0);
  return tally.failed > 0 ? 1 : 0;
}

}  // namespace dossier::cli
