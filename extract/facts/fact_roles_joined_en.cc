// English role phrases joined by "and" to what precedes or follows them:
// "X is a civil servant and former CEO of Y" (the copula before the
// description), "the guitarist and one of the songwriters of the band Y"
// (the object of a second noun shared). Used by fact_roles_en.cc.
#include <optional>
#include <string_view>

#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {

// "the guitarist and one of the songwriters of the metal band Amaranthe",
// "the lead vocalist and composer of the rock band Badfinger": a role with
// no object of its own, joined by "and" to nouns whose "of" names a group
// or an organization (GroupAt), shares that object. The words between are
// lower-case nouns and articles only. Sets *end past the object.
std::optional<FactObject> CoordinatedRoleObject(const SentenceMatcher& m, int role_end, int* end) {
  if (!m.IsWord(role_end, "and")) return std::nullopt;
  for (int k = role_end + 1; k < m.size() && k < role_end + 8; ++k) {
    if (m.IsWord(k, "of") && !m.IsWord(k - 1, "one")) {
      const int at = m.SkipDeterminers(k + 1);
      const int group = GroupAt(m, at);
      if (group < 0) return std::nullopt;
      int last = at;
      while (last < m.size() && !(m.IsEntity(last) && m.unit(last).entity == group)) ++last;
      *end = last + 1;
      return EntityObject(m.context(), group);
    }
    if (m.IsWord(k, "of")) continue;  // "one of the songwriters"
    const Unit& u = m.unit(k);
    if (u.kind != UnitKind::kWord || u.capitalized || IsPreposition(u.lower) ||
        IsAuxiliary(u.lower) || IsCopula(u.lower) ||
        m.IsAnyWord(k, {"who", "which", "that", "whose", "where", "when", "and", "or"})) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

// "X is a Norwegian civil servant and former CEO of Y": the copula before a
// noun phrase joined by "and" to the role starting at `role_start`: the
// copula's index, -1 when none. The phrase opens with an article after "is",
// "was", "became" or "remains" and holds lower-case words, nationality
// adjectives and commas only.
int CopulaBeforeCoordinatedNoun(const SentenceMatcher& m, int role_start) {
  if (!m.IsWord(role_start - 1, "and")) return -1;
  for (int k = role_start - 2; k >= 1 && k >= role_start - 12; --k) {
    if (m.IsAnyWord(k, {"a", "an", "the"})) {
      if (m.IsAnyWord(k - 1, {"is", "was", "became", "becomes", "remains", "remained"})) {
        return k - 1;
      }
      if (m.IsPunct(k - 1, ",")) continue;  // "a lawyer, a writer and chairman of"
      return -1;
    }
    const Unit& u = m.unit(k);
    const bool nationality =
        (u.kind == UnitKind::kWord || (u.kind == UnitKind::kEntity && !u.reference)) &&
        u.capitalized && IsNationalityAdjective(u.lower);
    const bool noun = u.kind == UnitKind::kWord && !u.capitalized && !IsPreposition(u.lower) &&
                      !IsAuxiliary(u.lower) && !IsCopula(u.lower) &&
                      !m.IsAnyWord(k, {"who", "which", "that", "and", "or", "not", "never"});
    if (!nationality && !noun && !m.IsPunct(k, ",")) return -1;
  }
  return -1;
}

}  // namespace dossier::internal
