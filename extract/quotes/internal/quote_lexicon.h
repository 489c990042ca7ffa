// The language rules of the quotation extractors: cue verbs, pronouns,
// person and organization nouns, documents that "say" things, given names
// and name endings with their gender, the words that open or stop a
// speaker's phrase, and whether paragraphs opening with a dash are speech.
// One implementation per language, in files named by it
// (quote_lexicon_en.cc, quote_lexicon_ru.cc, quote_lexicon_kk.cc); the scanner, cue finder and
// resolver ask the document's rules and never test a language code.
//
//   const QuoteLexicon& lexicon = QuoteLexiconFor(doc.language);
//   if (lexicon.IsCueVerb(word)) ...
//
// Thread-safe (immutable singletons; lookups allocate at most a lower-cased
// copy of the word).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_LEXICON_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {

enum class Gender { kUnknown, kMale, kFemale };

// kEither: a singular person of either gender (Kazakh "ол").
enum class PronounKind { kNone, kMale, kFemale, kEither, kPlural };

class QuoteLexicon {
 public:
  virtual ~QuoteLexicon() = default;

  // A verb reporting speech in any tense, person and gender the news uses:
  // "said", "told", "adds"; "сказал", "сказала", "заявил", "считает".
  virtual bool IsCueVerb(std::string_view word) const = 0;
  // The gender a cue verb shows ("сказала" female, "сказал" male);
  // kUnknown where verbs have none ("said", "говорит").
  virtual Gender CueVerbGender(std::string_view verb) const = 0;
  // Verbs that report speech only with a particle: "pointed out", "went on".
  virtual bool IsCueVerbWithParticle(std::string_view verb, std::string_view particle) const = 0;
  // A participle of a cue verb that continues the clause before ("adding",
  // "saying"; "добавив"): no cue of its own right after a quotation.
  virtual bool IsCueParticiple(std::string_view word) const = 0;
  // Cue verbs whose object is the addressee: "told the court".
  virtual bool TakesAddressee(std::string_view verb) const = 0;
  // Two words opening a source phrase followed by the source: "according
  // to X"; "по словам X", "по мнению X", "как сообщает X".
  virtual bool OpensSourcePhrase(std::string_view first, std::string_view second) const = 0;

  // A preposition and a noun after a cue verb naming where the words were
  // said: "в заявлении", "в пресс-службе" («…», — говорится в заявлении
  // компании X). None in English.
  virtual bool OpensSourcePlace(std::string_view preposition, std::string_view noun) const = 0;

  // Third-person pronouns in any case: he/him/his, she/her, they/them;
  // он/его/ему, она/её/ей, они/их.
  virtual PronounKind ThirdPersonPronoun(std::string_view word) const = 0;
  // The nominative "he"/"she" that may be a sentence's subject.
  virtual bool IsSubjectPronoun(std::string_view word) const = 0;

  // A noun naming a person by role or trait: "businessman", "director";
  // "бизнесмен", "экс-премьер".
  virtual bool IsPersonNoun(std::string_view word) const = 0;
  // A spokesperson noun: what they say, their principal says.
  virtual bool IsSpokesNoun(std::string_view word) const = 0;
  // A noun naming a group or an organization: "bureau", "ministry", "officials".
  virtual bool IsGroupNoun(std::string_view word) const = 0;
  // A group noun naming one institution: "ministry", "campaign", "newspaper".
  virtual bool IsInstitutionNoun(std::string_view word) const = 0;
  // A group noun naming a gathering of people: "crowd", "protesters".
  virtual bool IsCrowdNoun(std::string_view word) const = 0;
  // A document that says things: "statement", "release", "letter".
  virtual bool IsDocumentNoun(std::string_view word) const = 0;
  // The gender a person noun carries ("spokeswoman", "wife" female); kUnknown
  // for the rest.
  virtual Gender PersonNounGender(std::string_view word) const = 0;
  // The gender of a person from the words of their name: given names,
  // patronymics, surname endings; kUnknown when nothing tells.
  virtual Gender NameGender(const std::vector<std::string_view>& words) const = 0;
  // A title or rank written before a name: "Mr", "Gov", "Senator".
  virtual bool IsPersonTitle(std::string_view word) const = 0;
  // Determiners and modifiers that may open a description: "the", "former".
  virtual bool IsDeterminer(std::string_view word) const = 0;

