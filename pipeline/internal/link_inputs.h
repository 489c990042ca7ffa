// What a linking run gives resolve/link_entities.h and what it stores: the
// units in the order they arrived with the store's reference of each, the
// judgments in linking's terms, and the linked groups as store records with
// their blocking keys. Shared by the whole re-link and the incremental one
// (pipeline/entity_linking.h). Thread-safe (pure functions), except FreeIds,
// which reads the caller's store.
#ifndef DOSSIER_PIPELINE_INTERNAL_LINK_INPUTS_H_
#define DOSSIER_PIPELINE_INTERNAL_LINK_INPUTS_H_

#include <compare>
#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "resolve/link_entities.h"
#include "resolve/link_name_cache.h"
#include "store/entity_records.h"
#include "store/store.h"

namespace dossier::pipeline_internal {

// Where a unit arrived: (source id, 0, its place among the source's
// entities read) or (its list's after_source, list id, index); units link in
// this order (EntityShape's first_* fields).
struct Arrival {
  int64_t source = 0;
  int64_t list = 0;
  int64_t index = 0;
  auto operator<=>(const Arrival&) const = default;
};

struct LinkInputs {
  std::vector<LinkUnit> units;
  std::vector<EntityMemberRef> members;  // per unit; source_id 0 for list records
  std::vector<ListEntryRef> entries;     // per unit; list_id 0 for source entities
  std::vector<Arrival> arrivals;         // per unit, ascending
};

// The unit of a source entity, as every link gives it to LinkEntities.
LinkUnit UnitOf(const SourceEntity& entity);

// The units of `entities`, in their order.
std::vector<LinkUnit> LinkUnitsOf(const std::vector<SourceEntity>& entities);

// Source entities (given by source id, each source's in extraction order)
// and list entries (by list id and index), each list's right after the
// entities of the last source stored before it: the order things arrived.
// `lists` needs only the lists of `entries`.
LinkInputs OrderUnits(const std::vector<SourceEntity>& entities, std::vector<StoredList> lists,
                      const std::vector<ListEntry>& entries);

std::vector<LinkJudgment> ToLinkJudgments(const std::vector<EntityJudgment>& judgments);

// The blocking keys of units' names, each (key, full) once. `names`, when
// not null, is the cache the names are prepared in (here and below).
std::vector<EntityBlockKey> BlocksOf(const std::vector<LinkUnit>& units,
                                     const std::vector<int>& which, LinkNameCache* names = nullptr);

// The shapes of `which` (indices into inputs.units), first arrived first;
// `loose` per unit (LinkResult::loose).
std::vector<EntityShape> ShapesOf(const LinkInputs& inputs, const std::vector<int>& which,
                                  const std::vector<bool>& loose);

// `more` added to `shapes`: a unit of a shape already there counts in it.
// Both and the result first arrived first.
void AddShapes(const std::vector<EntityShape>& more, std::vector<EntityShape>* shapes);

// Marks every shape as its group is: settled or not (EntityShape::settled).
void SettleShapes(bool settled, std::vector<EntityShape>* shapes);

// The matching keys (with the acronyms their sources state) and blocking
// keys of `units`' names, appended: what finds the linked entities they may
// join (EvidenceStore::FindLinkedEntities).
void AddKeysOf(const std::vector<LinkUnit>& units, std::vector<std::string>* keys,
               std::vector<std::string>* blocks, LinkNameCache* names = nullptr);

// Gives each of `entities` (new ones) an id no stored entity outside
// `replaced` holds: the base id, then "-2", "-3", ... as LinkEntities
// numbers them, and renames relations among them to match. Returns the
// renamed ids (old -> new).
StatusOr<std::unordered_map<std::string, std::string>> FreeIds(
    EvidenceStore* store, const std::set<std::string>& replaced,
    std::vector<LinkedEntity>* entities);

// A group's id, type, name and names as a store record (nothing else).
LinkedEntity EntityOfGroup(const LinkedGroup& group);

// The origin of an entity with members (`extracted`) and list entries
// (`listed`).
EntityOrigin OriginOf(bool extracted, bool listed);

// Appends `units` of `inputs` to `entity` as members (a source's entities)
// or list entries, setting *extracted or *listed for each kind added.
void AddUnits(const LinkInputs& inputs, const std::vector<int>& units, LinkedEntity* entity,
              bool* extracted, bool* listed);

// The groups as store records: names, members, list entries, shapes and
// relations (given at both ends); no blocks.
std::vector<LinkedEntity> ToLinkedEntities(const LinkInputs& inputs, const LinkResult& linked);

// Fills the blocks of `entity`, the record of `group`: none for a settled
// group (found by its keys only, never through the index: no new name can
// join it).
void FillBlocks(const LinkInputs& inputs, const LinkedGroup& group, LinkedEntity* entity,
                LinkNameCache* names = nullptr);

}  // namespace dossier::pipeline_internal

#endif  // DOSSIER_PIPELINE_INTERNAL_LINK_INPUTS_H_
