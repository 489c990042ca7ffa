#include "pipeline/internal/link_inputs.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace dossier::pipeline_internal {
namespace {

LinkBlocking BlockingOf(const LinkUnit& unit, LinkNameCache* names) {
  return names != nullptr ? names->BlockingOf(unit) : LinkBlockingOf(unit.name, unit.type);
}

}  // namespace

LinkUnit UnitOf(const SourceEntity& entity) {
  return LinkUnit{.type = entity.type,
                  .name = entity.name,
                  .aliases = entity.aliases,
                  .source = entity.source_id,
                  .mentions = entity.mentions};
}

std::vector<LinkUnit> LinkUnitsOf(const std::vector<SourceEntity>& entities) {
  std::vector<LinkUnit> out;
  out.reserve(entities.size());
  for (const SourceEntity& entity : entities) out.push_back(UnitOf(entity));
  return out;
}

LinkInputs OrderUnits(const std::vector<SourceEntity>& entities, std::vector<StoredList> lists,
                      const std::vector<ListEntry>& entries) {
  std::map<int64_t, std::vector<const ListEntry*>> by_list;
  for (const ListEntry& entry : entries) by_list[entry.list_id].push_back(&entry);
  std::erase_if(lists, [&](const StoredList& list) { return !by_list.contains(list.id); });
  std::stable_sort(lists.begin(), lists.end(), [](const StoredList& a, const StoredList& b) {
    return std::tie(a.after_source, a.id) < std::tie(b.after_source, b.id);
  });
  LinkInputs out;
  int64_t last_source = 0;
  int64_t position = 0;
  const auto add_entity = [&](const SourceEntity& entity) {
    position = entity.source_id == last_source ? position + 1 : 0;
    last_source = entity.source_id;
    out.arrivals.push_back({.source = entity.source_id, .index = position});
    out.units.push_back(UnitOf(entity));
    out.members.push_back({entity.source_id, entity.local_id});
    out.entries.push_back({});
  };
  const auto add_list = [&](const StoredList& list) {
    for (const ListEntry* entry : by_list[list.id]) {
      out.arrivals.push_back(
          {.source = list.after_source, .list = entry->list_id, .index = entry->index});
      out.units.push_back(LinkUnit{.type = entry->type,
                                   .name = entry->name,
                                   .aliases = entry->aliases,
                                   .list = entry->list_id,
                                   .date_of_birth = entry->date_of_birth});
      out.members.push_back({});
      out.entries.push_back({entry->list_id, entry->index});
    }
  };
  size_t next_list = 0;
  for (const SourceEntity& entity : entities) {
    while (next_list < lists.size() && lists[next_list].after_source < entity.source_id) {
      add_list(lists[next_list++]);
    }
    add_entity(entity);
  }
  while (next_list < lists.size()) add_list(lists[next_list++]);
  return out;
}

std::vector<LinkJudgment> ToLinkJudgments(const std::vector<EntityJudgment>& judgments) {
  std::vector<LinkJudgment> out;
  for (const EntityJudgment& judgment : judgments) {
    out.push_back(LinkJudgment{.kind = judgment.kind == JudgmentKind::kMerge
                                           ? LinkJudgmentKind::kMerge
                                           : LinkJudgmentKind::kSplit,
                               .keys_a = judgment.keys_a,
                               .keys_b = judgment.keys_b});
  }
  return out;
}

std::vector<EntityBlockKey> BlocksOf(const std::vector<LinkUnit>& units,
                                     const std::vector<int>& which, LinkNameCache* names) {
  std::set<std::pair<EntityType, std::string>> seen;
  std::set<std::pair<std::string, bool>> blocks;
  for (int unit : which) {
    if (!seen.emplace(units[unit].type, units[unit].name).second) continue;
    const LinkBlocking blocking = BlockingOf(units[unit], names);
    for (const std::string& key : blocking.keys) blocks.emplace(key, blocking.full);
  }
  std::vector<EntityBlockKey> out;
  out.reserve(blocks.size());
  for (const auto& [key, full] : blocks) out.push_back({key, full});
  return out;
}

