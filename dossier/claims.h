// Claims: the facts of every source, resolved to cross-document entities and
// merged, so that one statement repeated by several sources is one Claim with
// several supports (who says it, and where).
//
// Facts from passages marked duplicate_of are skipped. Two facts are the same
// claim when subject, predicate, object (entity, or literal compared by
// folded case), role, period and denial are equal; who says it does not
// split a claim, it adds a support.
//
//   CorpusIndex index(corpus);
//   for (const Claim& claim : CollectClaims(index)) Print(DescribeClaim(claim));
//
// Thread-compatible; the functions are pure.
#ifndef DOSSIER_DOSSIER_CLAIMS_H_
#define DOSSIER_DOSSIER_CLAIMS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/citation.h"
#include "dossier/corpus_index.h"

namespace dossier {

// The profile heading a predicate belongs under.
enum class ClaimTopic {
  kBirth,        // born_on, born_in
  kDeath,        // died_on, died_in
  kEducation,    // educated_at
  kPosition,     // position, employed_by
  kResidence,    // lives_in, moved_to
  kFamily,       // spouse, former_spouse, parent_of, child_of, sibling_of
  kOwnership,    // owns, founded
  kMembership,   // member_of
  kAssociation,  // associate_of
  kOther,        // a predicate this version does not know
};
ClaimTopic TopicOf(std::string_view predicate);
// "birth", "death", "education", "positions", "residence", "family",
// "ownership", "membership", "associates", "other".
std::string_view TopicName(ClaimTopic topic);

// The kind of link between two entities a predicate states.
enum class RelationKind { kNone, kFamily, kOwnership, kEmployment, kMembership, kAssociate };
RelationKind RelationKindOf(std::string_view predicate);
// "", "family", "ownership", "employment", "membership", "associate".
std::string_view RelationKindName(RelationKind kind);

// Predicates of which a subject has one value only (born_on, born_in,
// died_on, died_in): two different values disagree.
bool IsSingleValued(std::string_view predicate);

// One statement of a claim: who makes it and where.
struct Support {
  EntityRef according_to;  // empty id: the text's own statement
  Citation citation;       // the evidence sentence(s)
};

struct Claim {
  EntityRef subject;
  std::string predicate;
  EntityRef object_entity;  // set (non-empty id) when the object is an entity
  std::string object;       // the literal, or object_entity.name for an entity
  std::string role;         // position: "President"; else empty
  std::optional<std::string> from;
  std::optional<std::string> to;
  bool denied = false;
  std::vector<Support> support;  // at least one, in corpus order

  bool object_is_entity() const { return !object_entity.id.empty(); }
};

// Returns the claims of every source in order of their first support
// (source index, then offset).
std::vector<Claim> CollectClaims(const CorpusIndex& index);

// The claim in words, from the subject's side, without the subject:
// "born on 1961-11-23", "President of RIK (1992–1999)", "spouse of Rakhat
// Aliyev", "did not own Telefactory Dala" (denied).
std::string DescribeClaim(const Claim& claim);

// The claim from the object's side, without the object: "owned by Dariga
// Nazarbayeva", "headed by Igor Yegarmin (President)", "child: Aisha".
std::string DescribeClaimFromObject(const Claim& claim);

// A period for display: "1992–1999", "1999", "1999-08", "since 1999",
// "until 2003", "" when both ends are unknown. A from-date on January 1 and
// a to-date on December 31 print as years; a whole month as YYYY-MM.
std::string DescribePeriod(const std::optional<std::string>& from,
                           const std::optional<std::string>& to);

// Who makes a statement: the speaker's name, or "the text of <source label>".
std::string DescribeSupporter(const Corpus& corpus, const Support& support);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_CLAIMS_H_
