#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/export_ftm.h"
#include "dossier/export_tables.h"
#include "dossier/ftm_schema.h"
#include "dossier/testing/sample_corpus.h"

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

const FtmEntity* ById(const std::vector<FtmEntity>& entities, const std::string& id) {
  for (const FtmEntity& entity : entities) {
    if (entity.id == id) return &entity;
  }
  return nullptr;
}

std::vector<std::string> Links(const std::vector<FtmEntity>& entities, const std::string& schema,
                               const std::string& from, const std::string& to) {
  std::vector<std::string> out;
  for (const FtmEntity& entity : entities) {
    if (entity.schema != schema) continue;
    std::string line = entity.Values(from).at(0) + " -> " + entity.Values(to).at(0);
    for (const std::string& role : entity.Values("role")) line += " (" + role + ")";
    for (const std::string& relationship : entity.Values("relationship"))
      line += " (" + relationship + ")";
    out.push_back(line);
  }
  return out;
}

TEST(ExportFtmTest, EveryEntityValidates) {
  const std::vector<FtmEntity> entities = BuildFtmEntities(testing::SampleCorpus());
  const Status valid = ValidateFtmEntities(entities);
  EXPECT_TRUE(valid.ok()) << valid.ToString();
  std::map<std::string, int> schemata;
  for (const FtmEntity& entity : entities) ++schemata[entity.schema];
  EXPECT_EQ(schemata["Article"], 3);
  EXPECT_EQ(schemata["Person"], 3);
  EXPECT_EQ(schemata["Company"], 1);       // Radio Saryarka: something owns it
  EXPECT_EQ(schemata["Organization"], 1);  // Dala Media
  EXPECT_EQ(schemata["Event"], 3);         // the studies and the two dated moves
}

TEST(ExportFtmTest, FactsBecomePropertiesWithProof) {
  const std::vector<FtmEntity> entities = BuildFtmEntities(testing::SampleCorpus());
  const FtmEntity* arman = ById(entities, "dossier-P-arman");
  ASSERT_NE(arman, nullptr);
  EXPECT_EQ(arman->schema, "Person");
  EXPECT_THAT(arman->Values("name"), ElementsAre("Arman Tulegenov"));
  EXPECT_THAT(arman->Values("alias"), ElementsAre("Tulegenov"));
  EXPECT_THAT(arman->Values("birthDate"), ElementsAre("1961-03-04", "1962"));
  EXPECT_THAT(arman->Values("birthPlace"), ElementsAre("Karaganda"));
  EXPECT_THAT(arman->Values("education"), ElementsAre("Karaganda Polytechnic Institute (1983)"));
  EXPECT_THAT(arman->Values("position"), ElementsAre("President, Radio Saryarka (1995–2004)"));
  EXPECT_THAT(arman->Values("address"), ElementsAre("Geneva"));
  EXPECT_EQ(arman->Values("proof").size(), 3u);
}

TEST(ExportFtmTest, LinksWithFtmSchemata) {
  const std::vector<FtmEntity> entities = BuildFtmEntities(testing::SampleCorpus());
  EXPECT_THAT(Links(entities, "Family", "person", "relative"),
              ElementsAre("dossier-P-arman -> dossier-P-aliya (spouse)"));
  EXPECT_THAT(Links(entities, "Ownership", "owner", "asset"),
              UnorderedElementsAre("dossier-O-dala -> dossier-O-radio",
                                   "dossier-P-arman -> dossier-O-radio"));
  EXPECT_THAT(Links(entities, "Directorship", "director", "organization"),
              UnorderedElementsAre("dossier-P-arman -> dossier-O-radio (President)",
                                   "dossier-P-arman -> dossier-O-radio (founder)"));
  // The denied ownership is not a link; the claimed one says who claims it.
  for (const FtmEntity& entity : entities) {
    if (entity.schema != "Ownership" || entity.Values("owner")[0] != "dossier-P-arman") continue;
    EXPECT_THAT(entity.Values("startDate"), ElementsAre("1995-01-01"));
    EXPECT_THAT(entity.Values("description"),
                ElementsAre("according to Arman Tulegenov: I bought Radio Saryarka in 1995 and "
                            "owned it until 2004,"));
    EXPECT_THAT(entity.Values("publisher"), ElementsAre("interview.txt"));
  }
}

TEST(ExportFtmTest, IdsAreStableAndLinesAreJson) {
  const std::string first = FtmJsonLines(BuildFtmEntities(testing::SampleCorpus()));
  const std::string second = FtmJsonLines(BuildFtmEntities(testing::SampleCorpus()));
  EXPECT_EQ(first, second);
  std::istringstream lines(first);
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    const nlohmann::json entity = nlohmann::json::parse(line);
    EXPECT_TRUE(entity["id"].is_string());
    EXPECT_TRUE(IsFtmSchema(entity["schema"].get<std::string>()));
    EXPECT_TRUE(entity["properties"].is_object());
  }
  EXPECT_GT(count, 15);
}

