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
#include <string>
#include <string_view>

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
// for the CLI and the workbench: records it (`note`, when not empty, is kept
// after the judgment's own words) and re-links. kNotFound naming an unknown
// id; kInvalidArgument for a merge of an entity with itself or of two types,
// or a split of an entity with one name key.
StatusOr<RelinkSummary> MergeEntities(EvidenceStore* store, const std::string& id_a,
                                      const std::string& id_b, std::string_view note = "");
StatusOr<RelinkSummary> SplitEntity(EvidenceStore* store, const std::string& id,
                                    std::string_view note = "");

// "Not the same": entities `id_a` and `id_b` stay apart, each whole, however
// their names compare; a later merge can join them. Recorded with the two
// judgment kinds the store keeps: a split of every spelling of both, then a
// merge of each one's spellings again. Errors as MergeEntities.
StatusOr<RelinkSummary> SeparateEntities(EvidenceStore* store, const std::string& id_a,
                                         const std::string& id_b, std::string_view note = "");

// Undoes judgment `judgment_id` by recording its opposite (judgments are
// never removed): a merge of A and B is undone by keeping A and B apart
// (SeparateEntities on their keys), a split by a merge of every key it split.
// kNotFound for an unknown id.
StatusOr<RelinkSummary> UndoJudgment(EvidenceStore* store, int64_t judgment_id,
                                     std::string_view note = "");

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_ENTITY_LINKING_H_
