// English prose patterns for family ties and associates: "X's wife Y",
// "Y (X's ex-husband)", "Y, the son of X", "X married Y".
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Words between a possessor and the relation word: "his late wife", "her
// eldest son", "X's longtime business partner".
bool IsKinModifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "late",     "former",   "ex",        "eldest",  "oldest",    "youngest", "elder",
      "younger",  "only",     "first",     "second",  "adopted",   "own",      "close",
      "business", "longtime", "long-time", "trusted", "estranged", "current",  "new",
      "then",     "little",   "big",       "older",   "third",     "two",      "three",
      "four",     "five",     "many",      "fourth",  "fifth",     "sixth",    "identical"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

// The predicate a relation word gives the relative, about the possessor
// ("X's son Y": Y child_of X). `former` turns spouses into former spouses.
std::string_view PredicateFor(std::string_view word, bool former) {
  if (auto relation = FamilyWord(word)) {
    switch (*relation) {
      case FamilyRelation::kSpouse:
        return former ? "former_spouse" : "spouse";
      case FamilyRelation::kFormerSpouse:
        return "former_spouse";
      case FamilyRelation::kChild:
        return "child_of";
      case FamilyRelation::kParent:
        return "parent_of";
      case FamilyRelation::kSibling:
        return "sibling_of";
    }
  }
  if (!RelatedTie(word).empty()) return "related_to";
  if (RoleHead(word) == RoleKind::kAssociate) return "associate_of";
  return {};
}

// The relative named by apposition before unit `start`: "Y, X's wife",
// "Y (X's ex-husband", "Y is X's son"; -1 when none.
int RelativeBefore(const SentenceMatcher& m, int start) {
  int k = start - 1;
  if (m.IsAnyWord(k, {"is", "was", "became", "were", "are"})) {
    return m.VerbSubject(k, SubjectPolicy::kPerson);
  }
  if (!(m.IsPunct(k, ",") || m.IsPunct(k, "(") || m.IsDash(k))) return -1;
  --k;
  while (k >= 0 && m.IsQuoteMark(k)) --k;
  // ("Born in Almaty, the daughter of": a place after a preposition is none.)
  if (!m.IsEntity(k) || m.unit(k).possessive || m.unit(k).reference) return -1;
  if (m.IsOblique(k) && m.context().entity(m.unit(k).entity).type == EntityType::kLocation) {
    return -1;
  }
  // A kin word names a person whatever the tagger typed: "Ilyas, the son of".
  return m.unit(k).entity;
}

// Whether "and" at k joins two descriptive nouns ("the singer and actor
// X", "Mexican singer and actress X"), not two clauses or two names.
bool JoinsDescriptions(const SentenceMatcher& m, int k) {
  if (!m.IsWord(k, "and") || k + 1 >= m.size()) return false;
  const Unit& next = m.unit(k + 1);
  return next.kind == UnitKind::kWord && !next.capitalized && !IsNominativePronoun(next.lower) &&
         !IsAuxiliary(next.lower) && !IsPreposition(next.lower) &&
         !m.IsAnyWord(k + 1, {"the", "a", "an", "his", "her", "their", "then", "later"});
}

// The first person entity in the descriptive phrase starting at `begin`
// ("Wells Fargo board member Elaine Chao"), before punctuation, a clause
// word or a verb; -1 when none.
int PersonInPhrase(const SentenceMatcher& m, int begin) {
  for (int k = begin; k < m.size() && k < begin + 8; ++k) {
    if (m.unit(k).kind == UnitKind::kPunct || m.unit(k).kind == UnitKind::kTime) return -1;
    if (m.IsEntity(k)) {
      if (m.unit(k).reference) return -1;
      if (m.context().entity(m.unit(k).entity).type == EntityType::kPerson) {
        return m.unit(k).entity;
      }
      continue;
    }
    if (m.unit(k).capitalized || JoinsDescriptions(m, k)) continue;
    const std::string_view w = m.Word(k);
    if (IsAuxiliary(w) || IsPreposition(w) || IsReportingVerb(w) ||
        m.IsAnyWord(k, {"who", "which", "that", "and", "or", "but"})) {
      return -1;
    }
  }
  return -1;
}

