#include "pipeline/internal/incremental_linking.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pipeline/internal/link_inputs.h"
#include "pipeline/internal/summary_linking.h"

namespace dossier {
namespace pipeline_internal {
namespace {

// The part of the store an incremental link reads: the entities concerned
// (as stored, to be replaced) and the units to link.
struct Neighbourhood {
  std::vector<LinkedEntity> old_entities;
  std::vector<SourceEntity> source_entities;  // by source id, then extraction order
  std::vector<ListEntry> list_entries;        // by list id and index
  std::vector<std::string> oversized;         // blocking keys too common to compare under
};

// Source entities and list entries of `entities`, read from the store.
Status ReadUnitsOf(EvidenceStore* store, const std::vector<LinkedEntity>& entities,
                   std::vector<SourceEntity>* source_entities,
                   std::vector<ListEntry>* list_entries) {
  std::vector<EntityMemberRef> members;
  std::vector<ListEntryRef> entries;
  for (const LinkedEntity& entity : entities) {
    members.insert(members.end(), entity.members.begin(), entity.members.end());
    entries.insert(entries.end(), entity.list_entries.begin(), entity.list_entries.end());
  }
  ASSIGN_OR_RETURN(*source_entities, store->GetSourceEntities(members));
  if (!entries.empty()) {
    ASSIGN_OR_RETURN(*list_entries, store->GetListEntries(entries));
  }
  return Status::Ok();
}

// The units as linking sees them, without the store's references (their
// order does not matter here).
std::vector<LinkUnit> AsUnits(const std::vector<SourceEntity>& entities,
                              const std::vector<ListEntry>& entries) {
  std::vector<StoredList> lists;
  for (const ListEntry& entry : entries) {
    if (lists.empty() || lists.back().id != entry.list_id) lists.push_back({.id = entry.list_id});
  }
  return OrderUnits(entities, std::move(lists), entries).units;
}

// Where each stored unit is among a link's inputs.
class UnitIndex {
 public:
  explicit UnitIndex(const LinkInputs& inputs) {
    for (int i = 0; i < static_cast<int>(inputs.units.size()); ++i) {
      if (inputs.members[i].source_id != 0) {
        of_member_[{inputs.members[i].source_id, inputs.members[i].local_id}] = i;
      } else {
        of_entry_[{inputs.entries[i].list_id, inputs.entries[i].index}] = i;
      }
    }
  }

  // The inputs' units that are members or list entries of `entity`.
  std::vector<int> UnitsOf(const LinkedEntity& entity) const {
    std::vector<int> out;
    for (const EntityMemberRef& member : entity.members) {
      const auto found = of_member_.find({member.source_id, member.local_id});
      if (found != of_member_.end()) out.push_back(found->second);
    }
    for (const ListEntryRef& entry : entity.list_entries) {
      const auto found = of_entry_.find({entry.list_id, entry.index});
      if (found != of_entry_.end()) out.push_back(found->second);
    }
    return out;
  }

