// The TimeML and Duckling scorers: a small TimeML document written here, and
// the shared datasets when they are present (skipped otherwise).
#include "extract/eval/timex_eval.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dossier {
namespace {

TEST(TimexEvalTest, ScoresATimeMlDocument) {
  const char* kTml =
      "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
      "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>Sales &amp; profit "
      "rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997\">last year</TIMEX3> and fell "
      "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3> for "
      "<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P1W\">a week</TIMEX3>.</TEXT></TimeML>";
  StatusOr<TimexScores> s = EvaluateTimeMl("doc.tml", kTml);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->gold, 2);
  EXPECT_EQ(s->predicted, 2);
  EXPECT_EQ(s->strict_matches, 2);
  EXPECT_EQ(s->value_matches, 2);
  EXPECT_DOUBLE_EQ(s->StrictF1(), 1.0);
}

TEST(TimexEvalTest, RefusesTextWithoutDct) {
  StatusOr<TimexScores> s = EvaluateTimeMl("x.tml", "<TEXT>nothing</TEXT>");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "x.tml: not TimeML (no DCT or no <TEXT>)");
}

TEST(TimexEvalTest, SharedDatasetsWhenPresent) {
  const std::string tml = std::string(DOSSIER_SHARED_DIR) + "/datasets/tempeval3-train";
  const std::string duckling = std::string(DOSSIER_SHARED_DIR) + "/datasets/duckling";
  if (!std::filesystem::exists(tml) || !std::filesystem::exists(duckling)) {
    GTEST_SKIP() << "shared datasets absent";
  }
  StatusOr<DucklingScores> money = EvaluateDucklingFile(duckling + "/money-en.jsonl");
  ASSERT_TRUE(money.ok()) << money.status().ToString();
  EXPECT_FALSE(money->supported.empty());
  StatusOr<DucklingScores> time = EvaluateDucklingFile(duckling + "/time-en.jsonl");
  ASSERT_TRUE(time.ok()) << time.status().ToString();
  EXPECT_GT(time->supported.count("point Day"), 0u);
}

}  // namespace
}  // namespace dossier
