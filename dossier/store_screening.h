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
  // The same without a corpus: the attributes come from the extractions of
  // the sources persons are members of, read one at a time.
  static StatusOr<CorpusScreening> Load(EvidenceStore* store);

  // The matches of `query` (with its own dates of birth, countries and
  // gender), best first.
  std::vector<ScreeningHit> Query(const ListedName& query, const ScreeningOptions& options) const;

  size_t size() const { return screening_.entities.size(); }

  // The entity of a hit's record. REQUIRES: record comes from Query.
  const LinkedEntity& entity(uint32_t record) const { return screening_.entities[record]; }

 private:
  StoreScreening screening_;
};

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_STORE_SCREENING_H_