TEST(FtmSchemaTest, InheritanceAndProperties) {
  EXPECT_TRUE(FtmIsA("Company", "Asset"));
  EXPECT_TRUE(FtmIsA("Company", "LegalEntity"));
  EXPECT_FALSE(FtmIsA("Person", "Organization"));
  std::string range;
  EXPECT_TRUE(FtmHasProperty("Family", "relative", &range));
  EXPECT_EQ(range, "Person");
  EXPECT_TRUE(FtmHasProperty("Person", "proof", &range));
  EXPECT_EQ(range, "Document");
  EXPECT_TRUE(FtmHasProperty("Ownership", "startDate", &range));
  EXPECT_EQ(range, "");
  EXPECT_FALSE(FtmHasProperty("Person", "asset"));
  EXPECT_FALSE(IsFtmSchema("Thing"));  // abstract
  EXPECT_FALSE(IsFtmSchema("Relative"));
}

TEST(FtmSchemaTest, RefusesWhatFtmWouldNot) {
  auto person = [](std::string id) {
    FtmEntity e{std::move(id), "Person", {}};
    e.Add("name", "A");
    return e;
  };
  FtmEntity company{"c", "Company", {}};
  company.Add("name", "C");
  struct Case {
    FtmEntity entity;
    std::string error;
  };
  FtmEntity unknown{"x", "Relative", {}};
  FtmEntity bad_property = person("x");
  bad_property.Add("asset", "c");
  FtmEntity dangling{"x", "Family", {}};
  dangling.Add("person", "p");
  dangling.Add("relative", "nobody");
  FtmEntity wrong_range{"x", "Ownership", {}};
  wrong_range.Add("owner", "c");
  wrong_range.Add("asset", "p");
  FtmEntity missing{"x", "Family", {}};
  missing.Add("person", "p");
  const Case cases[] = {
      {unknown, "InvalidArgument: FtM entity x (Relative): unknown schema"},
      {bad_property, "InvalidArgument: FtM entity x (Person): no property 'asset' in this schema"},
      {dangling, "InvalidArgument: FtM entity x (Family): relative points at unknown id nobody"},
      {wrong_range,
       "InvalidArgument: FtM entity x (Ownership): asset must be a Asset, p is a Person"},
      {missing, "InvalidArgument: FtM entity x (Family): required property 'relative' missing"},
      {person("p"), "InvalidArgument: FtM entity p: id used twice"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ValidateFtmEntities({person("p"), company, c.entity}).ToString(), c.error);
  }
  EXPECT_TRUE(ValidateFtmEntities({person("p"), company}).ok());
}

TEST(ExportTablesTest, OneCsvTablePerSchema) {
  FtmEntity a{"p1", "Person", {}};
  a.Add("name", "Arman \"Arik\" Tulegenov");
  a.Add("alias", "Tulegenov");
  a.Add("alias", "Тулегенов");
  FtmEntity b{"p2", "Person", {}};
  b.Add("name", "Aliya, Tulegenova");
  b.Add("birthDate", "1965");
  FtmEntity family{"f1", "Family", {}};
  family.Add("person", "p1");
  family.Add("relative", "p2");
  const std::map<std::string, std::string> tables = CsvTables({a, b, family});
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables.at("Person.csv"),
            "id,alias,birthDate,name\r\n"
            "p1,Tulegenov; Тулегенов,,\"Arman \"\"Arik\"\" Tulegenov\"\r\n"
            "p2,,1965,\"Aliya, Tulegenova\"\r\n");
  EXPECT_EQ(tables.at("Family.csv"), "id,person,relative\r\nf1,p1,p2\r\n");
}

TEST(ExportTablesTest, JsonDocumentHasEverything) {
  const nlohmann::json doc = nlohmann::json::parse(ExportJson(testing::SampleCorpus()));
  EXPECT_EQ(doc["sources"].size(), 3u);
  EXPECT_EQ(doc["entities"].size(), 5u);
  EXPECT_EQ(doc["disputes"].size(), 4u);
  EXPECT_THAT(doc["claims"][0]["support"][0]["citation"]["text"].get<std::string>(),
              HasSubstr("born on March 4, 1961"));
  EXPECT_EQ(doc["ftm"].size(), BuildFtmEntities(testing::SampleCorpus()).size());
}

}  // namespace
}  // namespace dossier
