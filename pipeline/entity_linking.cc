#include "pipeline/entity_linking.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "pipeline/internal/incremental_linking.h"

namespace dossier {
namespace {

StatusOr<LinkedEntity> FindEntity(EvidenceStore* store, const std::string& id) {
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> entities, store->GetLinkedEntities({id}));
  if (entities.empty()) return NotFoundError("no entity " + id + " (see `dossier entities`)");
  return std::move(entities.front());
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

// Re-links the entities a judgment concerns: those with one of its keys
// and their neighbours (LinkIncrementally).
StatusOr<RelinkSummary> RelinkConcerned(EvidenceStore* store, const EntityJudgment& judgment) {
  std::vector<std::string> keys = judgment.keys_a;
  keys.insert(keys.end(), judgment.keys_b.begin(), judgment.keys_b.end());
  return LinkIncrementally(store, keys);
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
  LinkNameCache own_names;
  const LinkOptions with_names = pipeline_internal::WithNames(options, &own_names);
  // Exclusively: another process's re-link or new sources cannot slip in
  // between reading the inputs and replacing the entities.
  RETURN_IF_ERROR(store->LinkExclusively([&]() -> Status {
    return pipeline_internal::RelinkWholeStore(store, with_names, &summary);
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
  return RelinkConcerned(store, judgment);
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
  return RelinkConcerned(store, judgment);
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
  return RelinkConcerned(store, EntityJudgment{.keys_a = keys_a, .keys_b = keys_b});
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
  return RelinkConcerned(store, *undone);
}

}  // namespace dossier
