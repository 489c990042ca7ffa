// Screening names against everything a store knows: every cross-document
// entity (extracted and imported) under all its names, persons with the
// dates of birth and citizenships their facts state (born_on, citizen_of)
// and the dates of birth, nationalities and gender of the imported list
// entries they hold. What `dossier screen --db` and the workbench's POST
// /api/screen answer.
//
// Not thread-safe while loading; a loaded CorpusScreening is read-only and
// may be queried from several threads.
//
//   ASSIGN_OR_RETURN(CorpusScreening screening, CorpusScreening::Load(store.get()));
//   for (const ScreeningHit& hit : screening.Query(query, options))
//     const LinkedEntity& entity = screening.entity(hit.record);
#ifndef DOSSIER_DOSSIER_STORE_SCREENING_H_
#define DOSSIER_DOSSIER_STORE_SCREENING_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "dossier/corpus.h"
#include "pipeline/store_screening.h"
#include "resolve/name_list.h"
#include "store/store.h"

namespace dossier {

class CorpusScreening {
 public:
  // Indexes the store's entities with the attributes `corpus` (loaded from
  // the same store) gives them.
  static StatusOr<CorpusScreening> Load(EvidenceStore* store, const Corpus& corpus);

  // The matches of `query` (with its own dates of birth, countries and
  // gender), best first.
  std::vector<ScreeningHit> Query(const ListedName& query, const ScreeningOptions& options) const;

  size_t size() const { return screening_.entities.size(); }

  // The entity of a hit's record. REQUIRES: record comes from Query.
  const LinkedEntity& entity(uint32_t record) const { return screening_.entities[record]; }

 private:
  StoreScreening screening_;
};

namespace internal {

// What one source's facts state of one of its entities: dates of birth and
// citizenships (born_on, citizen_of, unless denied), in document order.
struct StatedFacts {
  std::vector<std::string> born, countries;
};

}  // namespace internal

// The same answers without a corpus and without reading every entity
// (`dossier screen --db`): the index holds every entity's names as
// ListEntityNames reads them, and the attributes of a person are read, once,
// only when a query that states attributes of its own finds the person
// among its candidates (its dates of birth and citizenships from its
// sources' extractions, and what its list entries say). A query stating
// none reads nothing more: the attributes would not be compared.
//
// Not thread-safe: Query reads the store and completes the index.
//
//   ASSIGN_OR_RETURN(StoreScreener screener, StoreScreener::Load(store.get()));
//   for (const ScreeningHit& hit : screener.Query(query, options)) ...
class StoreScreener {
 public:
  // Indexes the names of the store's entities. `store` must outlive the
  // screener.
  static StatusOr<StoreScreener> Load(EvidenceStore* store);

  // What CorpusScreening::Query gives over a corpus of the same store.
  StatusOr<std::vector<ScreeningHit>> Query(const ListedName& query,
                                            const ScreeningOptions& options);

  size_t size() const { return screening_.entities.size(); }

  // The entity of a hit's record, with its id, type, name, origin and names
  // (ListEntityNames). REQUIRES: record comes from Query.
  const LinkedEntity& entity(uint32_t record) const { return screening_.entities[record]; }

 private:
  EvidenceStore* store_ = nullptr;
  StoreScreening screening_;
  std::vector<ListEntry> list_entries_;
  std::vector<bool> attributes_read_;  // by record
  // By source id, then local entity id: each source's extraction is read
  // once, whatever number of queries need it.
  std::unordered_map<int64_t, std::unordered_map<std::string, internal::StatedFacts>> stated_;
};

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_STORE_SCREENING_H_
