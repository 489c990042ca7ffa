#include "extract/eval/ner_corpora.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dossier {
namespace {

namespace fs = std::filesystem;

TEST(NormalizeNerTagTest, MapsOtherSchemesToOurTypes) {
  const std::pair<const char*, const char*> kCases[] = {
      {"B-PERSON", "B-PER"},
      {"I-PERSON", "I-PER"},
      {"B-ORGANISATION", "B-ORG"},
      {"I-ORGANIZATION", "I-ORG"},
      {"B-GPE", "B-LOC"},
      {"I-LOCATION", "I-LOC"},
      {"B-DATE", "O"},
      {"I-NORP", "O"},
      {"B-POSITION", "O"},
      {"B-MISC", "B-MISC"},
      {"I-LOC", "I-LOC"},
      {"O", "O"},
  };
  for (const auto& [in, want] : kCases) EXPECT_EQ(NormalizeNerTag(in), want) << in;
}

class NerCorporaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dossier_corpora_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

// "Мэр Москвы Юрий Лужков посетил Мосгордуму." as factRuEval lays it out: the
// mayoralty of Moscow is an Org whose name part is the LocOrg "Москвы".
TEST_F(NerCorporaTest, FactRuEvalObjectsBecomeBioTagsOfTheirNameParts) {
  Write("book_7.tokens",
        "1 0 3 Мэр\n2 4 6 Москвы\n3 11 4 Юрий\n4 16 6 Лужков\n5 23 7 посетил\n"
        "6 31 10 Мосгордуму\n7 41 1 .\n\n8 43 2 Да\n");
  Write("book_7.spans",
        "10 org_descr 0 3 1 1  # 1 Мэр\n11 loc_name 4 6 2 1  # 2 Москвы\n"
        "12 name 11 4 3 1  # 3 Юрий\n13 surname 16 6 4 1  # 4 Лужков\n"
        "14 org_name 31 10 6 1  # 6 Мосгордуму\n");
  Write("book_7.objects",
        "20 Org 10 11 # Мэр Москвы\n21 LocOrg 11 # Москвы\n22 Person 12 13 # Юрий Лужков\n"
        "23 Org 14 # Мосгордуму\n");
  StatusOr<std::vector<ConllDocument>> docs = ReadNerCorpus(dir_.string());
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  ASSERT_EQ(docs->size(), 1u);
  ASSERT_EQ((*docs)[0].sentences.size(), 2u);
  EXPECT_EQ((*docs)[0].sentences[0].gold,
            (std::vector<std::string>{"O", "B-LOC", "B-PER", "I-PER", "O", "B-ORG", "O"}));
  EXPECT_EQ((*docs)[0].sentences[1].words, (std::vector<std::string>{"Да"}));
}

TEST_F(NerCorporaTest, BrokenFactRuEvalLineIsNamed) {
  Write("book_1.tokens", "1 0 3\n");
  Write("book_1.spans", "");
  Write("book_1.objects", "");
  StatusOr<std::vector<ConllDocument>> docs = ReadNerCorpus(dir_.string());
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(docs.status().message().find("book_1.tokens:1: expected"), std::string::npos)
      << docs.status().message();
}

TEST_F(NerCorporaTest, FileWithoutDocstartIsOneDocumentPerSentenceAndPartsAreDeterministic) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "Астана B-GPE\nқаласы O\n\n";
  const std::string path = Write("kaz.txt", text);
  StatusOr<std::vector<ConllDocument>> all = ReadNerCorpus(path);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(all->size(), 20u);
  EXPECT_EQ((*all)[0].sentences[0].gold, (std::vector<std::string>{"B-LOC", "O"}));
  const std::pair<const char*, size_t> kParts[] = {
      {"#train", 16}, {"#dev", 2}, {"#test", 2}, {"#notdev", 18}, {"#fold0", 4}, {"#notfold4", 16}};
  for (const auto& [part, size] : kParts) {
    StatusOr<std::vector<ConllDocument>> kept = ReadNerCorpus(path + part);
    ASSERT_TRUE(kept.ok()) << part;
    EXPECT_EQ(kept->size(), size) << part;
  }
  StatusOr<std::vector<ConllDocument>> bad = ReadNerCorpus(path + "#half");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("unknown part 'half'"), std::string::npos);
  EXPECT_FALSE(ReadNerCorpus(path + "#fold5").ok());
  EXPECT_EQ(ReadNerCorpus((dir_ / "none.txt").string()).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier
