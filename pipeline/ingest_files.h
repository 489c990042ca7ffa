// IngestFiles: `dossier ingest` of many files on several threads. Reading,
// decoding, segmenting and extracting run on worker threads; the steps that
// use the store (is it known, which passages repeat stored or earlier ones,
// storing) run on the calling thread in input order, so the store holds
// exactly what a single-threaded ingest of the same files stores, id for id,
// whatever the number of jobs. Documents in flight are bounded by
// OrderedStepsOptions::window.
//
// Not thread-safe: call it from the thread that uses the store; it starts
// and joins its own workers.
//
//   Pipeline pipeline(options, store.get());
//   RETURN_IF_ERROR(IngestFiles(pipeline, files, {.jobs = 4},
//                               [](const std::string& path, const StatusOr<IngestOutcome>& r) {}));
#ifndef DOSSIER_PIPELINE_INGEST_FILES_H_
#define DOSSIER_PIPELINE_INGEST_FILES_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/batch_committer.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/ordered_steps.h"
#include "resolve/link_name_cache.h"

namespace dossier {

struct IngestFilesOptions {
  // Worker threads (<= 1: everything on the calling thread).
  int jobs = 1;
  BatchLimits batch;
  // When set, each worker prepares the names of the entities it extracts in
  // it, up to the cache's bound (LinkNameCache::PrepareAhead), so that the
  // link after the ingest (LinkNewEntities with the same cache) finds them
  // prepared. What is stored does not depend on it. Borrowed for the call.
  LinkNameCache* names = nullptr;
};

// Called on the calling thread once per file, in input order, after the
// file is stored (or found stored already, or failed: the error names it).
using IngestFileDone = std::function<void(const std::string& path, const StatusOr<IngestOutcome>&)>;

// Ingests `files` in order through `pipeline`, committing in batches
// (batch_committer.h). A file that fails is reported through `done` and the
// rest go on; the returned error is one that stops the run (a batch that
// cannot be committed). REQUIRES: the pipeline has a store, with no batch open.
Status IngestFiles(const Pipeline& pipeline, const std::vector<std::string>& files,
                   const IngestFilesOptions& options, const IngestFileDone& done);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_INGEST_FILES_H_
