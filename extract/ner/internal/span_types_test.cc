#include "extract/ner/internal/span_types.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {
namespace {

// One document: its sentences as words, the tagger's spans, and the spans
// expected after the rules ("TYPE first-last" per span, by word index).
struct RetypeCase {
  const char* name;
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<std::vector<TypedSpan>> tagged;
  std::vector<std::vector<TypedSpan>> expected;
};

constexpr EntityType kPer = EntityType::kPerson;
constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;
constexpr EntityType kOther = EntityType::kOther;

TEST(SpanTypesTest, GoldenTable) {
  const RetypeCase cases[] = {
      {"a media head makes an organization",
       {{"Steppe", "Herald", "reported", "it", "."}},
       {{{0, 2, kPer}}},
       {{{0, 2, kOrg}}}},
      {"a cue before the name",
       {{"the", "newspaper", "Caravan", "wrote", "."}},
       {{{2, 3, kOther}}},
       {{{2, 3, kOrg}}}},
      {"the leading word of an organization the document names",
       {{"He", "joined", "Khabar", "TV", "."}, {"Khabar", "paid", "well", "."}},
       {{{2, 4, kOrg}}, {{0, 1, kPer}}},
       {{{2, 4, kOrg}}, {{0, 1, kOrg}}}},
      {"not when a person's full name has the word",
       {{"Donald", "Trump", "spoke", "."},
        {"The", "Trump", "Foundation", "paid", "."},
        {"Trump", "left", "."}},
       {{{0, 2, kPer}}, {{1, 3, kOrg}}, {{0, 1, kPer}}},
       {{{0, 2, kPer}}, {{1, 3, kOrg}}, {{0, 1, kPer}}}},
      {"a place keeps its type beside an organization named for it",
       {{"The", "New", "York", "Times", "wrote", "."}, {"He", "lives", "in", "New", "York", "."}},
       {{{1, 4, kLoc}}, {{3, 5, kLoc}}},
       {{{1, 4, kOrg}}, {{3, 5, kLoc}}}},
      {"a place-like head does not turn a place",
       {{"in", "the", "West", "Bank", "."}, {"Kazkommerts", "Bank", "paid", "."}},
       {{{2, 4, kLoc}}, {{0, 2, kOther}}},
       {{{2, 4, kLoc}}, {{0, 2, kOrg}}}},
      {"a surname-like head does not turn a person",
       {{"Margaret", "Court", "won", "."}},
       {{{0, 2, kPer}}},
       {{{0, 2, kPer}}}},
      {"an organization the tagger alone saw does not spread",
       {{"Charlotte", "Group", "said", "."},
        {"He", "flew", "to", "Charlotte", "."},
        {"US", "officials", "met", "."},
        {"the", "US", "constitution"}},
       {{{0, 1, kOrg}}, {{3, 4, kLoc}}, {{0, 1, kOrg}}, {{1, 2, kLoc}}},
       {{{0, 1, kOrg}}, {{3, 4, kLoc}}, {{0, 1, kOrg}}, {{1, 2, kLoc}}}},
      {"a kinship word and a comma before a one-word name",
       {{"Seitov", "'s", "father", ",", "Marat", ",", "was", "a", "diplomat", "."}},
       {{{0, 1, kPer}, {4, 5, kLoc}}},
       {{{0, 1, kPer}, {4, 5, kPer}}}},
      {"a person after a verb whose object is an organization; a place stays",
       {{"Seitov", ",", "who", "founded", "Temir", "Invest", ",", "left", "."},
        {"Seitov", "founded", "Lavapuri", "."}},
       {{{0, 1, kPer}, {4, 6, kPer}}, {{0, 1, kPer}, {2, 3, kLoc}}},
       {{{0, 1, kPer}, {4, 6, kOrg}}, {{0, 1, kPer}, {2, 3, kLoc}}}},
      {"a name after an organization's role and \"of\"; a mayor's city stays",
       {{"the", "chairman", "of", "Kazatomprom", "resigned", "."},
        {"the", "founder", "of", "RIK", ",", "Serik", "Medetbekov"},
        {"the", "mayor", "of", "Shymkent", "left", "."}},
       {{{3, 4, kLoc}}, {{3, 4, kPer}, {5, 7, kPer}}, {{3, 4, kLoc}}},
       {{{3, 4, kOrg}}, {{3, 4, kOrg}, {5, 7, kPer}}, {{3, 4, kLoc}}}},
      {"a sentence adverb is no one",
       {{"Moreover", ",", "he", "left", "."}, {"Moreover", "Smith", "said", "."}},
       {{{0, 1, kPer}}, {{0, 2, kPer}}},
       {{}, {{0, 2, kPer}}}},
      {"a kinship word right before a one-word name",
       {{"after", "the", "death", "of", "her", "daughter", "Leila", "."}},
       {{{6, 7, kOrg}}},
       {{{6, 7, kPer}}}},
      {"a one-word name before a comma and a person's role",
       {{"built", "by", "Ilyas", ",", "the", "son", "of", "the", "Khrapunovs", "."},
        {"Kazhegeldin", "(", "Akezhan", ",", "ex-premier", "of", "Kazakhstan", ")"}},
       {{{2, 3, kLoc}}, {{0, 1, kPer}, {2, 3, kLoc}, {6, 7, kLoc}}},
       {{{2, 3, kPer}}, {{0, 1, kPer}, {2, 3, kPer}, {6, 7, kLoc}}}},
      {"not a place before a comma and another role",
       {{"Almaty", ",", "the", "largest", "city", ",", "voted", "."}},
       {{{0, 1, kLoc}}},
       {{{0, 1, kLoc}}}},
      {"a surname listed beside a person",
       {{"Kazhegeldin", "and", "Ablyazov", "left", "."}, {"Putin", "and", "Berlin", "."}},
       {{{0, 1, kPer}, {2, 3, kLoc}}, {{0, 1, kPer}, {2, 3, kLoc}}},
       {{{0, 1, kPer}, {2, 3, kPer}}, {{0, 1, kPer}, {2, 3, kLoc}}}},
      {"a portfolio is no one",
       {{"the", "Minister", "of", "Emergency", "Situations", ",", "Viktor", "Khrapunov"}},
       {{{3, 5, kPer}, {6, 8, kPer}}},
       {{{3, 5, kOrg}, {6, 8, kPer}}}},
      {"an affair is no one",
       {{"known", "as", "Kazakhgate", "."}, {"Margate", "won", "."}},
       {{{2, 3, kPer}}, {{0, 1, kLoc}}},
       {{{2, 3, kOther}}, {{0, 1, kLoc}}}},
      {"a leading title is not part of the name",
       {{"Mayor", "Khrapunov", "ruled", "."}, {"Mayor", "said", "."}},
       {{{0, 2, kPer}}, {{0, 1, kPer}}},
       {{{1, 2, kPer}}, {{0, 1, kPer}}}},
      {"an organization's words in another order, its designator first",
       {{"LLP", "Telefabrika", "Dala", "was", "founded", "."},
        {"Dala", "Telefabrika", "and", "Telefabrika", "Dala", "grew", "."}},
       {{{0, 3, kOrg}}, {{0, 2, kOther}, {3, 5, kPer}}},
       {{{0, 3, kOrg}}, {{0, 2, kOrg}, {3, 5, kOrg}}}},
      {"not an adjective that opens an organization's name",
       {{"He", "ran", "Russian", "Radio", "."}, {"Russian", "music", "played", "."}},
       {{{2, 4, kOrg}}, {{0, 1, kOther}}},
       {{{2, 4, kOrg}}, {{0, 1, kOther}}}},
      {"a person opening a sentence that the document types as an organization inside",
       {{"He", "left", "Kazatomprom", "in", "2009", "."}, {"Kazatomprom", "denied", "it", "."}},
       {{{2, 3, kOrg}}, {{0, 1, kPer}}},
       {{{2, 3, kOrg}}, {{0, 1, kOrg}}}},
      {"not a place, nor a name the document types otherwise inside too",
       {{"NEW", "YORK", "1996-08-22"},
        {"He", "joined", "New", "York", "."},
        {"He", "met", "Temir", "at", "Temir", "'s", "office", "."},
        {"Temir", "smiled", "."}},
       {{{0, 2, kLoc}}, {{2, 4, kOrg}}, {{2, 3, kPer}, {4, 5, kOrg}}, {{0, 1, kPer}}},
       {{{0, 2, kLoc}}, {{2, 4, kOrg}}, {{2, 3, kPer}, {4, 5, kOrg}}, {{0, 1, kPer}}}},
      {"a participle or function word opening a sentence starts no name",
       {{"Born", "in", "1950", ",", "she", "studied", "in", "Warsaw", "."},
        {"After", "Nazarbayev", "resigned", ",", "Tokayev", "ruled", "."}},
       {{{0, 1, kLoc}, {7, 8, kLoc}}, {{0, 2, kPer}, {4, 5, kPer}}},
       {{{7, 8, kLoc}}, {{1, 2, kPer}, {4, 5, kPer}}}},
      {"not a surname the document capitalizes inside a sentence",
       {{"Max", "Born", "won", "."}, {"Born", "received", "it", "."}},
       {{{0, 2, kPer}}, {{0, 1, kPer}}},
       {{{0, 2, kPer}}, {{0, 1, kPer}}}},
      {"an acronym the bracket after it expands",
       {{"KTK", "(", "JSC", "\"", "Commercial", "Television", "Channel", "\"", ")", "said"},
        {"NATO", "(", "in", "the", "past", "years", ",", "Russia", ")"}},
       {{{0, 1, kLoc}, {4, 7, kOrg}}, {{0, 1, kLoc}, {7, 8, kLoc}}},
       {{{0, 1, kOrg}, {4, 7, kOrg}}, {{0, 1, kLoc}, {7, 8, kLoc}}}},
      {"Russian: a kinship word before a name in any case, an apposition",
       {{"Его", "дочь", "Мадина", "учится", "."},
        {"Отели", "строит", "Ильяс", ",", "сын", "Храпуновых", "."},
        {"По", "словам", "Кажегельдина", "и", "Аблязова", "."}},
       {{{2, 3, kLoc}}, {{2, 3, kLoc}, {5, 6, kPer}}, {{2, 3, kPer}, {4, 5, kLoc}}},
       {{{2, 3, kPer}}, {{2, 3, kPer}, {5, 6, kPer}}, {{2, 3, kPer}, {4, 5, kPer}}}},
      {"the given name before a patronymic",
       {{"Arman", "Bolatovich", "Tulegenov", "was", "born", "."},
        {"In", "Karaganda", "Bolatovich", "spoke", "."}},
       {{{1, 3, kPer}}, {{1, 2, kLoc}, {2, 3, kPer}}},
       {{{0, 3, kPer}}, {{1, 2, kLoc}, {2, 3, kPer}}}},
      {"a law is other, whatever the tagger said",
       {{"under", "the", "Magnitsky", "Act", "."},
        {"the", "Foreign", "Agents", "Registration", "Act", "of", "1938"},
        {"Henry", "Act", "spoke", "."}},
       {{{2, 4, kLoc}}, {{1, 5, kOrg}}, {{0, 1, kPer}}},
       {{{2, 4, kOther}}, {{1, 5, kOther}}, {{0, 1, kPer}}}},
      {"a bare designator is no name",
       {{"at", "LLP", "\"", "Telefactory", "Dala", "\""},
        {"on", "101.5", "FM", "."},
        {"ТОО", "«", "Дала", "»"},
        {"Acme", "LLP", "grew"}},
       {{{1, 2, kOrg}, {3, 5, kOrg}}, {{2, 3, kOrg}}, {{0, 1, kOrg}, {2, 3, kOrg}}, {{0, 2, kOrg}}},
       {{{3, 5, kOrg}}, {}, {{2, 3, kOrg}}, {{0, 2, kOrg}}}},
      {"a family and a people by the singular the document uses",
       {{"Viktor", "Khrapunov", "left", "."},
        {"the", "Khrapunovs", "and", "the", "Kazakhs", "."},
        {"a", "Kazakh", "court", "."},
        {"in", "Athens", "."}},
       {{{0, 2, kPer}}, {{1, 2, kLoc}, {4, 5, kLoc}}, {{1, 2, kOther}}, {{1, 2, kLoc}}},
       {{{0, 2, kPer}}, {{1, 2, kPer}, {4, 5, kOther}}, {{1, 2, kOther}}, {{1, 2, kLoc}}}},
  };
  for (const RetypeCase& c : cases) {
    std::vector<std::vector<TypedSpan>> tagged = c.tagged;
    RetypeSpansByDocument(c.sentences, AllRetypeWords(), &tagged);
    EXPECT_EQ(tagged, c.expected) << c.name;
  }
}

// The dictionary rule, with a dictionary that knows "details", "says" and
// "brown" as common words only.
TEST(SpanTypesTest, CommonWordsOpeningASentenceAreNoOne) {
  RetypeWords words = AllRetypeWords();
  words.only_common_word = [](std::string_view word) {
    return word == "Details" || word == "Says" || word == "Brown";
  };
  const std::vector<std::vector<std::string_view>> sentences = {
      {"Details", "were", "not", "given", "."},
      {"PENCE", ":", "Says", "who", "?"},
      {"Brown", "left", "."},
      {"He", "met", "Mr", "Brown", "."},
      {"Acme", "Inc", "grew", "."}};
  std::vector<std::vector<TypedSpan>> tagged = {
      {{0, 1, kPer}}, {{0, 1, kPer}, {2, 3, kPer}}, {{0, 1, kPer}}, {{3, 4, kPer}}, {{0, 2, kOrg}}};
  RetypeSpansByDocument(sentences, words, &tagged);
  const std::vector<std::vector<TypedSpan>> expected = {
      {}, {{0, 1, kPer}}, {{0, 1, kPer}}, {{3, 4, kPer}}, {{0, 2, kOrg}}};
  EXPECT_EQ(tagged, expected);  // "Brown" is capitalized inside a sentence elsewhere
}

// The listed-with-an-organization rule, with a dictionary that knows "Bill"
// and "Gates" as proper nouns.
TEST(SpanTypesTest, ANameNoOneIsKnownByListedWithAnOrganization) {
  RetypeWords words = AllRetypeWords();
  words.proper_noun = [](std::string_view word) { return word == "Bill" || word == "Gates"; };
  const std::vector<std::vector<std::string_view>> sentences = {
      {"programs", "from", "Deutsche", "Welle", "and", "the", "BBC", "."},
      {"Microsoft", "and", "Bill", "Gates", "."},
      {"Radio", "RIK", "and", "Ismail", "Igilmanov", "."},
      {"Deutsche", "Welle", "spoke", "."}};
  std::vector<std::vector<TypedSpan>> tagged = {{{2, 4, kPer}, {6, 7, kOrg}},
                                                {{0, 1, kOrg}, {2, 4, kPer}},
                                                {{0, 2, kOrg}, {3, 5, kPer}},
                                                {{0, 2, kPer}}};
  RetypeSpansByDocument(sentences, words, &tagged);
  const std::vector<std::vector<TypedSpan>> expected = {
      {{2, 4, kOrg}, {6, 7, kOrg}},  // no word of "Deutsche Welle" names anyone
      {{0, 1, kOrg}, {2, 4, kPer}},  // the dictionary knows Bill and Gates
      {{0, 2, kOrg}, {3, 5, kPer}},  // a surname of the region
      {{0, 2, kPer}}};               // not listed with an organization here
  EXPECT_EQ(tagged, expected);

  // A word of another person's name in the document names people.
  const std::vector<std::vector<std::string_view>> with_namesake = {{"Hans", "Welle", "spoke", "."},
                                                                    sentences[0]};
  std::vector<std::vector<TypedSpan>> tagged_with_namesake = {{{0, 2, kPer}},
                                                              {{2, 4, kPer}, {6, 7, kOrg}}};
  RetypeSpansByDocument(with_namesake, words, &tagged_with_namesake);
  EXPECT_EQ(tagged_with_namesake[1][0].type, kPer);
}

// A person's name beside an organization named for it, with a dictionary
// that knows "Chopin" and "Johnson" as proper nouns and "Controls" as a
// common word only.
TEST(SpanTypesTest, APersonsNameStaysBesideAnOrganizationNamedForIt) {
  RetypeWords words = AllRetypeWords();
  words.proper_noun = [](std::string_view word) { return word == "Chopin" || word == "Johnson"; };
  words.only_common_word = [](std::string_view word) { return word == "Controls"; };
  const RetypeCase cases[] = {
      {"a word of the name is known to name people; the institute stays",
       {{"Fryderyk", "Chopin", "was", "a", "composer", "."},
        {"The", "Fryderyk", "Chopin", "Institute", "publishes", "."},
        {"the", "Chopin", "Institute", "said", "."}},
       {{{0, 2, kPer}}, {{1, 4, kOrg}}, {{1, 3, kOrg}}},
       {{{0, 2, kPer}}, {{1, 4, kOrg}}, {{1, 3, kOrg}}}},
      {"the document uses the surname alone as a person",
       {{"Ferenc", "Puskas", "played", "."},
        {"the", "Ferenc", "Puskas", "Foundation", "paid", "."},
        {"Puskas", "scored", "."}},
       {{{0, 2, kPer}}, {{1, 4, kOrg}}, {{0, 1, kPer}}},
       {{{0, 2, kPer}}, {{1, 4, kOrg}}, {{0, 1, kPer}}}},
      {"a name with a common word is the company's, its founder's surname alone too",
       {{"Johnson", "Controls", "Inc", "rose", "."},
        {"Johnson", "Controls", "fell", "."},
        {"Johnson", "said", "."}},
       {{{0, 3, kOrg}}, {{0, 2, kPer}}, {{0, 1, kPer}}},
       {{{0, 3, kOrg}}, {{0, 2, kOrg}}, {{0, 1, kPer}}}},
      {"a name no one is known by is the organization's",
       {{"He", "joined", "Deutsche", "Welle", "Radio", "."},
        {"Deutsche", "Welle", "reported", "."}},
       {{{2, 5, kOrg}}, {{0, 2, kPer}}},
       {{{2, 5, kOrg}}, {{0, 2, kOrg}}}},
      {"nor is a name in another script judged",
       {{"Дала", "Телефабрика", "TV"},
        {"Дала", "Телефабрика", "сообщила"},
        {"Телефабрика", "росла"}},
       {{{0, 3, kOrg}}, {{0, 2, kPer}}, {{0, 1, kPer}}},
       {{{0, 3, kOrg}}, {{0, 2, kOrg}}, {{0, 1, kPer}}}}};
  for (const RetypeCase& c : cases) {
    std::vector<std::vector<TypedSpan>> tagged = c.tagged;
    RetypeSpansByDocument(c.sentences, words, &tagged);
    EXPECT_EQ(tagged, c.expected) << c.name;
  }
}

TEST(SpanTypesTest, ListsAreSortedAndFolded) {
  const RetypeWords& words = AllRetypeWords();
  for (std::span<const std::string_view> list :
       {words.organization_heads, words.organization_heads_not_of_persons, words.organization_cues,
        words.organization_objects_of, words.kinship, words.sentence_adverbs,
        words.sentence_openers, words.person_roles, words.titles, words.portfolio_offices,
        words.organization_roles, words.conjunctions, words.apposition_openers, words.place_heads,
        words.bare_designators, words.law_heads}) {
    EXPECT_FALSE(list.empty());
    EXPECT_TRUE(std::is_sorted(list.begin(), list.end()));
    for (std::string_view word : list) {
      for (char c : word) EXPECT_FALSE(c >= 'A' && c <= 'Z') << word;
    }
  }
}

}  // namespace
}  // namespace dossier::internal
