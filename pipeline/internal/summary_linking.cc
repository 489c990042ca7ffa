#include "pipeline/internal/summary_linking.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pipeline/internal/link_inputs.h"
#include "resolve/link_verdicts.h"

namespace dossier::pipeline_internal {
namespace {

// One unit of the link: a shape of a stored entity's summary, a unit of a
// stored entity read whole (parted), or a fresh unit.
struct Row {
  Arrival arrival;
  int stored = -1;  // the stored entity it belongs to
  int shape = -1;   // its shape, for a summary row
  int parted = -1;  // index into the parted units, for a unit read whole
  int fresh = -1;   // index into the fresh inputs
};

// What a group of the link becomes in the store.
enum class Outcome {
  kUnchanged,  // one stored entity as its summary, nothing new
  kNew,        // fresh or parted units only
  kGrown,      // one stored entity with fresh units, its type kept
  kRewritten,  // several stored entities joined, or one whose type changes
};

struct GroupPlan {
  Outcome outcome = Outcome::kUnchanged;
  std::vector<int> stored;  // the stored entities in it as summaries, first arrived first
  std::vector<int> fresh;   // its fresh units
  std::vector<int> parted;  // its parted units
  int record = -1;          // index into `added` or `grown`
};

// The stored entities read whole, as units: those new names part.
struct Parted {
  std::set<int> entities;             // indices into the stored entities
  std::vector<LinkedEntity> records;  // as GetLinkedEntities reads them
  LinkInputs inputs;                  // their units in arrival order
  std::vector<int> owner;             // per unit, its stored entity
};

// Reads the units of the stored entities `more` and adds them to `parted`.
Status ReadParted(EvidenceStore* store, const std::vector<LinkedEntity>& stored,
                  const std::set<int>& more, Parted* parted) {
  std::vector<std::string> ids;
  for (int e : more) ids.push_back(stored[e].id);
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> records, store->GetLinkedEntities(ids));
  parted->entities.insert(more.begin(), more.end());
  parted->records.insert(parted->records.end(), std::make_move_iterator(records.begin()),
                         std::make_move_iterator(records.end()));
  std::map<std::string, int> index;
  for (int e : parted->entities) index.emplace(stored[e].id, e);
  std::map<std::pair<int64_t, std::string>, int> of_member;
  std::map<std::pair<int64_t, int>, int> of_entry;
  std::vector<EntityMemberRef> members;
  std::vector<ListEntryRef> entries;
  for (const LinkedEntity& record : parted->records) {
    const int e = index.at(record.id);
    for (const EntityMemberRef& member : record.members) {
      of_member.emplace(std::pair(member.source_id, member.local_id), e);
      members.push_back(member);
    }
    for (const ListEntryRef& entry : record.list_entries) {
      of_entry.emplace(std::pair(entry.list_id, entry.index), e);
      entries.push_back(entry);
    }
  }
  ASSIGN_OR_RETURN(std::vector<SourceEntity> source_entities, store->GetSourceEntities(members));
  std::vector<ListEntry> list_entries;
  std::vector<StoredList> lists;
  if (!entries.empty()) {
    ASSIGN_OR_RETURN(list_entries, store->GetListEntries(entries));
    ASSIGN_OR_RETURN(lists, store->ListLists());
  }
  parted->inputs = OrderUnits(source_entities, std::move(lists), list_entries);
  parted->owner.clear();
  for (size_t u = 0; u < parted->inputs.units.size(); ++u) {
    const EntityMemberRef& member = parted->inputs.members[u];
    const ListEntryRef& entry = parted->inputs.entries[u];
    parted->owner.push_back(member.source_id != 0
                                ? of_member.at({member.source_id, member.local_id})
                                : of_entry.at({entry.list_id, entry.index}));
  }
  return Status::Ok();
}

// The units of the link in the order they arrived, as a whole link sees
// them: the summaries' rows (a loose one alone, so that rule 4 decides it
// again), the parted entities' units and the fresh ones.
std::vector<Row> OrderRows(const std::vector<LinkedEntity>& stored, const Parted& parted,
                           const LinkInputs& fresh) {
  std::vector<Row> rows;
  for (int e = 0; e < static_cast<int>(stored.size()); ++e) {
    if (parted.entities.contains(e)) continue;
    for (int s = 0; s < static_cast<int>(stored[e].shapes.size()); ++s) {
      const EntityShape& shape = stored[e].shapes[s];
      rows.push_back(Row{.arrival = {shape.first_source, shape.first_list, shape.first_index},
                         .stored = e,
                         .shape = s});
    }
  }
  for (int u = 0; u < static_cast<int>(parted.inputs.units.size()); ++u) {
    rows.push_back(
        Row{.arrival = parted.inputs.arrivals[u], .stored = parted.owner[u], .parted = u});
  }
  for (int i = 0; i < static_cast<int>(fresh.units.size()); ++i) {
    rows.push_back(Row{.arrival = fresh.arrivals[i], .fresh = i});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.arrival < b.arrival; });
  return rows;
}

