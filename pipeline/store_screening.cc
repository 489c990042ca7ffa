#include "pipeline/store_screening.h"

#include <cstdint>
#include <utility>

namespace dossier {

StoreScreening IndexScreeningRecords(
    std::vector<LinkedEntity> entities,
    const std::unordered_map<std::string, PersonAttributes>* attributes) {
  StoreScreening out;
  out.entities = std::move(entities);
  for (size_t i = 0; i < out.entities.size(); ++i) {
    const LinkedEntity& entity = out.entities[i];
    for (const LinkedEntityName& name : entity.names) {
      out.index.Add(static_cast<uint32_t>(i), name.name, entity.type);
    }
    if (attributes == nullptr) continue;
    if (auto it = attributes->find(entity.id); it != attributes->end()) {
      out.index.SetAttributes(static_cast<uint32_t>(i), it->second);
    }
  }
  out.index.Build();
  return out;
}

StatusOr<StoreScreening> LoadScreeningRecords(
    EvidenceStore* store, const std::unordered_map<std::string, PersonAttributes>* attributes) {
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> entities, store->ListLinkedEntities(std::nullopt));
  return IndexScreeningRecords(std::move(entities), attributes);
}

}  // namespace dossier
