// A profile from the evidence store without loading the store: the entity a
// name typed by a user stands for, found among the entities' names, and the
// part of the corpus its profile (profile.h) reads, loaded through the
// store's indexes. BuildProfile over that part gives what it gives over
// LoadCorpus' whole corpus, at a cost that follows the entity's sources
// rather than the store.
//
// Not thread-safe: uses the caller's store from the calling thread.
//
//   ASSIGN_OR_RETURN(std::vector<LinkedEntity> found, FindStoredEntities(*store, "medetbekov"));
//   ASSIGN_OR_RETURN(Corpus corpus, LoadProfileCorpus(*store, found.front()));
//   Profile profile = BuildProfile(corpus, found.front().id);
#ifndef DOSSIER_DOSSIER_PROFILE_FROM_STORE_H_
#define DOSSIER_DOSSIER_PROFILE_FROM_STORE_H_

#include <string_view>
#include <vector>

#include "base/status.h"
#include "dossier/corpus.h"
#include "store/store.h"

namespace dossier {

// The linked entities FindEntities (find_entity.h) finds for `name` in the
// corpus of the same store, in the same order, as GetLinkedEntities reads
// them. Reads every entity's names, and nothing else of the others.
StatusOr<std::vector<LinkedEntity>> FindStoredEntities(EvidenceStore& store, std::string_view name);

// The sources and entities the profile of `entity` (as GetLinkedEntities
// or FindStoredEntities read it) reads: the sources its members are in;
// for the disputes it is part of, the sources of the entities its claims
// and quotations concern and those naming a thing it is said to own; every
// entity with a member in those sources (members outside them left out;
// `entity` with its names and lists), by id. Every stored source is at the
// index LoadCorpus gives it (citations name sources by index); those not
// read hold their id, SHA-256, path and title alone. kDataLoss as
// LoadCorpus.
StatusOr<Corpus> LoadProfileCorpus(EvidenceStore& store, const LinkedEntity& entity);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_PROFILE_FROM_STORE_H_
