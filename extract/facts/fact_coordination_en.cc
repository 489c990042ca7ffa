// English subject coordination: a fact stated of "X and Y", "A, B and C",
// "X and his wife Y", "he and his brother Nurlan" is each person's. Runs
// after a sentence's pattern families have finished their facts, so the
// copies carry everything the patterns set (role, period, relation).
#include <string_view>
#include <vector>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// The unit naming `subject` as the clause subject of the verb at `trigger`:
// the nearest unit before it resolving to the subject, with only words (or
// an apposition's comma, or a ", who" clause) between; -1 when the subject
// stands elsewhere ("the son of X, Y" after the trigger, "Y, the son of X"
// before a comma).
int SubjectUnit(const SentenceMatcher& m, int trigger, int subject) {
  for (int j = trigger - 1; j >= 0; --j) {
    const Unit& u = m.unit(j);
    if (u.kind == UnitKind::kEntity) {
      return m.ResolvePerson(j) == subject && !u.possessive ? j : -1;
    }
    if (m.IsAnyWord(j, {"he", "she"})) return m.ResolvePerson(j) == subject ? j : -1;
    // A singular verb has a single subject: "A and Y is the son of".
    if (m.IsAnyWord(j, {"is", "was", "has", "does"})) return -1;
    if (u.kind == UnitKind::kPunct) {
      // "X and Y, who founded": the relative clause's antecedent.
      if (m.IsPunct(j, ",") && m.IsAnyWord(j + 1, {"who"})) continue;
      // "X and his wife, Y, founded": the apposition's closing comma.
      if (m.IsPunct(j, ",") && m.IsEntity(j - 1) && m.IsPunct(j - 2, ",") &&
          FamilyWord(m.Word(j - 3))) {
        continue;
      }
      return -1;
    }
  }
  return -1;
}

// The unit before the kin apposition ending at `j` ("and his wife Y", "and
// his younger brother, Y"): the unit before "his"; j itself when the
// subject has no such apposition.
int BeforeKinApposition(const SentenceMatcher& m, int j) {
  int k = j - 1;
  if (m.IsPunct(k, ",")) --k;
  if (!FamilyWord(m.Word(k))) return j;
  for (int words = 0; words < 3 && k >= 0; ++words, --k) {
    if (m.IsAnyWord(k, {"his", "her", "their"})) return k;
    if (m.unit(k).kind != UnitKind::kWord || m.unit(k).capitalized) return j;
  }
  return j;
}

// Whether the unit before a coordinated subject opens its clause: the
// sentence's start, punctuation, a date, a capitalized word ("Brothers X
// and Y") or a conjunction; not a verb or preposition whose object the
// list would be ("met X and Y", "with X and Y").
bool OpensClause(const SentenceMatcher& m, int k) {
  if (k < 0 || m.unit(k).kind == UnitKind::kPunct || m.unit(k).kind == UnitKind::kTime) {
    return true;
  }
  if (m.unit(k).kind == UnitKind::kWord && m.unit(k).capitalized) return true;
  return m.IsAnyWord(k, {"and", "but", "then", "later", "when", "after", "before", "since", "while",
                         "because", "both", "together", "once", "until"});
}

// The persons coordinated before the subject unit `j`: "A, B and [j]",
// "A and his wife [j]"; empty when the list is some verb's or
// preposition's object.
std::vector<int> PartnersBefore(const SentenceMatcher& m, int j) {
  std::vector<int> partners;
  int k = BeforeKinApposition(m, j) - 1;
  while (k >= 1 && (m.IsWord(k, "and") || m.IsPunct(k, ","))) {
    int p = k - 1;
    if (m.IsPunct(k, ",") && m.IsWord(p, "and")) break;  // "X, and" ends no list here
    const bool pronoun = m.IsAnyWord(p, {"he", "she"});
    if (!pronoun && (!m.IsEntity(p) || m.unit(p).possessive)) break;
    const int partner = m.ResolvePerson(p);
    if (partner < 0 || m.context().entity(partner).type != EntityType::kPerson) break;
    partners.push_back(partner);
    k = p - 1;
    if (m.IsWord(k, "and") && m.IsPunct(k - 1, ",")) --k;  // "A, B, and C"
  }
  if (partners.empty() || !OpensClause(m, k)) return {};
  return partners;
}

}  // namespace

void ShareCoordinatedSubjects(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first) {
  const size_t end = found.size();
  for (size_t f = first; f < end; ++f) {
    const int subject = EntityIndexOf(m.context(), found[f].fact.subject);
    if (subject < 0 || m.context().entity(subject).type != EntityType::kPerson) continue;
    const int j = SubjectUnit(m, found[f].trigger, subject);
    if (j < 0) continue;
    for (int partner : PartnersBefore(m, j)) {
      const Fact& fact = found[f].fact;
      const std::string& id = m.context().entity(partner).id;
      if (partner == subject || (fact.object_is_entity && fact.object == id)) continue;
      FoundFact copy = found[f];
      copy.fact.subject = id;
      found.push_back(std::move(copy));
    }
  }
}

}  // namespace dossier::internal
