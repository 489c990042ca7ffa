#include "dossier/store_screening.h"

#include <string>
#include <unordered_map>

namespace dossier {
namespace {

// The dates of birth the store's facts give each person (born_on of any of
// its members), by entity id.
std::unordered_map<std::string, PersonAttributes> AttributesFromFacts(const Corpus& corpus) {
  std::unordered_map<std::string, PersonAttributes> out;
  for (const CorpusEntity& entity : corpus.entities) {
    if (entity.type != EntityType::kPerson) continue;
    std::vector<std::string> born;
    for (const EntityMember& member : entity.members) {
      const DocumentExtraction& extraction = corpus.sources[member.source].extraction;
      for (const Fact& fact : extraction.facts) {
        if (fact.subject == member.local_id && fact.predicate == "born_on" && !fact.denied &&
            !fact.object.empty()) {
          born.push_back(fact.object);
        }
      }
    }
    PersonAttributes attributes = ParsePersonAttributes(born, {}, "");
    if (!attributes.empty()) out.emplace(entity.id, std::move(attributes));
  }
  return out;
}

}  // namespace

StatusOr<CorpusScreening> CorpusScreening::Load(EvidenceStore* store, const Corpus& corpus) {
  const std::unordered_map<std::string, PersonAttributes> attributes = AttributesFromFacts(corpus);
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
