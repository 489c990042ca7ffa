// Subject coordination: a fact stated of "X and Y", "A, B and C", "X and
// his wife Y", "he and his brother Nurlan" ("X и его жена Y") is each
// person's. Runs after a sentence's pattern families have finished their
// facts, so the copies carry everything the patterns set (role, period,
// relation); the words of each language come in CoordinationWords.
#include <span>
#include <string_view>
#include <vector>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_lexicon_ru.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

using Words = std::span<const std::string_view>;

// The words of one language that coordination reads.
struct CoordinationWords {
  Words conjunctions;  // "and"
  Words possessives;   // "his" before a kin word
  Words pronouns;      // "he": a subject pronoun
  Words relatives;     // "who" after ", "
  // Verbs that take one subject ("is", "was"); empty where verbs agree by
  // ending only.
  Words singular_verbs;
  // Words that may open the clause before the first coordinated subject
  // ("then", "after", "both").
  Words openers;
  bool (*kin_word)(std::string_view);
  // Whether a plural verb may stand before its subjects ("Компанию
  // основали X и Y"): the endings of such a verb; empty where subjects
  // precede the verb.
  Words plural_verb_endings;
};

bool IsKinEn(std::string_view w) { return FamilyWord(w).has_value(); }
bool IsKinRu(std::string_view w) { return KinWordRu(w).has_value(); }

constexpr std::string_view kAndEn[] = {"and"};
constexpr std::string_view kPossessivesEn[] = {"his", "her", "their"};
constexpr std::string_view kPronounsEn[] = {"he", "she"};
constexpr std::string_view kRelativesEn[] = {"who"};
constexpr std::string_view kSingularEn[] = {"is", "was", "has", "does"};
constexpr std::string_view kOpenersEn[] = {"and",   "but",      "then",  "later", "when",
                                           "after", "before",   "since", "while", "because",
                                           "both",  "together", "once",  "until"};
const CoordinationWords kEnglish{kAndEn,      kPossessivesEn, kPronounsEn, kRelativesEn,
                                 kSingularEn, kOpenersEn,     IsKinEn,     {}};

constexpr std::string_view kAndRu[] = {"и"};
constexpr std::string_view kPossessivesRu[] = {"его",   "её",    "ее",   "их",
                                               "своей", "своим", "своя", "свой"};
constexpr std::string_view kPronounsRu[] = {"он", "она"};
constexpr std::string_view kRelativesRu[] = {"который", "которые", "которая"};
constexpr std::string_view kOpenersRu[] = {"и",     "но",    "затем",  "потом", "когда",
                                           "после", "позже", "вместе", "оба",   "обе"};
// Past plural "основали", present plural "владеют", "руководят".
constexpr std::string_view kPluralVerbEndingsRu[] = {"ли", "ют", "ят"};
const CoordinationWords kRussian{kAndRu, kPossessivesRu, kPronounsRu, kRelativesRu,
                                 {},     kOpenersRu,     IsKinRu,     kPluralVerbEndingsRu};

bool In(std::string_view w, Words words) {
  for (std::string_view word : words) {
    if (word == w) return true;
  }
  return false;
}

// The lower-case text at unit k when it is a word or a pronoun the
// references resolved ("his", "его"); "" otherwise.
std::string_view PronounAt(const SentenceMatcher& m, int k) {
  if (k < 0 || k >= m.size()) return {};
  const Unit& u = m.unit(k);
  return u.kind == UnitKind::kWord || (u.kind == UnitKind::kEntity && u.reference)
             ? std::string_view(u.lower)
             : std::string_view();
}

