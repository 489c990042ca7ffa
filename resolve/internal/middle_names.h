// The given names beside the matched pair of two persons' names: middle
// names, initials, a Spanish first surname (middle_names.cc).
//
// Thread-safe: pure functions (similarities are memoized per thread).
#ifndef DOSSIER_RESOLVE_INTERNAL_MIDDLE_NAMES_H_
#define DOSSIER_RESOLVE_INTERNAL_MIDDLE_NAMES_H_

#include "resolve/internal/person_parts.h"

namespace dossier::internal {

// Whether two given names beside the matched pair are one name: close
// enough, or one slip apart as skeletons or as written (Makr / Mark, Majde /
// Majed) unless both are names of our list.
bool OneName(const Word& a, const Word& b, double similarity, const MatchOptions& opt);

// The highest score of a match in which one name has a given name the
// other lacks ("John Smith" / "John Paul Smith").
inline constexpr double kOneSidedMiddleCap = 0.98;

struct MiddleNames {
  bool conflict = false;   // both names have given names the other's do not match
  bool one_sided = false;  // one name has given names (or initials) the other lacks
  // The other name lacks a Spanish first surname of this one ("Ana Cruz
  // Díaz" / "Ana Díaz"), or has the two surnames in the other order ("Ana
  // Reyes Salazar" / "SALAZAR REYES, Ana").
  bool surnames_differ = false;
};

// Aligns the given names other than the matched pair (`matched_a`,
// `matched_b`; null when the given names did not match): each pairs with a
// close given name of the other (or an initial that fits it). What is left
// on both sides is a conflict; on one side, a middle name the other omits.
MiddleNames AlignMiddleNames(const PersonParts& a, const PersonParts& b, const Word* matched_a,
                             const Word* matched_b, const MatchOptions& opt, Why* why);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_MIDDLE_NAMES_H_
