#include "dossier/profile.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/testing/sample_corpus.h"

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// "who @path#passage; ..." for each support of a line.
std::string Cited(const Corpus& corpus, const std::vector<Support>& support) {
  std::string out;
  for (const Support& s : support) {
    if (!out.empty()) out += "; ";
    out += DescribeSupporter(corpus, s) + " @" + s.citation.path + "#" +
           std::to_string(s.citation.passage);
  }
  return out;
}

std::vector<std::string> FactLines(const Corpus& corpus, const std::vector<ProfileFact>& facts) {
  std::vector<std::string> lines;
  for (const ProfileFact& fact : facts) {
    lines.push_back(std::string(TopicName(fact.topic)) + " | " + fact.text + " | " +
                    Cited(corpus, fact.claim.support));
  }
  return lines;
}

class ProfileTest : public ::testing::Test {
 protected:
  Corpus corpus_ = testing::SampleCorpus();
};

TEST_F(ProfileTest, NamesAndSourceCount) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  EXPECT_EQ(profile.entity.name, "Arman Tulegenov");
  EXPECT_EQ(profile.entity.type, EntityType::kPerson);
  EXPECT_THAT(profile.names, ElementsAre("Arman Tulegenov", "Tulegenov"));
  EXPECT_EQ(profile.sources, 3);
}

TEST_F(ProfileTest, KeyFactsByTopicWithEveryCitation) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  // The fact read from the repeated passage (born in Temirtau) is absent; the
  // marriage stated by two sources is one line with two citations.
  EXPECT_THAT(
      FactLines(corpus_, profile.facts),
      ElementsAre(
          "birth | born on 1961-03-04 | the text of profile.md @profile.md#0",
          "birth | born in 1962 | the text of Steppe Herald @herald.html#0",
          "birth | born in Karaganda | the text of profile.md @profile.md#0",
          "education | studied at Karaganda Polytechnic Institute (1983) | the text of "
          "profile.md @profile.md#1",
          "positions | President of Radio Saryarka (1995–2004) | the text of profile.md "
          "@profile.md#2",
          "residence | lives in Geneva (since 2005) | Arman Tulegenov @profile.md#4",
          "residence | lives in Geneva (since 2007) | Arman Tulegenov @interview.txt#1",
          "family | spouse of Aliya Tulegenova | the text of profile.md @profile.md#3; the text "
          "of Steppe Herald @herald.html#3",
          "ownership | owns Radio Saryarka (1995–2004) | Arman Tulegenov @interview.txt#0",
          "ownership | founded Radio Saryarka | the text of Steppe Herald @herald.html#0"));
  EXPECT_THAT(FactLines(corpus_, profile.claimed_by_others),
              ElementsAre("ownership | denied: owns Radio Saryarka | Berik Omarov @herald.html#2"));
}

TEST_F(ProfileTest, CitationsPointAtTheEvidence) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  const Citation& birth = profile.facts.front().claim.support.front().citation;
  EXPECT_EQ(CitedText(corpus_, birth), "Arman Tulegenov was born on March 4, 1961 in Karaganda.");
  EXPECT_EQ(birth.sha256, corpus_.sources[0].sha256);
  EXPECT_EQ(birth.published, "2019-01-10");
}

TEST_F(ProfileTest, RelationsResolvedAcrossSources) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  std::vector<std::string> lines;
  for (const Relation& relation : profile.relations) {
    lines.push_back(std::string(RelationKindName(relation.kind)) + " | " + relation.other.id +
                    " | " + relation.text);
  }
  EXPECT_THAT(lines, ElementsAre("family | P-aliya | spouse of Aliya Tulegenova",
                                 "ownership | O-radio | founded Radio Saryarka",
                                 "ownership | O-radio | owns Radio Saryarka (1995–2004)",
                                 "employment | O-radio | President of Radio Saryarka (1995–2004)"));
}