std::vector<LinkUnit> UnitsOf(const std::vector<Row>& rows, const std::vector<LinkedEntity>& stored,
                              const Parted& parted, const LinkInputs& fresh) {
  std::vector<LinkUnit> units;
  units.reserve(rows.size());
  int64_t loose_sources = static_cast<int64_t>(stored.size());
  for (const Row& row : rows) {
    if (row.fresh >= 0) {
      units.push_back(fresh.units[row.fresh]);
    } else if (row.parted >= 0) {
      units.push_back(parted.inputs.units[row.parted]);
    } else {
      const EntityShape& shape = stored[row.stored].shapes[row.shape];
      units.push_back(LinkUnit{.type = shape.type,
                               .name = shape.name,
                               .aliases = shape.aliases,
                               .source = shape.loose ? -(++loose_sources) : -(row.stored + 1),
                               .list = shape.list_id,
                               .date_of_birth = shape.date_of_birth,
                               .mentions = shape.mentions,
                               .count = shape.units,
                               .entity = row.stored + 1,
                               .loose = shape.loose});
    }
  }
  return units;
}

// The stored entities (as summaries) whose rows the link put in several
// groups: a loose shape left its entity.
std::set<int> PartedBy(const std::vector<Row>& rows, const std::vector<LinkUnit>& units,
                       const LinkResult& result, size_t stored) {
  std::vector<int> home(stored, -1);
  for (size_t u = 0; u < rows.size(); ++u) {
    if (rows[u].shape >= 0 && !units[u].loose && home[rows[u].stored] < 0) {
      home[rows[u].stored] = result.group_of[u];
    }
  }
  std::set<int> out;
  for (size_t u = 0; u < rows.size(); ++u) {
    if (rows[u].shape < 0) continue;
    int& group = home[rows[u].stored];
    if (group < 0) group = result.group_of[u];
    if (group != result.group_of[u]) out.insert(rows[u].stored);
  }
  return out;
}

// The blocking keys of a summary's names, as they were written with it.
std::vector<EntityBlockKey> BlocksOfShapes(const std::vector<EntityShape>& shapes,
                                           LinkNameCache* names) {
  std::vector<LinkUnit> units;
  std::vector<int> which;
  for (const EntityShape& shape : shapes) {
    which.push_back(static_cast<int>(units.size()));
    units.push_back(LinkUnit{.type = shape.type, .name = shape.name});
  }
  return BlocksOf(units, which, names);
}

// Adds `relation` to `entity` unless it names the entity itself or an
// entity it is related to already.
void AddRelation(const EntityRelation& relation, LinkedEntity* entity) {
  if (relation.other_id == entity->id) return;
  const bool known =
      std::any_of(entity->related.begin(), entity->related.end(),
                  [&](const EntityRelation& other) { return other.other_id == relation.other_id; });
  if (!known) entity->related.push_back(relation);
}

}  // namespace