std::vector<EntityShape> ShapesOf(const LinkInputs& inputs, const std::vector<int>& which,
                                  const std::vector<bool>& loose) {
  std::vector<EntityShape> shapes;
  for (int unit : which) {
    const LinkUnit& u = inputs.units[unit];
    const Arrival& arrival = inputs.arrivals[unit];
    shapes.push_back(EntityShape{.type = u.type,
                                 .name = u.name,
                                 .aliases = u.aliases,
                                 .list_id = u.list,
                                 .date_of_birth = u.date_of_birth,
                                 .units = 1,
                                 .mentions = std::max(1, u.mentions),
                                 .first_source = arrival.source,
                                 .first_list = arrival.list,
                                 .first_index = arrival.index,
                                 .loose = loose[unit]});
  }
  std::vector<EntityShape> out;
  AddShapes(shapes, &out);
  return out;
}

void AddShapes(const std::vector<EntityShape>& more, std::vector<EntityShape>* shapes) {
  const auto earlier = [](const EntityShape& a, const EntityShape& b) {
    return std::tie(a.first_source, a.first_list, a.first_index) <
           std::tie(b.first_source, b.first_list, b.first_index);
  };
  const auto key = [](const EntityShape& shape) {
    return std::tuple(shape.type, shape.list_id, shape.name, shape.date_of_birth, shape.loose);
  };
  std::map<decltype(key(EntityShape())), size_t> index;
  for (size_t i = 0; i < shapes->size(); ++i) index.emplace(key((*shapes)[i]), i);
  bool reorder = false;
  for (const EntityShape& shape : more) {
    const auto [found, inserted] = index.emplace(key(shape), shapes->size());
    if (inserted) {
      reorder = reorder || (!shapes->empty() && earlier(shape, shapes->back()));
      shapes->push_back(shape);
      continue;
    }
    EntityShape& into = (*shapes)[found->second];
    into.units += shape.units;
    into.mentions += shape.mentions;
    for (const std::string& alias : shape.aliases) {
      if (std::find(into.aliases.begin(), into.aliases.end(), alias) == into.aliases.end()) {
        into.aliases.push_back(alias);
      }
    }
    if (earlier(shape, into)) {
      into.first_source = shape.first_source;
      into.first_list = shape.first_list;
      into.first_index = shape.first_index;
      reorder = true;
    }
  }
  if (reorder) std::stable_sort(shapes->begin(), shapes->end(), earlier);
}

void SettleShapes(bool settled, std::vector<EntityShape>* shapes) {
  for (EntityShape& shape : *shapes) shape.settled = settled;
}

void AddKeysOf(const std::vector<LinkUnit>& units, std::vector<std::string>* keys,
               std::vector<std::string>* blocks, LinkNameCache* names) {
  for (const LinkUnit& unit : units) {
    // Names without letters (keys of a type letter alone) link with nothing.
    std::string key = names != nullptr ? names->KeyOf(unit) : NameKey(unit.name, unit.type);
    if (key.size() > 2) keys->push_back(std::move(key));
    // An acronym the unit's source states joins an organization named by it
    // alone (rule 3b), stored before or after.
    const std::vector<std::string> acronyms =
        names != nullptr ? names->StatedAcronymsOf(unit) : StatedAcronymKeys(unit);
    keys->insert(keys->end(), acronyms.begin(), acronyms.end());
    const LinkBlocking blocking = BlockingOf(unit, names);
    blocks->insert(blocks->end(), blocking.keys.begin(), blocking.keys.end());
  }
}

