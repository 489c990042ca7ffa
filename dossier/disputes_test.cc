#include "dossier/disputes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "dossier/internal/contested_accounts.h"
#include "dossier/testing/corpus_builder.h"

namespace dossier {
namespace {

using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

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
     {"different values | A: date of birth | born in 1961 <- the text of first.txt (2019-01-01) "
      "|| born in 1962 <- the text of second.txt (2020-01-01)"}},
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
     {"changed account | A: date of birth | born in 1961 <- A (2019-01-01) || born in 1962 <- A "
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

// Golden table of contested accounts: paragraphs with the quotation, fact and
// year each states. Source 0 ("statement.txt") has no date; source 1
// ("rebuttal.txt") is dated 2020-05-04.
struct Para {
  int source;
  const char* text;
  const char* quote_by = nullptr;  // says the words between the first and last '"'
  const char* subject = nullptr;   // a fact of the paragraph, its evidence the whole text
  const char* predicate = nullptr;
  const char* object = nullptr;
  bool object_is_entity = false;
  const char* according_to = nullptr;
  bool denied = false;
  const char* year = nullptr;  // a year the text names (its first occurrence)
};

struct ContestCase {
  const char* name;
  std::vector<Para> paras;
  std::vector<std::string> expected;  // as Summarize writes them
};

Corpus BuildContestCorpus(const std::vector<Para>& paras) {
  static const std::pair<const char*, EntityType> kNames[] = {
      {"Serik Abenov", EntityType::kPerson},     {"Ismail Kaliev", EntityType::kPerson},
      {"Gennady Petrov", EntityType::kPerson},   {"Aigul Omarova", EntityType::kPerson},
      {"Radio Dala", EntityType::kOrganization}, {"Canada", EntityType::kLocation}};
  testing::CorpusBuilder b;
  std::vector<std::string> texts[2];
  for (const Para& para : paras) texts[para.source].push_back(para.text);
  const int sources[2] = {b.AddSource("statement.txt", "", texts[0]),
                          b.AddSource("rebuttal.txt", "2020-05-04", texts[1])};
  std::map<std::string, std::vector<std::pair<int, std::string>>> members;
  std::map<std::pair<int, std::string>, std::string> local;
  for (int i = 0; i < 2; ++i) {
    std::string all;
    for (const std::string& text : texts[i]) all += text + "\n";
    for (const auto& [name, type] : kNames) {
      if (all.find(name) == std::string::npos) continue;
      local[{i, name}] = b.AddEntity(sources[i], type, name);
      members[name].push_back({sources[i], local[{i, name}]});
    }
  }
  for (const Para& para : paras) {
    const int source = sources[para.source];
    const std::string text = para.text;
    if (para.quote_by != nullptr) {
      const size_t open = text.find('"'), close = text.rfind('"');
      b.AddQuote(source, text.substr(open + 1, close - open - 1),
                 local.at({para.source, para.quote_by}));
    }
    if (para.subject != nullptr) {
      Fact fact;
      fact.subject = local.at({para.source, para.subject});
      fact.predicate = para.predicate;
      fact.object = para.object_is_entity ? local.at({para.source, para.object}) : para.object;
      fact.object_is_entity = para.object_is_entity;
      if (para.according_to) fact.according_to = local.at({para.source, para.according_to});
      fact.denied = para.denied;
      b.AddFact(source, fact, text);
    }
    if (para.year != nullptr) {
      b.AddTime(source, para.year, std::string(para.year) + "-01-01",
                std::string(para.year) + "-12-31");
    }
  }
  for (const auto& [name, list] : members) b.Group("X-" + name, list);
  return b.Build();
}

const ContestCase kContestCases[] = {
    {"a rebuttal, an investigation and a contradicting witness against an account",
     {{0, R"("In 1999 Ismail Kaliev took Radio Dala away from me," Serik Abenov said.)",
       "Serik Abenov", nullptr, nullptr, nullptr, false, nullptr, false, "1999"},
      {0, R"("Ismail Kaliev worked for me," Serik Abenov said.)", "Serik Abenov", "Ismail Kaliev",
       "employed_by", "Serik Abenov", true, "Serik Abenov"},
      // Another matter, another time: not part of the account.
      {0, R"("In 2015 Ismail Kaliev visited me in Canada," Serik Abenov said.)", "Serik Abenov",
       nullptr, nullptr, nullptr, false, nullptr, false, "2015"},
      {1, R"("Serik Abenov had nothing to do with Radio Dala in 1999," Ismail Kaliev said.)",
       "Ismail Kaliev", "Serik Abenov", "associate_of", "Radio Dala", true, "Ismail Kaliev", true,
       "1999"},
      {1, "In 2012 an investigation showed that everything that Serik Abenov wrote was not true.",
       nullptr, "Serik Abenov", "claims", "everything that Serik Abenov wrote", false, nullptr,
       true, "2012"},
      {1, R"("Contrary to the contract, Serik Abenov sold the airtime," Gennady Petrov said.)",
       "Gennady Petrov"},
      // Praise is no contradiction.
      {1, R"("Serik Abenov is a talented engineer," Aigul Omarova said.)", "Aigul Omarova"}},
     {"account contested | the account of Serik Abenov on Ismail Kaliev, Radio Dala | Serik "
      "Abenov's account <- Serik Abenov (1999) Serik Abenov (1999) || disputed by Ismail Kaliev: "
      "denied: associate of Radio Dala <- Ismail Kaliev (2020-05-04) || disputed by the text of "
      "rebuttal.txt: denied: claims everything that Serik Abenov wrote <- the text of "
      "rebuttal.txt (2020-05-04) || disputed by Gennady Petrov <- Gennady Petrov (2020-05-04)"}},
    {"the text's finding, dated by the passage before it, against the statement it denies",
     {{0, "In 2012 the committee questioned Ismail Kaliev.", nullptr, nullptr, nullptr, nullptr,
       false, nullptr, false, "2012"},
      {0, "The investigation showed that everything that Serik Abenov wrote was not true.", nullptr,
       "Serik Abenov", "claims", "everything that Serik Abenov wrote", false, nullptr, true},
      {0, R"("Ismail Kaliev forged the documents," Serik Abenov said.)", "Serik Abenov"}},
     {"account contested | the account of Serik Abenov | Serik Abenov's account <- Serik Abenov "
      "() || disputed by the text of statement.txt: denied: claims everything that Serik Abenov "
      "wrote <- the text of statement.txt (2012)"}},
    {"a denial with no account of the one denied",
     {{1, R"("Serik Abenov had nothing to do with Radio Dala," Ismail Kaliev said.)",
       "Ismail Kaliev", "Serik Abenov", "associate_of", "Radio Dala", true, "Ismail Kaliev", true}},
     {}},
    {"two speakers who agree",
     {{0, R"("Ismail Kaliev and I ran Radio Dala together," Serik Abenov said.)", "Serik Abenov"},
      {1, R"("Serik Abenov and I ran Radio Dala together," Ismail Kaliev said.)", "Ismail Kaliev"}},
     {}},
    {"a contradiction cue alone opens no dispute",
     {{0, R"("Ismail Kaliev took Radio Dala away from me," Serik Abenov said.)", "Serik Abenov"},
      {1, R"("What Serik Abenov says about Radio Dala is not true," Gennady Petrov said.)",
       "Gennady Petrov"}},
     {}},
    {"a denial about something the account does not speak of",
     {{0, R"("Ismail Kaliev took Radio Dala away from me," Serik Abenov said.)", "Serik Abenov"},
      {0, "Serik Abenov was never a member of the Ak Zhol party.", nullptr, "Serik Abenov",
       "member_of", "Ak Zhol party", false, nullptr, true}},
     {}},
    {"a speaker denying something of their own contests no account",
     {{0, R"("Ismail Kaliev took Radio Dala away from me," Serik Abenov said.)", "Serik Abenov"},
      {0, R"("I never worked for Ismail Kaliev," Serik Abenov said.)", "Serik Abenov",
       "Serik Abenov", "employed_by", "Ismail Kaliev", true, "Serik Abenov", true}},
     {}},
};

TEST(DisputesTest, ContestedAccounts) {
  for (const ContestCase& c : kContestCases) {
    SCOPED_TRACE(c.name);
    Corpus corpus = BuildContestCorpus(c.paras);
    CorpusIndex index(corpus);
    EXPECT_THAT(Summarize(FindDisputes(index, CollectClaims(index), CollectStatements(index))),
                ElementsAreArray(c.expected));
  }
}

TEST(DisputesTest, ContestedAccountCitesEachPassageOnce) {
  Corpus corpus = BuildContestCorpus(kContestCases[0].paras);
  CorpusIndex index(corpus);
  std::vector<Dispute> disputes = FindDisputes(index, CollectClaims(index));
  ASSERT_EQ(disputes.size(), 1u);
  EXPECT_EQ(disputes[0].entity_ids,
            (std::vector<std::string>{"X-Serik Abenov", "X-Radio Dala", "X-Ismail Kaliev",
                                      "X-Gennady Petrov"}));
  // Kaliev's denial is the sentence holding his quotation: cited once, whole.
  const std::vector<DisputeStatement>& kaliev = disputes[0].sides[1].statements;
  ASSERT_EQ(kaliev.size(), 1u);
  EXPECT_EQ(CitedText(corpus, kaliev[0].citation),
            R"("Serik Abenov had nothing to do with Radio Dala in 1999," Ismail Kaliev said.)");
  // Abenov's claim that Kaliev worked for him lies in his quotation.
  const std::vector<DisputeStatement>& abenov = disputes[0].sides[0].statements;
  ASSERT_EQ(abenov.size(), 2u);
  EXPECT_EQ(CitedText(corpus, abenov[1].citation),
            R"("Ismail Kaliev worked for me," Serik Abenov said.)");
}

TEST(DisputesTest, ContradictionCues) {
  struct Row {
    const char* text;
    bool cue;
  } rows[] = {
      {"Everything he wrote was not true.", true},
      {"He operates with FALSE facts.", true},
      {"Contrary to this document, he advertised.", true},
      {"The documents were fabricated.", true},
      {"These are lies.", true},
      {"He supplies the station with equipment.", false},
      {"The outlier applies here.", false},
      {"It is true that we met.", false},
      {"He never closed the case.", false},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(internal::HasContradictionCue(row.text), row.cue) << row.text;
  }
}

}  // namespace
}  // namespace dossier
