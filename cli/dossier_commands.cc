#include "cli/dossier_commands.h"

#include <fmt/core.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <utility>
#include <vector>

#include "cli/store_access.h"
#include "dossier/corpus_from_store.h"
#include "dossier/export_ftm.h"
#include "dossier/export_tables.h"
#include "dossier/find_entity.h"
#include "dossier/profile.h"
#include "dossier/profile_from_store.h"
#include "dossier/render.h"

namespace dossier::cli {
namespace {

constexpr int kFailure = 1;
constexpr int kUsage = 2;

int WriteOutput(const std::string& path, const std::string& text) {
  if (path.empty()) {
    std::cout << text;
    return 0;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) {
    ReportError(IoError(path + ": cannot write"));
    return kFailure;
  }
  return 0;
}

}  // namespace

std::optional<Corpus> LoadCorpusOrReport(const std::string& db) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(db, /*must_exist=*/true);
  if (store == nullptr) return std::nullopt;
  StatusOr<Corpus> corpus = LoadCorpus(*store);
  if (!corpus.ok()) {
    ReportError(corpus.status().WithPrefix(db));
    return std::nullopt;
  }
  return std::move(corpus).value();
}

namespace {

// One candidate entity of a name, as the listing of candidates shows it.
struct Candidate {
  const std::string& id;
  EntityType type;
  const std::string& name;
  int sources;
};

// Reports that NAME names no entity, or lists its candidates.
void ReportNotOne(const std::string& name, const std::vector<Candidate>& found) {
  if (found.empty()) {
    ReportError(NotFoundError("no entity named '" + name + "' in the store"));
    return;
  }
  fmt::print(stderr, "dossier: '{}' names {} entities; give a fuller name or the id:\n", name,
             found.size());
  for (const Candidate& entity : found) {
    fmt::print(stderr, "  {}  {}  {}  ({} sources)\n", entity.id, ContractTypeName(entity.type),
               entity.name, entity.sources);
  }
}

// The one stored entity NAME (any spelling, or an entity id) stands for,
// read through the store's indexes; nullopt after reporting on stderr.
std::optional<LinkedEntity> ResolveStoredEntityOrReport(EvidenceStore& store, const std::string& db,
                                                        const std::string& name) {
  StatusOr<std::vector<LinkedEntity>> found = store.GetLinkedEntities({name});
  if (found.ok() && found->empty()) found = FindStoredEntities(store, name);
  if (!found.ok()) {
    ReportError(found.status().WithPrefix(db));
    return std::nullopt;
  }
  if (found->size() == 1) return std::move(found->front());
  std::vector<Candidate> candidates;
  for (const LinkedEntity& entity : *found) {
    candidates.push_back({entity.id, entity.type, entity.name, entity.source_count});
  }
  ReportNotOne(name, candidates);
  return std::nullopt;
}

// The profile of the entity NAME stands for, from the part of the store it
// reads (profile_from_store.h), with that part; nullopt after reporting.
std::optional<std::pair<Profile, Corpus>> StoredProfileOrReport(const ProfileOptions& options) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(options.db, /*must_exist=*/true);
  if (store == nullptr) return std::nullopt;
  std::optional<LinkedEntity> entity =
      ResolveStoredEntityOrReport(*store, options.db, options.name);
  if (!entity) return std::nullopt;
  StatusOr<ProfileCorpus> part = LoadProfileCorpus(
      *store, *entity,
      {.max_sources = options.max_sources, .max_dispute_sources = options.max_sources});
  if (!part.ok()) {
    ReportError(part.status().WithPrefix(options.db));
    return std::nullopt;
  }
  Profile profile = BuildProfile(part->corpus, entity->id);
  NoteWhatWasRead(*part, &profile);
  return std::make_pair(std::move(profile), std::move(part->corpus));
}

}  // namespace

const CorpusEntity* ResolveEntityOrReport(const Corpus& corpus, const std::string& name) {
  for (const CorpusEntity& entity : corpus.entities) {
    if (entity.id == name) return &entity;
  }
  std::vector<const CorpusEntity*> found = FindEntities(corpus, name);
  if (found.size() == 1) return found.front();
  std::vector<Candidate> candidates;
  for (const CorpusEntity* entity : found) {
    std::set<int> sources;
    for (const EntityMember& member : entity->members) sources.insert(member.source);
    candidates.push_back(
        {entity->id, entity->type, entity->name, static_cast<int>(sources.size())});
  }
  ReportNotOne(name, candidates);
  return nullptr;
}

int RunProfile(const ProfileOptions& options) {
  const std::optional<ProfileFormat> format = ParseProfileFormat(options.format);
  if (!format) {
    fmt::print(stderr, "dossier: --format {}: expected text, md, html or json\n", options.format);
    return kUsage;
  }
  const std::optional<std::pair<Profile, Corpus>> built = StoredProfileOrReport(options);
  if (!built) return kFailure;
  std::cout << RenderProfile(built->first, built->second, *format);
  return 0;
}

int RunTimeline(const ProfileOptions& options) {
  const std::optional<std::pair<Profile, Corpus>> built = StoredProfileOrReport(options);
  if (!built) return kFailure;
  std::cout << RenderTimelineText(built->first, built->second);
  return 0;
}

int RunExport(const ExportOptions& options) {
  if (options.format != "ftm" && options.format != "json" && options.format != "csv") {
    fmt::print(stderr, "dossier: --format {}: expected ftm, json or csv\n", options.format);
    return kUsage;
  }
  if (options.format == "csv" && options.out.empty()) {
    fmt::print(stderr, "dossier: --format csv writes a folder of tables: give --out DIR\n");
    return kUsage;
  }
  std::optional<Corpus> corpus = LoadCorpusOrReport(options.db);
  if (!corpus) return kFailure;
  if (options.format == "json") return WriteOutput(options.out, ExportJson(*corpus));
  const std::vector<FtmEntity> entities = BuildFtmEntities(*corpus);
  if (Status valid = ValidateFtmEntities(entities); !valid.ok()) {
    ReportError(InternalError("export: " + valid.message()));
    return kFailure;
  }
  if (options.format == "ftm") return WriteOutput(options.out, FtmJsonLines(entities));
  if (Status written = WriteCsvTables(entities, options.out); !written.ok()) {
    ReportError(written);
    return kFailure;
  }
  return 0;
}

}  // namespace dossier::cli