// The person a description after a comma names: "architect Liang Sicheng",
// "retired astronaut Mark Kelly", "longtime Hillary Clinton aide Huma
// Abedin" (the last name before the phrase ends); -1 when the words read as
// a verb's ("standing behind Trump", "attacked Trump").
int DescribedPerson(const SentenceMatcher& m, int begin) {
  int person = -1;
  for (int k = begin; k < m.size() && k < begin + 6; ++k) {
    const Unit& u = m.unit(k);
    if (u.kind == UnitKind::kPunct || u.kind == UnitKind::kTime) break;
    if (u.kind == UnitKind::kEntity) {
      if (u.reference) break;
      if (m.context().entity(u.entity).type == EntityType::kPerson) person = u.entity;
      continue;
    }
    if (u.capitalized || JoinsDescriptions(m, k)) continue;
    const std::string_view w = m.Word(k);
    if (IsAuxiliary(w) || IsPreposition(w) || IsReportingVerb(w) ||
        m.IsAnyWord(k, {"who", "which", "that", "and", "or", "but"})) {
      break;
    }
    const bool next_is_word =
        k + 1 < m.size() && m.unit(k + 1).kind == UnitKind::kWord && !m.unit(k + 1).capitalized;
    if (w.ends_with("ing") || ((w.ends_with("ed") || w.ends_with("s")) && !next_is_word)) {
      return -1;
    }
  }
  return person;
}

// The relative named right after the relation word: "his wife Dariga", "her
// daughter, Leila"; -1 when none.
int RelativeAfter(const SentenceMatcher& m, int word) {
  int k = word + 1;
  const bool comma = m.IsPunct(k, ",");
  if (comma) ++k;
  k = m.SkipQuoteMarks(k);
  // "Liang's father, architect Liang Sicheng": descriptive words first.
  if (comma && !m.IsEntity(k) && m.unit(k).kind == UnitKind::kWord) return DescribedPerson(m, k);
  if (!m.IsEntity(k) || m.unit(k).reference) return -1;
  if (m.context().entity(m.unit(k).entity).type == EntityType::kPerson) return m.unit(k).entity;
  // "his wife, Democratic presidential nominee Hillary Clinton": a person
  // after descriptive words; else the name, whatever the tagger typed.
  const int person = PersonInPhrase(m, k + 1);
  return person >= 0 ? person : m.unit(k).entity;
}

// Emits `relative` PREDICATE `other`; a related_to names the tie of the
// kin word at `trigger` ("nephew").
void EmitRelation(SentenceMatcher& m, int trigger, int relative, std::string_view predicate,
                  int other) {
  if (relative < 0 || other < 0 || relative == other || predicate.empty()) return;
  Fact* fact = m.Emit(trigger, relative, predicate, EntityObject(m.context(), other));
  if (fact != nullptr && predicate == "related_to") {
    fact->relation = std::string(RelatedTie(m.Word(trigger)));
  }
}

// The unit after the kin modifiers from `j` on ("late", "eldest", "two
// younger"); "twin" is one only before another kin word ("twin brother").
int SkipKinModifiers(const SentenceMatcher& m, int j) {
  // ("his Greek parents": a nationality describes the kin too.)
  while (IsKinModifier(m.Word(j)) || (m.IsWord(j, "twin") && FamilyWord(m.Word(j + 1))) ||
         (j < m.size() && m.unit(j).kind == UnitKind::kWord && m.unit(j).capitalized &&
          IsNationalityAdjective(m.Word(j)) && FamilyWord(m.Word(j + 1)))) {
    ++j;
  }
  return j;
}

bool FormerBefore(const SentenceMatcher& m, int begin, int end) {
  for (int k = begin; k < end; ++k) {
    if (m.IsAnyWord(k, {"former", "ex"})) return true;
  }
  return false;
}

// "his marriage to Y", "X's marriage with Y": the nominalized marriage.
void FindMarriageNoun(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    if (!m.IsAnyWord(i, {"marriage", "wedding"}) || !m.IsAnyWord(i + 1, {"to", "with"})) continue;
    const Unit& before = m.unit(i - 1);
    int person = -1;
    if (before.kind == UnitKind::kEntity && (before.possessive || before.reference)) {
      person = before.reference ? m.ResolvePerson(i - 1) : before.entity;
    } else if (m.IsAnyWord(i - 1, {"his", "her"})) {
      person = m.ResolvePerson(i - 1);
    }
    const int other = m.IsEntity(i + 2) ? m.ResolvePerson(i + 2, person) : -1;
    if (person < 0 || other < 0 || m.context().entity(other).type != EntityType::kPerson ||
        m.context().entity(person).type != EntityType::kPerson) {
      continue;
    }
    EmitRelation(m, i, person, "spouse", other);
  }
}

