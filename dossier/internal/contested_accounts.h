// The "account contested" kind of dispute (disputes.h), with whether a
// denial answers a claim (shared with "claim and denial") and when a
// statement was made.
//
// An account is contested when someone (or the text itself) explicitly
// denies what entity A says or did: a denied claim whose subject is A, stated
// by another speaker or by the text (`claims`: "everything that A wrote was
// not true", "A operates with false facts"; "A had nothing to do with Y";
// "A never owned Y"). Other speakers join when a quotation of theirs names A
// and carries a contradiction cue ("not true", "contrary to", "false"); a
// cue alone opens no dispute. The dispute sets A's own account (A's
// quotations and A's claims about what the disputing side names, in an
// overlapping period) against each disputing party.
//
// Thread-compatible; the functions are pure.
#ifndef DOSSIER_DOSSIER_INTERNAL_CONTESTED_ACCOUNTS_H_
#define DOSSIER_DOSSIER_INTERNAL_CONTESTED_ACCOUNTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/claims.h"
#include "dossier/disputes.h"
#include "dossier/statements.h"

namespace dossier::internal {

// Whether the denied claim `denial` answers the asserted `claim`: same
// subject and object, and the same predicate, or both of ownership (owns,
// founded), or a denied associate_of against any organizational link.
bool DeniesClaim(const Claim& denial, const Claim& claim);

// When a statement was made: the source's publication date; when the source
// has none, the years of the first dated time inside the cited span, else of
// the last dated time before it in its passage or the passage before
// ("2012", "1998–1999", "since 1999"). "" when nothing dates it.
std::string WhenOf(const Corpus& corpus, const Citation& citation);

// Whether `text` carries a contradiction cue ("not true", "untrue", "false",
// "lie", "contrary to", "did not happen", "fabricated", "denies", ...),
// matched as whole words (a few as word beginnings), case-insensitively.
bool HasContradictionCue(std::string_view text);

// Appends an "account contested" dispute per entity whose account is
// explicitly denied and whose own account is found (see above). Denied
// claims that answer an asserted claim are left to "claim and denial".
void FindContestedAccounts(const CorpusIndex& index, const std::vector<Claim>& claims,
                           const std::vector<Statement>& statements, std::vector<Dispute>* out);

}  // namespace dossier::internal

#endif  // DOSSIER_DOSSIER_INTERNAL_CONTESTED_ACCOUNTS_H_
