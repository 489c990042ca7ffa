// English patterns for kin stated of a list of people: "they have four
// children: A, B, C and D", "with whom he had three sons, A, B and C", "the
// five Rockefeller brothers: A, B, C, D and E", "his children included A, B
// and C". The listed people are each other's siblings; after "had N
// children" they are the children of the subject and of the partner
// "with whom" they were had. (The possessor of "his sons A and B" is read by
// fact_family_en.cc.)
#include <algorithm>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// At most this many listed people are paired as siblings (a list is rarely
// longer; a longer one is more likely a roll of names than a family).
constexpr int kMaxSiblings = 8;

bool IsPluralKinWord(std::string_view w) {
  return w == "children" || w == "sons" || w == "daughters" || w == "brothers" || w == "sisters" ||
         w == "siblings" || w == "twins";
}

bool IsCountWord(std::string_view w) {
  for (std::string_view n : {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "eleven", "twelve", "several", "many"}) {
    if (w == n) return true;
  }
  return false;
}

// The verb "had"/"have" that a count and the kin word at `word` follow
// ("he had four children", "they have two sons"); -1 when none.
int HadBefore(const SentenceMatcher& m, int word) {
  int k = word - 1;
  while (k >= 0 && (IsCountWord(m.Word(k)) || m.unit(k).kind == UnitKind::kNumber ||
                    m.IsAnyWord(k, {"young", "adult", "grown", "more"}))) {
    --k;
  }
  if (k == word - 1) return -1;  // "had children A and B" states no count: too loose
  return m.IsAnyWord(k, {"had", "have", "has", "having"}) ? k : -1;
}

// The partner of "X, with whom he had": the person before ", with whom";
// -1 when the clause does not open so.
int PartnerWithWhom(const SentenceMatcher& m, int had) {
  for (int k = had - 1; k >= 0 && k >= had - 3; --k) {
    if (!m.IsWord(k, "whom") || !m.IsWord(k - 1, "with")) continue;
    int p = k - 2;
    if (m.IsPunct(p, ",")) --p;
    if (!m.IsEntity(p) || m.unit(p).reference) return -1;
    const int e = m.unit(p).entity;
    return m.context().entity(e).type == EntityType::kPerson ? e : -1;
  }
  return -1;
}

}  // namespace

// Whether a name the tagger typed otherwise may be a given name in a list
// of kin: one capitalized word, or two joined by a hyphen
// ("Charles-Edouard"); not "Jr", a country or a "-born" adjective.
bool GivenNameAt(const SentenceMatcher& m, int e) {
  const Entity& entity = m.context().entity(e);
  const std::string lower = AsciiLower(entity.name);
  if (entity.name.empty() || entity.name[0] < 'A' || entity.name[0] > 'Z' ||
      lower.find(' ') != std::string::npos || lower.find('.') != std::string::npos ||
      lower == "jr" || lower == "sr" || lower.ends_with("-born") || lower.ends_with("-based")) {
    return false;
  }
  return CountryNamed(lower).empty();
}

// (Declared in fact_patterns.h.)
std::vector<int> PersonsListedAfter(const SentenceMatcher& m, int word, bool given_names) {
  int k = word + 1;
  if (m.IsPunct(k, ",") || m.IsPunct(k, ":") || m.IsPunct(k, "(") || m.IsDash(k)) ++k;
  if (m.IsAnyWord(k, {"included", "include", "includes", "are", "were", "namely"})) ++k;
  if (m.IsPunct(k, ":")) ++k;
  // With `given_names`, single names listed after a kin word are people
  // whatever the tagger typed ("four children: Paul, Alexandre, Nicolas
  // and Charles-Edouard", given names it took for places), once one of
  // them is typed a person.
  const std::vector<int> listed = m.EntityList(m.SkipQuoteMarks(k));
  const bool any_person = std::any_of(listed.begin(), listed.end(), [&](int e) {
    return m.context().entity(e).type == EntityType::kPerson;
  });
  std::vector<int> persons;
  for (int e : listed) {
    const Entity& entity = m.context().entity(e);
    if (entity.type == EntityType::kPerson || (given_names && any_person && GivenNameAt(m, e))) {
      persons.push_back(e);
    }
  }
  if (persons.size() < 2 || !any_person) persons.clear();
  return persons;
}

void FindKinLists(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    // "native sons A and B", "fellow brothers": kin words used of no family.
    if (!IsPluralKinWord(w) ||
        m.IsAnyWord(i - 1, {"native", "fellow", "favorite", "favourite", "founding", "prodigal"})) {
      continue;
    }
    const std::vector<int> listed = PersonsListedAfter(m, i, /*given_names=*/true);
    if (listed.empty()) continue;
    const int n = std::min<int>(static_cast<int>(listed.size()), kMaxSiblings);
    for (int a = 0; a < n; ++a) {
      for (int b = a + 1; b < n; ++b) {
        m.Emit(i, listed[a], "sibling_of", EntityObject(m.context(), listed[b]));
      }
    }
    if (FamilyWord(w) != FamilyRelation::kChild) continue;
    const int had = HadBefore(m, i);
    if (had < 0) continue;
    bool negated = false;
    for (int k = had - 1; k >= 0 && k >= had - 3; --k) {
      negated = negated || m.IsAnyWord(k, {"not", "never", "n't"});
    }
    if (negated) continue;
    const int partner = PartnerWithWhom(m, had);
    int subject = m.VerbSubject(had, SubjectPolicy::kPerson);
    // "X, with whom he had": the pronoun is not the partner it follows.
    const bool pronoun =
        m.IsAnyWord(had - 1, {"he", "she"}) || (m.IsEntity(had - 1) && m.unit(had - 1).reference);
    if (partner >= 0 && pronoun) subject = m.ResolvePerson(had - 1, partner);
    if (subject == partner) subject = -1;
    for (int parent : {subject, partner}) {
      if (parent < 0) continue;
      for (int child : listed) {
        if (child != parent) m.Emit(i, child, "child_of", EntityObject(m.context(), parent));
      }
    }
  }
}

}  // namespace dossier::internal
