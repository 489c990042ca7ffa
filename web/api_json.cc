#include "web/api_json.h"

#include <cmath>

namespace dossier::web {
namespace {

double Rounded(double x) { return std::round(x * 1000) / 1000; }

}  // namespace

nlohmann::json SourceSummaryJson(const SourceSummary& s) {
  return {{"id", s.id},
          {"sha256", s.sha256},
          {"path", s.path},
          {"title", s.title},
          {"kind", s.kind},
          {"language", s.language},
          {"bytes", s.bytes},
          {"passages", s.passages},
          {"duplicates", s.duplicates},
          {"ingested_at", s.ingested_at}};
}

nlohmann::json SearchHitJson(const SearchHit& hit) {
  return {
      {"source_id", hit.source_id}, {"sha256", hit.sha256},         {"title", hit.title},
      {"path", hit.path},           {"passage", hit.passage_index}, {"section", hit.section},
      {"snippet", hit.snippet},     {"score", hit.score},           {"duplicate", hit.duplicate}};
}

nlohmann::json LinkedEntityJson(const LinkedEntity& entity,
                                const std::unordered_map<std::string, const LinkedEntity*>& by_id) {
  nlohmann::json names = nlohmann::json::array();
  nlohmann::json aliases = nlohmann::json::array();
  for (const LinkedEntityName& name : entity.names) {
    names.push_back(name.name);
    if (name.units == 0) aliases.push_back(name.name);
  }
  nlohmann::json members = nlohmann::json::array();
  for (const EntityMemberRef& member : entity.members) {
    members.push_back({{"source_id", member.source_id}, {"entity", member.local_id}});
  }
  nlohmann::json related = nlohmann::json::array();
  for (const EntityRelation& relation : entity.related) {
    const auto other = by_id.find(relation.other_id);
    related.push_back({{"id", relation.other_id},
                       {"name", other != by_id.end() ? other->second->name : ""},
                       {"why", relation.reason}});
  }
  return {{"id", entity.id},
          {"type", std::string(ContractTypeName(entity.type))},
          {"name", entity.name},
          {"names", std::move(names)},
          {"aliases", std::move(aliases)},
          {"origin", EntityOriginName(entity.origin)},
          {"sources", entity.source_count},
          {"lists", entity.lists},
          {"members", std::move(members)},
          {"related", std::move(related)}};
}

nlohmann::json ScreenMatchJson(const ScreeningHit& hit, std::string_view id,
                               std::string_view name) {
  return {{"id", id},
          {"name", name},
          {"matched_name", hit.matched_name},
          {"score", Rounded(hit.match.score)},
          {"verdict", MatchVerdictName(hit.match.verdict)},
          {"why", hit.match.reasons},
          {"name_score", Rounded(hit.name_score)},
          {"why_name", hit.name_reasons},
          {"why_attributes", hit.attribute_reasons},
          {"readings", hit.match.readings},
          {"weak_alias", hit.weak_alias},
          {"vetoed", hit.vetoed}};
}

nlohmann::json StoredSourceJson(const StoredSource& source) {
  const NormalizedDocument& document = source.document;
  nlohmann::json sections = nlohmann::json::array();
  for (const Section& section : document.sections) {
    sections.push_back({{"title", section.title}, {"level", section.level}});
  }
  nlohmann::json passages = nlohmann::json::array();
  for (size_t i = 0; i < document.passages.size(); ++i) {
    const Passage& p = document.passages[i];
    nlohmann::json duplicate = nullptr;
    if (p.duplicate_of) {
      duplicate = {{"source_id",
                    p.duplicate_of->source_id != 0 ? p.duplicate_of->source_id : source.summary.id},
                   {"passage", p.duplicate_of->passage_index},
                   {"exact", p.duplicate_of->exact},
                   {"similarity", Rounded(p.duplicate_of->similarity)}};
    }
    passages.push_back({{"index", i},
                        {"kind", PassageKindName(p.kind)},
                        {"section", p.section},
                        {"start", p.span.start},
                        {"end", p.span.end},
                        {"duplicate_of", std::move(duplicate)}});
  }
  return {{"id", source.summary.id},
          {"sha256", source.summary.sha256},
          {"path", source.summary.path},
          {"title", source.summary.title},
          {"url", source.url},
          {"published", source.published},
          {"language", document.language},
          {"text", document.text},
          {"sections", std::move(sections)},
          {"passages", std::move(passages)}};
}

}  // namespace dossier::web
