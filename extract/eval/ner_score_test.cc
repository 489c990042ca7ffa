#include "extract/eval/ner_score.h"

#include <gtest/gtest.h>

#include <sstream>

#include "extract/eval/ner_conll.h"

namespace dossier {
namespace {

// A tiny hand-made file: gold in column 4, our "prediction" in column 5.
constexpr char kTwoColumns[] =
    "-DOCSTART- -X- -X- O O\n"
    "\n"
    "Serik NNP B-NP B-PER B-PER\n"
    "Medetbekov NNP I-NP I-PER I-PER\n"
    "visited VBD B-VP O O\n"
    "Ust-Kamenogorsk NNP B-NP B-LOC B-ORG\n"
    ". . O O O\n"
    "\n"
    "Telefabrika NNP B-NP B-ORG B-ORG\n"
    "Dala NNP I-NP I-ORG O\n"
    "denied VBD B-VP O O\n"
    "it PRP B-NP O B-MISC\n";

TEST(NerConllTest, ParsesDocumentsSentencesAndColumns) {
  StatusOr<std::vector<ConllDocument>> docs = ParseConll(kTwoColumns, "tiny.txt");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].docstart_line, "-DOCSTART- -X- -X- O O");
  ASSERT_EQ((*docs)[0].sentences.size(), 2u);
  const ConllSentence& first = (*docs)[0].sentences[0];
  EXPECT_EQ(first.words,
            (std::vector<std::string>{"Serik", "Medetbekov", "visited", "Ust-Kamenogorsk", "."}));
  EXPECT_EQ(first.gold[3], "B-ORG");  // the last column
  EXPECT_EQ(first.lines[1], "Medetbekov NNP I-NP I-PER I-PER");
}

TEST(NerConllTest, RejectsMalformedLine) {
  StatusOr<std::vector<ConllDocument>> docs = ParseConll("Word O\n O\n", "bad.txt");
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(docs.status().message(),
            "bad.txt:2: malformed token line (empty first column or NUL byte)");
}

TEST(NerConllTest, WritesPredictedColumn) {
  StatusOr<std::vector<ConllDocument>> docs = ParseConll("A x O\nB x B-PER\n\nC x O\n", "t");
  ASSERT_TRUE(docs.ok());
  std::ostringstream out;
  WriteConll(*docs, {{{"O", "B-PER"}, {"B-LOC"}}}, out);
  EXPECT_EQ(out.str(), "A x O O\nB x B-PER B-PER\n\nC x O B-LOC\n\n");
}

TEST(NerScoreTest, ExactSpansPerType) {
  // Gold is column 4, prediction column 5 of kTwoColumns.
  StatusOr<std::vector<ConllDocument>> docs = ParseConll(kTwoColumns, "tiny.txt");
  ASSERT_TRUE(docs.ok());
  NerScorer scorer;
  for (const ConllSentence& s : (*docs)[0].sentences) {
    std::vector<std::string> gold, predicted;
    for (const std::string& line : s.lines) {
      std::istringstream fields(line);
      std::string word, pos, chunk, g, p;
      fields >> word >> pos >> chunk >> g >> p;
      gold.push_back(g);
      predicted.push_back(p);
    }
    scorer.AddSentence(SpansFromBio(gold), SpansFromBio(predicted), static_cast<int>(gold.size()));
  }
  const NerScores& scores = scorer.Scores();
  // Gold: PER, LOC, ORG (3). Predicted: PER (right), ORG at Ust-Kamenogorsk (wrong type),
  // ORG "Telefabrika" (wrong span), MISC (spurious) = 4, 1 correct.
  EXPECT_EQ(scores.overall.gold, 3);
  EXPECT_EQ(scores.overall.predicted, 4);
  EXPECT_EQ(scores.overall.correct, 1);
  EXPECT_NEAR(scores.overall.precision(), 25.0, 1e-9);
  EXPECT_NEAR(scores.overall.recall(), 100.0 / 3, 1e-9);
  EXPECT_NEAR(scores.overall.f1(), 2 * 25.0 * (100.0 / 3) / (25.0 + 100.0 / 3), 1e-9);
  const PrfCounts& per = scores.by_type[static_cast<int>(EntityType::kPerson)];
  EXPECT_EQ(per.correct, 1);
  EXPECT_NEAR(per.f1(), 100.0, 1e-9);
  const PrfCounts& loc = scores.by_type[static_cast<int>(EntityType::kLocation)];
  EXPECT_EQ(loc.predicted, 0);
  EXPECT_EQ(loc.f1(), 0.0);
  EXPECT_EQ(scores.tokens, 9);
  EXPECT_EQ(scores.correct_tokens, 6);  // all but Ust-Kamenogorsk, Dala, it
}

}  // namespace
}  // namespace dossier