TEST_F(ProfileTest, RelationsSeenFromTheObject) {
  Profile profile = BuildProfile(corpus_, "O-radio");
  std::vector<std::string> lines;
  for (const Relation& relation : profile.relations) {
    lines.push_back(std::string(RelationKindName(relation.kind)) + " | " + relation.other.id +
                    " | " + relation.text);
  }
  EXPECT_THAT(lines, ElementsAre("ownership | P-arman | founded by Arman Tulegenov",
                                 "ownership | P-arman | owned by Arman Tulegenov (1995–2004)",
                                 "ownership | O-dala | owned by Dala Media",
                                 "employment | P-arman | President: Arman Tulegenov (1995–2004)"));
}

TEST_F(ProfileTest, WhatItSaidAndWhatOthersSaid) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  std::vector<std::string> said;
  for (const Statement& statement : profile.said)
    said.push_back(statement.date + " " + statement.text);
  EXPECT_THAT(said,
              ElementsAre("2019-01-10 Since 2005 I have lived in Geneva,",
                          "2020-05-01 I bought Radio Saryarka in 1995 and owned it until 2004,",
                          "2020-05-01 Since 2007 I have lived in Geneva,"));
  ASSERT_EQ(profile.said_about.size(), 1u);
  EXPECT_EQ(profile.said_about[0].speaker.id, "P-omarov");
  EXPECT_EQ(profile.said_about[0].text, "Tulegenov never owned the station,");
}

TEST_F(ProfileTest, TimelineOldestFirst) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  std::vector<std::string> lines;
  for (const TimelineEvent& event : profile.timeline)
    lines.push_back(event.period + " " + event.text);
  EXPECT_THAT(
      lines,
      ElementsAre("1961-03-04 born", "1962 born", "1983 studied at Karaganda Polytechnic Institute",
                  "1995–2004 President of Radio Saryarka", "1995–2004 owns Radio Saryarka",
                  "since 2005 lives in Geneva", "since 2007 lives in Geneva",
                  "2019-01-10 said: “Since 2005 I have lived in Geneva,”",
                  "2020-05-01 said: “I bought Radio Saryarka in 1995 and owned it until "
                  "2004,”",
                  "2020-05-01 added: “Since 2007 I have lived in Geneva,”"));
  for (const TimelineEvent& event : profile.timeline) EXPECT_FALSE(event.support.empty());
}

TEST_F(ProfileTest, DisputesItIsPartOf) {
  Profile profile = BuildProfile(corpus_, "P-arman");
  std::vector<std::string> matters;
  for (const Dispute& dispute : profile.disputes) {
    matters.push_back(std::string(DisputeKindName(dispute.kind)) + " | " + dispute.matter);
  }
  EXPECT_THAT(matters, ElementsAre("different values | Arman Tulegenov: date of birth",
                                   "different values | owner of Radio Saryarka",
                                   "claim and denial | Arman Tulegenov and Radio Saryarka",
                                   "changed account | Arman Tulegenov: lives in Geneva"));
  // Berik Omarov is part of the disputes he speaks in.
  EXPECT_EQ(BuildProfile(corpus_, "P-omarov").disputes.size(), 2u);
}

TEST_F(ProfileTest, UnknownIdGivesAnEmptyProfile) {
  Profile profile = BuildProfile(corpus_, "P-nobody");
  EXPECT_EQ(profile.entity.id, "P-nobody");
  EXPECT_THAT(profile.facts, IsEmpty());
  EXPECT_THAT(profile.timeline, IsEmpty());
  EXPECT_THAT(profile.disputes, IsEmpty());
}

TEST_F(ProfileTest, UngroupedEntityHasAFallbackProfile) {
  Corpus corpus = corpus_;
  corpus.entities.erase(corpus.entities.begin() + 2);  // P-omarov
  const std::string id = corpus.sources[1].sha256.substr(0, 12) + "/e4";
  Profile profile = BuildProfile(corpus, id);
  EXPECT_EQ(profile.entity.name, "Berik Omarov");
  EXPECT_EQ(profile.said.size(), 1u);
}

}  // namespace
}  // namespace dossier
