// What a linking run gives resolve/link_entities.h and what it stores: the
// units in the order they arrived with the store's reference of each, the
// judgments in linking's terms, and the linked groups as store records with
// their blocking keys. Shared by the whole re-link and the incremental one
// (pipeline/entity_linking.h). Thread-safe (pure functions).
#ifndef DOSSIER_PIPELINE_INTERNAL_LINK_INPUTS_H_
#define DOSSIER_PIPELINE_INTERNAL_LINK_INPUTS_H_

#include <vector>

#include "resolve/link_entities.h"
#include "store/entity_records.h"

namespace dossier::pipeline_internal {

struct LinkInputs {
  std::vector<LinkUnit> units;
  std::vector<EntityMemberRef> members;  // per unit; source_id 0 for list records
  std::vector<ListEntryRef> entries;     // per unit; list_id 0 for source entities
};

// Source entities (given by source id, each source's in extraction order)
// and list entries (by list id and index), each list's right after the
// entities of the last source stored before it: the order things arrived.
// `lists` needs only the lists of `entries`.
LinkInputs OrderUnits(const std::vector<SourceEntity>& entities, std::vector<StoredList> lists,
                      const std::vector<ListEntry>& entries);

std::vector<LinkJudgment> ToLinkJudgments(const std::vector<EntityJudgment>& judgments);

// The blocking keys of units' names, each (key, full) once.
std::vector<EntityBlockKey> BlocksOf(const std::vector<LinkUnit>& units,
                                     const std::vector<int>& which);

// The groups as store records: names, members, list entries and relations
// (given at both ends); no blocks.
std::vector<LinkedEntity> ToLinkedEntities(const LinkInputs& inputs, const LinkResult& linked);

// Fills the blocks of `entity`, the record of `group`: none for a settled
// group (found by its keys only, never through the index: no new name can
// join it).
void FillBlocks(const LinkInputs& inputs, const LinkedGroup& group, LinkedEntity* entity);

}  // namespace dossier::pipeline_internal

#endif  // DOSSIER_PIPELINE_INTERNAL_LINK_INPUTS_H_
