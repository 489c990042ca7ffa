// Organizations, locations and other names that are not persons: their
// words matched in any order, legal forms and acronyms
// (docs/resolve.md, "Organizations").
//
// Thread-safe (pure functions; similarities are memoized per thread).
#ifndef DOSSIER_RESOLVE_INTERNAL_WORD_SET_MATCH_H_
#define DOSSIER_RESOLVE_INTERNAL_WORD_SET_MATCH_H_

#include "resolve/name_match.h"

namespace dossier::internal {

// ComparePrepared() of two names that are not persons: every word of one
// must match a word of the other (all of one inside the other: kRelated);
// with `explain`, the reasons in words.
NameMatch CompareWordSets(const PreparedName& a, const PreparedName& b, const MatchOptions& opt,
                          bool explain);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_WORD_SET_MATCH_H_
