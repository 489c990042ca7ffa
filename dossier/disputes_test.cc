#include "dossier/disputes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dossier/testing/corpus_builder.h"

namespace dossier {
namespace {

using ::testing::ElementsAreArray;

// One row of a golden table: a sentence of a source and the fact it states.
// Entities are named; the same name in two sources is one corpus entity.
struct Said {
  int source;  // 0 or 1: "first.txt" (2019-01-01) or "second.txt" (2020-01-01)
  const char* sentence;
  const char* subject;
  const char* predicate;
  const char* object;
  bool object_is_entity = false;
  const char* from = nullptr;
  const char* to = nullptr;
  const char* according_to = nullptr;  // a name; null: the text's own statement
  bool denied = false;
  bool duplicate_passage = false;  // the sentence's passage repeats an earlier one
};

struct Case {
  const char* name;
  std::vector<Said> rows;
  // "kind | matter | side || side ...", each side "position <- who (when)"
  std::vector<std::string> expected;
};

Corpus BuildCorpus(const std::vector<Said>& rows) {
  testing::CorpusBuilder b;
  std::vector<std::string> paragraphs[2];
  for (const Said& row : rows) paragraphs[row.source].push_back(row.sentence);
  const int first = b.AddSource("first.txt", "2019-01-01", paragraphs[0]);
  const int second = b.AddSource("second.txt", "2020-01-01", paragraphs[1]);
  std::map<std::string, std::vector<std::pair<int, std::string>>> members;
  std::map<std::pair<int, std::string>, std::string> local;
  auto entity = [&](int source, const std::string& name) {
    auto [it, inserted] = local.emplace(std::make_pair(source, name), "");
    if (inserted) {
      it->second = b.AddEntity(source, EntityType::kPerson, name);
      members[name].push_back({source, it->second});
    }
    return it->second;
  };
  int passage[2] = {0, 0};
  for (const Said& row : rows) {
    const int source = row.source == 0 ? first : second;
    Fact fact;
    fact.subject = entity(source, row.subject);
    fact.predicate = row.predicate;
    fact.object = row.object_is_entity ? entity(source, row.object) : row.object;
    fact.object_is_entity = row.object_is_entity;
    if (row.from) fact.from = row.from;
    if (row.to) fact.to = row.to;
    if (row.according_to) fact.according_to = entity(source, row.according_to);
    fact.denied = row.denied;
    b.AddFact(source, fact, row.sentence);
    if (row.duplicate_passage) b.MarkDuplicate(source, passage[row.source], first, 0);
    ++passage[row.source];
  }
  for (const auto& [name, list] : members) b.Group("X-" + name, list);
  return b.Build();
}

std::vector<std::string> Summarize(const std::vector<Dispute>& disputes) {
  std::vector<std::string> lines;
  for (const Dispute& dispute : disputes) {
    std::string line = std::string(DisputeKindName(dispute.kind)) + " | " + dispute.matter;
    for (size_t i = 0; i < dispute.sides.size(); ++i) {
      line += i == 0 ? " | " : " || ";
      line += dispute.sides[i].position + " <-";
      for (const DisputeStatement& statement : dispute.sides[i].statements) {
        line += " " + statement.who + " (" + statement.when + ")";
      }
    }
    lines.push_back(line);
  }
  return lines;
}

const Case kCases[] = {
    {"two birth years",
     {{0, "A was born in 1961.", "A", "born_on", "1961"},
      {1, "A, born in 1962, said.", "A", "born_on", "1962"}},
     {"different values | A: date of birth | born on 1961 <- the text of first.txt (2019-01-01) "
      "|| born on 1962 <- the text of second.txt (2020-01-01)"}},
    {"a year and a day in it agree",
     {{0, "A was born in 1961.", "A", "born_on", "1961"},
      {1, "A was born on November 23, 1961.", "A", "born_on", "1961-11-23"}},
     {}},
    {"two birthplaces",
     {{0, "A was born in Alma-Ata.", "A", "born_in", "Alma-Ata"},
      {1, "A was born in Tashkent.", "A", "born_in", "Tashkent"}},
     {"different values | A: place of birth | born in Alma-Ata <- the text of first.txt "
      "(2019-01-01) || born in Tashkent <- the text of second.txt (2020-01-01)"}},
    {"one place spelled two ways",
     {{0, "A was born in Alma-Ata.", "A", "born_in", "Alma-Ata"},
      {1, "A was born in alma ata.", "A", "born_in", "alma ata"}},
     {}},
    {"claim and denial",
     {{0, "A owns R.", "A", "owns", "R", true},
      {1, "B says A never owned R.", "A", "owns", "R", true, nullptr, nullptr, "B", true}},
     {"claim and denial | A and R | owns R <- the text of first.txt (2019-01-01) || denied: owns "
      "R <- B (2020-01-01)"}},
    {"having nothing to do with a company denies founding it",
     {{0, "A founded R.", "A", "founded", "R", true},
      {1, "B: A had nothing to do with R.", "A", "associate_of", "R", true, nullptr, nullptr, "B",
       true}},
     {"claim and denial | A and R | founded R <- the text of first.txt (2019-01-01) || denied: "
      "associate of R <- B (2020-01-01)"}},
    {"denying ownership does not deny a position",
     {{0, "A was president of R.", "A", "position", "R", true},
      {1, "B: A never owned R.", "A", "owns", "R", true, nullptr, nullptr, "B", true}},
     {}},
    {"one speaker gives two birth years",
     {{0, "A: I was born in 1961.", "A", "born_on", "1961", false, nullptr, nullptr, "A"},
      {1, "A: I was born in 1962.", "A", "born_on", "1962", false, nullptr, nullptr, "A"}},
     {"changed account | A: date of birth | born on 1961 <- A (2019-01-01) || born on 1962 <- A "
      "(2020-01-01)"}},
    {"one speaker dates a move differently",
     {{0, "A: since 2005 I live in Geneva.", "A", "lives_in", "Geneva", false, "2005-01-01",
       nullptr, "A"},
      {1, "A: since 2007 I live in Geneva.", "A", "lives_in", "Geneva", false, "2007-01-01",
       nullptr, "A"}},
     {"changed account | A: lives in Geneva | lives in Geneva (since 2005) <- A (2019-01-01) || "
      "lives in Geneva (since 2007) <- A (2020-01-01)"}},
    {"the same account twice is no dispute",
     {{0, "A: since 2005 I live in Geneva.", "A", "lives_in", "Geneva", false, "2005-01-01",
       nullptr, "A"},
      {1, "A: I live in Geneva since 2005.", "A", "lives_in", "Geneva", false, "2005-01-01",
       nullptr, "A"}},
     {}},
    {"a speaker denies what they said before",
     {{0, "A: I own R.", "A", "owns", "R", true, nullptr, nullptr, "A"},
      {1, "A: I never owned R.", "A", "owns", "R", true, nullptr, nullptr, "A", true}},
     {"changed account | A and R | owns R <- A (2019-01-01) || denied: owns R <- A (2020-01-01)"}},
    {"co-owners named in one sentence",
     {{0, "R is owned by X and Y.", "X", "owns", "R", true},
      {0, "R is owned by X and Y.", "Y", "owns", "R", true}},
     {}},
    {"rival owners",
     {{0, "R is owned by X.", "X", "owns", "R", true},
      {1, "R belongs to Y.", "Y", "owns", "R", true}},
     {"different values | owner of R | owned by X <- the text of first.txt (2019-01-01) || owned "
      "by Y <- the text of second.txt (2020-01-01)"}},
    {"successive owners",
     {{0, "X owned R in 1990-1995.", "X", "owns", "R", true, "1990-01-01", "1995-12-31"},
      {1, "Y owned R in 2000-2005.", "Y", "owns", "R", true, "2000-01-01", "2005-12-31"}},
     {}},
    {"a repeated passage says nothing new",
     {{0, "A was born in 1961.", "A", "born_on", "1961"},
      {1, "A was born in 1963.", "A", "born_on", "1963", false, nullptr, nullptr, nullptr, false,
       true}},
     {}},
};

TEST(DisputesTest, GoldenTable) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    Corpus corpus = BuildCorpus(c.rows);
    CorpusIndex index(corpus);
    EXPECT_THAT(Summarize(FindDisputes(index, CollectClaims(index))), ElementsAreArray(c.expected));
  }
}

TEST(DisputesTest, EachSideCitesWhereItIsSaid) {
  Corpus corpus = BuildCorpus(kCases[0].rows);
  CorpusIndex index(corpus);
  std::vector<Dispute> disputes = FindDisputes(index, CollectClaims(index));
  ASSERT_EQ(disputes.size(), 1u);
  EXPECT_EQ(disputes[0].entity_ids, std::vector<std::string>{"X-A"});
  const Citation& second = disputes[0].sides[1].statements[0].citation;
  EXPECT_EQ(second.path, "second.txt");
  EXPECT_EQ(CitedText(corpus, second), "A, born in 1962, said.");
}

}  // namespace
}  // namespace dossier
