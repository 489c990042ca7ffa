#include "dossier/profile_from_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "dossier/claims.h"
#include "dossier/corpus_from_store.h"
#include "dossier/corpus_index.h"
#include "dossier/find_entity.h"
#include "dossier/statements.h"

namespace dossier {
namespace {

// How many passages a search for a thing the entity is said to own may
// name: enough for any thing named in fewer sources than that.
constexpr int kOwnedThingHits = 100000;

// The names of the lists of `entity`'s list entries, as ListLinkedEntities
// gives them: in list id order, each once.
StatusOr<std::vector<std::string>> ListNamesOf(EvidenceStore& store, const LinkedEntity& entity) {
  std::vector<std::string> names;
  if (entity.list_entries.empty()) return names;
  ASSIGN_OR_RETURN(const std::vector<StoredList> lists, store.ListLists());
  std::unordered_map<int64_t, const std::string*> name_of;
  for (const StoredList& list : lists) name_of.emplace(list.id, &list.name);
  for (const ListEntryRef& ref : entity.list_entries) {
    const auto found = name_of.find(ref.list_id);
    if (found == name_of.end()) continue;
    if (names.empty() || names.back() != *found->second) names.push_back(*found->second);
  }
  return names;
}

// The profile's corpus as it grows: sources loaded by id, and the
// memberships of their entities. Every stored source keeps the index it has
// in LoadCorpus' corpus (citations name sources by index): those not loaded
// are there with their id, SHA-256, path and title alone.
class PartialCorpus {
 public:
  PartialCorpus(EvidenceStore& store, CorpusEntity entity)
      : store_(store), entity_(std::move(entity)) {}

  // Loads the sources of `ids` not loaded yet, with their memberships.
  Status Add(const std::set<int64_t>& ids) {
    std::vector<int64_t> missing;
    for (const int64_t id : ids) {
      if (loaded_.count(id) == 0) missing.push_back(id);
    }
    for (const int64_t id : missing) {
      ASSIGN_OR_RETURN(CorpusSource source, LoadCitedSource(store_, id));
      sources_.emplace(id, std::move(source));
      loaded_.insert(id);
    }
    ASSIGN_OR_RETURN(std::vector<EntityMembership> found, store_.GetEntityMemberships(missing));
    for (EntityMembership& membership : found) memberships_.push_back(std::move(membership));
    return Status::Ok();
  }

  // The corpus of the sources loaded so far (they are moved into it).
  StatusOr<Corpus> Take() {
    if (!listed_) {
      ASSIGN_OR_RETURN(all_, store_.ListSources());
      listed_ = true;
    }
    Corpus corpus;
    std::unordered_map<int64_t, int> index_of;
    corpus.sources.reserve(all_.size());
    for (const SourceSummary& summary : all_) {
      index_of.emplace(summary.id, static_cast<int>(corpus.sources.size()));
      const auto loaded = sources_.find(summary.id);
      if (loaded != sources_.end()) {
        corpus.sources.push_back(std::move(loaded->second));
      } else {
        corpus.sources.push_back({.source_id = summary.id,
                                  .sha256 = summary.sha256,
                                  .path = summary.path,
                                  .title = summary.title});
      }
    }
    sources_.clear();
    // Members by source id, then local id, as ListLinkedEntities reads them.
    std::sort(memberships_.begin(), memberships_.end(),
              [](const EntityMembership& a, const EntityMembership& b) {
                return std::tie(a.member.source_id, a.member.local_id) <
                       std::tie(b.member.source_id, b.member.local_id);
              });
    std::map<std::string, CorpusEntity> entities;
    entities.emplace(entity_.id, entity_);
    for (const EntityMembership& membership : memberships_) {
      const auto source = index_of.find(membership.member.source_id);
      if (source == index_of.end()) {
        return DataLossError("entity " + membership.entity_id + " names source " +
                             std::to_string(membership.member.source_id) + ", which is not stored");
      }
      auto [it, added] = entities.try_emplace(membership.entity_id);
      CorpusEntity& entity = it->second;
      if (added) {
        entity.id = membership.entity_id;
        entity.type = membership.type;
        entity.name = membership.entity_name;
      }
      entity.members.push_back({source->second, membership.member.local_id});
    }
    for (auto& [id, entity] : entities) corpus.entities.push_back(std::move(entity));
    return corpus;
  }