StatusOr<std::unordered_map<std::string, std::string>> FreeIds(
    EvidenceStore* store, const std::set<std::string>& replaced,
    std::vector<LinkedEntity>* entities) {
  std::unordered_map<std::string, std::string> renamed;
  std::set<std::string> used;
  // Which ids stored entities hold, read a batch at a time: the ids given,
  // then for an id taken the next ones of its base ("-2", "-3", ...), 16 at
  // a time, since a common name's namesakes hold many.
  std::set<std::string> asked, held;
  const auto ask = [&](const std::vector<std::string>& ids) -> Status {
    ASSIGN_OR_RETURN(std::vector<std::string> taken, store->TakenEntityIds(ids));
    asked.insert(ids.begin(), ids.end());
    held.insert(taken.begin(), taken.end());
    return Status::Ok();
  };
  std::vector<std::string> given;
  for (const LinkedEntity& entity : *entities) given.push_back(entity.id);
  RETURN_IF_ERROR(ask(given));
  for (LinkedEntity& entity : *entities) {
    const auto taken = [&](const std::string& id) {
      return used.contains(id) || (!replaced.contains(id) && held.contains(id));
    };
    if (taken(entity.id)) {
      // "P-3fa94c01d2" or "P-3fa94c01d2-2": the base is the type and hash.
      const std::string base = entity.id.substr(0, entity.id.find('-', 2));
      const auto numbered = [&](int n) { return n < 2 ? base : base + "-" + std::to_string(n); };
      int n = 1;
      for (;; ++n) {
        if (!asked.contains(numbered(n))) {
          std::vector<std::string> batch;
          for (int k = n; k < n + 16; ++k) batch.push_back(numbered(k));
          RETURN_IF_ERROR(ask(batch));
        }
        if (!taken(numbered(n))) break;
      }
      renamed.emplace(entity.id, numbered(n));
      entity.id = numbered(n);
    }
    used.insert(entity.id);
  }
  for (LinkedEntity& entity : *entities) {
    for (EntityRelation& relation : entity.related) {
      const auto found = renamed.find(relation.other_id);
      if (found != renamed.end()) relation.other_id = found->second;
    }
  }
  return renamed;
}

void FillBlocks(const LinkInputs& inputs, const LinkedGroup& group, LinkedEntity* entity,
                LinkNameCache* names) {
  if (!group.settled) entity->blocks = BlocksOf(inputs.units, group.units, names);
}

LinkedEntity EntityOfGroup(const LinkedGroup& group) {
  LinkedEntity entity{.id = group.id, .type = group.type, .name = group.name};
  for (size_t i = 0; i < group.names.size(); ++i) {
    entity.names.push_back({group.names[i], group.keys[i], group.name_units[i]});
  }
  return entity;
}

EntityOrigin OriginOf(bool extracted, bool listed) {
  return extracted && listed ? EntityOrigin::kBoth
         : listed            ? EntityOrigin::kList
                             : EntityOrigin::kExtracted;
}

void AddUnits(const LinkInputs& inputs, const std::vector<int>& units, LinkedEntity* entity,
              bool* extracted, bool* listed) {
  for (int unit : units) {
    if (inputs.members[unit].source_id != 0) {
      entity->members.push_back(inputs.members[unit]);
      *extracted = true;
    } else {
      entity->list_entries.push_back(inputs.entries[unit]);
      *listed = true;
    }
  }
}

std::vector<LinkedEntity> ToLinkedEntities(const LinkInputs& inputs, const LinkResult& linked) {
  std::vector<LinkedEntity> out;
  out.reserve(linked.groups.size());
  for (const LinkedGroup& group : linked.groups) {
    LinkedEntity entity = EntityOfGroup(group);
    bool extracted = false;
    bool listed = false;
    AddUnits(inputs, group.units, &entity, &extracted, &listed);
    entity.shapes = ShapesOf(inputs, group.units, linked.loose);
    SettleShapes(group.settled, &entity.shapes);
    entity.origin = OriginOf(extracted, listed);
    out.push_back(std::move(entity));
  }
  for (const GroupRelation& relation : linked.related) {
    out[relation.a].related.push_back({out[relation.b].id, relation.reason});
    out[relation.b].related.push_back({out[relation.a].id, relation.reason});
  }
  return out;
}

}  // namespace dossier::pipeline_internal
