// Re-extraction: after the extractors change, recomputes the extraction of
// every stored source from its stored normalized text, in batches, and
// replaces the stored one (each source in its own savepoint).
//
// Not thread-safe: uses the caller's store from the calling thread; the
// extractors run on `ReextractOptions::jobs` worker threads, and the store
// ends the same whatever their number.
//
//   ASSIGN_OR_RETURN(ReextractSummary done, ReextractAll(store.get(), model.get(), {}));
#ifndef DOSSIER_PIPELINE_REEXTRACT_H_
#define DOSSIER_PIPELINE_REEXTRACT_H_

#include <cstdint>
#include <functional>

#include "base/status.h"
#include "extract/ner/ner_models.h"
#include "pipeline/batch_committer.h"
#include "store/store.h"

namespace dossier {

struct ReextractOptions {
  // Sources per committed batch: more is faster, a crash loses more work
  // (never part of a source).
  BatchLimits batch;
  // Worker threads for the extractors (<= 1: all on the calling thread).
  int jobs = 1;
  // Called after each source with (done, total); may be empty.
  std::function<void(int64_t, int64_t)> progress;
};

struct ReextractSummary {
  int64_t sources = 0;
  int64_t entities = 0;  // per-source entities found in all
};

// Recomputes every source's extraction with `ner_models` (null: no entities)
// at the current kExtractorVersion. The entity links are stale afterwards:
// call RelinkEntities (entity_linking.h). An error stops at the failing
// source, naming it; sources done before stay done.
// REQUIRES: no batch is open on `store`.
StatusOr<ReextractSummary> ReextractAll(EvidenceStore* store, const NerModels* ner_models,
                                        const ReextractOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_REEXTRACT_H_
