#include "extract/ner/internal/caps_sentences.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dossier::internal {
namespace {

struct CapsRow {
  std::vector<std::string_view> words;
  bool caps;
};

TEST(CapsSentencesTest, GoldenTable) {
  const CapsRow rows[] = {
      {{"НАЗАРБАЕВ", "ПОКИНУЛ", "АСТАНУ"}, true},
      {{"KAZAKH", "BANKER", "FLEES", "TO", "LONDON", "."}, true},
      {{"ҚАЗАҚСТАН", "ЖАҢАЛЫҚТАРЫ"}, true},
      {{"The", "KNB", "detained", "him", "."}, false},  // acronyms inside running text
      {{"ТОО", "«Дала", "Медиа»"}, false},
      {{"KNB"}, false},          // one word
      {{"A", "B", "."}, false},  // too few letters
      {{"1998", "–", "2004"}, false},
  };
  for (const CapsRow& row : rows) {
    std::string joined;
    for (std::string_view w : row.words) joined += std::string(w) + " ";
    EXPECT_EQ(IsCapsSentence(row.words), row.caps) << joined;
  }
}

TEST(CapsSentencesTest, KeepsOnlySpansNamedElsewhereWithTheirType) {
  const std::vector<std::vector<std::string_view>> sentences = {
      {"СЕИТОВ", "ПОКИНУЛ", "ТЕМИР", "БАНК"},
      {"Болат", "Сеитов", "покинул", "Темир", "Банк", "в", "понедельник", "."}};
  std::vector<std::vector<TypedSpan>> tagged = {
      {{0, 1, EntityType::kOrganization},
       {1, 2, EntityType::kOrganization},
       {2, 4, EntityType::kOrganization}},
      {{0, 2, EntityType::kPerson}, {3, 5, EntityType::kOrganization}}};
  KeepCorroboratedCapsSpans(sentences, &tagged);
  EXPECT_EQ(tagged[0], (std::vector<TypedSpan>{{0, 1, EntityType::kPerson},
                                               {2, 4, EntityType::kOrganization}}));
  EXPECT_EQ(tagged[1].size(), 2u);  // sentences in mixed case are left as they are
}

TEST(CapsSentencesTest, LatinCapsAreLeftToTheTagger) {
  const std::vector<std::vector<std::string_view>> sentences = {
      {"NEW", "YORK", "1996-08-30"}, {"KAZAKH", "BANKER", "FLEES", "TO", "LONDON"}};
  std::vector<std::vector<TypedSpan>> tagged = {
      {{0, 2, EntityType::kLocation}}, {{0, 1, EntityType::kOther}, {4, 5, EntityType::kLocation}}};
  const std::vector<std::vector<TypedSpan>> before = tagged;
  KeepCorroboratedCapsSpans(sentences, &tagged);
  EXPECT_EQ(tagged, before);
}

TEST(CapsSentencesTest, OrganizationsWithADesignatorStandOnTheirOwn) {
  const std::vector<std::vector<std::string_view>> sentences = {{"KARAGANDA", "CITY", "COURT"},
                                                                {"ТОО", "ДАЛА", "МЕДИА", "ЗАКРЫТО"},
                                                                {"The", "court", "sat", "."}};
  std::vector<std::vector<TypedSpan>> tagged = {
      {{0, 3, EntityType::kOrganization}},
      {{0, 3, EntityType::kOrganization}, {3, 4, EntityType::kPerson}},
      {}};
  KeepCorroboratedCapsSpans(sentences, &tagged);
  EXPECT_EQ(tagged[0], (std::vector<TypedSpan>{{0, 3, EntityType::kOrganization}}));
  EXPECT_EQ(tagged[1], (std::vector<TypedSpan>{{0, 3, EntityType::kOrganization}}));
}

}  // namespace
}  // namespace dossier::internal
