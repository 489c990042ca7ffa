// JSON profile: the Profile struct as one object, every line with its
// supports or citations (internal/json_lines.h).
#include <string>

#include "dossier/internal/json_lines.h"
#include "dossier/render.h"

namespace dossier {
namespace {

nlohmann::json FactsJson(const Corpus& corpus, const std::vector<ProfileFact>& facts) {
  nlohmann::json out = nlohmann::json::array();
  for (const ProfileFact& fact : facts) {
    nlohmann::json line = internal::ClaimJson(corpus, fact.claim);
    line["topic"] = TopicName(fact.topic);
    line["text"] = fact.text;
    out.push_back(std::move(line));
  }
  return out;
}

nlohmann::json StatementsJson(const Corpus& corpus, const std::vector<Statement>& statements) {
  nlohmann::json out = nlohmann::json::array();
  for (const Statement& statement : statements) {
    out.push_back(internal::StatementJson(corpus, statement));
  }
  return out;
}

}  // namespace

std::string RenderProfileJson(const Profile& profile, const Corpus& corpus) {
  nlohmann::json timeline = nlohmann::json::array();
  for (const TimelineEvent& event : profile.timeline) {
    nlohmann::json support = nlohmann::json::array();
    for (const Support& s : event.support) support.push_back(internal::SupportJson(corpus, s));
    timeline.push_back(
        {{"from", event.from},
         {"to", event.to.empty() ? nlohmann::json(nullptr) : nlohmann::json(event.to)},
         {"period", event.period},
         {"text", event.text},
         {"support", std::move(support)}});
  }
  nlohmann::json relations = nlohmann::json::array();
  for (const Relation& relation : profile.relations) {
    nlohmann::json line = internal::ClaimJson(corpus, relation.claim);
    line["kind"] = RelationKindName(relation.kind);
    line["other"] = internal::EntityRefJson(relation.other);
    line["text"] = relation.text;
    relations.push_back(std::move(line));
  }
  nlohmann::json disputes = nlohmann::json::array();
  for (const Dispute& dispute : profile.disputes) {
    disputes.push_back(internal::DisputeJson(corpus, dispute));
  }
  nlohmann::json out = {{"entity", internal::EntityRefJson(profile.entity)},
                        {"names", profile.names},
                        {"lists", profile.lists},
                        {"sources", profile.sources},
                        {"facts", FactsJson(corpus, profile.facts)},
                        {"timeline", std::move(timeline)},
                        {"relations", std::move(relations)},
                        {"said", StatementsJson(corpus, profile.said)},
                        {"said_about", StatementsJson(corpus, profile.said_about)},
                        {"claimed_by_others", FactsJson(corpus, profile.claimed_by_others)},
                        {"disputes", std::move(disputes)}};
  // Only a profile built from part of its sources says so (ProfileReadLimits).
  if (profile.sources_read > 0) out["sources_read"] = profile.sources_read;
  if (profile.dispute_sources_not_read > 0) {
    out["dispute_sources_not_read"] = profile.dispute_sources_not_read;
  }
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace dossier
