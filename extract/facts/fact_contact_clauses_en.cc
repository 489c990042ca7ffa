// English organizations named beside a clause with no relative word about
// a person: "the venture capital firm he founded, VenCatalyst", "Dala
// Media, the company she founded in 1998", "Temir Bank, the bank he owns".
// The clause's subject (a pronoun or a name) founded or owns the
// organization named before or after the noun phrase. Nothing after a
// negation ("the firm he never founded") or a modal.
#include <string_view>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// The predicate a contact clause's verb states; empty for other words.
std::string_view PredicateOfVerb(std::string_view w) {
  if (w == "founded" || w == "co-founded" || w == "established" || w == "created" ||
      w == "started" || w == "set") {
    return "founded";
  }
  if (w == "owns" || w == "owned") return "owns";
  return {};
}

// The organization entity at unit k, or -1.
int OrganizationUnit(const SentenceMatcher& m, int k) {
  if (!m.IsEntity(k) || m.unit(k).reference || m.unit(k).possessive) return -1;
  const int e = m.unit(k).entity;
  return m.context().entity(e).type == EntityType::kOrganization ? e : -1;
}

}  // namespace

void FindContactClauses(SentenceMatcher& m) {
  for (int i = 1; i + 1 < m.size(); ++i) {
    // The noun of the phrase: "firm", "company", "bank", ... after "the".
    // (The cheap tests first: a name or a pronoun, then the noun before it.)
    if ((!m.IsEntity(i) && !IsNominativePronoun(m.Word(i))) || !IsOrganizationNoun(m.Word(i - 1))) {
      continue;
    }
    const int person = m.ResolvePerson(i);
    if (person < 0 || m.context().entity(person).type != EntityType::kPerson) continue;
    int verb = i + 1;
    if (m.IsAnyWord(verb, {"not", "never", "would", "could", "may", "might", "will"})) continue;
    if (m.IsAnyWord(verb, {"had", "has", "later", "then", "once", "also"}))
      ++verb;  // "he had founded"
    const std::string_view predicate = PredicateOfVerb(m.Word(verb));
    if (predicate.empty()) continue;
    if (m.IsWord(verb, "set") && !m.IsWord(verb + 1, "up")) continue;  // "set up"
    // The phrase's start: its article after a comma ("X, the company he
    // founded") or at its own place ("the firm he founded, X").
    int start = i - 2;
    while (start > 0 && start > i - 6 && m.unit(start).kind == UnitKind::kWord &&
           !m.unit(start).capitalized && !m.IsAnyWord(start, {"the", "a", "an"})) {
      --start;
    }
    if (!m.IsAnyWord(start, {"the", "a", "an"})) continue;
    int organization = -1;
    if (m.IsPunct(start - 1, ",")) organization = OrganizationUnit(m, start - 2);
    if (organization < 0) {
      // After the clause: "the firm he founded, VenCatalyst" (a date may come between).
      int k = verb + 1;
      if (m.IsWord(verb, "set")) ++k;
      if (m.IsAnyWord(k, {"in", "on"}) && m.IsTime(k + 1)) k += 2;
      if (m.IsPunct(k, ",")) organization = OrganizationUnit(m, k + 1);
    }
    if (organization < 0) continue;
    m.Emit(verb, person, predicate, EntityObject(m.context(), organization), {}, m.TimeFor(verb),
           predicate == "founded" ? TimeUse::kStart : TimeUse::kDuring);
  }
}

}  // namespace dossier::internal