// The kin apposition ending at unit `j` ("his wife Y", "his younger
// brother, Y"): the unit of its possessive; j itself when there is none.
int KinAppositionStart(const SentenceMatcher& m, const CoordinationWords& words, int j) {
  int k = j - 1;
  if (m.IsPunct(k, ",")) --k;
  if (!words.kin_word(m.Word(k))) return j;
  for (int steps = 0; steps < 3 && k >= 0; ++steps, --k) {
    if (In(PronounAt(m, k), words.possessives)) return k;
    if (PronounAt(m, k).empty() || m.unit(k).capitalized) return j;
  }
  return j;
}

// The person a coordinated unit at `p` names: an entity (no possessive) or
// a pronoun resolved to a person; -1 otherwise.
int PersonAt(const SentenceMatcher& m, const CoordinationWords& words, int p) {
  if (!In(PronounAt(m, p), words.pronouns) && (!m.IsEntity(p) || m.unit(p).possessive)) return -1;
  const int person = m.ResolvePerson(p);
  return person >= 0 && m.context().entity(person).type == EntityType::kPerson ? person : -1;
}

// The unit naming `subject` as the clause subject of the verb at `trigger`:
// the nearest unit before it resolving to the subject, with only words (or
// an apposition's comma, or a ", who" clause) between; -1 when the subject
// stands elsewhere ("the son of X, Y" after the trigger, "Y, the son of X"
// before a comma).
int SubjectUnit(const SentenceMatcher& m, const CoordinationWords& words, int trigger,
                int subject) {
  for (int j = trigger - 1; j >= 0; --j) {
    const Unit& u = m.unit(j);
    if (u.kind == UnitKind::kEntity) {
      if (m.ResolvePerson(j) == subject && !u.possessive) return j;
      // "X и его жена Y владеют": the subject before a partner's kin
      // apposition.
      const int start = KinAppositionStart(m, words, j);
      const int before = start - 2;
      if (start < j && In(m.Word(start - 1), words.conjunctions) &&
          PersonAt(m, words, before) == subject) {
        return before;
      }
      return -1;
    }
    if (In(PronounAt(m, j), words.pronouns)) return m.ResolvePerson(j) == subject ? j : -1;
    // A singular verb has a single subject: "A and Y is the son of".
    if (In(m.Word(j), words.singular_verbs)) return -1;
    if (u.kind == UnitKind::kPunct) {
      // "X and Y, who founded": the relative clause's antecedent.
      if (m.IsPunct(j, ",") && In(m.Word(j + 1), words.relatives)) continue;
      // "X and his wife, Y, founded": the apposition's closing comma.
      if (m.IsPunct(j, ",") && m.IsEntity(j - 1) && KinAppositionStart(m, words, j - 1) < j - 1) {
        continue;
      }
      return -1;
    }
  }
  return -1;
}

// Whether the unit before a coordinated subject opens its clause: the
// sentence's start, punctuation, a date, a capitalized word ("Brothers X
// and Y") or a conjunction; not a verb or preposition whose object the
// list would be ("met X and Y", "with X and Y").
bool OpensClause(const SentenceMatcher& m, const CoordinationWords& words, int k) {
  if (k < 0 || m.unit(k).kind == UnitKind::kPunct || m.unit(k).kind == UnitKind::kTime) {
    return true;
  }
  if (m.unit(k).kind == UnitKind::kWord && m.unit(k).capitalized) return true;
  return In(m.Word(k), words.openers);
}

