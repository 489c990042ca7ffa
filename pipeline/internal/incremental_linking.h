// The two linking runs behind pipeline/entity_linking.h, for use inside
// EvidenceStore::LinkExclusively (RelinkWholeStore) or on their own
// (LinkIncrementally takes the lock itself). Not thread-safe: the caller's
// store, from the calling thread.
#ifndef DOSSIER_PIPELINE_INTERNAL_INCREMENTAL_LINKING_H_
#define DOSSIER_PIPELINE_INTERNAL_INCREMENTAL_LINKING_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "pipeline/entity_linking.h"
#include "resolve/link_name_cache.h"
#include "store/store.h"

namespace dossier {

// Links what is not linked yet, and re-links the entities with a name whose
// matching key is among `keys` (a judgment's), against the entities they
// may join. Falls back to RelinkWholeStore when the store has no blocking
// index.
StatusOr<RelinkSummary> LinkIncrementally(EvidenceStore* store,
                                          const std::vector<std::string>& keys,
                                          const LinkOptions& options = {});

namespace pipeline_internal {

// `options` with `own` as its name cache unless it has one.
LinkOptions WithNames(const LinkOptions& options, LinkNameCache* own);

// Reads everything, links it and replaces all linked entities.
// REQUIRES: inside store->LinkExclusively.
Status RelinkWholeStore(EvidenceStore* store, const LinkOptions& options, RelinkSummary* summary);

}  // namespace pipeline_internal
}  // namespace dossier

#endif  // DOSSIER_PIPELINE_INTERNAL_INCREMENTAL_LINKING_H_
