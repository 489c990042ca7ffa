// Screening against the store: every stored cross-document entity (extracted
// and imported) with all its names in a ScreeningIndex, so that
// `dossier screen --db` can check a list of names against everything stored.
//
// Not thread-safe while loading; the loaded index is (see screening_index.h).
//
//   ASSIGN_OR_RETURN(StoreScreening screening, LoadScreeningRecords(store.get()));
//   for (const ScreeningHit& hit : screening.index.Query("Nazarbaev N.", std::nullopt))
//     const LinkedEntity& entity = screening.entities[hit.record];
#ifndef DOSSIER_PIPELINE_STORE_SCREENING_H_
#define DOSSIER_PIPELINE_STORE_SCREENING_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "resolve/screening_index.h"
#include "store/store.h"

namespace dossier {

struct StoreScreening {
  std::vector<LinkedEntity> entities;  // record i of the index is entities[i]
  ScreeningIndex index;                // built; every name of every entity
};

// Loads the entities of the last re-link (entity_linking.h) and indexes each
// of their names under the entity's type, with the attributes `attributes`
// (may be null) gives an entity id.
// Indexes each name of `entities` (as ListLinkedEntities reads them) as
// LoadScreeningRecords does.
StoreScreening IndexScreeningRecords(
    std::vector<LinkedEntity> entities,
    const std::unordered_map<std::string, PersonAttributes>* attributes = nullptr);

StatusOr<StoreScreening> LoadScreeningRecords(
    EvidenceStore* store,
    const std::unordered_map<std::string, PersonAttributes>* attributes = nullptr);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_STORE_SCREENING_H_
