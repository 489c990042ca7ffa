// End-to-end tests of how the dossier binary finds its models: a model that
// cannot be loaded stops every command that extracts (exit 1, one line naming
// the model's path), before the store is touched; DOSSIER_MODELS overrides.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "cli/testing/binary_test.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

class ModelsTest : public BinaryTest {
 protected:
  void TearDown() override {
    unsetenv("DOSSIER_MODELS");
    BinaryTest::TearDown();
  }

  // Points DOSSIER_MODELS at dir_/models (empty unless a test fills it).
  std::string UseModelDir() {
    const fs::path dir = dir_ / "models";
    fs::create_directories(dir);
    setenv("DOSSIER_MODELS", dir.c_str(), 1);
    return dir.string();
  }

  // Runs `args` and expects exit 1 with one line on stderr naming `path` and `problem`.
  void ExpectModelError(const std::vector<std::string>& args, const std::string& path,
                        const std::string& problem) {
    const RunResult run = Run(args);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    const std::vector<std::string> lines = Lines(run.err);
    ASSERT_EQ(lines.size(), 1u) << run.err;
    EXPECT_NE(lines[0].find(path), std::string::npos) << lines[0];
    EXPECT_NE(lines[0].find(problem), std::string::npos) << lines[0];
    EXPECT_TRUE(run.out.empty()) << run.out;
  }
};

TEST_F(ModelsTest, MissingModelStopsExtractIngestShowAndReextract) {
  const std::string text = Write("a.txt", "Arman Tulegenov founded Radio Saryarka in Almaty.\n");
  ASSERT_EQ(Run({"ingest", "--db", db_, text}).exit_code, 0);
  const std::string missing = (fs::path(UseModelDir()) / "ner-en.bin").string();

  ExpectModelError({"extract", "--json", text}, missing, "cannot open model file");
  ExpectModelError({"show", "--json", "--db", db_, "1"}, missing, "cannot open model file");
  ExpectModelError({"reextract", "--db", db_}, missing, "cannot open model file");
  const std::string fresh = (dir_ / "fresh.db").string();
  ExpectModelError({"ingest", "--db", fresh, text}, missing, "cannot open model file");
  EXPECT_FALSE(fs::exists(fresh)) << "a store was created before the models were loaded";
}

TEST_F(ModelsTest, CorruptModelIsNamedWithItsProblem) {
  const std::string text = Write("a.txt", "Arman Tulegenov founded Radio Saryarka in Almaty.\n");
  const fs::path model = fs::path(UseModelDir()) / "ner-en.bin";
  std::ofstream(model, std::ios::binary) << "not a model at all, just text";
  ExpectModelError({"extract", "--json", text}, model.string(), "not a Dossier NER model");
}

TEST_F(ModelsTest, TextOutputNeedsNoModel) {
  const std::string text = Write("a.txt", "Arman Tulegenov founded Radio Saryarka in Almaty.\n");
  UseModelDir();
  const RunResult run = Run({"extract", text});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("Radio Saryarka"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace dossier
