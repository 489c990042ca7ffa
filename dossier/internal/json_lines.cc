#include "dossier/internal/json_lines.h"

namespace dossier::internal {
namespace {

nlohmann::json Optional(const std::optional<std::string>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json EntityRefJson(const EntityRef& ref) {
  if (ref.id.empty()) return nullptr;
  return {{"id", ref.id}, {"name", ref.name}, {"type", ContractTypeName(ref.type)}};
}

nlohmann::json CitationJson(const Corpus& corpus, const Citation& citation) {
  return {{"source", citation.source},   {"sha256", citation.sha256},
          {"path", citation.path},       {"published", citation.published},
          {"passage", citation.passage}, {"start", citation.span.start},
          {"end", citation.span.end},    {"text", std::string(CitedText(corpus, citation))}};
}

nlohmann::json SupportJson(const Corpus& corpus, const Support& support) {
  return {{"according_to", EntityRefJson(support.according_to)},
          {"who", DescribeSupporter(corpus, support)},
          {"citation", CitationJson(corpus, support.citation)}};
}

nlohmann::json ClaimJson(const Corpus& corpus, const Claim& claim) {
  nlohmann::json support = nlohmann::json::array();
  for (const Support& s : claim.support) support.push_back(SupportJson(corpus, s));
  return {{"subject", EntityRefJson(claim.subject)},
          {"predicate", claim.predicate},
          {"object", claim.object},
          {"object_entity", EntityRefJson(claim.object_entity)},
          {"role", claim.role},
          {"from", Optional(claim.from)},
          {"to", Optional(claim.to)},
          {"denied", claim.denied},
          {"text", DescribeClaim(claim)},
          {"support", std::move(support)}};
}

nlohmann::json StatementJson(const Corpus& corpus, const Statement& statement) {
  nlohmann::json mentioned = nlohmann::json::array();
  for (const EntityRef& ref : statement.mentioned) mentioned.push_back(EntityRefJson(ref));
  nlohmann::json citations = nlohmann::json::array();
  for (const Citation& c : statement.citations) citations.push_back(CitationJson(corpus, c));
  return {
      {"speaker", EntityRefJson(statement.speaker)},
      {"text", statement.text},
      {"cue", statement.cue},
      {"date", statement.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(statement.date)},
      {"mentioned", std::move(mentioned)},
      {"citations", std::move(citations)}};
}

nlohmann::json DisputeJson(const Corpus& corpus, const Dispute& dispute) {
  nlohmann::json sides = nlohmann::json::array();
  for (const DisputeSide& side : dispute.sides) {
    nlohmann::json statements = nlohmann::json::array();
    for (const DisputeStatement& s : side.statements) {
      statements.push_back(
          {{"according_to", EntityRefJson(s.according_to)},
           {"who", s.who},
           {"when", s.when.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.when)},
           {"citation", CitationJson(corpus, s.citation)}});
    }
    sides.push_back({{"position", side.position}, {"statements", std::move(statements)}});
  }
  return {{"kind", DisputeKindName(dispute.kind)},
          {"matter", dispute.matter},
          {"entity_ids", dispute.entity_ids},
          {"sides", std::move(sides)}};
}

}  // namespace dossier::internal
