#include "dossier/profile.h"

#include <algorithm>
#include <set>

#include "dossier/corpus_index.h"

namespace dossier {
namespace {

std::string FirstDate(const Claim& claim) {
  if (claim.predicate == "born_on" || claim.predicate == "died_on") return claim.object;
  if (claim.from) return *claim.from;
  if (claim.to) return *claim.to;
  return "~";  // undated facts after dated ones
}

// Splits the supports of a claim about `entity_id`: those of the texts and
// of the entity itself, and those of anyone else.
void SplitSupport(const Claim& claim, const std::string& entity_id, Claim* own, Claim* others) {
  *own = claim;
  *others = claim;
  own->support.clear();
  others->support.clear();
  for (const Support& support : claim.support) {
    const std::string& who = support.according_to.id;
    (who.empty() || who == entity_id ? own : others)->support.push_back(support);
  }
}

bool Mentions(const Statement& statement, const std::string& entity_id) {
  return std::any_of(statement.mentioned.begin(), statement.mentioned.end(),
                     [&](const EntityRef& ref) { return ref.id == entity_id; });
}

}  // namespace

CorpusFacts::CorpusFacts(const Corpus& corpus)
    : index(corpus),
      claims(CollectClaims(index)),
      statements(CollectStatements(index)),
      disputes(FindDisputes(index, claims, statements)) {}

Profile BuildProfile(const Corpus& corpus, const std::string& entity_id) {
  return BuildProfile(CorpusFacts(corpus), entity_id);
}

Profile BuildProfile(const CorpusFacts& facts, const std::string& entity_id) {
  const CorpusIndex& index = facts.index;
  const Corpus& corpus = facts.corpus();
  Profile profile;
  profile.entity.id = entity_id;
  std::set<int> sources;
  if (const CorpusEntity* entity = index.Find(entity_id)) {
    profile.entity = {entity->id, entity->name, entity->type};
    profile.names = entity->names;
    if (profile.names.empty() || profile.names.front() != entity->name) {
      profile.names.insert(profile.names.begin(), entity->name);
    }
    profile.lists = entity->lists;
    for (const EntityMember& member : entity->members) sources.insert(member.source);
  } else {
    // A per-source entity: "<sha prefix>/<local id>".
    for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
      for (const Entity& local : corpus.sources[s].extraction.entities) {
        if (index.Resolve(s, local.id).id != entity_id) continue;
        profile.entity = {entity_id, local.name, local.type};
        profile.names.push_back(local.name);
        for (const std::string& alias : local.aliases) profile.names.push_back(alias);
        sources.insert(s);
      }
    }
  }
  profile.sources = static_cast<int>(sources.size());
  if (profile.entity.name.empty()) return profile;

  const std::vector<Claim>& claims = facts.claims;
  const std::vector<Statement>& statements = facts.statements;

  for (const Claim& claim : claims) {
    const bool subject = claim.subject.id == entity_id;
    const bool object = claim.object_entity.id == entity_id;
    if (!subject && !object) continue;
    Claim own, others;
    SplitSupport(claim, entity_id, &own, &others);
    const std::string text = subject ? DescribeClaim(claim) : DescribeClaimFromObject(claim);
    if (subject && !own.support.empty()) {
      profile.facts.push_back({TopicOf(claim.predicate), text, own});
    }
    if (!others.support.empty()) {
      profile.claimed_by_others.push_back({TopicOf(claim.predicate), text, others});
    }
    const RelationKind kind = RelationKindOf(claim.predicate);
    if (kind != RelationKind::kNone && claim.object_is_entity() && !claim.denied &&
        claim.subject.id != claim.object_entity.id) {
      profile.relations.push_back(
          {kind, subject ? claim.object_entity : claim.subject, text, claim});
    }
  }
  std::stable_sort(profile.facts.begin(), profile.facts.end(),
                   [](const ProfileFact& a, const ProfileFact& b) {
                     if (a.topic != b.topic) return a.topic < b.topic;
                     return FirstDate(a.claim) < FirstDate(b.claim);
                   });
  std::stable_sort(profile.relations.begin(), profile.relations.end(),
                   [](const Relation& a, const Relation& b) {
                     if (a.kind != b.kind) return a.kind < b.kind;
                     return a.other.name < b.other.name;
                   });

  for (const Statement& statement : statements) {
    if (statement.speaker.id == entity_id) {
      profile.said.push_back(statement);
    } else if (Mentions(statement, entity_id)) {
      profile.said_about.push_back(statement);
    }
  }
  auto by_date = [](const Statement& a, const Statement& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return a.date < b.date;
  };
  std::stable_sort(profile.said.begin(), profile.said.end(), by_date);
  std::stable_sort(profile.said_about.begin(), profile.said_about.end(), by_date);

  profile.timeline = BuildTimeline(claims, statements, entity_id);
  for (const Dispute& dispute : facts.disputes) {
    if (std::find(dispute.entity_ids.begin(), dispute.entity_ids.end(), entity_id) !=
        dispute.entity_ids.end()) {
      profile.disputes.push_back(dispute);
    }
  }
  return profile;
}

}  // namespace dossier
