// Disputes: claims about the same matter that disagree, grouped across every
// source, each side listing who says it, when and where.
//
// Four kinds are found:
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
//    said elsewhere;
//  - account contested: what A says or did is explicitly denied by another
//    speaker or by the text ("everything that A wrote was not true", "A had
//    nothing to do with Y", "A operates with false facts", a quotation naming
//    A with "not true", "contrary to", ...): A's own account (its quotations
//    and claims about what the other side names, in an overlapping period)
//    against each disputing party, with its denials and its quotations
//    naming A. A denial without A's account found is no dispute.
//
//   CorpusIndex index(corpus);
//   std::vector<Dispute> disputes =
//       FindDisputes(index, CollectClaims(index), CollectStatements(index));
//
// Thread-compatible; the function is pure.
#ifndef DOSSIER_DOSSIER_DISPUTES_H_
#define DOSSIER_DOSSIER_DISPUTES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/claims.h"
#include "dossier/statements.h"

namespace dossier {

enum class DisputeKind { kDifferentValues, kDenial, kChangedAccount, kContestedAccount };
// "different values", "claim and denial", "changed account", "account contested".
std::string_view DisputeKindName(DisputeKind kind);

// One statement of one side.
struct DisputeStatement {
  EntityRef according_to;  // empty id: the text's own statement
  std::string who;         // the speaker's name or "the text of <source>"
  // The source's publication date. For an account contested, when the
  // source has none, the years the text dates the passage to ("2012",
  // "1998–1999"). May be empty.
  std::string when;
  Citation citation;
};

struct DisputeSide {
  // The side in words: "born on 1961-11-23", "denied: owns Dala",
  // "A's account", "disputed by B: denied: associate of Dala".
  std::string position;
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

// Returns the disputes among `claims` and `statements` (as CollectClaims and
// CollectStatements return them): the different values first, then rival
// owners, denials, changed periods and contested accounts, each in order of
// its first claim. A side cites each passage once.
std::vector<Dispute> FindDisputes(const CorpusIndex& index, const std::vector<Claim>& claims,
                                  const std::vector<Statement>& statements);
// As above, collecting the statements of `index`.
std::vector<Dispute> FindDisputes(const CorpusIndex& index, const std::vector<Claim>& claims);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_DISPUTES_H_
