// BatchCommitter: groups a run of ingests into store batches
// (EvidenceStore::BeginBatch/CommitBatch). One commit per file would cost
// most of the ingest time on small files; a batch closes after a number of
// files, bytes or seconds, whichever comes first, bounding what a crash can
// lose (each document is still whole or absent).
//
// Not thread-safe; use it from the thread that uses the store.
//
//   BatchCommitter batches(store);
//   for (const std::string& path : files) {
//     RETURN_IF_ERROR(batches.BeforeFile());
//     StatusOr<IngestOutcome> outcome = pipeline.IngestFile(path);
//     RETURN_IF_ERROR(batches.AfterFile(outcome.ok() ? outcome->bytes : 0));
//   }
//   RETURN_IF_ERROR(batches.Finish());
#ifndef DOSSIER_PIPELINE_BATCH_COMMITTER_H_
#define DOSSIER_PIPELINE_BATCH_COMMITTER_H_

#include <chrono>
#include <cstdint>

#include "base/status.h"
#include "store/store.h"

namespace dossier {

struct BatchLimits {
  // More files or bytes per batch: fewer commits, more lost to a crash.
  int files = 64;
  uint64_t bytes = 32ull << 20;
  // A batch never stays open longer than this, so slow inputs commit too.
  double seconds = 2.0;
};

class BatchCommitter {
 public:
  // `store` must outlive the committer and have no batch open.
  explicit BatchCommitter(EvidenceStore* store, BatchLimits limits = {})
      : store_(store), limits_(limits) {}

  // Opens a batch unless one is open.
  Status BeforeFile();

  // Counts a finished file of `bytes` bytes (0 for a failed one) and commits
  // the batch when a limit is reached.
  Status AfterFile(uint64_t bytes);

  // Commits the open batch, if any.
  Status Finish();

 private:
  EvidenceStore* store_;  // not owned
  BatchLimits limits_;
  bool open_ = false;
  int files_ = 0;
  uint64_t bytes_ = 0;
  std::chrono::steady_clock::time_point opened_;
};

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_BATCH_COMMITTER_H_
