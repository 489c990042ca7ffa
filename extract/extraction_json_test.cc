#include "extract/extraction_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dossier {
namespace {

DocumentExtraction Sample() {
  DocumentExtraction x;
  Entity person;
  person.id = "e1";
  person.type = EntityType::kPerson;
  person.name = "Serik Medetbekov";
  person.aliases = {"Medetbekov"};
  person.mentions = {{{0, 16}, "Serik Medetbekov"}, {{40, 50}, "Medetbekov"}};
  person.references = {{{60, 62}, "He"}};
  x.entities.push_back(person);
  Entity org;
  org.id = "e2";
  org.type = EntityType::kOrganization;
  org.name = "Radio Saryarka";
  org.mentions = {{{70, 84}, "Radio Saryarka"}};
  x.entities.push_back(org);

  TimeMention time;
  time.span = {20, 37};
  time.text = "November 23, 1961";
  time.from = "1961-11-23";
  time.to = "1961-11-23";
  time.precision = "day";
  time.timex = "1961-11-23";
  x.times.push_back(time);
  TimeMention open;
  open.span = {90, 105};
  open.text = "since June 1999";
  open.from = "1999-06-01";
  open.precision = "month";
  x.times.push_back(open);

  MoneyMention money;
  money.span = {110, 125};
  money.text = "$5-6 billion";
  money.amount = 5e9;
  money.amount_max = 6e9;
  money.currency = "USD";
  x.money.push_back(money);

  Quote quote;
  quote.span = {130, 180};
  quote.parts = {{130, 150}, {160, 180}};
  quote.text = "first part\nsecond part";
  quote.passage = 3;
  quote.speaker = "e1";
  quote.speaker_span = {185, 195};
  quote.cue = "told the court";
  quote.cue_span = {196, 210};
  quote.addressee = "the court";
  x.quotes.push_back(quote);
  Quote unknown;
  unknown.span = {300, 310};
  unknown.parts = {{300, 310}};
  unknown.text = "who knows";
  x.quotes.push_back(unknown);

  Fact fact;
  fact.subject = "e1";
  fact.predicate = "position";
  fact.object = "e2";
  fact.object_is_entity = true;
  fact.role = "President";
  fact.from = "1992-01-01";
  fact.to = "1999-12-31";
  fact.according_to = "e1";
  fact.denied = true;
  fact.evidence = {0, 60};
  fact.passage = 0;
  x.facts.push_back(fact);
  return x;
}

TEST(ExtractionJsonTest, ContractFieldsAreWritten) {
  nlohmann::json j = ExtractionToJson(Sample());
  EXPECT_EQ(j["entities"][0]["type"], "PERSON");
  EXPECT_EQ(j["entities"][1]["type"], "ORGANIZATION");
  EXPECT_EQ(j["entities"][0]["references"][0]["text"], "He");
  EXPECT_EQ(j["times"][1]["to"], nullptr);
  EXPECT_EQ(j["money"][0]["amount"], 5e9);
  EXPECT_EQ(j["money"][0]["per"], nullptr);
  EXPECT_EQ(j["quotes"][0]["speaker"], "e1");
  EXPECT_EQ(j["quotes"][1]["speaker"], nullptr);
  EXPECT_EQ(j["quotes"][1]["cue"], nullptr);
  EXPECT_EQ(j["facts"][0]["evidence"]["end"], 60);
  EXPECT_EQ(j["facts"][0]["according_to"], "e1");
  EXPECT_EQ(j["facts"][0]["role"], "President");
}

TEST(ExtractionJsonTest, RoundTripKeepsEveryField) {
  DocumentExtraction original = Sample();
  StatusOr<DocumentExtraction> back = ExtractionFromJson(ExtractionToJson(original));
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(ExtractionToJson(*back), ExtractionToJson(original));
}

TEST(ExtractionJsonTest, NamesTheBrokenField) {
  struct Case {
    const char* json;
    const char* error;
  };
  const Case kCases[] = {
      {R"([])", "extraction JSON: not an object"},
      {R"({"entities":[{"id":"e1","type":"PERSON","name":"X","mentions":[{"start":-1,"end":2,"text":"X"}]}]})",
       "extraction JSON: entities.start has the wrong type"},
      {R"({"entities":[{"id":"e1","type":"ALIEN","name":"X"}]})",
       "extraction JSON: unknown entity type ALIEN"},
      {R"({"times":[{"start":0,"end":4,"text":"1999","from":"1999-01-01","precision":"year"}]})",
       "extraction JSON: times.to is missing"},
      {R"({"facts":[{"subject":"e1","predicate":7,"object":"x"}]})",
       "extraction JSON: facts.predicate has the wrong type"},
  };
  for (const Case& c : kCases) {
    StatusOr<DocumentExtraction> parsed = ExtractionFromJson(nlohmann::json::parse(c.json));
    ASSERT_FALSE(parsed.ok()) << c.json;
    EXPECT_EQ(parsed.status().message(), c.error) << c.json;
  }
}

}  // namespace
}  // namespace dossier
