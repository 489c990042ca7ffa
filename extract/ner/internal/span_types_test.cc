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
      {"a sentence adverb is no one",
       {{"Moreover", ",", "he", "left", "."}, {"Moreover", "Smith", "said", "."}},
       {{{0, 1, kPer}}, {{0, 2, kPer}}},
       {{}, {{0, 2, kPer}}}},
  };
  for (const RetypeCase& c : cases) {
    std::vector<std::vector<TypedSpan>> tagged = c.tagged;
    RetypeSpansByDocument(c.sentences, AllRetypeWords(), &tagged);
    EXPECT_EQ(tagged, c.expected) << c.name;
  }
}

TEST(SpanTypesTest, ListsAreSortedAndFolded) {
  const RetypeWords& words = AllRetypeWords();
  for (std::span<const std::string_view> list :
       {words.organization_heads, words.organization_heads_not_of_persons, words.organization_cues,
        words.kinship, words.sentence_adverbs}) {
    EXPECT_FALSE(list.empty());
    EXPECT_TRUE(std::is_sorted(list.begin(), list.end()));
    for (std::string_view word : list) {
      for (char c : word) EXPECT_FALSE(c >= 'A' && c <= 'Z') << word;
    }
  }
}

}  // namespace
}  // namespace dossier::internal
