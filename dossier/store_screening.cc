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

using Stated = std::unordered_map<std::string, internal::StatedFacts>;  // by local id

// What `extraction`'s facts state of each of its entities.
Stated StatedFactsOf(const DocumentExtraction& extraction) {
  Stated out;
  for (const Fact& fact : extraction.facts) {
    if (fact.denied || fact.object.empty()) continue;
    if (fact.predicate == "born_on") {
      out[fact.subject].born.push_back(fact.object);
    } else if (fact.predicate == "citizen_of") {
      const std::string* place =
          fact.object_is_entity ? EntityName(extraction, fact.object) : &fact.object;
      if (place != nullptr) out[fact.subject].countries.push_back(*place);
    }
  }
  return out;
}

// Adds what `stated` states of its entity `local_id` to person `entity_id`.
void AddStated(const Stated& stated, const std::string& local_id, const std::string& entity_id,
               Gathered* out) {
  const auto it = stated.find(local_id);
  if (it == stated.end()) return;
  for (const std::string& born : it->second.born) out->born[entity_id].push_back(born);
  for (const std::string& country : it->second.countries) {
    out->countries[entity_id].push_back(country);
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
  std::unordered_map<int, Stated> by_source;
  for (const CorpusEntity& entity : corpus.entities) {
    if (entity.type != EntityType::kPerson) continue;
    for (const EntityMember& member : entity.members) {
      auto [it, added] = by_source.try_emplace(member.source);
      if (added) it->second = StatedFactsOf(corpus.sources[member.source].extraction);
      AddStated(it->second, member.local_id, entity.id, &out);
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

std::vector<ScreeningHit> CorpusScreening::Query(const ListedName& query,
                                                 const ScreeningOptions& options) const {
  const PersonAttributes attributes = AttributesOf(query);
  return screening_.index.Query(query.name, query.type, options, &attributes);
}

StatusOr<StoreScreener> StoreScreener::Load(EvidenceStore* store) {
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> named, store->ListEntityNames());
  StoreScreener out;
  out.store_ = store;
  ASSIGN_OR_RETURN(out.list_entries_, store->ListListEntries());
  out.attributes_read_.assign(named.size(), false);
  out.screening_ = IndexScreeningRecords(std::move(named));
  return out;
}

StatusOr<std::vector<ScreeningHit>> StoreScreener::Query(const ListedName& query,
                                                         const ScreeningOptions& options) {
  const PersonAttributes attributes = AttributesOf(query);
  ScreeningIndex& index = screening_.index;
  if (attributes.empty()) return index.Query(query.name, query.type, options, &attributes);
  // The records the attributes may make hits of: a name at or above the
  // threshold (agreeing attributes never lift one below it), a relative
  // when those are asked for, or a name one slip from the query that the
  // same birth day decides (screening_index.h).
  ScreeningOptions any = options;
  any.threshold = 0;
  any.max_hits = 0;
  any.keep_vetoed = false;
  std::vector<std::string> ids;
  std::vector<uint32_t> records;
  for (const ScreeningHit& hit : index.Query(query.name, query.type, any, nullptr)) {
    const LinkedEntity& entity = screening_.entities[hit.record];
    if (entity.type != EntityType::kPerson || attributes_read_[hit.record]) continue;
    const bool related = options.include_related && hit.match.verdict == MatchVerdict::kRelated;
    if (hit.name_score < options.threshold && !related && !hit.match.birth_day_decides) {
      continue;
    }
    attributes_read_[hit.record] = true;
    ids.push_back(entity.id);
    records.push_back(hit.record);
  }
  if (!ids.empty()) {
    ASSIGN_OR_RETURN(const std::vector<LinkedEntity> persons, store_->GetLinkedEntities(ids));
    // Each member's facts in member order (by source, then local id), as
    // FactsOf gives them; a source's extraction parsed the first time only.
    Gathered facts;
    for (const LinkedEntity& person : persons) {
      for (const EntityMemberRef& member : person.members) {
        auto [it, added] = stated_.try_emplace(member.source_id);
        if (added) {
          ASSIGN_OR_RETURN(const std::optional<StoredExtraction> stored,
                           store_->GetExtraction(member.source_id));
          if (stored.has_value()) {
            ASSIGN_OR_RETURN(
                const DocumentExtraction extraction,
                ReadStoredEntitiesAndFacts(*stored, "source " + std::to_string(member.source_id)));
            it->second = StatedFactsOf(extraction);
          }
        }
        AddStated(it->second, member.local_id, person.id, &facts);
      }
    }
    const std::unordered_map<std::string, PersonAttributes> found =
        Finish(persons, list_entries_, std::move(facts));
    for (const uint32_t record : records) {
      const auto it = found.find(screening_.entities[record].id);
      if (it != found.end()) index.SetAttributes(record, it->second);
    }
  }
  return index.Query(query.name, query.type, options, &attributes);
}

}  // namespace dossier
