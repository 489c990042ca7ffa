// dossier entities | merge | split | import | reextract.

#include "cli/entity_commands.h"

#include <fmt/core.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "cli/document_json.h"
#include "cli/ner_commands.h"
#include "cli/progress.h"
#include "cli/store_access.h"
#include "pipeline/entity_linking.h"
#include "pipeline/reextract.h"
#include "resolve/name_list.h"
#include "web/api_json.h"

namespace dossier::cli {
namespace {

constexpr int kUsageError = 2;

// Prints the one-line summary of a re-link, or reports its error.
int ReportRelink(const StatusOr<RelinkSummary>& linked, const std::string& what) {
  if (!linked.ok()) {
    ReportError(linked.status());
    return 1;
  }
  fmt::print(stderr, "{}; {} names linked into {} entities{} ({} related pairs)\n", what,
             linked->units, linked->entities, linked->whole ? " (the whole store)" : "",
             linked->relations);
  return 0;
}

void PrintEntity(const LinkedEntity& entity,
                 const std::unordered_map<std::string, const LinkedEntity*>& by_id) {
  std::string where =
      fmt::format("{} source{}", entity.source_count, entity.source_count == 1 ? "" : "s");
  for (const std::string& list : entity.lists) where += "; list " + list;
  fmt::print("{}  {:<12}  {}  ({})\n", entity.id, ContractTypeName(entity.type), entity.name,
             where);
  std::string others;
  for (const LinkedEntityName& name : entity.names) {
    if (name.name == entity.name) continue;
    if (!others.empty()) others += "; ";
    others += name.name;
  }
  if (!others.empty()) fmt::print("    also: {}\n", others);
  for (const EntityRelation& relation : entity.related) {
    const auto other = by_id.find(relation.other_id);
    fmt::print("    related: {} {} ({})\n", relation.other_id,
               other != by_id.end() ? other->second->name : "", relation.reason);
  }
}

}  // namespace

int RunEntities(const GlobalOptions& global, const std::string& type_name) {
  std::optional<EntityType> type;
  if (!type_name.empty()) {
    type = ParseContractType(type_name);
    if (!type.has_value()) {
      fmt::print(stderr, "dossier: --type: '{}' is not PERSON, ORGANIZATION, LOCATION or OTHER\n",
                 type_name);
      return kUsageError;
    }
  }
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  if (!entities.ok()) {
    ReportError(entities.status());
    return 1;
  }
  std::unordered_map<std::string, const LinkedEntity*> by_id;
  for (const LinkedEntity& entity : *entities) by_id.emplace(entity.id, &entity);
  std::vector<const LinkedEntity*> shown;
  for (const LinkedEntity& entity : *entities) {
    if (!type.has_value() || entity.type == *type) shown.push_back(&entity);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const LinkedEntity* a, const LinkedEntity* b) {
    return a->source_count + a->list_entries.size() > b->source_count + b->list_entries.size();
  });
  for (const LinkedEntity* entity : shown) {
    if (global.json) {
      fmt::print("{}\n", ToJsonText(web::LinkedEntityJson(*entity, by_id)));
    } else {
      PrintEntity(*entity, by_id);
    }
  }
  return 0;
}

int RunMerge(const GlobalOptions& global, const std::string& a, const std::string& b) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  return ReportRelink(MergeEntities(store.get(), a, b), "merged " + a + " and " + b);
}

int RunSplit(const GlobalOptions& global, const std::string& id) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  return ReportRelink(SplitEntity(store.get(), id), "split " + id);
}

int RunImport(const GlobalOptions& global, const std::string& file, const std::string& list) {
  const std::string name = list.empty() ? std::filesystem::path(file).stem().string() : list;
  if (name.empty()) {
    fmt::print(stderr, "dossier: import: --list NAME is empty\n");
    return kUsageError;
  }
  StatusOr<std::vector<ListedName>> names = ReadNameList(file);
  if (!names.ok()) {
    ReportError(names.status());
    return 1;
  }
  std::vector<ListEntry> entries;
  entries.reserve(names->size());
  // Every date of birth and country, ';'-separated as the screening reads
  // them back (person_attributes.h); weak aliases are aliases in the store.
  auto joined = [](const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& v : values) out += (out.empty() ? "" : "; ") + v;
    return out;
  };
  for (ListedName& listed : *names) {
    for (std::string& weak : listed.weak_aliases) listed.aliases.push_back(std::move(weak));
    entries.push_back(ListEntry{.record_id = std::move(listed.id),
                                .type = listed.type,
                                .name = std::move(listed.name),
                                .aliases = std::move(listed.aliases),
                                .date_of_birth = joined(listed.birth_dates),
                                .nationality = joined(listed.countries),
                                .gender = std::move(listed.gender)});
  }
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/false);
  if (store == nullptr) return 1;
  StatusOr<std::vector<StoredList>> lists = store->ListLists();
  if (!lists.ok()) {
    ReportError(lists.status());
    return 1;
  }
  // A list imported again drops its old entries from the entities they
  // joined: only a whole re-link finds those entities.
  const bool replaces = std::any_of(lists->begin(), lists->end(),
                                    [&](const StoredList& stored) { return stored.name == name; });
  if (StatusOr<int64_t> id = store->ImportList(name, file, entries); !id.ok()) {
    ReportError(id.status());
    return 1;
  }
  return ReportRelink(
      replaces ? RelinkEntities(store.get()) : LinkNewEntities(store.get()),
      fmt::format("imported {} names from {} as list '{}'", entries.size(), file, name));
}

int RunRelink(const GlobalOptions& global) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  return ReportRelink(RelinkEntities(store.get()), "re-linked");
}

int RunReextract(const GlobalOptions& global, bool progress) {
  const std::unique_ptr<NerModels> models = LoadShippedNerModelsOrReport();
  if (models == nullptr) return 1;
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  StatusOr<std::vector<SourceSummary>> sources = store->ListSources();
  if (!sources.ok()) {
    ReportError(sources.status());
    return 1;
  }
  uint64_t bytes = 0;
  for (const SourceSummary& source : *sources) bytes += source.bytes;
  ProgressBar bar(sources->size(), bytes, progress);
  ReextractOptions options;
  options.jobs = JobsOf(global);
  size_t next = 0;
  options.progress = [&](int64_t, int64_t) { bar.Advance((*sources)[next++].bytes); };
  StatusOr<ReextractSummary> done = ReextractAll(store.get(), models.get(), options);
  bar.Finish();
  if (!done.ok()) {
    ReportError(done.status());
    return 1;
  }
  return ReportRelink(RelinkEntities(store.get()),
                      fmt::format("re-extracted {} sources ({} entities) in {:.2f} s",
                                  done->sources, done->entities, bar.ElapsedSeconds()));
}

}  // namespace dossier::cli