// "X's wife Y", "his son Y", "Y, X's ex-husband".
void FindPossessiveRelations(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const Unit& u = m.unit(i);
    int possessor = -1;
    const bool possessive_pronoun =
        u.lower == "his" || u.lower == "her" || u.lower == "my" || u.lower == "their";
    if (u.kind == UnitKind::kEntity && (u.possessive || (u.reference && possessive_pronoun))) {
      possessor = u.reference ? m.ResolvePerson(i) : u.entity;
    } else if (m.IsAnyWord(i, {"his", "her", "my"})) {
      possessor = m.ResolvePerson(i);
    }
    // "Frederick Nell and his brother Louis": the pronoun right after "X
    // and" is X's, whoever the clause's subject is.
    if ((possessive_pronoun || m.IsAnyWord(i, {"his", "her"})) && m.IsWord(i - 1, "and") &&
        IsNamedPerson(m, i - 2) && !m.unit(i - 2).possessive) {
      possessor = m.unit(i - 2).entity;
    }
    if (possessor < 0) continue;
    int j = SkipKinModifiers(m, i + 1);
    const bool former = FormerBefore(m, i + 1, j);
    std::string_view predicate = PredicateFor(m.Word(j), former);
    if (predicate.empty()) continue;
    // "his children included A, B and C": the list after a verb of being,
    // after a plural kin word only ("his brother Louis, John Prins and
    // Charles": one brother, then others).
    int list_word = j;
    if (m.IsAnyWord(j + 1, {"included", "include", "includes", "are", "were"})) list_word = j + 1;
    const bool plural = m.Word(j).ends_with("s") || m.Word(j) == "children";
    if (const std::vector<int> listed =
            plural ? PersonsListedAfter(m, list_word) : std::vector<int>{};
        !listed.empty()) {
      for (int relative : listed) EmitRelation(m, j, relative, predicate, possessor);
      // "His parents are A and B": the two parents are a couple.
      if (m.IsWord(j, "parents") && listed.size() == 2) {
        EmitRelation(m, j, listed[1], "spouse", listed[0]);
      }
      continue;
    }
    int relative = RelativeAfter(m, j);
    // "His brother was Harry Alger", "her husband is X": the kin word as subject.
    // ("His younger brother was the future bishop X": a description before the name.)
    int named = j + 2;
    if (m.IsAnyWord(j + 1, {"was", "is"}) && m.IsWord(named, "the")) {
      ++named;
      while (named < m.size() && named < j + 6 && m.unit(named).kind == UnitKind::kWord &&
             !m.unit(named).capitalized && !IsPreposition(m.Word(named)) &&
             !IsAuxiliary(m.Word(named))) {
        ++named;
      }
    }
    if (relative < 0 && m.IsAnyWord(j + 1, {"was", "is"}) && IsNamedPerson(m, named) &&
        !m.unit(named).possessive && !m.IsWord(named + 1, "of") &&
        !m.IsAnyWord(named + 1, {"'s"})) {
      relative = m.unit(named).entity;
    }
    if (relative < 0) relative = RelativeBefore(m, i);
    if (relative == possessor && u.kind != UnitKind::kEntity) {
      // "Y ... his wife Z": the pronoun was resolved to the relative itself; skip.
      continue;
    }
    EmitRelation(m, j, relative, predicate, possessor);
  }
}

// The person coordinated after the person named at unit `at`: "X (1801 –
// 1870) and his wife Y", "X and Y", "actors X and Elena Y", "X and the
// singer Y"; -1 when none.
int PartnerAfter(const SentenceMatcher& m, int at) {
  int k = at + 1;
  if (m.IsPunct(k, "(")) {
    // The lifespan or gloss after the name.
    while (k < m.size() && k < at + 14 && !m.IsPunct(k, ")")) ++k;
    ++k;
  }
  if (!m.IsWord(k, "and")) return -1;
  ++k;
  // "and his wife Y", "and her husband, Y".
  if (m.IsAnyWord(k, {"his", "her"}) && FamilyWord(m.Word(k + 1)) == FamilyRelation::kSpouse) {
    k += m.IsPunct(k + 2, ",") ? 3 : 2;
  }
  if (m.IsEntity(k)) {
    if (m.unit(k).reference || m.unit(k).possessive) return -1;
    const int e = m.unit(k).entity;
    return m.context().entity(e).type == EntityType::kPerson ? e : -1;
  }
  return DescribedPerson(m, k);
}

