#include "extract/ner/ner_gazetteer.h"

#include <gtest/gtest.h>

#include <fstream>

namespace dossier {
namespace {

// Marks: 0 outside, kind * 4 + {0 begin, 1 inside, 2 last, 3 one word}.
std::vector<int> Marks(const NerGazetteer& g, std::vector<std::string_view> words) {
  std::vector<uint8_t> m = g.Match(words);
  return std::vector<int>(m.begin(), m.end());
}

TEST(NerGazetteerTest, LongestCapitalizedPhraseWins) {
  NerGazetteer g;
  g.Add("New York", GazetteerKind::kCity);
  g.Add("New", GazetteerKind::kRegion);
  g.Add("Korea, Republic of", GazetteerKind::kCountry);
  g.Add("Turkey", GazetteerKind::kCountry);
  constexpr int kCity = 3 * 4, kCountry = 1 * 4;
  struct Case {
    std::vector<std::string_view> words;
    std::vector<int> marks;
  };
  const Case cases[] = {
      {{"in", "New", "York", "today"}, {0, kCity + 0, kCity + 2, 0}},
      {{"Korea", "Republic", "of", "."}, {kCountry + 0, kCountry + 1, kCountry + 2, 0}},
      {{"roast", "turkey"}, {0, 0}},  // a phrase starts only at a capitalized word
      {{"TURKEY", "Turkey"}, {kCountry + 3, kCountry + 3}},
      {{"York"}, {0}},
  };
  for (const Case& c : cases) EXPECT_EQ(Marks(g, c.words), c.marks);
}

TEST(NerGazetteerTest, PhrasesBeginOnlyWhereMayStartPhraseSays) {
  NerGazetteer g;
  g.Add("New York", GazetteerKind::kCity);
  g.Add("Иран", GazetteerKind::kCountry);
  struct Case {
    std::string_view word;
    bool may_start;
  };
  const Case cases[] = {
      {"New", true},   {"NEW", true},    {"new", false},    {"York", false},
      {"Ирана", true}, {"ирана", false}, {"Turkey", false}, {"", false},
  };
  for (const Case& c : cases) EXPECT_EQ(g.MayStartPhrase(c.word), c.may_start) << c.word;
  // Given what MayStartPhrase says of each word, Match marks as without it;
  // a word said not to start one starts nothing.
  const std::vector<std::string_view> words = {"in", "New", "York", "and", "Ирана"};
  std::vector<uint8_t> may_start;
  for (std::string_view w : words) may_start.push_back(g.MayStartPhrase(w));
  EXPECT_EQ(g.Match(words, may_start.data()), g.Match(words));
  may_start[1] = 0;
  EXPECT_EQ(g.Match(words, may_start.data()), (std::vector<uint8_t>{0, 0, 0, 0, 7}));
  // Adding a phrase names the phrases anew; a copy shares the name.
  const uint64_t before = g.id();
  const NerGazetteer copy = g;
  EXPECT_EQ(copy.id(), before);
  g.Add("Almaty", GazetteerKind::kCity);
  EXPECT_NE(g.id(), before);
}

TEST(NerGazetteerTest, ReadsZoneTableCities) {
  const std::string path = testing::TempDir() + "/zone_test.tab";
  {
    std::ofstream out(path);
    out << "# comment\nKZ\t+4315+07657\tAsia/Almaty\tmost of Kazakhstan\n"
        << "US\t+404251-0740023\tAmerica/New_York\tEastern (most areas)\n";
  }
  NerGazetteer g;
  ASSERT_TRUE(g.AddTimeZoneCities(path).ok());
  EXPECT_EQ(g.size(), 2u);
  EXPECT_EQ(Marks(g, {"New", "York"}), (std::vector<int>{12, 14}));
  EXPECT_EQ(g.AddTimeZoneCities(path + ".missing").code(), StatusCode::kNotFound);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dossier
