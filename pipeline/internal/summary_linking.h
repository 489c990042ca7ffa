// The incremental link of new sources and lists against the stored
// entities' summaries (EntityShape), behind pipeline/entity_linking.h's
// LinkNewEntities: the cost follows the distinct names of the entities the
// new units may join, not their mentions. Not thread-safe: the caller's
// store, from the calling thread.
#ifndef DOSSIER_PIPELINE_INTERNAL_SUMMARY_LINKING_H_
#define DOSSIER_PIPELINE_INTERNAL_SUMMARY_LINKING_H_

#include <vector>

#include "base/status.h"
#include "pipeline/entity_linking.h"
#include "store/store.h"

namespace dossier::pipeline_internal {

// Links `fresh_entities` and `fresh_entries` (the store's unlinked ones)
// with the linked entities they may join, each read as its summary and
// standing as one group (LinkUnit::entity): a stored entity is never split
// here, only grown (new members appended, EvidenceStore::GrowLinkedEntities)
// or, when new units join several or change its type, rewritten with them.
// Returns false in `*linked`, having written nothing, when the summaries
// cannot decide: a stored entity without one, or a loose partial name
// (EntityShape::loose) that new names part from its entity; the caller then
// links the neighbourhood from its units.
// REQUIRES: inside store->LinkExclusively; the store has a link index.
Status LinkBySummaries(EvidenceStore* store, const std::vector<SourceEntity>& fresh_entities,
                       const std::vector<ListEntry>& fresh_entries, const LinkOptions& options,
                       RelinkSummary* summary, bool* linked);

}  // namespace dossier::pipeline_internal

#endif  // DOSSIER_PIPELINE_INTERNAL_SUMMARY_LINKING_H_
