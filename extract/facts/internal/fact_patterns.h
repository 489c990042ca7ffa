// The fact pattern families, each reading one sentence through a
// SentenceMatcher and appending what it finds (before attribution).
//
// Internal to extract/facts*.cc.
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_PATTERNS_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_PATTERNS_H_

#include <vector>

#include "extract/facts/internal/fact_matcher.h"

namespace dossier::internal {

// born_on, born_in, died_on, died_in, educated_at, lives_in, moved_to
// (fact_patterns_en.cc).
void FindLifeEventFacts(SentenceMatcher& m);

// Whether an object's name holds a kind of school ("Yale College", "Moscow
// State University", "Paris Conservatoire") (fact_patterns_en.cc).
bool NamesSchool(const FactContext& context, const FactObject& object);

// founded, owns from a clause with no relative word beside an organization:
// "the venture capital firm he founded, VenCatalyst", "Dala Media, the
// company she founded in 1998" (fact_contact_clauses_en.cc); run by
// FindRoleFacts().
void FindContactClauses(SentenceMatcher& m);

// employed_by from careers told without a role: "took a position with X",
// "began his career with X", "went on to teach literature at the
// University of Tunis" (fact_careers_en.cc); run by FindRoleFacts().
void FindCareers(SentenceMatcher& m);

// employed_by of teachers at a school: "earned his doctorate from the
// University of Cologne under the supervision of A and B", "studied at the
// Paris Conservatoire, where his teachers included A and B", "a degree
// under A at Moscow State University" (fact_teachers_en.cc); run by
// FindLifeEventFacts().
void FindTeachers(SentenceMatcher& m);

// born_on, born_in, died_on, died_in from a lifespan in parentheses after a
// person's name (fact_lifespans_en.cc); run by FindLifeEventFacts().
void FindLifespan(SentenceMatcher& m);

// citizen_of from nationality adjectives ("X is an American songwriter",
// "Kazakh journalist X") and "citizen of", "Russian citizenship"
// (fact_citizenship_en.cc); run by FindLifeEventFacts().
void FindCitizenshipFacts(SentenceMatcher& m);

// citizen_of from the national offices among the positions found since
// fact `first` ("President of Kazakhstan", "Russian Prime Minister X"; no
// ambassador, envoy or consul, who serve abroad) (fact_citizenship_inferred_en.cc);
// run by FindRoleFacts().
void FindCitizenshipByOffice(SentenceMatcher& m, size_t first);

// citizen_of from the births among the facts found since fact `first`
// whose place names a country ("born in Gothenburg, Sweden", "(1767,
// Königsberg, Prussia – ...)"): a birthplace's country taken as the
// person's, unless the document has already stated another citizenship for
// them (fact_citizenship_inferred_en.cc); run by FindLifeEventFacts().
void FindCitizenshipByBirthplace(SentenceMatcher& m, size_t first);

// Whether a founded object names an organization: an organization entity,
// or a literal ending in an organization noun ("a charity foundation",
// "the Free Choice party"); a series, a strip or a character is a work
// (fact_organizations_en.cc).
bool NamesOrganization(const FactContext& context, const FactObject& object);

// The index of the entity with `id`; -1 when none (fact_citizenship_en.cc).
int EntityIndexOf(const FactContext& context, std::string_view id);

// A country (CountryNamed's English name) as a fact object: the location
// entity at unit `at` when it names the country, else the document's
// location entity naming it ("Canada", "U.S."), else the name as a literal
// (fact_citizenship_en.cc).
FactObject CountryObject(const SentenceMatcher& m, std::string_view country, int at);

// charged_with, convicted_of (with the authority when named) and
// sanctioned_by: "X was charged with fraud by the prosecutor", "convicted
// of", "found X guilty of", "sanctioned by the U.S. Treasury"
// (fact_charges_en.cc); run by FindLifeEventFacts().
void FindChargeFacts(SentenceMatcher& m);

// member_of a party or a team: "a politician for the Labour Party", "a
// candidate of the Ak Zhol party", "played for FC Kairat"
// (fact_membership_en.cc); run by FindRoleFacts().
void FindPartyMembership(SentenceMatcher& m);

// The group named from unit `at` on: an organization entity, or any
// entity but a person after a group noun and its descriptive words ("the
// Mexican pop group RBD", "Premier League club Newcastle United"); -1 when
// none (fact_membership_en.cc).
int GroupAt(const SentenceMatcher& m, int at);

// position of a monarch over a realm that names a country ("X reigned as
// King of Romania", "Emperor Gojong of Korea") (fact_monarchs_en.cc); run by
// FindRoleFacts().
void FindMonarchs(SentenceMatcher& m);

// position, founded, owns, member_of, employed_by, associate_of from roles
// ("General Director of X", "President X") (fact_roles_en.cc), then
// FindOrganizationFacts().
void FindRoleFacts(SentenceMatcher& m);

// founded, owns, member_of, position, employed_by, associate_of from verbs
// about organizations: "founded", "owned by X and Y", "a stake in",
// "headed by", "worked for" (fact_organizations_en.cc).
void FindOrganizationFacts(SentenceMatcher& m);

// spouse, former_spouse, child_of, parent_of, sibling_of and possessive
// associates ("X's wife Y", "Y, the son of X", "X married Y")
// (fact_family_en.cc).
void FindFamilyFacts(SentenceMatcher& m);

// Emits `child` child_of each of `parents`; two parents named together
// ("the son of X and Y", "born to X and Y") are also each other's spouse
// (fact_family_en.cc).
void EmitParents(SentenceMatcher& m, int trigger, int child, const std::vector<int>& parents);

// The persons listed after the plural kin word at `word` ("his brothers
// Nurlan and Asylbek", "children: A, B and C", "children included A, B and
// C"); empty unless two or more persons follow (fact_family_lists_en.cc).
// With `given_names`, one-word names the tagger typed otherwise count too
// once the list holds a person ("children: Paul, Alexandre and Nicolas").
std::vector<int> PersonsListedAfter(const SentenceMatcher& m, int word, bool given_names = false);

// sibling_of among the people a plural kin word lists ("four children: A,
// B and C", "the Rockefeller brothers: A, B and C") and child_of after "had
// N children" (of the subject and of the partner "with whom")
// (fact_family_lists_en.cc); run by FindFamilyFacts().
void FindKinLists(SentenceMatcher& m);

// Denials: "X had nothing to do with Y", "everything that X wrote was not
// true", "X denies the allegations" (fact_attribution_en.cc).
void FindDenialFacts(SentenceMatcher& m);

// Gives each fact of found[first...] whose subject is coordinated with
// other persons ("X and Y founded Z", "A, B and C were appointed", "X and
// his wife Y own", "he and his brother Nurlan") to each of them too; the
// copies are appended (fact_coordination.cc). The Russian reads "X и Y",
// "X и его жена Y".
void ShareCoordinatedSubjects(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first);
void ShareCoordinatedSubjectsRu(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first);

// Sets according_to and denied on found[first...]: a fact inside a quotation
// is its speaker's; after "X said that", "according to X", "X denies that"
// it is X's; a negation before the trigger denies it (fact_attribution_en.cc).
void AttributeFacts(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first);

// Where a profile page's list-like layout stands: the label of the list
// being read ("Labor activity:", "Education:", "Family:").
enum class ProfileList { kNone, kCareer, kEducation, kFamily };

// Reads one sentence as a line of a profile layout: a list label, a
// "PERIOD – ROLE of ORG" line, a "Wife – NAME" line or a "Born: DATE, PLACE"
// key-value line. Returns whether the sentence was such a line (then the
// prose patterns skip it) (fact_profile_layout_en.cc).
bool FindProfileLineFacts(SentenceMatcher& m, ProfileList* list);

// Shared by the role patterns and the profile layout: a role phrase
// ("General Director", "former mayor", "founder and owner") at a unit.
struct RolePhrase {
  int begin = 0;           // first unit of the role's name (tense modifiers excluded)
  int end = 0;             // one past the last head
  int start = 0;           // first unit including tense modifiers ("former")
  std::vector<int> heads;  // units of the heads ("founder", "owner")
};
// The role phrase starting at unit i (modifiers, then one or more heads
// joined by "and"/","); nullopt when there is none.
std::optional<RolePhrase> MatchRolePhrase(const SentenceMatcher& m, int i);

// A title right before a person's name: "President Nursultan Nazarbayev",
// "Prime Minister Karim Masimov of Kazakhstan", "Kazakh President X",
// "Kaspi Bank chairman X" (with "and chief executive Y" sharing the bank),
// "former Sha Na Na member X", "NASA astronaut X" (employed_by). Returns
// whether a name follows the title starting at unit i, which is then read
// here only (fact_titles_en.cc).
bool FindTitleBeforeName(SentenceMatcher& m, int i);

// Whether a word links a subject to the role after it: "is", "was",
// "became", "as", "appointed", "served" ... (fact_roles_en.cc).
bool IsCopula(std::string_view w);

// "the guitarist and one of the songwriters of the metal band Amaranthe":
// the group or organization (GroupAt) a noun joined by "and" to a role
// ending at `role_end` names after "of", with lower-case nouns and articles
// only between; *end is set past it. nullopt when none
// (fact_roles_joined_en.cc).
std::optional<FactObject> CoordinatedRoleObject(const SentenceMatcher& m, int role_end, int* end);

// "X is a Norwegian civil servant and former CEO of Y": the copula before a
// description joined by "and" to the role starting at `role_start` (an
// article after "is", "was", "became" or "remains", then lower-case words,
// nationality adjectives, commas and further articles after commas); -1
// when none (fact_roles_joined_en.cc).
int CopulaBeforeCoordinatedNoun(const SentenceMatcher& m, int role_start);

// Emits the facts a role states for `holder` over `object`: position (with
// the role's name), founded, owns, member_of, employed_by or associate_of by
// the kind of each head. `use` dates a position ("appointed" starts it,
// "resigned as" ends it); the other kinds keep their own.
void EmitRole(SentenceMatcher& m, const RolePhrase& role, int holder, const FactObject& object,
              int time_unit, TimeUse use = TimeUse::kDuring);

// Russian families (fact_patterns_ru.cc, fact_roles_ru.cc,
// fact_attribution_ru.cc): the same predicates from Russian prose and
// profile layouts.
void FindLifeEventFactsRu(SentenceMatcher& m);
void FindRoleFactsRu(SentenceMatcher& m);
void FindFamilyFactsRu(SentenceMatcher& m);
bool FindProfileLineFactsRu(SentenceMatcher& m, ProfileList* list);
void AttributeFactsRu(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first);
// charged_with, convicted_of (fact_charges_ru.cc); run by FindLifeEventFactsRu.
void FindChargeFactsRu(SentenceMatcher& m);

// Kazakh families (fact_patterns_kk.cc): life events, roles and founding,
// family, read by the case suffixes of names before the clause's verb.
void FindLifeEventFactsKk(SentenceMatcher& m);
void FindRoleFactsKk(SentenceMatcher& m);
void FindFamilyFactsKk(SentenceMatcher& m);
// charged_with, convicted_of (fact_charges_kk.cc); run by FindLifeEventFactsKk.
void FindChargeFactsKk(SentenceMatcher& m);
// The Russian attribution, then Kazakh's own words (fact_attribution_kk.cc).
void AttributeFactsKk(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first);

// The pattern families of one language, in the order ExtractFacts runs
// them; `oblique` tells a preposition that keeps the person after it from
// being a sentence's subject, `statement` a heading word that opens a
// person's own words ("interview", "интервью").
struct FactPatternSet {
  bool (*profile_line)(SentenceMatcher&, ProfileList*);
  void (*life_events)(SentenceMatcher&);
  void (*roles)(SentenceMatcher&);
  void (*family)(SentenceMatcher&);
  void (*denials)(SentenceMatcher&);  // may be null
  // Shares a coordinated subject's facts (found, first); may be null.
  void (*coordinate)(SentenceMatcher&, std::vector<FoundFact>&, size_t);
  void (*attribute)(SentenceMatcher&, std::vector<FoundFact>&, size_t);
  bool (*oblique)(std::string_view word);
  bool (*statement)(std::string_view lower_heading);
};

// The families for a NormalizedDocument::language code: Russian for "ru"
// (and "kk", whose press writes Russian too), English for the rest.
const FactPatternSet& FactPatternsFor(std::string_view language);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_PATTERNS_H_
