// Linking the store's entities into cross-document entities
// (resolve/link_entities.h), in two ways:
//  - LinkNewEntities, after an ingest or an import: the entities of the
//    sources and lists not linked yet are linked against the linked
//    entities they may join, found through the store's blocking index
//    (EvidenceStore::FindLinkedEntities) and read as their summaries (a row
//    per distinct spelling, EvidenceStore::GetEntitySummaries); the entities
//    they join grow (new members appended), so the cost per new source
//    follows the names of its neighbourhood, not the store or the mentions.
//    When new names part a stored entity (a partial name that now fits two
//    full names), the neighbourhood is read from its units and linked again.
//    Judgments (MergeEntities, ...) re-link that way the entities with one
//    of their keys and their neighbours.
//  - RelinkEntities (`dossier relink`, `dossier reextract`): reads every
//    source's entities, every list record and every judgment and replaces
//    all linked entities and the index.
// Both apply the same rules to what they read, so a corpus ingested in one
// run or in several links the same, with the exceptions docs/architecture.md
// lists (what an incremental link does not re-read); a whole re-link
// always gives the answer for everything stored. Both run under
// EvidenceStore::LinkExclusively.
//
// Not thread-safe: uses the caller's store from the calling thread.
//
//   ASSIGN_OR_RETURN(RelinkSummary linked, LinkNewEntities(store.get()));
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
  int64_t units = 0;      // source entities and list records linked (read)
  int64_t entities = 0;   // cross-document entities stored (written)
  int64_t relations = 0;  // related pairs among them (each stored in both directions)
  bool whole = false;     // the whole store was re-linked
};

// Re-links everything stored. REQUIRES: no batch is open on `store`.
StatusOr<RelinkSummary> RelinkEntities(EvidenceStore* store, const LinkOptions& options = {});

// Links the entities of sources and lists not linked yet (nothing to do:
// a summary of zeros). A store whose entities were linked before the
// blocking index existed is re-linked whole (summary.whole).
// REQUIRES: no batch is open on `store`.
StatusOr<RelinkSummary> LinkNewEntities(EvidenceStore* store, const LinkOptions& options = {});

// A merge or split judgment about stored entities, by id ("P-3fa94c01d2"),
// for the CLI and the workbench: records it (`note`, when not empty, is kept
// after the judgment's own words) and re-links the entities it concerns. kNotFound naming an
// unknown id; kInvalidArgument for a merge of an entity with itself or of two types, or a split of
// an entity with one name key.
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
