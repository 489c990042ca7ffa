// Word lists of the quotation extractors (English): cue verbs, pronouns,
// person and organization nouns, documents that "say" things, and given names
// with their gender. Lookups ignore ASCII case.
//
// Thread-safe (immutable tables).
#ifndef DOSSIER_EXTRACT_INTERNAL_QUOTE_LEXICON_H_
#define DOSSIER_EXTRACT_INTERNAL_QUOTE_LEXICON_H_

#include <string_view>

namespace dossier::internal {

enum class Gender { kUnknown, kMale, kFemale };

// "said", "told", "wrote", "noted", "added", "explained", "recalled",
// "concluded", "informed", "stated", "insisted", "denied", "announced" ... in
// any tense the news uses ("says", "said", "adds", "added").
bool IsCueVerb(std::string_view word);

// Verbs that report speech only with a particle: "pointed out", "went on".
bool IsCueVerbWithParticle(std::string_view verb, std::string_view particle);

enum class PronounKind { kNone, kMale, kFemale, kPlural };

// he/him/his/himself, she/her/hers/herself, they/them/their/themselves.
PronounKind ThirdPersonPronoun(std::string_view word);

// A noun naming a person by role or trait: "businessman", "manager",
// "director", "mayor", "senator", "spokesman", "candidate" ...
bool IsPersonNoun(std::string_view word);

// A spokesperson noun: what they say, their principal says
// ("a spokesman for the campaign").
bool IsSpokesNoun(std::string_view word);

// A noun naming a group or an organization: "bureau", "committee",
// "campaign", "ministry", "party", "court", "oppositionists", "officials".
bool IsGroupNoun(std::string_view word);

// A group noun naming one institution: "ministry", "campaign", "committee",
// "company", "newspaper", "website", "group". Not plural nouns of persons
// ("officials", "aides", "critics"), who stay anonymous.
bool IsInstitutionNoun(std::string_view word);

// A group noun naming a gathering of people: "crowd", "audience",
// "protesters".
bool IsCrowdNoun(std::string_view word);

// A document that says things: "statement", "release", "letter", "report",
// "complaint", "lawsuit", "post", "tweet", "ad".
bool IsDocumentNoun(std::string_view word);

// The gender of a given name ("Serik" male, "Lira" female), kUnknown when the
// name is not listed.
Gender GivenNameGender(std::string_view name);

// The gender a person noun carries: "spokeswoman", "wife", "mother",
// "congresswoman", "Mrs" female; "spokesman", "husband", "father", "Mr"
// male; kUnknown for the rest ("chairman", "senator", "president").
Gender PersonNounGender(std::string_view word);

// A title or rank written before a person's name, abbreviated or not:
// "Mr", "Mrs", "Dr", "Gov", "Sen", "Rep", "President", "Senator", "Judge".
// Capitalization is not checked.
bool IsPersonTitle(std::string_view word);

// Determiners and modifiers that may open a description: "the", "a", "an",
// "former", "then", "ex-", "this", "that".
bool IsDeterminer(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_INTERNAL_QUOTE_LEXICON_H_
