#include "dossier/store_screening.h"

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "dossier/corpus_from_store.h"

namespace dossier {
namespace {

// The name of entity `id` of `extraction`; null when there is none.
const std::string* EntityName(const DocumentExtraction& extraction, const std::string& id) {
  for (const Entity& e : extraction.entities) {
    if (e.id == id) return &e.name;
  }
  return nullptr;
}

// What the store knows of each person beside the names, by entity id, as
// it is gathered.
struct Gathered {
  std::unordered_map<std::string, std::vector<std::string>> born, countries;
  std::unordered_map<std::string, std::string> gender;
};

// Adds the dates of birth and citizenships `extraction`'s facts state about
// its entity `local_id` (born_on, citizen_of, unless denied) to person
// `entity_id`.
void AddFacts(const DocumentExtraction& extraction, const std::string& local_id,
              const std::string& entity_id, Gathered* out) {
  for (const Fact& fact : extraction.facts) {
    if (fact.subject != local_id || fact.denied || fact.object.empty()) continue;
    if (fact.predicate == "born_on") {
      out->born[entity_id].push_back(fact.object);
    } else if (fact.predicate == "citizen_of") {
      const std::string* place =
          fact.object_is_entity ? EntityName(extraction, fact.object) : &fact.object;
      if (place != nullptr) out->countries[entity_id].push_back(*place);
    }
  }
}

// Adds the dates of birth, nationalities and gender of the imported list
// entries each person of `linked` holds, and parses what was gathered.
std::unordered_map<std::string, PersonAttributes> Finish(const std::vector<LinkedEntity>& linked,
                                                         const std::vector<ListEntry>& entries,
                                                         Gathered gathered) {
  auto& [born, countries, gender] = gathered;
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

// The facts of `corpus`'s persons, each member's in member order.
Gathered FactsOf(const Corpus& corpus) {
  Gathered out;
  for (const CorpusEntity& entity : corpus.entities) {
    if (entity.type != EntityType::kPerson) continue;
    for (const EntityMember& member : entity.members) {
      AddFacts(corpus.sources[member.source].extraction, member.local_id, entity.id, &out);
    }
  }
  return out;
}

// The facts of the persons of `linked`, read from the extractions of the
// sources they are members of (one at a time, in source order: a person's
// facts come in the order FactsOf gives them).
StatusOr<Gathered> StoredFactsOf(EvidenceStore* store, const std::vector<LinkedEntity>& linked) {
  std::map<int64_t, std::vector<std::pair<const std::string*, const std::string*>>> by_source;
  for (const LinkedEntity& entity : linked) {
    if (entity.type != EntityType::kPerson) continue;
    for (const EntityMemberRef& member : entity.members) {
      by_source[member.source_id].emplace_back(&member.local_id, &entity.id);
    }
  }
  Gathered out;
  for (const auto& [source_id, members] : by_source) {
    ASSIGN_OR_RETURN(std::optional<StoredExtraction> stored, store->GetExtraction(source_id));
    if (!stored.has_value()) continue;
    ASSIGN_OR_RETURN(const DocumentExtraction extraction,
                     ReadStoredEntitiesAndFacts(*stored, "source " + std::to_string(source_id)));
    for (const auto& [local_id, entity_id] : members) {
      AddFacts(extraction, *local_id, *entity_id, &out);
    }
  }
  return out;
}

}  // namespace

StatusOr<CorpusScreening> CorpusScreening::Load(EvidenceStore* store, const Corpus& corpus) {
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> linked, store->ListLinkedEntities(std::nullopt));
  ASSIGN_OR_RETURN(const std::vector<ListEntry> entries, store->ListListEntries());
  const std::unordered_map<std::string, PersonAttributes> attributes =
      Finish(linked, entries, FactsOf(corpus));
  CorpusScreening out;
  out.screening_ = IndexScreeningRecords(std::move(linked), &attributes);
  return out;
}

StatusOr<CorpusScreening> CorpusScreening::Load(EvidenceStore* store) {
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> linked, store->ListLinkedEntities(std::nullopt));
  ASSIGN_OR_RETURN(const std::vector<ListEntry> entries, store->ListListEntries());
  ASSIGN_OR_RETURN(Gathered facts, StoredFactsOf(store, linked));
  const std::unordered_map<std::string, PersonAttributes> attributes =
      Finish(linked, entries, std::move(facts));
  CorpusScreening out;
  out.screening_ = IndexScreeningRecords(std::move(linked), &attributes);
  return out;
}

std::vector<ScreeningHit> CorpusScreening::Query(const ListedName& query,
                                                 const ScreeningOptions& options) const {
  const PersonAttributes attributes = AttributesOf(query);
  return screening_.index.Query(query.name, query.type, options, &attributes);
}

}  // namespace dossier
