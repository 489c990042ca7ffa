// A profile from the evidence store without loading the store: the entity a
// name typed by a user stands for, found among the entities' names, and the
// part of the corpus its profile (profile.h) reads, loaded through the
// store's indexes. BuildProfile over that part gives what it gives over
// LoadCorpus' whole corpus, at a cost that follows the entity's sources
// rather than the store, up to the limits of ProfileReadLimits: the
// profile of an entity named in more sources than they allow is built from
// those naming it most, and says how many it left out.
//
// Not thread-safe: uses the caller's store from the calling thread.
//
//   ASSIGN_OR_RETURN(std::vector<LinkedEntity> found, FindStoredEntities(*store, "medetbekov"));
//   ASSIGN_OR_RETURN(ProfileCorpus part, LoadProfileCorpus(*store, found.front()));
//   Profile profile = BuildProfile(part.corpus, found.front().id);
//   NoteWhatWasRead(part, &profile);
#ifndef DOSSIER_DOSSIER_PROFILE_FROM_STORE_H_
#define DOSSIER_DOSSIER_PROFILE_FROM_STORE_H_

#include <string_view>
#include <vector>

#include "base/status.h"
#include "dossier/corpus.h"
#include "dossier/profile.h"
#include "store/store.h"

namespace dossier {

// The linked entities FindEntities (find_entity.h) finds for `name` in the
// corpus of the same store, in the same order, as GetLinkedEntities reads
// them. Reads every entity's names, and nothing else of the others.
StatusOr<std::vector<LinkedEntity>> FindStoredEntities(EvidenceStore& store, std::string_view name);

// How many sources one profile reads at most: what keeps the profile of the
// most mentioned entities within a second however large the store. An
// entity named in fewer sources, whose claims and quotations concern
// entities named in fewer, gets the whole store's profile.
struct ProfileReadLimits {
  // The entity's own sources read: beyond this many, those where it is
  // mentioned most (ties: the newest). 0 reads them all (the whole store's
  // profile, at a cost that grows with the entity).
  int max_sources = 50;
  // The other sources read for its disputes (those of the entities its
  // claims and quotations concern, and those naming a thing it is said to
  // own): beyond this many, those naming most of those entities (ties: the
  // newest). 0 reads them all.
  int max_dispute_sources = 50;
};

// The part of the store one profile reads, and how much the limits left out.
struct ProfileCorpus {
  Corpus corpus;
  int sources = 0;       // sources the entity is named in
  int sources_read = 0;  // of those, read (all of them unless limited)
  // Sources of the disputes' entities the limits left out (0: none).
  int dispute_sources_not_read = 0;
};

// The sources and entities the profile of `entity` (as GetLinkedEntities
// or FindStoredEntities read it) reads, within `limits`: the sources its
// members are in; for the disputes it is part of, the sources of the
// entities its claims and quotations concern and those naming a thing it
// is said to own; every entity with a member in those sources (members
// outside them left out; `entity` with its names and lists), by id. Every
// stored source is at the index LoadCorpus gives it (citations name sources
// by index); those not read hold their id, SHA-256, path and title alone.
// kDataLoss as LoadCorpus.
StatusOr<ProfileCorpus> LoadProfileCorpus(EvidenceStore& store, const LinkedEntity& entity,
                                          const ProfileReadLimits& limits = {});

// Sets `profile`'s source count and what it did not read (Profile::
// sources_read, dispute_sources_not_read) from `part`, its corpus.
void NoteWhatWasRead(const ProfileCorpus& part, Profile* profile);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_PROFILE_FROM_STORE_H_
