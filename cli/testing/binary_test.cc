#include "cli/testing/binary_test.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dossier {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void BinaryTest::SetUp() {
  const char* binary = std::getenv("DOSSIER_BINARY");
  if (binary == nullptr || !fs::exists(binary)) GTEST_SKIP() << "DOSSIER_BINARY not set";
  binary_ = binary;
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  dir_ = fs::temp_directory_path() / ("dossier_" + std::string(test->test_suite_name()) + "_" +
                                      std::to_string(getpid()) + "_" + test->name());
  fs::remove_all(dir_);
  fs::create_directories(dir_ / "in");
  db_ = (dir_ / "test.db").string();
}

void BinaryTest::TearDown() {
  if (!dir_.empty()) fs::remove_all(dir_);
}

std::string BinaryTest::Write(const std::string& name, std::string_view bytes) {
  const fs::path path = dir_ / "in" / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

RunResult BinaryTest::Run(const std::vector<std::string>& args) {
  std::string command = "'" + binary_ + "'";
  for (const std::string& arg : args) command += " '" + arg + "'";
  command += " >'" + (dir_ / "out").string() + "' 2>'" + (dir_ / "err").string() + "'";
  const int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = Slurp(dir_ / "out");
  result.err = Slurp(dir_ / "err");
  return result;
}

}  // namespace dossier
