// Copying one store into another, whatever their backends (dossier migrate:
// SQLite to PostgreSQL and back): every source with its raw bytes (byte for
// byte, checked), text, passages, duplicate marks, extraction and entities,
// first ingestion time; lists, judgments and the linked entities, with ids
// renumbered as the target assigns them and everything that names them
// following.
//
// Not thread-safe: uses both stores from the calling thread.
//
//   ASSIGN_OR_RETURN(CopySummary copied, CopyStore(sqlite.get(), postgres.get()));
#ifndef DOSSIER_STORE_COPY_STORE_H_
#define DOSSIER_STORE_COPY_STORE_H_

#include <cstdint>
#include <functional>

#include "base/status.h"
#include "store/store.h"

namespace dossier {

struct CopySummary {
  int64_t sources = 0;
  int64_t lists = 0;
  int64_t judgments = 0;
  int64_t entities = 0;
};

// Copies everything in `from` into `to`, which must be empty (no source,
// list or judgment: kFailedPrecondition otherwise). `progress`, when set, is
// called after each source with the number copied. kDataLoss when a copied
// source's raw bytes do not read back the same. A failure leaves the
// sources copied so far in `to`.
StatusOr<CopySummary> CopyStore(EvidenceStore* from, EvidenceStore* to,
                                const std::function<void(int64_t copied)>& progress = {});

}  // namespace dossier

#endif  // DOSSIER_STORE_COPY_STORE_H_