  // Words that stop a phrase naming a speaker after its first word:
  // prepositions, conjunctions, relative pronouns.
  virtual bool StopsPhrase(std::string_view word) const = 0;
  // Adverbs and auxiliaries between a speaker and the cue ("also", "later").
  virtual bool IsCueFiller(std::string_view word) const = 0;
  // Words opening a sentence before its subject: "And", "But".
  virtual bool IsSentenceOpener(std::string_view word) const = 0;
  // Words that may stand before a clause's subject and are no part of it:
  // the sentence openers and subordinators ("though he", "when she", "as
  // X wrote"; "хотя он", "когда она").
  virtual bool IsClauseOpener(std::string_view word) const = 0;
  // A relative pronoun that may be the subject of a cue verb: "who"
  // ("Mike Lee, who declared: …"); "который", "которая".
  virtual bool IsRelativePronoun(std::string_view word) const = 0;
  // A determiner that introduces someone new and unnamed: "a", "one",
  // "another"; "один", "некий".
  virtual bool IsIndefinite(std::string_view word) const = 0;
  // A noun naming an unnamed source by how it spoke or what it knows, not
  // by a role: "source", "insider", "user", "narrator"; "источник".
  virtual bool IsAnonymousNoun(std::string_view word) const = 0;
  // A first-person singular pronoun that may be a cue's subject: "I";
  // "я".
  virtual bool IsFirstPersonPronoun(std::string_view word) const = 0;
  // Prepositions opening an introductory phrase that a comma closes.
  virtual bool OpensIntroPhrase(std::string_view word) const = 0;
  // A word of time that may close a cue clause ("said Monday").
  virtual bool IsTimeWord(std::string_view word) const = 0;
  // A word before a quotation that makes it a name or a term, not speech:
  // "the", "so-called"; "так называемый", "в".
  virtual bool IntroducesName(std::string_view word) const = 0;

  // True when a comma after a closing mark leads to a cue only with a dash
  // or a cue verb after it («…», — сказал он), as in Russian, where the
  // comma also stands there for the sentence's own clauses («…», а …).
  virtual bool CueNeedsDash() const = 0;
  // True when a sentence's subject stands right before its verb, so that
  // of several persons named before a cue verb the last is the speaker
  // (Russian); false where the first is (English).
  virtual bool SubjectNearVerb() const = 0;
  // True when a paragraph opening with a dash is speech (dialogue and
  // interview answers in Russian and Kazakh typography).
  virtual bool DashOpensSpeech() const = 0;
  // True when the name word `mention` may be a form of the name word
  // `name`: equal ignoring case, or, where names inflect, the same name in
  // another case ("Назарбаева" of "Назарбаев").
  virtual bool SameNameWord(std::string_view mention, std::string_view name) const = 0;
  // True when the capitalized word `word` may name a person by itself, a
  // surname written alone: any word in English; in Russian a word with a
  // surname's ending in some case ("Тулегенов", "Тулегенова", "Шевченко",
  // "Кадыров"), not a capitalized common word opening a sentence
  // ("Особенно", "Потенциальному").
  virtual bool MayNameAlone(std::string_view word) const = 0;
  // True when the language's dictionary knows the capitalized word `word`
  // only as a common word, never as a name: "Details", "Frustrations"
  // (a possessive "'s" ignored); false for names ("Trump", "Brown") and
  // for words it does not know ("Kamin"). Where no dictionary is read,
  // false.
  virtual bool OnlyACommonWord(std::string_view word) const = 0;
  // True for the words that never name anyone however they are written:
  // pronouns and demonstratives, contracted or not ("It's", "We",
  // "That"; "Это", "Мы"), which dictionaries may list as names.
  virtual bool NeverAName(std::string_view word) const = 0;
  // True when `mention` equals `name` ignoring case (no inflection).
  static bool ExactNameWord(std::string_view mention, std::string_view name);
};

// The rules for a NormalizedDocument::language code; English for codes
// with no rules of their own ("en", "und").
const QuoteLexicon& QuoteLexiconFor(std::string_view language);
const QuoteLexicon& EnglishQuoteLexicon();
const QuoteLexicon& RussianQuoteLexicon();
const QuoteLexicon& KazakhQuoteLexicon();

// `word` in lower case (every script), for lexicon lookups.
std::string LowerWord(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_LEXICON_H_
