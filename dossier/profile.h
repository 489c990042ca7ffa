// Profile: one page about one person or organization: every name it goes
// by, its key facts, a timeline, its relations, what it said, what others
// said about it, and the disputes it is part of. Every line carries its
// citations (source, passage, byte span); nothing from a passage marked
// duplicate_of is used, and a claim repeated by several sources is one line
// with several citations.
//
//   Profile profile = BuildProfile(corpus, "P-3f2a…");
//   std::cout << RenderProfileText(profile, corpus);   // render.h
//
// Thread-compatible; BuildProfile is pure.
#ifndef DOSSIER_DOSSIER_PROFILE_H_
#define DOSSIER_DOSSIER_PROFILE_H_

#include <string>
#include <vector>

#include "dossier/claims.h"
#include "dossier/corpus.h"
#include "dossier/disputes.h"
#include "dossier/statements.h"
#include "dossier/timeline.h"

namespace dossier {

// A key fact, or a claim someone else makes about the entity.
struct ProfileFact {
  ClaimTopic topic = ClaimTopic::kOther;
  std::string text;  // the claim in words, from the entity's side: "born in Alma-Ata"
  Claim claim;       // its supports restricted to those this line stands for
};

struct Relation {
  RelationKind kind = RelationKind::kNone;
  EntityRef other;   // the linked person or organization
  std::string text;  // from the entity's side: "spouse of X", "owned by Y", "President of Z"
  Claim claim;
};

struct Profile {
  EntityRef entity;
  std::vector<std::string> names;  // every spelling and script, the fullest first
  std::vector<std::string> lists;  // imported lists it is on
  int sources = 0;                 // number of sources that mention it
  // When the profile was built from part of them (profile_from_store.h,
  // ProfileReadLimits): how many of `sources` were read, those naming it
  // most; 0 when all were.
  int sources_read = 0;
  // Sources of the entities its claims and quotations concern that its
  // disputes were not looked for in (the same limits); 0 when none.
  int dispute_sources_not_read = 0;
  // Facts the texts state about it, or it states about itself, ordered by
  // topic (birth, death, education, positions, residence, family, ...) and
  // then by date.
  std::vector<ProfileFact> facts;
  std::vector<TimelineEvent> timeline;
  std::vector<Relation> relations;  // by kind, then by the other's name
  std::vector<Statement> said;      // its quotations, by date (undated last)
  // What others said about it: their quotations naming or referring to it,
  // and claims about it attributed to someone else.
  std::vector<Statement> said_about;
  std::vector<ProfileFact> claimed_by_others;
  std::vector<Dispute> disputes;  // those concerning or quoting it
};

// What a profile reads of the whole corpus: its claims, statements and
// disputes, computed once for as many profiles as needed (the workbench keeps
// one per corpus it loaded; the site one for all its pages). Borrows
// `corpus`, which must outlive it and not move. Immutable once built.
struct CorpusFacts {
  explicit CorpusFacts(const Corpus& corpus);
  const Corpus& corpus() const { return index.corpus(); }

  CorpusIndex index;
  std::vector<Claim> claims;          // CollectClaims(index)
  std::vector<Statement> statements;  // CollectStatements(index)
  std::vector<Dispute> disputes;      // FindDisputes(index, claims, statements)
};

// Builds the profile of the entity with id `entity_id`: a CorpusEntity::id,
// or the fallback id CorpusIndex gives a per-source entity no corpus entity
// groups. An unknown id gives a profile with no lines.
Profile BuildProfile(const Corpus& corpus, const std::string& entity_id);
Profile BuildProfile(const CorpusFacts& facts, const std::string& entity_id);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_PROFILE_H_
