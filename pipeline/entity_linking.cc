#include "pipeline/entity_linking.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace dossier {
namespace {

// What a linking run reads, with the store's reference of each unit.
struct Units {
  std::vector<LinkUnit> units;
  std::vector<EntityMemberRef> members;  // per unit; source_id 0 for list records
  std::vector<ListEntryRef> entries;     // per unit; list_id 0 for source entities
};

// Source entities by source id, each list's records right after the
// entities of the last source stored before it: the order things arrived.
StatusOr<Units> ReadUnits(EvidenceStore* store) {
  ASSIGN_OR_RETURN(std::vector<SourceEntity> entities, store->ListSourceEntities());
  ASSIGN_OR_RETURN(std::vector<StoredList> lists, store->ListLists());
  ASSIGN_OR_RETURN(std::vector<ListEntry> entries, store->ListListEntries());
  std::stable_sort(lists.begin(), lists.end(), [](const StoredList& a, const StoredList& b) {
    return a.after_source < b.after_source;
  });
  Units out;
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
    for (const ListEntry& entry : entries) {
      if (entry.list_id != list.id) continue;
      out.units.push_back(LinkUnit{.type = entry.type,
                                   .name = entry.name,
                                   .aliases = entry.aliases,
                                   .list = entry.list_id,
                                   .date_of_birth = entry.date_of_birth});
      out.members.push_back({});
      out.entries.push_back({entry.list_id, entry.index});
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

std::vector<LinkedEntity> ToLinkedEntities(const Units& read, const LinkResult& linked) {
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
      if (read.members[unit].source_id != 0) {
        entity.members.push_back(read.members[unit]);
        extracted = true;
      } else {
        entity.list_entries.push_back(read.entries[unit]);
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

StatusOr<LinkedEntity> FindEntity(EvidenceStore* store, const std::string& id) {
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> entities, store->ListLinkedEntities(std::nullopt));
  for (LinkedEntity& entity : entities) {
    if (entity.id == id) return std::move(entity);
  }
  return NotFoundError("no entity " + id + " (see `dossier entities`)");
}

// The keys of the names an entity's units carry (not aliases only).
std::vector<std::string> UnitKeys(const LinkedEntity& entity) {
  std::vector<std::string> keys;
  for (const LinkedEntityName& name : entity.names) {
    if (name.units > 0 && !name.key.empty() &&
        std::find(keys.begin(), keys.end(), name.key) == keys.end()) {
      keys.push_back(name.key);
    }
  }
  return keys;
}

std::string WithNote(std::string words, std::string_view note) {
  if (!note.empty()) words += ": " + std::string(note);
  return words;
}

// Records that the entities of `keys_a` and of `keys_b` stay apart: a split
// of every key, then each side's keys merged again.
Status AddSeparation(EvidenceStore* store, const std::vector<std::string>& keys_a,
                     const std::vector<std::string>& keys_b, const std::string& note) {
  std::vector<std::string> all = keys_a;
  all.insert(all.end(), keys_b.begin(), keys_b.end());
  RETURN_IF_ERROR(
      store->AddJudgment({.kind = JudgmentKind::kSplit, .keys_a = all, .note = note}).status());
  for (const std::vector<std::string>* side : {&keys_a, &keys_b}) {
    if (side->size() < 2) continue;
    RETURN_IF_ERROR(store
                        ->AddJudgment({.kind = JudgmentKind::kMerge,
                                       .keys_a = {side->front()},
                                       .keys_b = {side->begin() + 1, side->end()},
                                       .note = note + " (keeping one side whole)"})
                        .status());
  }
  return Status::Ok();
}

}  // namespace

StatusOr<RelinkSummary> RelinkEntities(EvidenceStore* store, const LinkOptions& options) {
  RelinkSummary summary;
  // Exclusively: another process's re-link or new sources cannot slip in
  // between reading the inputs and replacing the entities.
  RETURN_IF_ERROR(store->LinkExclusively([&]() -> Status {
    ASSIGN_OR_RETURN(Units read, ReadUnits(store));
    ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
    const LinkResult linked = LinkEntities(read.units, ToLinkJudgments(judgments), options);
    const std::vector<LinkedEntity> entities = ToLinkedEntities(read, linked);
    RETURN_IF_ERROR(store->ReplaceLinkedEntities(entities));
    summary = RelinkSummary{.units = static_cast<int64_t>(read.units.size()),
                            .entities = static_cast<int64_t>(entities.size()),
                            .relations = static_cast<int64_t>(linked.related.size())};
    return Status::Ok();
  }));
  return summary;
}

StatusOr<RelinkSummary> MergeEntities(EvidenceStore* store, const std::string& id_a,
                                      const std::string& id_b, std::string_view note) {
  if (id_a == id_b) return InvalidArgumentError("cannot merge " + id_a + " with itself");
  ASSIGN_OR_RETURN(LinkedEntity a, FindEntity(store, id_a));
  ASSIGN_OR_RETURN(LinkedEntity b, FindEntity(store, id_b));
  if (a.type != b.type) {
    return InvalidArgumentError("cannot merge " + id_a + " (" +
                                std::string(ContractTypeName(a.type)) + ") with " + id_b + " (" +
                                std::string(ContractTypeName(b.type)) + "): types differ");
  }
  EntityJudgment judgment{
      .kind = JudgmentKind::kMerge,
      .keys_a = UnitKeys(a),
      .keys_b = UnitKeys(b),
      .note = WithNote("merge " + id_a + " " + id_b + " (" + a.name + " + " + b.name + ")", note)};
  if (judgment.keys_a.empty() || judgment.keys_b.empty()) {
    return InvalidArgumentError("cannot merge " + id_a + " " + id_b + ": an entity has no names");
  }
  RETURN_IF_ERROR(store->AddJudgment(judgment).status());
  return RelinkEntities(store);
}

StatusOr<RelinkSummary> SplitEntity(EvidenceStore* store, const std::string& id,
                                    std::string_view note) {
  ASSIGN_OR_RETURN(LinkedEntity entity, FindEntity(store, id));
  EntityJudgment judgment{.kind = JudgmentKind::kSplit,
                          .keys_a = UnitKeys(entity),
                          .note = WithNote("split " + id + " (" + entity.name + ")", note)};
  if (judgment.keys_a.size() < 2) {
    return InvalidArgumentError("cannot split " + id + ": all its names are one spelling ('" +
                                entity.name + "')");
  }
  RETURN_IF_ERROR(store->AddJudgment(judgment).status());
  return RelinkEntities(store);
}

}  // namespace dossier

namespace dossier {

StatusOr<RelinkSummary> SeparateEntities(EvidenceStore* store, const std::string& id_a,
                                         const std::string& id_b, std::string_view note) {
  if (id_a == id_b) return InvalidArgumentError(id_a + " is the same entity as itself");
  ASSIGN_OR_RETURN(LinkedEntity a, FindEntity(store, id_a));
  ASSIGN_OR_RETURN(LinkedEntity b, FindEntity(store, id_b));
  const std::vector<std::string> keys_a = UnitKeys(a), keys_b = UnitKeys(b);
  if (keys_a.empty() || keys_b.empty()) {
    return InvalidArgumentError("cannot separate " + id_a + " " + id_b +
                                ": an entity has no names");
  }
  RETURN_IF_ERROR(AddSeparation(
      store, keys_a, keys_b,
      WithNote("not the same: " + id_a + " " + id_b + " (" + a.name + " / " + b.name + ")", note)));
  return RelinkEntities(store);
}

StatusOr<RelinkSummary> UndoJudgment(EvidenceStore* store, int64_t judgment_id,
                                     std::string_view note) {
  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
  const EntityJudgment* undone = nullptr;
  for (const EntityJudgment& judgment : judgments) {
    if (judgment.id == judgment_id) undone = &judgment;
  }
  if (undone == nullptr) return NotFoundError("no judgment " + std::to_string(judgment_id));
  const std::string words =
      WithNote("undo " + std::to_string(judgment_id) + " (" + undone->note + ")", note);
  if (undone->kind == JudgmentKind::kMerge) {
    RETURN_IF_ERROR(AddSeparation(store, undone->keys_a, undone->keys_b, words));
  } else {
    if (undone->keys_a.size() < 2) {
      return InvalidArgumentError("judgment " + std::to_string(judgment_id) + " split nothing");
    }
    RETURN_IF_ERROR(store
                        ->AddJudgment({.kind = JudgmentKind::kMerge,
                                       .keys_a = {undone->keys_a.front()},
                                       .keys_b = {undone->keys_a.begin() + 1, undone->keys_a.end()},
                                       .note = words})
                        .status());
  }
  return RelinkEntities(store);
}

}  // namespace dossier
