// End-to-end tests of the dossier binary: exit codes, one-line diagnostics,
// JSON output of every listing command.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/testing/binary_test.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

class CliTest : public BinaryTest {};

TEST_F(CliTest, BadFilesGetOneLineEachAndTheBatchGoesOn) {
  const std::string good = Write("good.md", "# Title\n\nA paragraph about Arman Tulegenov.\n");
  const std::string empty = Write("empty.txt", "");
  const std::string binary = Write("blob.bin", std::string("\0\1\2\3\4\5garbage\0\0", 15));
  RunResult run =
      Run({"ingest", "--db", db_, (dir_ / "in").string(), (dir_ / "missing.txt").string()});
  EXPECT_EQ(run.exit_code, 1);
  const std::vector<std::string> lines = Lines(run.err);
  ASSERT_EQ(lines.size(), 4u) << run.err;  // three failures + the summary
  auto has_line = [&](const std::string& path, const std::string& problem) {
    for (const std::string& line : lines) {
      if (line.find(path) != std::string::npos && line.find(problem) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  EXPECT_TRUE(has_line(empty, "empty")) << run.err;
  EXPECT_TRUE(has_line(binary, "binary")) << run.err;
  EXPECT_TRUE(has_line((dir_ / "missing.txt").string(), "No such file")) << run.err;
  EXPECT_NE(lines.back().find("1 new"), std::string::npos) << lines.back();

  RunResult sources = Run({"sources", "--db", db_, "--json"});
  EXPECT_EQ(sources.exit_code, 0);
  const std::vector<std::string> rows = Lines(sources.out);
  ASSERT_EQ(rows.size(), 1u);
  const nlohmann::json row = nlohmann::json::parse(rows[0]);
  EXPECT_EQ(row["path"], good);
  EXPECT_EQ(row["title"], "Title");
  EXPECT_EQ(row["passages"], 2);
}

TEST_F(CliTest, ExtractPrintsTheContract) {
  const std::string file = Write("note.txt",
                                 "Heading\n\nMr. Medetbekov met I.P. Yegarmin. They talked.\n\n"
                                 "Mr. Medetbekov met I.P. Yegarmin. They talked.\n");
  RunResult run = Run({"extract", "--json", file});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json doc = nlohmann::json::parse(run.out);
  for (const char* key :
       {"document", "passages", "entities", "times", "money", "quotes", "facts"}) {
    EXPECT_TRUE(doc.contains(key)) << key;
  }
  EXPECT_EQ(doc["document"]["path"], file);
  EXPECT_EQ(doc["document"]["language"], "en");
  EXPECT_EQ(doc["document"]["sha256"].get<std::string>().size(), 64u);
  const auto& passages = doc["passages"];
  ASSERT_EQ(passages.size(), 3u);
  const std::string text = doc["document"]["text"];
  EXPECT_EQ(text.substr(passages[0]["start"], 7), "Heading");
  EXPECT_TRUE(passages[1]["duplicate_of"].is_null());
  EXPECT_EQ(passages[2]["duplicate_of"], 1);
  EXPECT_EQ(passages[1]["section"], "Heading");
  EXPECT_EQ(passages[1]["sentences"].size(), 2u);
}

TEST_F(CliTest, ExtractOfAFolderPrintsOneObjectPerLine) {
  Write("b.txt", "Second file.\n");
  Write("a.txt", "First file.\n");
  RunResult run = Run({"extract", "--json", (dir_ / "in").string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(nlohmann::json::parse(lines[0])["document"]["path"].get<std::string>().find("a.txt"),
            std::string::npos);
}

TEST_F(CliTest, SearchShowAndUsage) {
  Write("ru.txt", "Назарбаев встретился с журналистами в Алматы.\n");
  Write("en.txt", "The café on Abay avenue hosted the meeting.\n");
  ASSERT_EQ(Run({"ingest", "--db", db_, (dir_ / "in").string()}).exit_code, 0);

  RunResult ru = Run({"search", "--db", db_, "--json", "назарбаев"});
  ASSERT_EQ(ru.exit_code, 0) << ru.err;
  ASSERT_EQ(Lines(ru.out).size(), 1u) << ru.out;
  RunResult cafe = Run({"search", "--db", db_, "cafe"});
  EXPECT_NE(cafe.out.find("[café]"), std::string::npos) << cafe.out;

  RunResult show = Run({"show", "--db", db_, "1"});
  EXPECT_EQ(show.exit_code, 0);
  EXPECT_NE(show.out.find("[0]"), std::string::npos) << show.out;
  RunResult missing = Run({"show", "--db", db_, "999"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(Lines(missing.err).size(), 1u);

  EXPECT_EQ(Run({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(Run({"search", "--db", db_}).exit_code, 2);
  EXPECT_EQ(Run({"sources", "--db", (dir_ / "nothere.db").string()}).exit_code, 1);
  EXPECT_FALSE(fs::exists(dir_ / "nothere.db"));
}

// `dossier eval facts`: a document of our own in the Re-DocRED layout is
// read, extracted and scored; a malformed file is one line naming it.
TEST_F(CliTest, EvalFactsScoresAndNamesBadInput) {
  const std::string corpus = Write("facts.json", R"json([{"title": "Aidos Bekov",
    "sents": [["Aidos", "Bekov", "(", "19", "May", "1867", "–", "5", "January", "1916", ")",
               "was", "a", "Kazakh", "poet", "."]],
    "vertexSet": [[{"name": "Aidos Bekov", "type": "PER"}], [{"name": "19 May 1867", "type": "TIME"}],
                  [{"name": "5 January 1916", "type": "TIME"}], [{"name": "Kazakh", "type": "LOC"}]],
    "labels": [{"r": "P569", "h": 0, "t": 1}, {"r": "P570", "h": 0, "t": 2},
               {"r": "P27", "h": 0, "t": 3}]}])json");
  RunResult run = Run({"eval", "facts", corpus});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("documents 1"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("born_on"), std::string::npos) << run.out;
  const std::vector<std::string> lines = Lines(run.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_NE(lines.end()[-2].find("all"), std::string::npos) << run.out;

  const std::string bad = Write("bad.json", "{\"not\": \"a list\"}");
  RunResult failed = Run({"eval", "facts", bad});
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_EQ(Lines(failed.err),
            std::vector<std::string>{"dossier: " + bad + ": not a JSON list of documents"});
}

// `dossier ner --document-rules` prints the tags extraction keeps: a
// sentence-opening adverb is never a person, whatever the tagger said.
TEST_F(CliTest, NerWithDocumentRulesPrintsTheCorrectedTags) {
  const std::string conll = Write("adverb.conll",
                                  "Moreover O\n, O\nthe O\nchannel O\nwas O\nsold O\n. O\n\n"
                                  "He O\nsaid O\nit O\n. O\n");
  RunResult tagger = Run({"ner", "--conll", conll});
  ASSERT_EQ(tagger.exit_code, 0) << tagger.err;
  RunResult corrected = Run({"ner", "--document-rules", "--conll", conll});
  ASSERT_EQ(corrected.exit_code, 0) << corrected.err;
  ASSERT_EQ(Lines(corrected.out).size(), Lines(tagger.out).size());
  EXPECT_EQ(Lines(corrected.out)[0], "Moreover O O");
}

}  // namespace
}  // namespace dossier
