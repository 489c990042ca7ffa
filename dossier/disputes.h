// Disputes: claims about the same matter that disagree, grouped across every
// source, each side listing who says it, when and where.
//
// Three kinds are found:
//  - different values: two values of a single-valued fact that cannot both
//    hold (born in 1961 and born in 1962; born in Alma-Ata and in Tashkent;
//    dates compare as intervals, so "1961" and "1961-11-23" agree), and two
//    statements naming different, non-overlapping owners of one thing at
//    overlapping (or unknown) times;
//  - claim and denial: a claim and a denied claim with the same subject and
//    object and the same predicate, or both of ownership (owns, founded), or
//    a denied associate_of ("had nothing to do with") against any link
//    (owns, founded, position, employed_by, member_of, associate_of);
//  - changed account: one speaker giving different values in different
//    sources, or different periods for the same fact, or denying what they
//    said elsewhere.
//
//   CorpusIndex index(corpus);
//   std::vector<Dispute> disputes = FindDisputes(index, CollectClaims(index));
//
// Thread-compatible; the function is pure.
#ifndef DOSSIER_DOSSIER_DISPUTES_H_
#define DOSSIER_DOSSIER_DISPUTES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/claims.h"

namespace dossier {

enum class DisputeKind { kDifferentValues, kDenial, kChangedAccount };
// "different values", "claim and denial", "changed account".
std::string_view DisputeKindName(DisputeKind kind);

// One statement of one side.
struct DisputeStatement {
  EntityRef according_to;  // empty id: the text's own statement
  std::string who;         // the speaker's name or "the text of <source>"
  std::string when;        // the publication date of the source; may be empty
  Citation citation;
};

struct DisputeSide {
  std::string position;  // the side in words: "born on 1961-11-23", "denied: owns Dala"
  std::vector<DisputeStatement> statements;  // at least one
};

struct Dispute {
  DisputeKind kind = DisputeKind::kDifferentValues;
  std::string matter;  // "Serik Medetbekov: date of birth", "owner of Radio Dala"
  // Every entity the dispute concerns or quotes (subject, object, speakers):
  // the profiles that show it.
  std::vector<std::string> entity_ids;
  std::vector<DisputeSide> sides;  // two or more
};

// Returns the disputes among `claims` (as CollectClaims returns them): the
// different values first, then rival owners, denials and changed periods,
// each in order of its first claim.
std::vector<Dispute> FindDisputes(const CorpusIndex& index, const std::vector<Claim>& claims);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_DISPUTES_H_
