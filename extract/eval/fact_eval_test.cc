#include "extract/eval/fact_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace dossier {
namespace {

// A document of our own: "Aigerim Nurlanovna Sadykova (2 June 1968 – 4 May
// 2020) was a Kazakh journalist. She worked for Radio Saryarka. Her father,
// Nurlan Sadykov, founded the Steppe Herald."
RelationDocument Sadykova() {
  RelationDocument doc;
  doc.vertices = {
      {{"Aigerim Nurlanovna Sadykova", "Sadykova"}, "PER"},  // 0
      {{"2 June 1968"}, "TIME"},                             // 1
      {{"4 May 2020"}, "TIME"},                              // 2
      {{"Kazakh"}, "LOC"},                                   // 3
      {{"Radio Saryarka"}, "ORG"},                           // 4
      {{"Nurlan Sadykov"}, "PER"},                           // 5
      {{"Steppe Herald"}, "ORG"},                            // 6
  };
  doc.relations = {
      {"P569", 0, 1}, {"P570", 0, 2}, {"P27", 0, 3}, {"P108", 0, 4},  // employer
      {"P22", 0, 5},  {"P40", 5, 0},  // father, and its inverse: one relation
      {"P112", 6, 5},                 // founded by: Sadykov founded the Herald
      {"P17", 4, 3},                  // country: no dossier relation
      {"P27", 6, 3},                  // not about a person
  };
  return doc;
}

struct Row {
  NamedFact fact;
  const char* family;
  FamilyScore expected;  // gold, found, predicted, predicted_right, unannotated
};

// Scores each row's fact alone against `doc`.
template <size_t N>
void ExpectScores(const RelationDocument& doc, const Row (&rows)[N]) {
  for (const Row& row : rows) {
    FactEvalScores scores;
    ScoreRelationDocument(doc, {row.fact}, &scores);
    const FamilyScore s = scores.families[row.family];
    const FamilyScore& e = row.expected;
    EXPECT_EQ(std::make_tuple(s.gold, s.found, s.predicted, s.predicted_right, s.unannotated),
              std::make_tuple(e.gold, e.found, e.predicted, e.predicted_right, e.unannotated))
        << row.fact.predicate << " " << row.fact.subject_names.front() << " -> "
        << row.fact.object_names.front();
  }
}

TEST(FactEvalTest, ScoresOneFactAtATime) {
  const Row rows[] = {
      {{"born_on", {"Aigerim Sadykova"}, {"1968-06-02"}}, "born_on", {1, 1, 1, 1, 0}},
      {{"born_on", {"Sadykova"}, {"1968"}}, "born_on", {1, 1, 1, 1, 0}},
      // Wrong month: annotated entities are matched, the relation is not.
      {{"born_on", {"Sadykova"}, {"1968-07"}}, "born_on", {1, 0, 0, 0, 1}},
      {{"died_on", {"Sadykova"}, {"2020-05-04"}}, "died_on", {1, 1, 1, 1, 0}},
      // The country literal meets the adjective the corpus annotates.
      {{"citizen_of", {"Sadykova"}, {"Kazakhstan"}}, "citizen_of", {1, 1, 1, 1, 0}},
      // Employer, office and membership are one family.
      {{"position", {"Sadykova"}, {"Radio Saryarka"}}, "position", {1, 1, 1, 1, 0}},
      {{"member_of", {"Sadykova"}, {"Radio Saryarka"}}, "position", {1, 1, 1, 1, 0}},
      // Parent and child: the relation and its inverse are one.
      {{"child_of", {"Sadykova"}, {"Nurlan Sadykov"}}, "parent", {1, 1, 1, 1, 0}},
      {{"parent_of", {"Nurlan Sadykov"}, {"Sadykova"}}, "parent", {1, 1, 1, 1, 0}},
      {{"parent_of", {"Sadykova"}, {"Nurlan Sadykov"}}, "parent", {1, 0, 1, 0, 0}},
      {{"founded", {"Sadykov"}, {"Steppe Herald"}}, "founded", {1, 1, 1, 1, 0}},
      // Whole words only: "Sadyk" is no "Sadykov".
      {{"founded", {"Sadyk"}, {"Steppe Herald"}}, "founded", {1, 0, 0, 0, 1}},
      // An object nobody annotated: counted apart, not against precision.
      {{"position", {"Sadykova"}, {"Khabar"}}, "position", {1, 0, 0, 0, 1}},
      // A fact the corpus has no family for is not scored.
      {{"associate_of", {"Sadykova"}, {"Nurlan Sadykov"}}, "associate_of", {0, 0, 0, 0, 0}},
  };
  ExpectScores(Sadykova(), rows);
}

// An annotated nationality written as a demonym noun or a chain of
// nationalities is the country our patterns read from it: "Irishman X"
// gives Ireland, "a Soviet-Russian statesman" Russia (the chain's last).
TEST(FactEvalTest, CountriesMeetDemonymForms) {
  RelationDocument doc;
  doc.vertices = {{{"Tadhg Kennelly"}, "PER"},    // 0
                  {{"Irishman"}, "LOC"},          // 1
                  {{"Fyodor Kulakov"}, "PER"},    // 2
                  {{"Soviet - Russian"}, "LOC"},  // 3
                  {{"Chairman"}, "MISC"}};        // 4: no demonym
  doc.relations = {{"P27", 0, 1}, {"P27", 2, 3}, {"P27", 2, 4}};
  const Row rows[] = {
      {{"citizen_of", {"Tadhg Kennelly"}, {"Ireland"}}, "citizen_of", {3, 1, 1, 1, 0}},
      {{"citizen_of", {"Fyodor Kulakov"}, {"Russia"}}, "citizen_of", {3, 1, 1, 1, 0}},
      // Not the chain's first, and not a country of another name.
      {{"citizen_of", {"Fyodor Kulakov"}, {"Soviet Union"}}, "citizen_of", {3, 0, 0, 0, 1}},
      {{"citizen_of", {"Tadhg Kennelly"}, {"France"}}, "citizen_of", {3, 0, 0, 0, 1}},
  };
  ExpectScores(doc, rows);
}

TEST(FactEvalTest, TotalsCountEachRelationOnce) {
  FactEvalScores scores;
  FactEvalNotes notes;
  ScoreRelationDocument(Sadykova(),
                        {{"born_on", {"Sadykova"}, {"1968-06-02"}},
                         {"born_on", {"Aigerim Nurlanovna Sadykova"}, {"1968-06"}},  // repeat
                         {"parent_of", {"Sadykov"}, {"Sadykova"}},
                         {"position", {"Nurlan Sadykov"}, {"Radio Saryarka"}}},  // wrong
                        &scores, &notes);
  const FamilyScore total = scores.Total();
  EXPECT_EQ(total.gold, 6);  // born_on, died_on, citizen_of, position, parent, founded
  EXPECT_EQ(total.found, 2);
  EXPECT_EQ(total.predicted, 3);
  EXPECT_EQ(total.predicted_right, 2);
  EXPECT_EQ(notes.wrong, std::vector<std::string>{"position Nurlan Sadykov -> Radio Saryarka"});
  EXPECT_EQ(notes.missed,
            (std::vector<std::string>{"P27 Aigerim Nurlanovna Sadykova -> Kazakh",
                                      "P570 Aigerim Nurlanovna Sadykova -> 4 May 2020",
                                      "P112 Nurlan Sadykov -> Steppe Herald",
                                      "P108 Aigerim Nurlanovna Sadykova -> Radio Saryarka"}));
}

TEST(FactEvalTest, JoinsTokensAsWritten) {
  EXPECT_EQ(JoinTokens({{"Aigerim", "\"", "Aika", "\"", "Sadykova", "(", "born", "2", "June",
                         "1968", ")", "is", "Kazakhstan", "'s", "envoy", "."},
                        {"She", "lives", "in", "Astana", "."}}),
            "Aigerim \"Aika\" Sadykova (born 2 June 1968) is Kazakhstan's envoy. She lives in "
            "Astana.");
  // A hyphen joins two words; not numbers, nor a word and a date (a lifespan's dash).
  EXPECT_EQ(JoinTokens({{"a",    "Greek", "-",    "French", "co",      "-",  "owner",
                         "(",    "1815",  "in",   "Paris",  "-",       "21", "March",
                         "1851", ",",     "Bely", "-",      "October", "3",  ")"}}),
            "a Greek-French co-owner (1815 in Paris - 21 March 1851, Bely - October 3)");
}

TEST(FactEvalTest, ReadsDocumentsAndNamesMalformedInput) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  const std::string good = (dir / "fact_eval_good.json").string();
  std::ofstream(good) << R"([{"title": "T", "sents": [["Ana", "Bek", "was", "born", "."]],
    "vertexSet": [[{"name": "Ana Bek", "type": "PER"}], [{"name": "Bek", "type": "PER"}]],
    "labels": [{"r": "P3373", "h": 0, "t": 1, "evidence": [0]}]}])";
  StatusOr<std::vector<RelationDocument>> docs = ReadReDocRed(good);
  ASSERT_TRUE(docs.ok()) << docs.status().message();
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].text, "Ana Bek was born.");
  EXPECT_EQ((*docs)[0].relations.front().property, "P3373");

  const std::string bad = (dir / "fact_eval_bad.json").string();
  std::ofstream(bad) << R"([{"title": "T", "sents": [["A"]], "vertexSet": [[{"name": "A"}]],
    "labels": [{"r": "P26", "h": 0, "t": 3}]}])";
  EXPECT_EQ(ReadReDocRed(bad).status().message(),
            bad + ": document 0: label vertex index out of range");
  const std::string missing = (dir / "fact_eval_missing.json").string();
  EXPECT_EQ(ReadReDocRed(missing).status().message(), missing + ": cannot be read");
}

}  // namespace
}  // namespace dossier