// The unit naming `entity` in [begin, begin + 12); -1 when none.
int UnitOf(const SentenceMatcher& m, int entity, int begin) {
  for (int k = begin; k < m.size() && k < begin + 12; ++k) {
    if (m.IsEntity(k) && m.unit(k).entity == entity) return k;
  }
  return -1;
}

// "Y, the son of X", "Y is the wife of X", "the daughter of X, Y".
void FindRelationOf(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    // "X, son of Y", "X is son of Y": the article may be left out.
    const bool bare = !m.IsAnyWord(i, {"the", "a", "an"}) && m.IsWord(i + 1, "of") &&
                      (FamilyWord(m.Word(i)) || !RelatedTie(m.Word(i)).empty()) &&
                      (m.IsPunct(i - 1, ",") || m.IsPunct(i - 1, "(") ||
                       m.IsAnyWord(i - 1, {"is", "was", "were", "are"}));
    if (!bare && !m.IsAnyWord(i, {"the", "a", "an"})) continue;
    const int j = bare ? i : SkipKinModifiers(m, i + 1);
    const bool former = FormerBefore(m, i + 1, j);
    std::string_view word = m.Word(j);
    if ((!FamilyWord(word) && RelatedTie(word).empty()) || !m.IsWord(j + 1, "of")) continue;
    std::string_view predicate = PredicateFor(word, former);
    std::vector<int> others;
    const int first = m.SkipDeterminers(j + 2);
    for (int e : m.EntityList(j + 2)) {
      // "the daughter of the Dick's Sporting Goods founder", "daughter of
      // Kazakh Prime Minister Yerlan Dauletov": an organization or a
      // nationality before more words is no parent (the name after the
      // description is, below).
      const EntityType type = m.context().entity(e).type;
      const bool describes = (type == EntityType::kOrganization || type == EntityType::kOther) &&
                             m.IsEntity(first) && first + 1 < m.size() &&
                             m.unit(first + 1).kind == UnitKind::kWord;
      // "son of the Republican front-runner": a name after "the" that a
      // noun follows is a modifier.
      const bool modifier = type == EntityType::kPerson && m.IsAnyWord(j + 2, {"the", "a", "an"}) &&
                            first + 1 < m.size() && m.unit(first + 1).kind == UnitKind::kWord &&
                            !m.unit(first + 1).capitalized;
      if (type != EntityType::kLocation && !describes && !modifier) others.push_back(e);
    }
    if (others.empty()) {
      // "son of him", "son of the actor Sreenivasan"; not "son of the
      // Republican front-runner" or "of Cuban immigrants" (names of no person).
      int e = m.IsEntity(j + 2) ? -1 : m.ResolvePerson(j + 2);
      if (e < 0 && !m.IsEntity(m.SkipDeterminers(j + 2))) e = DescribedPerson(m, j + 2);
      if (e < 0 && m.IsEntity(first) && first + 1 < m.size()) e = PersonInPhrase(m, first + 1);
      // "the daughter of actors X and Y": a plural noun before the parents.
      if (e < 0 && m.Word(j + 2).ends_with("s") && IsNamedPerson(m, j + 3)) {
        e = m.unit(j + 3).entity;
      }
      if (e >= 0 && m.context().entity(e).type == EntityType::kPerson) others.push_back(e);
    }
    // "the son of X (1820–88) and his wife Y", "the daughter of actors X
    // and Y": a parent coordinated after the last one read.
    if (!others.empty() && (predicate == "child_of" || predicate == "parent_of")) {
      const int at = UnitOf(m, others.back(), j + 2);
      const int partner = at >= 0 ? PartnerAfter(m, at) : -1;
      if (partner >= 0 && std::find(others.begin(), others.end(), partner) == others.end()) {
        others.push_back(partner);
      }
    }
    int relative = RelativeBefore(m, i);
    if (relative < 0) {
      // "the son of X, Y", "the daughter of actors X and Y, Z": the name
      // after the object (and its descriptive nouns).
      int k = j + 2;
      while (k < m.size() && k < j + 16 &&
             (m.IsEntity(k) || m.IsAnyWord(k, {"and", "the"}) || m.IsPunct(k, ",") ||
              m.IsQuoteMark(k) ||
              (m.unit(k).kind == UnitKind::kWord && !m.unit(k).capitalized &&
               !IsAuxiliary(m.Word(k)) && !IsPreposition(m.Word(k)) &&
               !IsNominativePronoun(m.Word(k))))) {
        if (m.IsPunct(k, ",") && m.IsEntity(k + 1)) {
          relative = RelativeAfter(m, k - 1);
          break;
        }
        // "Born in Rome, the daughter of actors X and Y, she made": the
        // clause's pronoun subject.
        // (The parents just named are not its referent; the current person is.)
        if (m.IsPunct(k, ",") && m.IsAnyWord(k + 1, {"he", "she"})) {
          relative = m.ResolvePerson(k + 1);
          if (std::find(others.begin(), others.end(), relative) != others.end()) {
            relative = m.discourse().last_person;
          }
          break;
        }
        ++k;
      }
    }
    if (predicate == "child_of") {
      if (relative >= 0) EmitParents(m, j, relative, others);
    } else {
      for (int other : others) EmitRelation(m, j, relative, predicate, other);
    }
  }
}

