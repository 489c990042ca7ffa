#include "pipeline/internal/summary_linking.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pipeline/internal/link_inputs.h"

namespace dossier::pipeline_internal {
namespace {

// One unit of the link: a shape of a stored entity's summary, or a fresh unit.
struct Row {
  Arrival arrival;
  int stored = -1;  // index into the summaries read
  int shape = -1;   // index into its shapes
  int fresh = -1;   // index into the fresh inputs
};

// What a group of the link becomes in the store.
enum class Outcome {
  kUnchanged,  // one stored entity, nothing new
  kNew,        // fresh units only
  kGrown,      // one stored entity with fresh units, its type kept
  kRewritten,  // several stored entities joined, or one whose type changes
};

struct GroupPlan {
  Outcome outcome = Outcome::kUnchanged;
  std::vector<int> stored;  // the stored entities in it, first arrived first
  std::vector<int> fresh;   // its fresh units
  int record = -1;          // index into `added` or `grown`
};

// The blocking keys of a summary's names, as they were written with it.
std::vector<EntityBlockKey> BlocksOfShapes(const std::vector<EntityShape>& shapes) {
  std::vector<LinkUnit> units;
  std::vector<int> which;
  for (const EntityShape& shape : shapes) {
    which.push_back(static_cast<int>(units.size()));
    units.push_back(LinkUnit{.type = shape.type, .name = shape.name});
  }
  return BlocksOf(units, which);
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
                       RelinkSummary* summary, bool* linked) {
  std::vector<StoredList> lists;
  if (!fresh_entries.empty()) {
    ASSIGN_OR_RETURN(lists, store->ListLists());
  }
  const LinkInputs fresh = OrderUnits(fresh_entities, std::move(lists), fresh_entries);
  std::vector<std::string> keys, blocks;
  AddKeysOf(fresh.units, &keys, &blocks);
  ASSIGN_OR_RETURN(EntityCandidates found,
                   store->FindLinkedEntities(keys, blocks, options.max_block));
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> stored, store->GetEntitySummaries(found.ids));
  *linked = std::none_of(stored.begin(), stored.end(),
                         [](const LinkedEntity& entity) { return entity.shapes.empty(); });
  if (!*linked) return Status::Ok();
  // A settled entity stays as it is: no new name can join it.
  std::erase_if(stored, [](const LinkedEntity& entity) {
    return std::all_of(entity.shapes.begin(), entity.shapes.end(),
                       [](const EntityShape& shape) { return shape.settled; });
  });

  // The units in the order they arrived, as a whole link sees them.
  std::vector<Row> rows;
  for (int e = 0; e < static_cast<int>(stored.size()); ++e) {
    for (int s = 0; s < static_cast<int>(stored[e].shapes.size()); ++s) {
      const EntityShape& shape = stored[e].shapes[s];
      rows.push_back(Row{.arrival = {shape.first_source, shape.first_list, shape.first_index},
                         .stored = e,
                         .shape = s});
    }
  }
  for (int i = 0; i < static_cast<int>(fresh.units.size()); ++i) {
    rows.push_back(Row{.arrival = fresh.arrivals[i], .fresh = i});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.arrival < b.arrival; });
  std::vector<LinkUnit> units;
  units.reserve(rows.size());
  int64_t loose_sources = static_cast<int64_t>(stored.size());
  for (const Row& row : rows) {
    if (row.fresh >= 0) {
      units.push_back(fresh.units[row.fresh]);
      continue;
    }
    // A loose shape is decided again, alone: a new full name that fits it
    // too parts it from its entity.
    const EntityShape& shape = stored[row.stored].shapes[row.shape];
    units.push_back(LinkUnit{.type = shape.type,
                             .name = shape.name,
                             .aliases = shape.aliases,
                             .source = shape.loose ? -(++loose_sources) : -(row.stored + 1),
                             .list = shape.list_id,
                             .date_of_birth = shape.date_of_birth,
                             .mentions = shape.mentions,
                             .count = shape.units,
                             .entity = shape.loose ? 0 : row.stored + 1});
  }
  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
  LinkOptions around = options;
  around.oversized_blocks.insert(found.oversized.begin(), found.oversized.end());
  const LinkResult result = LinkEntities(units, ToLinkJudgments(judgments), around);