  // Gives back the loaded sources of a corpus Take() returned, to add more.
  void Restore(Corpus corpus) {
    for (CorpusSource& source : corpus.sources) {
      if (loaded_.count(source.source_id) > 0) {
        sources_.emplace(source.source_id, std::move(source));
      }
    }
  }

 private:
  EvidenceStore& store_;
  CorpusEntity entity_;  // names and lists; members come with the memberships
  std::vector<SourceSummary> all_;
  bool listed_ = false;
  std::map<int64_t, CorpusSource> sources_;  // loaded, not taken
  std::set<int64_t> loaded_;
  std::vector<EntityMembership> memberships_;
};

// The entities the disputes of `entity_id` may set its claims and
// quotations against, and the things it is said to own: the subjects and
// objects of the claims it makes or is part of, the speakers and the
// entities named of the quotations it makes or is named in.
void DisputeNeighbours(const Corpus& corpus, const std::string& entity_id,
                       std::set<std::string>* entities, std::set<std::string>* owned) {
  const CorpusIndex index(corpus);
  for (const Claim& claim : CollectClaims(index)) {
    bool involved = claim.subject.id == entity_id || claim.object_entity.id == entity_id;
    for (const Support& support : claim.support) {
      involved |= support.according_to.id == entity_id;
    }
    if (!involved) continue;
    entities->insert(claim.subject.id);
    if (!claim.object_entity.id.empty()) entities->insert(claim.object_entity.id);
    if (claim.predicate == "owns" && !claim.object.empty()) owned->insert(claim.object);
  }
  for (const Statement& statement : CollectStatements(index)) {
    bool involved = statement.speaker.id == entity_id;
    for (const EntityRef& ref : statement.mentioned) involved |= ref.id == entity_id;
    if (!involved) continue;
    entities->insert(statement.speaker.id);
    for (const EntityRef& ref : statement.mentioned) entities->insert(ref.id);
  }
  entities->erase(entity_id);
  entities->erase("");
}

std::set<int64_t> MemberSources(const LinkedEntity& entity) {
  std::set<int64_t> sources;
  for (const EntityMemberRef& member : entity.members) sources.insert(member.source_id);
  return sources;
}

// The `limit` sources of `weight` (source id -> weight) of the greatest
// weight, ties to the newest (highest id); all of them when limit is 0 or
// not exceeded.
std::set<int64_t> Heaviest(const std::map<int64_t, int64_t>& weight, int limit) {
  std::vector<std::pair<int64_t, int64_t>> ranked;  // (weight, id)
  for (const auto& [id, w] : weight) ranked.emplace_back(w, id);
  if (limit > 0 && ranked.size() > static_cast<size_t>(limit)) {
    std::partial_sort(ranked.begin(), ranked.begin() + limit, ranked.end(),
                      [](const auto& a, const auto& b) { return a > b; });
    ranked.resize(limit);
  }
  std::set<int64_t> out;
  for (const auto& [w, id] : ranked) out.insert(id);
  return out;
}

// The sources of `entity` a profile reads within `limit`: all of them, or
// those where its members are mentioned most (ties: the newest).
StatusOr<std::set<int64_t>> OwnSourcesToRead(EvidenceStore& store, const LinkedEntity& entity,
                                             int limit) {
  std::set<int64_t> all = MemberSources(entity);
  if (limit <= 0 || all.size() <= static_cast<size_t>(limit)) return all;
  ASSIGN_OR_RETURN(const std::vector<SourceEntity> members,
                   store.GetSourceEntities(entity.members));
  std::map<int64_t, int64_t> mentions;
  for (const int64_t id : all) mentions[id] = 0;
  for (const SourceEntity& member : members) {
    mentions[member.source_id] += std::max(1, member.mentions);
  }
  return Heaviest(mentions, limit);
}

}  // namespace

StatusOr<std::vector<LinkedEntity>> FindStoredEntities(EvidenceStore& store,
                                                       std::string_view name) {
  const EntityNameQuery query(name);
  if (query.empty()) return std::vector<LinkedEntity>{};
  ASSIGN_OR_RETURN(const std::vector<LinkedEntity> named, store.ListEntityNames());
  std::vector<std::string> exact, partial;
  std::vector<std::string_view> spellings;
  for (const LinkedEntity& entity : named) {
    spellings.clear();
    for (const LinkedEntityName& spelling : entity.names) spellings.push_back(spelling.name);
    switch (query.Match(entity.name, spellings)) {
      case EntityNameMatch::kExact:
        exact.push_back(entity.id);
        break;
      case EntityNameMatch::kPartial:
        partial.push_back(entity.id);
        break;
      case EntityNameMatch::kNone:
        break;
    }
  }
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> found,
                   store.GetLinkedEntities(exact.empty() ? partial : exact));
  std::stable_sort(found.begin(), found.end(), [](const LinkedEntity& a, const LinkedEntity& b) {
    return a.source_count > b.source_count;
  });
  return found;
}

