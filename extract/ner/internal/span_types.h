// Types of tagged spans corrected from the evidence of the whole document,
// where the tagger, reading one sentence, guesses wrong: the names of media,
// companies and institutions tagged as people ("Steppe Herald", "Hit FM",
// "Khabar" beside "Khabar TV"), a given name after a kinship word tagged as a
// place ("his father, Marat"), a sentence adverb tagged as a person
// ("Moreover, ..."), a leading title kept in a person's name ("Mayor
// Khrapunov"). The words each rule reads (RetypeWords) belong to a language
// and live in files named for it.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_SPAN_TYPES_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_SPAN_TYPES_H_

#include <span>
#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier::internal {

// Case-folded words (FoldLetterCase), each list sorted for binary search.
struct RetypeWords {
  // A name with one of these words is an organization: "Herald", "FM", "TV",
  // "Radio", "Bank", "Institute".
  std::span<const std::string_view> organization_heads;
  // The same for spans not tagged as persons: words that are also surnames
  // ("Post", "Court", "Bank").
  std::span<const std::string_view> organization_heads_not_of_persons;
  // Right before a name, these make it an organization: "newspaper",
  // "channel", "broadcaster", "company".
  std::span<const std::string_view> organization_cues;
  // Right before a name the tagger calls a person, these verbs, whose
  // object is an organization, make it one: "founded" ("who founded Temir
  // Invest"; a place after it stays a place: a city is founded too).
  std::span<const std::string_view> organization_objects_of;
  // "father", "wife", ... before a comma and a one-word name: a person.
  std::span<const std::string_view> kinship;
  // Words that open sentences and are never names alone: "moreover",
  // "however", "meanwhile".
  std::span<const std::string_view> sentence_adverbs;
  // Participles and function words that open sentences and never start a
  // name there: "born" ("Born in 1950, she ..."), "having", "after".
  std::span<const std::string_view> sentence_openers;
  // Nouns of a person's role that follow a one-word name in apposition
  // ("Ilyas, the son of ...", "Akezhan, ex-premier of ..."): "premier",
  // "founder", "mayor". Kinship words count too.
  std::span<const std::string_view> person_roles;
  // Titles a person's name does not include: "mayor", "president", "senator".
  std::span<const std::string_view> titles;
  // Offices named for a portfolio: a name right after "<office> of" is the
  // portfolio, not a person ("Minister of Emergency Situations").
  std::span<const std::string_view> portfolio_offices;
  // Roles held in an organization only: a name right after "<role> of" is
  // one, whatever the tagger said ("the chairman of Kazatomprom", "the
  // founder of RIK"; "the owner of Chelsea" is the club).
  std::span<const std::string_view> organization_roles;
  // Words that join two names in a list: "and", "or".
  std::span<const std::string_view> conjunctions;
  // Words between an apposition's comma and its role: "the", "former".
  std::span<const std::string_view> apposition_openers;
  // Heads of the list above that end places' names too: a span tagged as a
  // place keeps its type ("West Bank", "National Tennis Centre").
  std::span<const std::string_view> place_heads;
  // Words that are never a name alone: company forms and broadcast bands
  // ("LLP" of 'LLP "Telefactory Dala"', "FM" of "101.5 FM").
  std::span<const std::string_view> bare_designators;
  // Last words of the names of laws and treaties, which are no place nor
  // organization: "act", "treaty" ("Magnitsky Act").
  std::span<const std::string_view> law_heads;
  // Whether the language's dictionary knows a word only as a common word
  // (word_dictionary.h); null where there is none to ask.
  bool (*only_common_word)(std::string_view word) = nullptr;
  // Whether the language's dictionary knows a word as a proper noun
  // (word_dictionary.h); null where there is none to ask.
  bool (*proper_noun)(std::string_view word) = nullptr;
};

// Each language's words (span_types_<language>.cc).
const RetypeWords& EnglishRetypeWords();
const RetypeWords& RussianRetypeWords();

// The words of every language we read, merged (no word of one language is a
// name in another's lists).
const RetypeWords& AllRetypeWords();

// Whether the one-word name at `begin` follows a kinship word, with or
// without a comma between: "his father, Marat", "her daughter Leila".
bool AfterKinship(const std::vector<std::string_view>& words, int begin, const RetypeWords& lists);

// Corrects tagged[k], the spans of sentence k, in place by these rules, in
// order: (1) a span with an organization head, or right after an organization
// cue ("the newspaper X"), is an organization; (2) a span whose words, case
// folded, are such an organization elsewhere in the document is one too, and
// so is a "person" or unknown name of 2+ words ("Russian" of "Russian
// Radio" stays an adjective) that is such an organization's name
// without its heads, in any order ("Khabar" beside "Khabar TV", "Dala
// Telefabrika" beside "LLP Telefabrika Dala") and no word of a person's full
// name there, unless it is a Latin name of 2+ words that stands alone as a
// person's name: the document uses its last word alone as a person, or a
// word of it is known to name people (as in (9)), and no word of it is only
// a common word: "Fryderyk Chopin" beside "Fryderyk Chopin Institute", not
// "Johnson Controls" beside "Johnson Controls Inc";
// (2b) a Latin "person" opening its sentence whose words the document types
// inside its sentences as an organization only is one ("Kazatomprom said"
// beside "he left Kazatomprom"), unless a person's full name has them;
// (3) a one-word span after a kinship word (and a comma, if any: "his father,
// Marat", "her daughter Leila") or before a comma and a person role
// ("Ilyas, the son of ...") is a person, and so is a one-word span with a
// surname ending listed beside a person ("Kazhegeldin and Ablyazov"), and an
// acronym right before a bracket that opens with an organization is one
// ("KTK (JSC "Commercial Television Channel")");
// (4) a one-word person span opening its sentence that is a sentence adverb
// is dropped, and so is one the dictionary knows only as a common word, which
// the document never capitalizes within a sentence nor uses in a full name
// ("Details", "Says"); (5) a person span right after "<portfolio office> of" is an
// organization ("Minister of Emergency Situations"), a one-word person
// ending in "-gate" is an affair ("Kazakhgate"), and a person's span loses a leading
// title ("Mayor Khrapunov" is "Khrapunov"); (6) a person span that opens
// with a patronymic takes in the capitalized word before it ("Arman
// Bolatovich Tulegenov" tagged from "Bolatovich"); (7) a span ending in a
// law's head is other ("Magnitsky Act"); (8) a one-word plural whose
// singular is the last word of a person's full name in the document is a
// person (a family: "the Khrapunovs"), and one whose singular the document
// types as other is other (a people: "Kazakhs" beside "Kazakh"); (9) a
// person span of 2+ words listed with an organization ("programs from
// Deutsche Welle and the BBC") is an organization when none of its words is
// a given name or surname of our lexicon, a proper noun of the dictionary,
// or a word of another person's name in the document; (10) a one-word span
// that is a bare designator ("LLP", "FM", "ТОО") is dropped; (11) a span
// opening its sentence loses a first word that is a sentence opener ("Born"
// of "Born in 1950, she ...") and that the document never capitalizes inside
// a sentence ("Max Born"), and is dropped when nothing is left.
// REQUIRES: tagged->size() == sentences.size().
void RetypeSpansByDocument(const std::vector<std::vector<std::string_view>>& sentences,
                           const RetypeWords& words, std::vector<std::vector<TypedSpan>>* tagged);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_SPAN_TYPES_H_
