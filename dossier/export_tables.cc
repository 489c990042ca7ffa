#include "dossier/export_tables.h"

#include <filesystem>
#include <fstream>
#include <set>

#include "dossier/claims.h"
#include "dossier/corpus_index.h"
#include "dossier/disputes.h"
#include "dossier/export_ftm.h"
#include "dossier/internal/json_lines.h"
#include "dossier/statements.h"

namespace dossier {
namespace {

std::string CsvField(const std::string& value) {
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string ExportJson(const Corpus& corpus) {
  CorpusIndex index(corpus);
  nlohmann::json sources = nlohmann::json::array();
  for (size_t i = 0; i < corpus.sources.size(); ++i) {
    const CorpusSource& s = corpus.sources[i];
    sources.push_back({{"index", i},
                       {"sha256", s.sha256},
                       {"path", s.path},
                       {"title", s.title},
                       {"url", s.url},
                       {"published", s.published}});
  }
  nlohmann::json entities = nlohmann::json::array();
  for (const CorpusEntity& e : corpus.entities) {
    nlohmann::json members = nlohmann::json::array();
    for (const EntityMember& m : e.members) {
      members.push_back({{"source", m.source}, {"local_id", m.local_id}});
    }
    entities.push_back({{"id", e.id},
                        {"type", ContractTypeName(e.type)},
                        {"name", e.name},
                        {"names", e.names},
                        {"lists", e.lists},
                        {"members", std::move(members)}});
  }
  const std::vector<Claim> claims = CollectClaims(index);
  nlohmann::json claims_json = nlohmann::json::array();
  for (const Claim& claim : claims) claims_json.push_back(internal::ClaimJson(corpus, claim));
  nlohmann::json statements = nlohmann::json::array();
  for (const Statement& statement : CollectStatements(index)) {
    statements.push_back(internal::StatementJson(corpus, statement));
  }
  nlohmann::json disputes = nlohmann::json::array();
  for (const Dispute& dispute : FindDisputes(index, claims)) {
    disputes.push_back(internal::DisputeJson(corpus, dispute));
  }
  nlohmann::json ftm = nlohmann::json::array();
  for (const FtmEntity& entity : BuildFtmEntities(corpus)) {
    nlohmann::json properties = nlohmann::json::object();
    for (const auto& [property, values] : entity.properties) properties[property] = values;
    ftm.push_back({{"id", entity.id}, {"schema", entity.schema}, {"properties", properties}});
  }
  nlohmann::json out = {{"sources", std::move(sources)},    {"entities", std::move(entities)},
                        {"claims", std::move(claims_json)}, {"statements", std::move(statements)},
                        {"disputes", std::move(disputes)},  {"ftm", std::move(ftm)}};
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::map<std::string, std::string> CsvTables(const std::vector<FtmEntity>& entities) {
  std::map<std::string, std::set<std::string>> columns;
  for (const FtmEntity& entity : entities) {
    std::set<std::string>& used = columns[entity.schema];
    for (const auto& [property, values] : entity.properties) used.insert(property);
  }
  std::map<std::string, std::string> tables;
  for (const auto& [schema, used] : columns) {
    std::string& table = tables[schema + ".csv"];
    table = "id";
    for (const std::string& column : used) table += "," + CsvField(column);
    table += "\r\n";
  }
  for (const FtmEntity& entity : entities) {
    std::string row = CsvField(entity.id);
    for (const std::string& column : columns[entity.schema]) {
      std::string joined;
      for (const std::string& value : entity.Values(column)) {
        joined += (joined.empty() ? "" : "; ") + value;
      }
      row += "," + CsvField(joined);
    }
    tables[entity.schema + ".csv"] += row + "\r\n";
  }
  return tables;
}

Status WriteCsvTables(const std::vector<FtmEntity>& entities, const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) return IoError(dir + ": cannot create the folder (" + error.message() + ")");
  for (const auto& [name, contents] : CsvTables(entities)) {
    const std::string path = (std::filesystem::path(dir) / name).string();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << contents;
    out.close();
    if (!out) return IoError(path + ": cannot write");
  }
  return Status::Ok();
}

}  // namespace dossier