  // A stored entity parted (a loose shape left it): the summaries cannot
  // say which members go; the caller links the neighbourhood from its units.
  std::vector<int> home(stored.size(), -1);
  for (size_t u = 0; u < units.size(); ++u) {
    if (rows[u].fresh < 0 && units[u].entity != 0 && home[rows[u].stored] < 0) {
      home[rows[u].stored] = result.group_of[u];
    }
  }
  for (size_t u = 0; u < units.size(); ++u) {
    if (rows[u].fresh >= 0) continue;
    int& group = home[rows[u].stored];
    if (group < 0) group = result.group_of[u];
    if (group != result.group_of[u]) {
      *linked = false;
      return Status::Ok();
    }
  }
  std::vector<bool> fresh_loose(fresh.units.size(), false);
  for (size_t u = 0; u < units.size(); ++u) {
    if (rows[u].fresh >= 0) fresh_loose[rows[u].fresh] = result.loose[u];
  }

  // What each group becomes.
  std::vector<GroupPlan> plans(result.groups.size());
  for (size_t u = 0; u < units.size(); ++u) {
    GroupPlan& plan = plans[result.group_of[u]];
    if (rows[u].fresh >= 0) {
      plan.fresh.push_back(rows[u].fresh);
    } else if (std::find(plan.stored.begin(), plan.stored.end(), rows[u].stored) ==
               plan.stored.end()) {
      plan.stored.push_back(rows[u].stored);
    }
  }
  std::vector<LinkedEntity> added, grown, removed;
  std::vector<std::string> rewritten_ids;
  for (size_t g = 0; g < plans.size(); ++g) {
    GroupPlan& plan = plans[g];
    const LinkedGroup& group = result.groups[g];
    if (plan.fresh.empty() && plan.stored.size() == 1) continue;
    LinkedEntity entity = EntityOfGroup(group);
    bool extracted = false, listed = false;
    for (int unit : plan.fresh) {
      if (fresh.members[unit].source_id != 0) {
        entity.members.push_back(fresh.members[unit]);
        extracted = true;
      } else {
        entity.list_entries.push_back(fresh.entries[unit]);
        listed = true;
      }
    }
    for (int e : plan.stored) {
      extracted = extracted || stored[e].origin != EntityOrigin::kList;
      listed = listed || stored[e].origin != EntityOrigin::kExtracted;
      AddShapes(stored[e].shapes, &entity.shapes);
    }
    AddShapes(ShapesOf(fresh, plan.fresh, fresh_loose), &entity.shapes);
    SettleShapes(group.settled, &entity.shapes);
    entity.origin = OriginOf(extracted, listed);
    if (plan.stored.empty()) {
      plan.outcome = Outcome::kNew;
      if (!group.settled) entity.blocks = BlocksOf(fresh.units, plan.fresh);
    } else if (plan.stored.size() == 1 && stored[plan.stored[0]].type == group.type) {
      // Appended to: its id stays, the index gains the new names' keys.
      plan.outcome = Outcome::kGrown;
      entity.id = stored[plan.stored[0]].id;
      if (!group.settled) entity.blocks = BlocksOf(fresh.units, plan.fresh);
      plan.record = static_cast<int>(grown.size());
      grown.push_back(std::move(entity));
      continue;
    } else {
      plan.outcome = Outcome::kRewritten;
      // The earliest entity's id, unless its type changes (a new letter).
      const LinkedEntity& first = stored[rows[group.units.front()].stored];
      if (rows[group.units.front()].fresh < 0 && first.type == group.type) entity.id = first.id;
      if (!group.settled) entity.blocks = BlocksOfShapes(entity.shapes);
      for (int e : plan.stored) rewritten_ids.push_back(stored[e].id);
    }
    plan.record = static_cast<int>(added.size());
    added.push_back(std::move(entity));
  }

