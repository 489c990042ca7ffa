#include "extract/train/ner_unlabeled.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(NerUnlabeledTest, SplitsLikeConll) {
  std::vector<std::vector<std::string>> sentences;
  AppendUnlabeledSentences(
      "Kazakhstan's president said: \"We won't leave.\" The U.S. agreed.\nNext line", &sentences);
  const std::vector<std::vector<std::string>> expected = {
      {"Kazakhstan", "'s", "president", "said", ":", "\"", "We", "wo", "n't", "leave", ".", "\""},
      {"The", "U.S.", "agreed", "."},
      {"Next", "line"}};
  EXPECT_EQ(sentences, expected);
}

}  // namespace
}  // namespace dossier