 private:
  std::map<std::pair<int64_t, std::string>, int> of_member_;
  std::map<std::pair<int64_t, int>, int> of_entry_;
};

// Reads the entities fresh units and the judgment's `keys` concern: the
// entities with one of the keys (and their own units' neighbours), and
// those sharing a matching or blocking key with a fresh unit.
StatusOr<Neighbourhood> ReadNeighbourhood(EvidenceStore* store, const std::vector<LinkUnit>& fresh,
                                          const std::vector<std::string>& keys,
                                          const LinkOptions& options) {
  std::vector<std::string> wanted_keys = keys;
  std::vector<std::string> blocks;
  std::set<std::string> ids;
  if (!keys.empty()) {
    ASSIGN_OR_RETURN(EntityCandidates judged,
                     store->FindLinkedEntities(keys, {}, options.max_block));
    ids.insert(judged.ids.begin(), judged.ids.end());
    ASSIGN_OR_RETURN(std::vector<LinkedEntity> concerned, store->GetLinkedEntities(judged.ids));
    std::vector<SourceEntity> source_entities;
    std::vector<ListEntry> list_entries;
    RETURN_IF_ERROR(ReadUnitsOf(store, concerned, &source_entities, &list_entries));
    AddKeysOf(AsUnits(source_entities, list_entries), &wanted_keys, &blocks, options.names);
  }
  AddKeysOf(fresh, &wanted_keys, &blocks, options.names);
  ASSIGN_OR_RETURN(EntityCandidates found,
                   store->FindLinkedEntities(wanted_keys, blocks, options.max_block));
  ids.insert(found.ids.begin(), found.ids.end());
  Neighbourhood out;
  out.oversized = std::move(found.oversized);
  ASSIGN_OR_RETURN(out.old_entities,
                   store->GetLinkedEntities(std::vector<std::string>(ids.begin(), ids.end())));
  RETURN_IF_ERROR(ReadUnitsOf(store, out.old_entities, &out.source_entities, &out.list_entries));
  return out;
}

// Keeps the relations between the re-linked entities and others: each goes
// to the new entity that holds the old one's first unit.
void CarryRelations(const Neighbourhood& read, const UnitIndex& index, const LinkResult& linked,
                    const std::set<std::string>& replaced, std::vector<LinkedEntity>* entities) {
  for (const LinkedEntity& old : read.old_entities) {
    const std::vector<int> units = index.UnitsOf(old);
    if (units.empty()) continue;
    LinkedEntity& now = (*entities)[linked.group_of[units.front()]];
    for (const EntityRelation& relation : old.related) {
      if (replaced.contains(relation.other_id) || relation.other_id == now.id) continue;
      const bool known = std::any_of(
          now.related.begin(), now.related.end(),
          [&](const EntityRelation& other) { return other.other_id == relation.other_id; });
      if (!known) now.related.push_back(relation);
    }
  }
}

bool SameNames(const std::vector<LinkedEntityName>& a, const std::vector<LinkedEntityName>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const LinkedEntityName& x, const LinkedEntityName& y) {
                      return x.name == y.name && x.key == y.key && x.units == y.units;
                    });
}

// Per old entity, whether the link leaves it as it was: its units, and only
// they, in one group with its id, type, name, origin and names. (Its
// relations to changed entities are written with those.)
std::vector<bool> KeptAsTheyWere(const std::vector<LinkedEntity>& old_entities,
                                 const UnitIndex& index, const LinkResult& linked,
                                 const std::vector<LinkedEntity>& entities) {
  std::vector<bool> kept(old_entities.size(), false);
  for (size_t i = 0; i < old_entities.size(); ++i) {
    const LinkedEntity& old = old_entities[i];
    const std::vector<int> units = index.UnitsOf(old);
    if (units.empty()) continue;
    const int group = linked.group_of[units.front()];
    if (linked.groups[group].units.size() != units.size() ||
        !std::all_of(units.begin(), units.end(),
                     [&](int unit) { return linked.group_of[unit] == group; })) {
      continue;
    }
    const LinkedEntity& now = entities[group];
    kept[i] = now.id == old.id && now.type == old.type && now.name == old.name &&
              now.origin == old.origin && SameNames(now.names, old.names);
  }
  return kept;
}

Status LinkAround(EvidenceStore* store, const std::vector<std::string>& keys,
                  const LinkOptions& options, RelinkSummary* summary) {
  ASSIGN_OR_RETURN(bool indexed, store->HasLinkIndex());
  if (!indexed) return RelinkWholeStore(store, options, summary);
  ASSIGN_OR_RETURN(std::vector<SourceEntity> fresh_entities, store->ListUnlinkedSourceEntities());
  ASSIGN_OR_RETURN(std::vector<ListEntry> fresh_entries, store->ListUnlinkedListEntries());
  *summary = RelinkSummary();
  if (fresh_entities.empty() && fresh_entries.empty() && keys.empty()) return Status::Ok();
  if (keys.empty()) {
    // New sources and lists only: linked against the stored entities' summaries.
    return LinkBySummaries(store, fresh_entities, fresh_entries, options, summary);
  }

  ASSIGN_OR_RETURN(Neighbourhood read,
                   ReadNeighbourhood(store, AsUnits(fresh_entities, fresh_entries), keys, options));
  // Fresh sources come after every linked one (ListUnlinkedSourceEntities).
  std::vector<SourceEntity> source_entities = std::move(read.source_entities);
  source_entities.insert(source_entities.end(), std::make_move_iterator(fresh_entities.begin()),
                         std::make_move_iterator(fresh_entities.end()));
  std::stable_sort(
      source_entities.begin(), source_entities.end(),
      [](const SourceEntity& a, const SourceEntity& b) { return a.source_id < b.source_id; });
  std::vector<ListEntry> list_entries = std::move(read.list_entries);
  list_entries.insert(list_entries.end(), fresh_entries.begin(), fresh_entries.end());
  std::sort(list_entries.begin(), list_entries.end(), [](const ListEntry& a, const ListEntry& b) {
    return std::tie(a.list_id, a.index) < std::tie(b.list_id, b.index);
  });
  std::vector<StoredList> lists;
  if (!list_entries.empty()) {
    ASSIGN_OR_RETURN(lists, store->ListLists());
  }
  const LinkInputs inputs = OrderUnits(source_entities, std::move(lists), list_entries);

  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
  LinkOptions around = options;
  around.oversized_blocks.insert(read.oversized.begin(), read.oversized.end());
  const LinkResult linked = LinkEntities(inputs.units, ToLinkJudgments(judgments), around);
  std::vector<LinkedEntity> entities = ToLinkedEntities(inputs, linked);

  const UnitIndex index(inputs);
  std::set<std::string> read_ids;
  for (const LinkedEntity& old : read.old_entities) read_ids.insert(old.id);
  CarryRelations(read, index, linked, read_ids, &entities);
  // Only what changed is written: most neighbours read come out as they were.
  const std::vector<bool> kept = KeptAsTheyWere(read.old_entities, index, linked, entities);
  std::vector<LinkedEntity> removed, added;
  std::set<std::string> replaced;
  for (size_t i = 0; i < read.old_entities.size(); ++i) {
    if (kept[i]) continue;
    LinkedEntity& old = read.old_entities[i];
    // The index rows to drop: those of its units, as they were written.
    old.blocks = BlocksOf(inputs.units, index.UnitsOf(old), options.names);
    replaced.insert(old.id);
    removed.push_back(std::move(old));
  }
  std::vector<bool> unchanged_group(entities.size(), false);
  for (size_t i = 0; i < read.old_entities.size(); ++i) {
    if (kept[i])
      unchanged_group[linked.group_of[index.UnitsOf(read.old_entities[i]).front()]] = true;
  }
  for (size_t g = 0; g < entities.size(); ++g) {
    if (unchanged_group[g]) continue;
    FillBlocks(inputs, linked.groups[g], &entities[g], options.names);
    added.push_back(std::move(entities[g]));
  }
  RETURN_IF_ERROR(FreeIds(store, replaced, &added).status());
  RETURN_IF_ERROR(store->UpdateLinkedEntities(removed, added));
  *summary = RelinkSummary{.units = static_cast<int64_t>(inputs.units.size()),
                           .entities = static_cast<int64_t>(added.size()),
                           .relations = static_cast<int64_t>(linked.related.size())};
  return Status::Ok();
}

}  // namespace