StatusOr<ProfileCorpus> LoadProfileCorpus(EvidenceStore& store, const LinkedEntity& entity,
                                          const ProfileReadLimits& limits) {
  CorpusEntity profiled{.id = entity.id, .type = entity.type, .name = entity.name};
  for (const LinkedEntityName& name : entity.names) profiled.names.push_back(name.name);
  ASSIGN_OR_RETURN(profiled.lists, ListNamesOf(store, entity));
  PartialCorpus partial(store, std::move(profiled));
  ProfileCorpus out;
  out.sources = static_cast<int>(MemberSources(entity).size());
  ASSIGN_OR_RETURN(const std::set<int64_t> own,
                   OwnSourcesToRead(store, entity, limits.max_sources));
  out.sources_read = static_cast<int>(own.size());
  RETURN_IF_ERROR(partial.Add(own));
  ASSIGN_OR_RETURN(out.corpus, partial.Take());

  std::set<std::string> neighbour_ids, owned;
  DisputeNeighbours(out.corpus, entity.id, &neighbour_ids, &owned);
  // Each other source by how many of the entities concerned it names (a
  // thing owned counting as one).
  std::map<int64_t, int64_t> more;
  ASSIGN_OR_RETURN(const std::vector<LinkedEntity> neighbours,
                   store.GetLinkedEntities({neighbour_ids.begin(), neighbour_ids.end()}));
  for (const LinkedEntity& neighbour : neighbours) {
    for (const int64_t id : MemberSources(neighbour)) ++more[id];
  }
  for (const std::string& thing : owned) {
    std::string phrase = thing;
    std::replace(phrase.begin(), phrase.end(), '"', ' ');
    ASSIGN_OR_RETURN(const std::vector<SearchHit> hits,
                     store.Search("\"" + phrase + "\"", kOwnedThingHits));
    std::set<int64_t> naming;
    for (const SearchHit& hit : hits) naming.insert(hit.source_id);
    for (const int64_t id : naming) ++more[id];
  }
  for (const int64_t id : MemberSources(entity)) more.erase(id);
  if (more.empty()) return out;
  const std::set<int64_t> read = Heaviest(more, limits.max_dispute_sources);
  out.dispute_sources_not_read = static_cast<int>(more.size() - read.size());
  partial.Restore(std::move(out.corpus));
  RETURN_IF_ERROR(partial.Add(read));
  ASSIGN_OR_RETURN(out.corpus, partial.Take());
  return out;
}

void NoteWhatWasRead(const ProfileCorpus& part, Profile* profile) {
  if (part.sources_read < part.sources) {
    profile->sources = part.sources;
    profile->sources_read = part.sources_read;
  }
  profile->dispute_sources_not_read = part.dispute_sources_not_read;
}

}  // namespace dossier
