// Russian words of the fact patterns, matched by stem and ending rather than
// by every surface form: verbs of life events in both genders ("родился",
// "родилась"; "окончил", "окончила"), role nouns in every case ("директор",
// "директором", "директора") with their nominative, family words, Russian
// prepositions. Lookups take lower-cased words (LowerWord).
//
// Internal to extract/fact*_ru.cc. Thread-safe (immutable tables).
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_LEXICON_RU_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_LEXICON_RU_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "extract/facts/internal/fact_lexicon_en.h"

namespace dossier::internal {

// True when `word` is one of `words`.
bool OneOf(std::string_view word, std::initializer_list<std::string_view> words);

// The gender a past-tense verb shows: "окончила" female, "окончил" male.
enum class VerbGender { kAny, kMale, kFemale };

// True when `word` is the verb `stem` with one of the past endings
// ("л", "ла", "ли"; reflexive "лся", "лась", "лись" when `reflexive`):
// VerbForm("родилась", "роди", true) is true. *gender, when not null, gets
// the gender the ending shows.
bool PastForm(std::string_view word, std::string_view stem, bool reflexive,
              VerbGender* gender = nullptr);

// A role noun in any case: its kind and its nominative ("директором" ->
// kPosition, "директор"; "основателем" -> kFounder, "основатель"; "членом"
// -> kMember, "член"). nullopt for other words.
struct RuRole {
  RoleKind kind;
  std::string nominative;
};
std::optional<RuRole> RoleNounRu(std::string_view word);

// A modifier of a role in any case, as its masculine nominative:
// "генеральным" -> "генеральный", "главного" -> "главный"; empty when the
// word is none ("бывший" is a tense modifier: IsFormerRu).
std::string RoleModifierRu(std::string_view word);

// "бывший", "бывшая", "экс" and their cases: the role or relation is past.
bool IsFormerRu(std::string_view word);

// The country a Russian adjective of nationality names, in the nominative,
// in any case and gender ("британский", "израильскому" → "Великобритания",
// "Израиль"); "" for any other word.
std::string_view CountryOfAdjectiveRu(std::string_view word);

// A family word in any case: "жена", "жены", "женой"; "дочь", "дочери";
// "зять" (an in-law: kInLaw). nullopt for other words.
enum class RuKin { kSpouse, kChild, kParent, kSibling, kInLaw };
std::optional<RuKin> KinWordRu(std::string_view word);

// The predicate a family word states: about the relative it names when
// `of_relative` ("дочь Назарбаева Дарига": Дарига child_of Назарбаев), else
// about the person whose relative it is ("Семья: сын – Тимур": the page's
// person parent_of Тимур). In-laws are associate_of; `former` spouses
// former_spouse.
std::string_view KinPredicateRu(RuKin kin, bool former, bool of_relative);

// A word naming a school: "школу", "институт", "университета", "академию".
bool IsSchoolWordRu(std::string_view word);

// A preposition: "в", "на", "с", "у", "к", "от", "для", "о", "по", ...
bool IsPrepositionRu(std::string_view word);

// A word ending an object phrase once it has content: prepositions,
// conjunctions and clause words ("и" before a verb aside), "который", "где".
bool EndsPhraseRu(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_LEXICON_RU_H_
