// Re-linking the store's entities: reads every source's entities, every
// imported list record and every judgment, groups them into cross-document
// entities (resolve/link_entities.h) and replaces the stored ones in one
// transaction. The result depends only on what is stored, so it can run
// after any ingest, re-extraction, import, merge or split.
//
// Not thread-safe: uses the caller's store from the calling thread.
//
//   ASSIGN_OR_RETURN(RelinkSummary linked, RelinkEntities(store.get()));
#ifndef DOSSIER_PIPELINE_ENTITY_LINKING_H_
#define DOSSIER_PIPELINE_ENTITY_LINKING_H_

#include <cstdint>

#include "base/status.h"
#include "resolve/link_entities.h"
#include "store/store.h"

namespace dossier {

struct RelinkSummary {
  int64_t units = 0;      // source entities and list records linked
  int64_t entities = 0;   // cross-document entities stored
  int64_t relations = 0;  // related pairs (each stored in both directions)
};

// Re-links everything stored. REQUIRES: no batch is open on `store`.
StatusOr<RelinkSummary> RelinkEntities(EvidenceStore* store, const LinkOptions& options = {});

// A merge or split judgment about stored entities, by id ("P-3fa94c01d2"),
// for the CLI: records it and re-links. kNotFound naming an unknown id;
// kInvalidArgument for a merge of an entity with itself or of two types,
// or a split of an entity with one name key.
StatusOr<RelinkSummary> MergeEntities(EvidenceStore* store, const std::string& id_a,
                                      const std::string& id_b);
StatusOr<RelinkSummary> SplitEntity(EvidenceStore* store, const std::string& id);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_ENTITY_LINKING_H_
