// Figures on the public name sets of ../shared/datasets/names; skips when the
// folder is absent. The floors are below the measured figures of
// docs/resolve.md so that a regression fails.
#include <gtest/gtest.h>

#include <filesystem>

#include "resolve/names_eval.h"

namespace dossier {
namespace {

const char* const kDir = DOSSIER_SHARED_DIR "/datasets/names";

TEST(NamesDatasetTest, TransliterationSchemesMeetOurSkeletons) {
  if (!std::filesystem::is_directory(kDir)) GTEST_SKIP() << kDir << " absent";
  auto report = EvaluateNamesDataset(kDir);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  int words = 0, close = 0;
  for (const SchemeResult& s : report->schemes) {
    words += s.words;
    close += s.close_skeleton;
  }
  ASSERT_GT(words, 500);
  EXPECT_GE(static_cast<double>(close) / words, 0.90);
}

TEST(NamesDatasetTest, SpellingsOfOneNameAndLogicV2Cases) {
  if (!std::filesystem::is_directory(kDir)) GTEST_SKIP() << kDir << " absent";
  auto report = EvaluateNamesDataset(kDir);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GE(report->putin_spellings, 80);
  EXPECT_GE(report->putin_matched_latin_cyrillic, report->putin_latin_cyrillic * 8 / 10);
  EXPECT_GE(report->logic_cases, 25);
  EXPECT_GE(report->logic_agreed, report->logic_cases * 8 / 10);
}

TEST(NamesDatasetTest, MissingFolderIsAnError) {
  auto report = EvaluateNamesDataset("/nonexistent/names");
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().message(), "/nonexistent/names: not a folder");
}

}  // namespace
}  // namespace dossier
