// Golden tables of English quotations end to end: quoted names and scare
// quotes that are no speech, repeated passages, and the seed document.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/quotes/quotes_test_fixture.h"

namespace dossier {
namespace {

TEST_F(QuotesTest, TrapsGoldenTable) {
  const Case cases[] = {
      // Quoted names and scare quotes are not quotations.
      {"He headed the project \"Russian Radio\" and the \"agreement\" had no force.", {}},
      // A passage pasted twice adds one quotation.
      {"\"We will appeal the ruling,\" Serik Medetbekov said.\n=\"We will appeal the ruling,\" "
       "Serik Medetbekov said.",
       {"We will appeal the ruling, => Serik Medetbekov (said)"}},
      // Nobody to refer to: the speaker stays unknown.
      {"\"The decision is final,\" he said.", {"The decision is final, => null (said)"}},
      // Nobody named: the spokesman is an unnamed source of its own.
      {"\"No comment on the case,\" the spokesman said.",
       {"No comment on the case, => spokesman (said)"}},
      // Trap: a description of a person is no unnamed source.
      {"\"No comment on the case,\" the businessman said.",
       {"No comment on the case, => null (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

// The seed document: every quotation once, the speakers the text names.
TEST_F(QuotesTest, SeedDocument) {
  const std::string path = std::string(DOSSIER_SHARED_DIR) + "/corpus/000_1531777d1a0cdfee.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::ifstream in(path);
  std::stringstream content;
  content << in.rdbuf();
  // Our passages are lines; pasted repeats are marked the way dedupe marks them.
  std::string marked;
  std::vector<std::string> seen;
  std::stringstream lines(content.str());
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const bool repeat = std::find(seen.begin(), seen.end(), line) != seen.end();
    seen.push_back(line);
    marked += (repeat ? "=" : "") + line + "\n";
  }
  marked.pop_back();
  std::vector<std::string> quotes = Describe(marked);
  auto speaker_of = [&](const std::string& start) {
    for (const std::string& q : quotes) {
      if (q.rfind(start, 0) == 0) return q.substr(q.rfind(" => ") + 4);
    }
    return std::string("(not found)");
  };
  int count = 0;
  for (const std::string& q : quotes) count += q.rfind("In the early 90s in Alma-Ata", 0) == 0;
  EXPECT_EQ(count, 1);
  EXPECT_EQ(speaker_of("In the early 90s in Alma-Ata"), "Medetbekov Serik Rakhimbaevich (said)");
  EXPECT_EQ(speaker_of("My life was in real danger"),
            "Medetbekov Serik Rakhimbaevich (told the court) [the court]");
  EXPECT_EQ(speaker_of("After our London meeting"), "Medetbekov Serik Rakhimbaevich (added)");
  EXPECT_EQ(speaker_of("In the period from 1998"), "Gennady Vashchenkov (says)");
  EXPECT_EQ(speaker_of("That is, already in 1997"), "Ismail Igilmanov (explained)");
  // "Igilmanov said": tagged apart as "Igilmanov I.A.", the full name wins.
  EXPECT_EQ(speaker_of("Then Medetbekov launched a campaign"), "Ismail Igilmanov (said)");
  EXPECT_EQ(speaker_of("After the statement made by me"), "Lira Baiseitova (said)");
  EXPECT_EQ(speaker_of("We can confidently say"), "Lira Baiseitova (said)");
}
}  // namespace
}  // namespace dossier