Status LinkBySummaries(EvidenceStore* store, const std::vector<SourceEntity>& fresh_entities,
                       const std::vector<ListEntry>& fresh_entries, const LinkOptions& options,
                       RelinkSummary* summary) {
  std::vector<StoredList> lists;
  if (!fresh_entries.empty()) {
    ASSIGN_OR_RETURN(lists, store->ListLists());
  }
  const LinkInputs fresh = OrderUnits(fresh_entities, std::move(lists), fresh_entries);
  // Every name is prepared once: the fresh ones often already were, on the
  // workers that extracted them (LinkOptions::names).
  LinkNameCache own_names;
  LinkNameCache* names = options.names != nullptr ? options.names : &own_names;
  std::vector<std::string> keys, blocks;
  AddKeysOf(fresh.units, &keys, &blocks, names);
  ASSIGN_OR_RETURN(EntityCandidates found,
                   store->FindLinkedEntities(keys, blocks, options.max_block));
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> stored, store->GetEntitySummaries(found.ids));
  // A settled entity stays as it is: no new name can join it.
  std::erase_if(stored, [](const LinkedEntity& entity) {
    return !entity.shapes.empty() &&
           std::all_of(entity.shapes.begin(), entity.shapes.end(),
                       [](const EntityShape& shape) { return shape.settled; });
  });
  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
  const std::vector<LinkJudgment> link_judgments = ToLinkJudgments(judgments);
  // A second pass (below) compares none of the names the first compared.
  LinkVerdicts verdicts;
  LinkOptions around = options;
  around.names = names;
  around.verdicts = &verdicts;
  around.oversized_blocks.insert(found.oversized.begin(), found.oversized.end());

  // Entities without a summary, and those new names part, are read whole
  // and linked again from their units; until none parts.
  Parted parted;
  std::set<int> unsummarized;
  for (int e = 0; e < static_cast<int>(stored.size()); ++e) {
    if (stored[e].shapes.empty()) unsummarized.insert(e);
  }
  if (!unsummarized.empty()) RETURN_IF_ERROR(ReadParted(store, stored, unsummarized, &parted));
  std::vector<Row> rows;
  std::vector<LinkUnit> units;
  LinkResult result;
  while (true) {
    rows = OrderRows(stored, parted, fresh);
    units = UnitsOf(rows, stored, parted, fresh);
    result = LinkEntities(units, link_judgments, around);
    const std::set<int> more = PartedBy(rows, units, result, stored.size());
    if (more.empty()) break;
    RETURN_IF_ERROR(ReadParted(store, stored, more, &parted));
  }
  std::vector<bool> fresh_loose(fresh.units.size(), false);
  std::vector<bool> parted_loose(parted.inputs.units.size(), false);
  for (size_t u = 0; u < rows.size(); ++u) {
    if (rows[u].fresh >= 0) fresh_loose[rows[u].fresh] = result.loose[u];
    if (rows[u].parted >= 0) parted_loose[rows[u].parted] = result.loose[u];
  }

  // What each group becomes.
  std::vector<GroupPlan> plans(result.groups.size());
  for (size_t u = 0; u < rows.size(); ++u) {
    GroupPlan& plan = plans[result.group_of[u]];
    if (rows[u].fresh >= 0) {
      plan.fresh.push_back(rows[u].fresh);
    } else if (rows[u].parted >= 0) {
      plan.parted.push_back(rows[u].parted);
    } else if (std::find(plan.stored.begin(), plan.stored.end(), rows[u].stored) ==
               plan.stored.end()) {
      plan.stored.push_back(rows[u].stored);
    }
  }
  std::vector<LinkedEntity> added, grown;
  std::vector<std::string> rewritten_ids;
  for (size_t g = 0; g < plans.size(); ++g) {
    GroupPlan& plan = plans[g];
    const LinkedGroup& group = result.groups[g];
    if (plan.fresh.empty() && plan.parted.empty() && plan.stored.size() == 1) continue;
    LinkedEntity entity = EntityOfGroup(group);
    bool extracted = false, listed = false;
    AddUnits(fresh, plan.fresh, &entity, &extracted, &listed);
    AddUnits(parted.inputs, plan.parted, &entity, &extracted, &listed);
    for (int e : plan.stored) {
      extracted = extracted || stored[e].origin != EntityOrigin::kList;
      listed = listed || stored[e].origin != EntityOrigin::kExtracted;
      AddShapes(stored[e].shapes, &entity.shapes);
    }
    AddShapes(ShapesOf(fresh, plan.fresh, fresh_loose), &entity.shapes);
    AddShapes(ShapesOf(parted.inputs, plan.parted, parted_loose), &entity.shapes);
    SettleShapes(group.settled, &entity.shapes);
    entity.origin = OriginOf(extracted, listed);
    if (plan.parted.empty() && plan.stored.size() == 1 &&
        stored[plan.stored[0]].type == group.type) {
      // Appended to: its id stays, the index gains the new names' keys.
      plan.outcome = Outcome::kGrown;
      entity.id = stored[plan.stored[0]].id;
      if (!group.settled) entity.blocks = BlocksOf(fresh.units, plan.fresh, names);
      plan.record = static_cast<int>(grown.size());
      grown.push_back(std::move(entity));
      continue;
    }
    plan.outcome = plan.stored.empty() ? Outcome::kNew : Outcome::kRewritten;
    // The earliest entity's id, unless its type changes (a new letter).
    const Row& first = rows[group.units.front()];
    if (first.shape >= 0 && stored[first.stored].type == group.type) {
      entity.id = stored[first.stored].id;
    }
    if (!group.settled) entity.blocks = BlocksOfShapes(entity.shapes, names);
    for (int e : plan.stored) rewritten_ids.push_back(stored[e].id);
    plan.record = static_cast<int>(added.size());
    added.push_back(std::move(entity));
  }

  // Rewritten entities: their members and list entries move to the new record.
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> old, store->GetLinkedEntities(rewritten_ids));
  std::map<std::string, const LinkedEntity*> old_by_id;
  for (const LinkedEntity& entity : old) old_by_id.emplace(entity.id, &entity);
  for (const LinkedEntity& entity : parted.records) old_by_id.emplace(entity.id, &entity);
  for (const GroupPlan& plan : plans) {
    if (plan.outcome != Outcome::kRewritten) continue;
    LinkedEntity& entity = added[plan.record];
    for (int e : plan.stored) {
      const LinkedEntity& was = *old_by_id.at(stored[e].id);
      entity.members.insert(entity.members.end(), was.members.begin(), was.members.end());
      entity.list_entries.insert(entity.list_entries.end(), was.list_entries.begin(),
                                 was.list_entries.end());
    }
  }
  for (const GroupPlan& plan : plans) {
    if (plan.record < 0 || plan.outcome == Outcome::kGrown) continue;
    LinkedEntity& entity = added[plan.record];
    std::sort(entity.members.begin(), entity.members.end(),
              [](const EntityMemberRef& a, const EntityMemberRef& b) {
                return std::tie(a.source_id, a.local_id) < std::tie(b.source_id, b.local_id);
              });
  }
  std::set<std::string> replaced(rewritten_ids.begin(), rewritten_ids.end());
  for (const LinkedEntity& entity : parted.records) replaced.insert(entity.id);
  RETURN_IF_ERROR(FreeIds(store, replaced, &added).status());

  // The record each group is stored as, and where each replaced entity went:
  // a rewritten one to its group, a parted one to the group of its first unit.
  const auto record_of = [&](size_t g) -> LinkedEntity* {
    switch (plans[g].outcome) {
      case Outcome::kUnchanged:
        return nullptr;
      case Outcome::kGrown:
        return &grown[plans[g].record];
      case Outcome::kNew:
      case Outcome::kRewritten:
        break;
    }
    return &added[plans[g].record];
  };
  const auto id_of = [&](size_t g) -> const std::string& {
    const LinkedEntity* record = record_of(g);
    return record != nullptr ? record->id : stored[plans[g].stored.front()].id;
  };
  std::map<std::string, size_t> moved;  // replaced id -> group
  for (size_t u = 0; u < rows.size(); ++u) {
    const size_t g = result.group_of[u];
    if (rows[u].parted >= 0 || (rows[u].shape >= 0 && plans[g].outcome == Outcome::kRewritten)) {
      moved.emplace(stored[rows[u].stored].id, g);
    }
  }
  // New relations (between units of new sources), at one end: the store
  // keeps each pair once.
  for (const GroupRelation& relation : result.related) {
    if (LinkedEntity* at = record_of(relation.a); at != nullptr) {
      AddRelation({id_of(relation.b), relation.reason}, at);
    } else if (LinkedEntity* other = record_of(relation.b); other != nullptr) {
      AddRelation({id_of(relation.a), relation.reason}, other);
    }
  }
  // The replaced entities' relations, to where their other ends are now.
  std::vector<LinkedEntity> removed;
  std::map<std::string, int> stored_index;
  for (int e = 0; e < static_cast<int>(stored.size()); ++e) stored_index.emplace(stored[e].id, e);
  for (const auto& [id, g] : moved) {
    const LinkedEntity& was = *old_by_id.at(id);
    for (EntityRelation relation : was.related) {
      const auto to = moved.find(relation.other_id);
      if (to != moved.end()) relation.other_id = id_of(to->second);
      AddRelation(relation, record_of(g));
    }
    LinkedEntity gone = was;
    // The index rows to drop, as they were written with its names.
    const int e = stored_index.at(id);
    if (stored[e].shapes.empty()) {
      std::vector<int> own;
      for (int u = 0; u < static_cast<int>(parted.owner.size()); ++u) {
        if (parted.owner[u] == e) own.push_back(u);
      }
      gone.blocks = BlocksOf(parted.inputs.units, own, names);
    } else {
      gone.blocks = BlocksOfShapes(stored[e].shapes, names);
    }
    removed.push_back(std::move(gone));
  }
  RETURN_IF_ERROR(store->UpdateLinkedEntities(removed, added));
  RETURN_IF_ERROR(store->GrowLinkedEntities(grown));
  *summary = RelinkSummary{.units = static_cast<int64_t>(units.size()),
                           .entities = static_cast<int64_t>(added.size() + grown.size()),
                           .relations = static_cast<int64_t>(result.related.size())};
  return Status::Ok();
}

}  // namespace dossier::pipeline_internal