  // Rewritten entities: their members, list entries and relations move to
  // the new record.
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> old, store->GetLinkedEntities(rewritten_ids));
  std::map<std::string, LinkedEntity*> old_by_id;
  for (LinkedEntity& entity : old) old_by_id.emplace(entity.id, &entity);
  std::set<std::string> replaced(rewritten_ids.begin(), rewritten_ids.end());
  for (const GroupPlan& plan : plans) {
    if (plan.outcome != Outcome::kRewritten) continue;
    LinkedEntity& entity = added[plan.record];
    for (int e : plan.stored) {
      const auto found = old_by_id.find(stored[e].id);
      if (found == old_by_id.end()) continue;
      const LinkedEntity& was = *found->second;
      entity.members.insert(entity.members.end(), was.members.begin(), was.members.end());
      entity.list_entries.insert(entity.list_entries.end(), was.list_entries.begin(),
                                 was.list_entries.end());
    }
    std::sort(entity.members.begin(), entity.members.end(),
              [](const EntityMemberRef& a, const EntityMemberRef& b) {
                return std::tie(a.source_id, a.local_id) < std::tie(b.source_id, b.local_id);
              });
  }
  RETURN_IF_ERROR(FreeIds(store, replaced, &added).status());

  // The id each group is stored under, and where each rewritten entity went.
  const auto id_of = [&](size_t g) -> const std::string& {
    const GroupPlan& plan = plans[g];
    switch (plan.outcome) {
      case Outcome::kUnchanged:
        return stored[plan.stored.front()].id;
      case Outcome::kGrown:
        return grown[plan.record].id;
      case Outcome::kNew:
      case Outcome::kRewritten:
        break;
    }
    return added[plan.record].id;
  };
  std::unordered_map<std::string, std::string> moved;
  for (size_t g = 0; g < plans.size(); ++g) {
    if (plans[g].outcome != Outcome::kRewritten) continue;
    for (int e : plans[g].stored) moved[stored[e].id] = id_of(g);
  }
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
  // New relations (between units of new sources), at one end: the store
  // keeps each pair once.
  for (const GroupRelation& relation : result.related) {
    if (LinkedEntity* at = record_of(relation.a); at != nullptr) {
      AddRelation({id_of(relation.b), relation.reason}, at);
    } else if (LinkedEntity* other = record_of(relation.b); other != nullptr) {
      AddRelation({id_of(relation.a), relation.reason}, other);
    }
  }
  // The rewritten entities' relations, to where their other ends are now.
  for (size_t g = 0; g < plans.size(); ++g) {
    if (plans[g].outcome != Outcome::kRewritten) continue;
    LinkedEntity& entity = added[plans[g].record];
    for (int e : plans[g].stored) {
      const auto found = old_by_id.find(stored[e].id);
      if (found == old_by_id.end()) continue;
      for (EntityRelation relation : found->second->related) {
        const auto to = moved.find(relation.other_id);
        if (to != moved.end()) relation.other_id = to->second;
        AddRelation(relation, &entity);
      }
    }
  }
  std::map<std::string, int> stored_index;
  for (int e = 0; e < static_cast<int>(stored.size()); ++e) stored_index.emplace(stored[e].id, e);
  for (LinkedEntity& entity : old) {
    // The index rows to drop, as they were written with its names.
    entity.blocks = BlocksOfShapes(stored[stored_index.at(entity.id)].shapes);
    removed.push_back(std::move(entity));
  }
  RETURN_IF_ERROR(store->UpdateLinkedEntities(removed, added));
  RETURN_IF_ERROR(store->GrowLinkedEntities(grown));
  *summary = RelinkSummary{.units = static_cast<int64_t>(units.size()),
                           .entities = static_cast<int64_t>(added.size() + grown.size()),
                           .relations = static_cast<int64_t>(result.related.size())};
  return Status::Ok();
}

}  // namespace dossier::pipeline_internal