// "X married Y", "X is married to Y", "X divorced Y".
void FindMarriage(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    // "before marrying him in 1995": a gerund after a conjunction of time,
    // its object a pronoun (the two persons of the clause; "X met Y before
    // marrying Z" names a third).
    const bool gerund =
        (w == "marrying" || w == "divorcing") && m.IsAnyWord(i - 1, {"before", "after", "since"}) &&
        (m.IsAnyWord(i + 1, {"him", "her"}) || (m.IsEntity(i + 1) && m.unit(i + 1).reference));
    if (w != "married" && w != "marries" && w != "divorced" && w != "divorces" && !gerund) {
      continue;
    }
    const bool divorce = w[0] == 'd';
    int object_at = i + 1;
    if (m.IsAnyWord(object_at, {"to", "from"})) ++object_at;
    const int subject = gerund ? m.SubjectBefore(i - 1, SubjectPolicy::kPerson)
                               : m.VerbSubject(i, SubjectPolicy::kPerson);
    int other = m.ResolvePerson(object_at, subject);
    if (other >= 0 && m.IsEntity(object_at) && object_at + 1 < m.size() &&
        m.unit(object_at + 1).kind == UnitKind::kWord && PersonInPhrase(m, object_at + 1) >= 0) {
      // "married to Wells Fargo board member Elaine Chao": the name after the description.
      other = PersonInPhrase(m, object_at + 1);
    } else if (other < 0 && !m.IsEntity(object_at)) {
      // "married to Wells Fargo board member Elaine Chao".
      other = PersonInPhrase(m, object_at);
    }
    if (subject < 0 || other < 0 || m.context().entity(other).type != EntityType::kPerson) {
      continue;
    }
    std::vector<int> others = {other};
    // "was married to A, B and C at different times": each of them.
    if (m.IsEntity(object_at) && m.unit(object_at).entity == other) {
      for (int e : m.EntityList(object_at)) {
        if (e != other && e != subject && m.context().entity(e).type == EntityType::kPerson) {
          others.push_back(e);
        }
      }
    }
    for (int spouse : others) {
      m.Emit(i, subject, divorce ? "former_spouse" : "spouse", EntityObject(m.context(), spouse),
             {}, m.TimeFor(i), divorce ? TimeUse::kEnd : TimeUse::kStart);
    }
  }
}

}  // namespace

void EmitParents(SentenceMatcher& m, int trigger, int child, const std::vector<int>& parents) {
  for (int parent : parents) EmitRelation(m, trigger, child, "child_of", parent);
  // "the son of X and Y": the parents a child is named after together are a couple.
  if (parents.size() == 2 && parents[0] != child && parents[1] != child) {
    EmitRelation(m, trigger, parents[1], "spouse", parents[0]);
  }
}

void FindFamilyFacts(SentenceMatcher& m) {
  FindPossessiveRelations(m);
  FindMarriageNoun(m);
  FindRelationOf(m);
  FindMarriage(m);
  FindKinLists(m);
}

}  // namespace dossier::internal
