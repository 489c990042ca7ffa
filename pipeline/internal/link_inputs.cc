#include "pipeline/internal/link_inputs.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace dossier::pipeline_internal {

LinkInputs OrderUnits(const std::vector<SourceEntity>& entities, std::vector<StoredList> lists,
                      const std::vector<ListEntry>& entries) {
  std::map<int64_t, std::vector<const ListEntry*>> by_list;
  for (const ListEntry& entry : entries) by_list[entry.list_id].push_back(&entry);
  std::erase_if(lists, [&](const StoredList& list) { return !by_list.contains(list.id); });
  std::stable_sort(lists.begin(), lists.end(), [](const StoredList& a, const StoredList& b) {
    return std::tie(a.after_source, a.id) < std::tie(b.after_source, b.id);
  });
  LinkInputs out;
  const auto add_entity = [&](const SourceEntity& entity) {
    out.units.push_back(LinkUnit{.type = entity.type,
                                 .name = entity.name,
                                 .aliases = entity.aliases,
                                 .source = entity.source_id,
                                 .mentions = entity.mentions});
    out.members.push_back({entity.source_id, entity.local_id});
    out.entries.push_back({});
  };
  const auto add_list = [&](const StoredList& list) {
    for (const ListEntry* entry : by_list[list.id]) {
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
                                     const std::vector<int>& which) {
  std::set<std::pair<EntityType, std::string>> names;
  std::set<std::pair<std::string, bool>> blocks;
  for (int unit : which) {
    if (!names.emplace(units[unit].type, units[unit].name).second) continue;
    const LinkBlocking blocking = LinkBlockingOf(units[unit].name, units[unit].type);
    for (const std::string& key : blocking.keys) blocks.emplace(key, blocking.full);
  }
  std::vector<EntityBlockKey> out;
  out.reserve(blocks.size());
  for (const auto& [key, full] : blocks) out.push_back({key, full});
  return out;
}

void FillBlocks(const LinkInputs& inputs, const LinkedGroup& group, LinkedEntity* entity) {
  if (!group.settled) entity->blocks = BlocksOf(inputs.units, group.units);
}

std::vector<LinkedEntity> ToLinkedEntities(const LinkInputs& inputs, const LinkResult& linked) {
  std::vector<LinkedEntity> out;
  out.reserve(linked.groups.size());
  for (const LinkedGroup& group : linked.groups) {
    LinkedEntity entity{.id = group.id, .type = group.type, .name = group.name};
    for (size_t i = 0; i < group.names.size(); ++i) {
      entity.names.push_back({group.names[i], group.keys[i], group.name_units[i]});
    }
    bool extracted = false;
    bool listed = false;
    for (int unit : group.units) {
      if (inputs.members[unit].source_id != 0) {
        entity.members.push_back(inputs.members[unit]);
        extracted = true;
      } else {
        entity.list_entries.push_back(inputs.entries[unit]);
        listed = true;
      }
    }
    entity.origin = extracted && listed ? EntityOrigin::kBoth
                    : listed            ? EntityOrigin::kList
                                        : EntityOrigin::kExtracted;
    out.push_back(std::move(entity));
  }
  for (const GroupRelation& relation : linked.related) {
    out[relation.a].related.push_back({out[relation.b].id, relation.reason});
    out[relation.b].related.push_back({out[relation.a].id, relation.reason});
  }
  return out;
}

}  // namespace dossier::pipeline_internal
