#include "cli/dossier_commands.h"

#include <fmt/core.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <set>

#include "cli/store_access.h"
#include "dossier/corpus_from_store.h"
#include "dossier/export_ftm.h"
#include "dossier/export_tables.h"
#include "dossier/find_entity.h"
#include "dossier/profile.h"
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

// Finds the one entity NAME stands for; lists the candidates when several.
const CorpusEntity* FindOneOrReport(const Corpus& corpus, const std::string& name) {
  std::vector<const CorpusEntity*> found = FindEntities(corpus, name);
  if (found.empty()) {
    ReportError(NotFoundError("no entity named '" + name + "' in the store"));
    return nullptr;
  }
  if (found.size() == 1) return found.front();
  fmt::print(stderr, "dossier: '{}' names {} entities; give a fuller name or the id:\n", name,
             found.size());
  for (const CorpusEntity* entity : found) {
    std::set<int> sources;
    for (const EntityMember& member : entity->members) sources.insert(member.source);
    fmt::print(stderr, "  {}  {}  {}  ({} sources)\n", entity->id, ContractTypeName(entity->type),
               entity->name, sources.size());
  }
  return nullptr;
}

}  // namespace

const CorpusEntity* ResolveEntityOrReport(const Corpus& corpus, const std::string& name) {
  for (const CorpusEntity& entity : corpus.entities) {
    if (entity.id == name) return &entity;
  }
  return FindOneOrReport(corpus, name);
}

int RunProfile(const ProfileOptions& options) {
  const std::optional<ProfileFormat> format = ParseProfileFormat(options.format);
  if (!format) {
    fmt::print(stderr, "dossier: --format {}: expected text, md, html or json\n", options.format);
    return kUsage;
  }
  std::optional<Corpus> corpus = LoadCorpusOrReport(options.db);
  if (!corpus) return kFailure;
  const CorpusEntity* entity = ResolveEntityOrReport(*corpus, options.name);
  if (entity == nullptr) return kFailure;
  std::cout << RenderProfile(BuildProfile(*corpus, entity->id), *corpus, *format);
  return 0;
}

int RunTimeline(const ProfileOptions& options) {
  std::optional<Corpus> corpus = LoadCorpusOrReport(options.db);
  if (!corpus) return kFailure;
  const CorpusEntity* entity = ResolveEntityOrReport(*corpus, options.name);
  if (entity == nullptr) return kFailure;
  std::cout << RenderTimelineText(BuildProfile(*corpus, entity->id), *corpus);
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