LinkOptions WithNames(const LinkOptions& options, LinkNameCache* own) {
  LinkOptions out = options;
  if (out.names == nullptr) out.names = own;
  return out;
}

Status RelinkWholeStore(EvidenceStore* store, const LinkOptions& options, RelinkSummary* summary) {
  ASSIGN_OR_RETURN(std::vector<SourceEntity> source_entities, store->ListSourceEntities());
  ASSIGN_OR_RETURN(std::vector<StoredList> lists, store->ListLists());
  ASSIGN_OR_RETURN(std::vector<ListEntry> list_entries, store->ListListEntries());
  const LinkInputs inputs = OrderUnits(source_entities, std::move(lists), list_entries);
  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
  const LinkResult linked = LinkEntities(inputs.units, ToLinkJudgments(judgments), options);
  std::vector<LinkedEntity> entities = ToLinkedEntities(inputs, linked);
  for (size_t g = 0; g < entities.size(); ++g) {
    FillBlocks(inputs, linked.groups[g], &entities[g], options.names);
  }
  RETURN_IF_ERROR(store->ReplaceLinkedEntities(entities));
  *summary = RelinkSummary{.units = static_cast<int64_t>(inputs.units.size()),
                           .entities = static_cast<int64_t>(entities.size()),
                           .relations = static_cast<int64_t>(linked.related.size()),
                           .whole = true};
  return Status::Ok();
}

}  // namespace pipeline_internal

StatusOr<RelinkSummary> LinkIncrementally(EvidenceStore* store,
                                          const std::vector<std::string>& keys,
                                          const LinkOptions& options) {
  RelinkSummary summary;
  LinkNameCache own_names;
  const LinkOptions with_names = pipeline_internal::WithNames(options, &own_names);
  RETURN_IF_ERROR(store->LinkExclusively([&]() -> Status {
    return pipeline_internal::LinkAround(store, keys, with_names, &summary);
  }));
  return summary;
}

StatusOr<RelinkSummary> LinkNewEntities(EvidenceStore* store, const LinkOptions& options) {
  return LinkIncrementally(store, {}, options);
}

}  // namespace dossier
