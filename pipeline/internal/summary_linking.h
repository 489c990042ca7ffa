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
// standing as one group (LinkUnit::entity): an entity new units join grows
// (new members appended, EvidenceStore::GrowLinkedEntities); entities joined
// together, or one whose type changes, are rewritten. A stored entity new
// names part (a loose partial name, EntityShape::loose, that now fits two
// full names), or one without a summary, is read whole and linked again
// from its units, as a whole link would.
// REQUIRES: inside store->LinkExclusively; the store has a link index.
Status LinkBySummaries(EvidenceStore* store, const std::vector<SourceEntity>& fresh_entities,
                       const std::vector<ListEntry>& fresh_entries, const LinkOptions& options,
                       RelinkSummary* summary);

}  // namespace dossier::pipeline_internal

#endif  // DOSSIER_PIPELINE_INTERNAL_SUMMARY_LINKING_H_
