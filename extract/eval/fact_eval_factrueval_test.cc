#include "extract/eval/fact_eval_factrueval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace dossier {
namespace {

namespace fs = std::filesystem;

// A folder of our own in factRuEval's layout: one book, "Мэр Москвы Юрий
// Лужков ... Фонд «Сарыарка» принадлежит Нурлану Садыкову."
class FactRuEvalFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("factrueval_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("book_1.txt",
          "Мэр Москвы Юрий Лужков выступил. Фонд «Сарыарка» принадлежит Нурлану "
          "Садыкову.\n");
    Write("book_1.objects",
          "10 LocOrg 100 # Москвы\n"
          "11 Person 101 102 # Юрий Лужков\n"
          "12 Org 103 # Сарыарка\n"
          "13 Person 104 105 # Нурлану Садыкову\n");
    Write("book_1.coref",
          "1 10\nname Москва\n\n"
          "2 11\nfirstname Юрий\nlastname Лужков\n\n"
          "3 12\nname Сарыарка\n\n"
          "4 13\nfirstname Нурлан\nlastname Садыков\n");
    Write("book_1.facts",
          "1-0 Occupation\nWho obj2 Лужков Юрий\nPosition span5 мэр\nWhere obj1 Москва\n\n"
          "1-1 Occupation\nWho obj2 Лужков Юрий\nPosition span5 мэр\n\n"
          "1-2 Ownership\nOwner obj4 Садыков Нурлан | obj9 Нурлан\nProperty obj3 Сарыарка\n\n"
          "1-3 Meeting\nParticipant obj2 Лужков Юрий\n");
  }
  void Write(const char* name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  fs::path dir_;
};

TEST_F(FactRuEvalFolder, OccupationAndOwnershipBecomeRelations) {
  ASSERT_TRUE(IsFactRuEvalFolder(dir_.string()));
  StatusOr<std::vector<RelationDocument>> docs = ReadFactRuEvalFacts(dir_.string());
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 1u);
  const RelationDocument& doc = docs->front();
  EXPECT_EQ(doc.title, "book_1");
  EXPECT_EQ(doc.text.substr(0, 6), "Мэр");
  // Who, Where, Property, Owner: the vertices in order of first use.
  ASSERT_EQ(doc.vertices.size(), 4u);
  EXPECT_EQ(doc.vertices[0].type, "PER");
  EXPECT_EQ(doc.vertices[0].names,
            (std::vector<std::string>{"Лужков Юрий", "Юрий Лужков", "Лужков"}));
  EXPECT_EQ(doc.vertices[1].type, "LOC");
  EXPECT_EQ(doc.vertices[1].names, (std::vector<std::string>{"Москва", "Москвы"}));
  EXPECT_EQ(doc.vertices[2].type, "ORG");
  EXPECT_EQ(doc.vertices[3].names, (std::vector<std::string>{"Садыков Нурлан", "Нурлан Садыков",
                                                             "Садыков", "Нурлану Садыкову"}));
  // An occupation without Where and a meeting are left out.
  ASSERT_EQ(doc.relations.size(), 2u);
  EXPECT_EQ(doc.relations[0].property, "P108");
  EXPECT_EQ(doc.relations[0].head, 0);
  EXPECT_EQ(doc.relations[0].tail, 1);
  EXPECT_EQ(doc.relations[1].property, "P127");  // owned by: the property at the head
  EXPECT_EQ(doc.relations[1].head, 2);
  EXPECT_EQ(doc.relations[1].tail, 3);
}

TEST_F(FactRuEvalFolder, ScoresOurFactsInAnyCase) {
  StatusOr<std::vector<RelationDocument>> docs = ReadFactRuEvalFacts(dir_.string());
  ASSERT_TRUE(docs.ok());
  const std::vector<NamedFact> facts = {
      {"position", {"Юрия Лужкова", "Юрий Лужков"}, {"Москвы", "Москва"}},
      {"owns", {"Нурлан Садыков"}, {"«Сарыарка»"}}};
  FactEvalScores scores;
  ScoreRelationDocument(docs->front(), facts, &scores);
  EXPECT_EQ(scores.families["position"].found, 1);
  EXPECT_EQ(scores.families["owns"].found, 1);
  EXPECT_EQ(scores.Total().Precision(), 1.0);
}

TEST_F(FactRuEvalFolder, AnObjectNoCorefDefinesIsNamed) {
  Write("book_1.facts", "1-0 Occupation\nWho obj7 Лужков\nWhere obj1 Москва\n");
  StatusOr<std::vector<RelationDocument>> docs = ReadFactRuEvalFacts(dir_.string());
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().message(),
            (dir_ / "book_1.facts").string() + ":1: object 7 is in no .coref record");
}

TEST_F(FactRuEvalFolder, AMissingTextIsNamed) {
  fs::remove(dir_ / "book_1.txt");
  StatusOr<std::vector<RelationDocument>> docs = ReadFactRuEvalFacts(dir_.string());
  ASSERT_FALSE(docs.ok());
  EXPECT_EQ(docs.status().message(), (dir_ / "book_1.txt").string() + ": cannot open");
}

TEST(FactRuEvalFolderTest, AFolderWithoutFactsIsNotOne) {
  EXPECT_FALSE(IsFactRuEvalFolder(::testing::TempDir() + "/no_such_folder"));
  const fs::path empty = fs::path(::testing::TempDir()) / "factrueval_empty";
  fs::create_directories(empty);
  EXPECT_FALSE(IsFactRuEvalFolder(empty.string()));
  EXPECT_FALSE(ReadFactRuEvalFacts(empty.string()).ok());
}

}  // namespace
}  // namespace dossier
