#include "dossier/store_screening.h"

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace dossier {
namespace {

// The name of entity `id` of `extraction`; null when there is none.
const std::string* EntityName(const DocumentExtraction& extraction, const std::string& id) {
  for (const Entity& e : extraction.entities) {
    if (e.id == id) return &e.name;
  }
  return nullptr;
}

// What the store knows of each person beside the names, by entity id: the
// dates of birth and citizenships its members' facts state (born_on,
// citizen_of, unless denied), and the dates of birth, nationalities and
// gender of the imported list entries it holds.
std::unordered_map<std::string, PersonAttributes> StoredAttributes(
    const Corpus& corpus, const std::vector<LinkedEntity>& linked,
    const std::vector<ListEntry>& entries) {
  std::unordered_map<std::string, std::vector<std::string>> born, countries;
  std::unordered_map<std::string, std::string> gender;
  for (const CorpusEntity& entity : corpus.entities) {
    if (entity.type != EntityType::kPerson) continue;
    for (const EntityMember& member : entity.members) {
      const DocumentExtraction& extraction = corpus.sources[member.source].extraction;
      for (const Fact& fact : extraction.facts) {
        if (fact.subject != member.local_id || fact.denied || fact.object.empty()) continue;
        if (fact.predicate == "born_on") {
          born[entity.id].push_back(fact.object);
        } else if (fact.predicate == "citizen_of") {
          const std::string* place =
              fact.object_is_entity ? EntityName(extraction, fact.object) : &fact.object;
          if (place != nullptr) countries[entity.id].push_back(*place);
        }
      }
    }
  }
  std::map<std::pair<int64_t, int>, const ListEntry*> by_ref;
  for (const ListEntry& entry : entries) by_ref[{entry.list_id, entry.index}] = &entry;
  for (const LinkedEntity& entity : linked) {
    if (entity.type != EntityType::kPerson) continue;
    for (const ListEntryRef& ref : entity.list_entries) {
      auto it = by_ref.find({ref.list_id, ref.index});
      if (it == by_ref.end()) continue;
      const ListEntry& entry = *it->second;
      if (!entry.date_of_birth.empty()) born[entity.id].push_back(entry.date_of_birth);
      if (!entry.nationality.empty()) countries[entity.id].push_back(entry.nationality);
      if (!entry.gender.empty()) gender[entity.id] = entry.gender;
    }
  }
  std::unordered_map<std::string, PersonAttributes> out;
  std::unordered_set<std::string> ids;
  for (const auto& [id, _] : born) ids.insert(id);
  for (const auto& [id, _] : countries) ids.insert(id);
  for (const auto& [id, _] : gender) ids.insert(id);
  for (const std::string& id : ids) {
    PersonAttributes attributes = ParsePersonAttributes(born[id], countries[id], gender[id]);
    if (!attributes.empty()) out.emplace(id, std::move(attributes));
  }
  return out;
}

}  // namespace

StatusOr<CorpusScreening> CorpusScreening::Load(EvidenceStore* store, const Corpus& corpus) {
  ASSIGN_OR_RETURN(const std::vector<LinkedEntity> linked, store->ListLinkedEntities(std::nullopt));
  ASSIGN_OR_RETURN(const std::vector<ListEntry> entries, store->ListListEntries());
  const std::unordered_map<std::string, PersonAttributes> attributes =
      StoredAttributes(corpus, linked, entries);
  CorpusScreening out;
  ASSIGN_OR_RETURN(out.screening_, LoadScreeningRecords(store, &attributes));
  return out;
}

std::vector<ScreeningHit> CorpusScreening::Query(const ListedName& query,
                                                 const ScreeningOptions& options) const {
  const PersonAttributes attributes = AttributesOf(query);
  return screening_.index.Query(query.name, query.type, options, &attributes);
}

}  // namespace dossier
