// BinaryTest: a GoogleTest fixture that runs the dossier binary (from the
// DOSSIER_BINARY environment variable, set by CTest) in a scratch folder of
// its own, for end-to-end tests of the commands. A test is skipped when the
// binary is not there.
//
//   class MyTest : public BinaryTest {};
//   TEST_F(MyTest, Lists) {
//     Write("a.txt", "text");
//     RunResult run = Run({"ingest", "--db", db_, dir_ / "in"});
//     EXPECT_EQ(run.exit_code, 0) << run.err;
//   }
#ifndef DOSSIER_CLI_TESTING_BINARY_TEST_H_
#define DOSSIER_CLI_TESTING_BINARY_TEST_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct RunResult {
  int exit_code = -1;  // -1 when the command did not exit normally
  std::string out;
  std::string err;
};

// The bytes of a file ("" when it cannot be read).
std::string Slurp(const std::filesystem::path& path);

// The lines of `text`, without their line ends.
std::vector<std::string> Lines(const std::string& text);

class BinaryTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Writes `bytes` to dir_/in/NAME; returns the path.
  std::string Write(const std::string& name, std::string_view bytes);

  // Runs `dossier ARGS` (each argument single-quoted for the shell) and
  // returns its exit code, stdout and stderr.
  RunResult Run(const std::vector<std::string>& args);

  std::string binary_;
  std::filesystem::path dir_;  // removed after the test
  std::string db_;             // dir_/test.db
};

}  // namespace dossier

#endif  // DOSSIER_CLI_TESTING_BINARY_TEST_H_