// The persons coordinated with the subject unit `j`: before it ("A, B and
// [j]", "A and his wife [j]") and after it ("[j] and his wife Y" up to the
// verb at `trigger`); empty when the list is some verb's or preposition's
// object.
std::vector<int> Partners(const SentenceMatcher& m, const CoordinationWords& words, int j,
                          int trigger) {
  std::vector<int> partners;
  int k = KinAppositionStart(m, words, j) - 1;
  while (k >= 1 && (In(m.Word(k), words.conjunctions) || m.IsPunct(k, ","))) {
    const int p = k - 1;
    // "X, and": a clause joined on, no list.
    if (m.IsPunct(k, ",") && In(m.Word(p), words.conjunctions)) break;
    const int partner = PersonAt(m, words, p);
    if (partner < 0) break;
    partners.push_back(partner);
    k = p - 1;
    if (In(m.Word(k), words.conjunctions) && m.IsPunct(k - 1, ",")) --k;  // "A, B, and C"
  }
  if (!partners.empty() && !OpensClause(m, words, k)) return {};
  // "X and his wife Y own": a partner after the subject, right before the verb.
  int after = j + 1;
  if (In(m.Word(after), words.conjunctions)) {
    ++after;
    if (In(PronounAt(m, after), words.possessives) && words.kin_word(m.Word(after + 1))) after += 2;
    if (m.IsPunct(after, ",")) ++after;
    const int partner = m.IsEntity(after) ? PersonAt(m, words, after) : -1;
    int end = after + 1;
    if (m.IsPunct(end, ",")) ++end;
    bool verb_next = true;
    for (int v = end; v < trigger; ++v) verb_next = verb_next && m.unit(v).kind == UnitKind::kWord;
    if (partner >= 0 && verb_next && (partners.empty() || OpensClause(m, words, k))) {
      partners.push_back(partner);
    }
  }
  return partners;
}

// The persons listed after the subject at unit `trigger + 1` of a plural
// verb at `trigger` ("основали X и Y", "владеют X, Y и Z"): each joined by
// a comma or a conjunction, the list ending the clause; empty otherwise.
std::vector<int> SubjectsAfterVerb(const SentenceMatcher& m, const CoordinationWords& words,
                                   int trigger, int subject) {
  const std::string_view verb = m.Word(trigger);
  bool plural = false;
  for (std::string_view end : words.plural_verb_endings) plural = plural || verb.ends_with(end);
  if (!plural || PersonAt(m, words, trigger + 1) != subject) return {};
  std::vector<int> partners;
  int k = trigger + 2;
  bool closed = false;  // the list's last person came after a conjunction
  while (!closed && (In(m.Word(k), words.conjunctions) || m.IsPunct(k, ","))) {
    closed = In(m.Word(k), words.conjunctions);
    const int partner = PersonAt(m, words, k + 1);
    if (partner < 0) return {};
    partners.push_back(partner);
    k += 2;
  }
  // "основали X и Y в 1998 году" ends at a date or a mark, not at a word
  // that goes on ("X и Y компании": a dependent).
  const bool ends = k >= m.size() || m.unit(k).kind == UnitKind::kPunct || m.IsTime(k) ||
                    (m.unit(k).kind == UnitKind::kWord && m.IsTime(k + 1));  // "в 1998 году"
  return closed && ends ? partners : std::vector<int>();
}

void ShareCoordinated(SentenceMatcher& m, const CoordinationWords& words,
                      std::vector<FoundFact>& found, size_t first) {
  const size_t end = found.size();
  for (size_t f = first; f < end; ++f) {
    const int subject = EntityIndexOf(m.context(), found[f].fact.subject);
    if (subject < 0 || m.context().entity(subject).type != EntityType::kPerson) continue;
    const int j = SubjectUnit(m, words, found[f].trigger, subject);
    const std::vector<int> partners = j >= 0
                                          ? Partners(m, words, j, found[f].trigger)
                                          : SubjectsAfterVerb(m, words, found[f].trigger, subject);
    for (int partner : partners) {
      const Fact& fact = found[f].fact;
      const std::string& id = m.context().entity(partner).id;
      if (partner == subject || (fact.object_is_entity && fact.object == id)) continue;
      FoundFact copy = found[f];
      copy.fact.subject = id;
      found.push_back(std::move(copy));
    }
  }
}

}  // namespace

void ShareCoordinatedSubjects(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first) {
  ShareCoordinated(m, kEnglish, found, first);
}

void ShareCoordinatedSubjectsRu(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first) {
  ShareCoordinated(m, kRussian, found, first);
}

}  // namespace dossier::internal
