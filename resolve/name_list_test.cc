#include "resolve/name_list.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace dossier {
namespace {

TEST(ParseNameListTest, OneNamePerLine) {
  auto list = ParseNameList("# sanctions\nSALEK, ABDULHAI\n\nAbdulhai Salek\r\nСалек Абдулхай\n",
                            "names.txt");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 3u);
  EXPECT_EQ((*list)[0].name, "SALEK, ABDULHAI");
  EXPECT_EQ((*list)[0].line, 2);
  EXPECT_EQ((*list)[0].id, "2");
  EXPECT_EQ((*list)[1].name, "Abdulhai Salek");
  EXPECT_EQ((*list)[2].name, "Салек Абдулхай");
  EXPECT_EQ((*list)[2].type, EntityType::kPerson);
}

TEST(ParseNameListTest, CsvWithHeaderAndQuotes) {
  auto list = ParseNameList(
      "id,full_name,date_of_birth,nationality,gender,type\n"
      "s1,\"Salek, Abdulhai\",1961-03-02,af,male,Person\n"
      "s2,\"LLP \"\"Telefabrika Dala\"\"\",,kz,,Company\n",
      "list.csv");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, "s1");
  EXPECT_EQ((*list)[0].name, "Salek, Abdulhai");
  EXPECT_EQ((*list)[0].date_of_birth, "1961-03-02");
  EXPECT_EQ((*list)[0].nationality, "af");
  EXPECT_EQ((*list)[0].gender, "male");
  EXPECT_EQ((*list)[1].name, "LLP \"Telefabrika Dala\"");
  EXPECT_EQ((*list)[1].type, EntityType::kOrganization);
}

TEST(ParseNameListTest, CsvWithoutNameColumnUsesTheFirst) {
  auto list = ParseNameList("person;nationality\nIsmail Igilmanov;kz\n", "list.csv");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].name, "Ismail Igilmanov");
  EXPECT_EQ((*list)[0].nationality, "kz");
}

TEST(ParseNameListTest, FollowTheMoneyJsonLines) {
  auto list = ParseNameList(
      R"({"id":"Q1","schema":"Person","properties":{"name":["Nursultan Nazarbayev"],"alias":["Назарбаев Нурсултан Абишевич"],"birthDate":["1940-07-06"],"nationality":["kz"],"gender":["male"]}})"
      "\n"
      R"({"id":"c1","schema":"Company","properties":{"name":["Gazprom"],"weakAlias":["OAO Gazprom"]}})"
      "\n",
      "list.jsonl");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, "Q1");
  EXPECT_EQ((*list)[0].name, "Nursultan Nazarbayev");
  EXPECT_EQ((*list)[0].aliases, std::vector<std::string>{"Назарбаев Нурсултан Абишевич"});
  EXPECT_EQ((*list)[0].date_of_birth, "1940-07-06");
  EXPECT_EQ((*list)[1].type, EntityType::kOrganization);
  EXPECT_TRUE((*list)[1].aliases.empty());
  EXPECT_EQ((*list)[1].weak_aliases, std::vector<std::string>{"OAO Gazprom"});
}

// As OpenSanctions publishes persons: name parts, several dates of birth,
// nationality and country, weak aliases.
TEST(ParseNameListTest, FollowTheMoneyNamePartsAndAttributes) {
  auto list = ParseNameList(
      R"({"id":"os-1","schema":"Person","properties":{"name":["ABDUL RAHIM KHALED AL-NOURI"],"firstName":["Abdul Rahim"],"fatherName":["Khaled"],"lastName":["Al-Nouri"],"weakAlias":["Abu Khaled"],"birthDate":["1958-03-12","1959"],"nationality":["sy"],"country":["lb"],"gender":["male"]}})"
      "\n",
      "list.jsonl");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 1u);
  const ListedName& e = (*list)[0];
  EXPECT_EQ(e.aliases, std::vector<std::string>{"Al-Nouri, Abdul Rahim Khaled"});
  EXPECT_EQ(e.weak_aliases, std::vector<std::string>{"Abu Khaled"});
  EXPECT_EQ(e.birth_dates, (std::vector<std::string>{"1958-03-12", "1959"}));
  EXPECT_EQ(e.countries, (std::vector<std::string>{"sy", "lb"}));
  const PersonAttributes a = AttributesOf(e);
  ASSERT_EQ(a.birth_dates.size(), 2u);
  EXPECT_EQ(a.birth_dates[0].from, 19580312);
  EXPECT_EQ(a.birth_dates[1].to, 19591231);
  EXPECT_EQ(a.countries, (std::vector<std::string>{"sy", "lb"}));
  EXPECT_EQ(a.gender, Gender::kMale);
}

// Name parts in columns become "Last, First Middle" (the comma marks the
// surname); several dates in one cell.
TEST(ParseNameListTest, CsvNamePartsInColumns) {
  auto list = ParseNameList(
      "id,last_name,first_name,middle_name,dob,citizenship,sex\n"
      "u1,GARCIA LOPEZ,Maria,Jose,1970-05-01;1971,Spain,F\n",
      "list.csv");
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].name, "GARCIA LOPEZ, Maria Jose");
  EXPECT_EQ((*list)[0].birth_dates, (std::vector<std::string>{"1970-05-01", "1971"}));
  const PersonAttributes a = AttributesOf((*list)[0]);
  EXPECT_EQ(a.countries, std::vector<std::string>{"es"});
  EXPECT_EQ(a.gender, Gender::kFemale);
}

// The plain list form "SURNAME, Given" is a name per line, not a header.
TEST(ParseNameListTest, PlainSurnameCommaGiven) {
  auto list = ParseNameList("BIN SALEH, AHMED\nKIM, Jong Un\n", "list.txt");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].name, "BIN SALEH, AHMED");
  EXPECT_EQ((*list)[1].name, "KIM, Jong Un");
}

TEST(ParseNameListTest, ErrorsNameFileAndLine) {
  auto bad_json =
      ParseNameList("{\"id\":\"a\",\"properties\":{\"name\":[\"A\"]}}\n{oops\n", "list.jsonl");
  ASSERT_FALSE(bad_json.ok());
  EXPECT_EQ(bad_json.status().message(),
            "list.jsonl:2: not a JSON object (syntax error at byte 2)");
  auto no_name = ParseNameList("{\"id\":\"a\",\"properties\":{}}\n", "l.jsonl");
  EXPECT_EQ(no_name.status().message(), "l.jsonl:1: entity has no properties.name");
  auto quote = ParseNameList("name,id\n\"Salek, Abdulhai,1\n", "l.csv");
  EXPECT_EQ(quote.status().message(), "l.csv:2: unterminated quote");
  auto utf8 = ParseNameList("ok\n\xff\xfe\n", "l.txt");
  EXPECT_EQ(utf8.status().message(), "l.txt:2: invalid UTF-8");
  auto missing = ReadNameList("/nonexistent/list.txt");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "/nonexistent/list.txt: cannot open");
}

TEST(ReadNameListTest, ReadsAFile) {
  const std::string path = testing::TempDir() + "/names_list_test.txt";
  {
    std::ofstream out(path);
    out << "Ismail Igilmanov\nIgilmanov I.A.\n";
  }
  auto list = ReadNameList(path);
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 2u);
  std::remove(path.c_str());
}

TEST(EntityTypeFromSchemaTest, FtmSchemas) {
  EXPECT_EQ(EntityTypeFromSchema("Person"), EntityType::kPerson);
  EXPECT_EQ(EntityTypeFromSchema("Company"), EntityType::kOrganization);
  EXPECT_EQ(EntityTypeFromSchema("LegalEntity"), EntityType::kOrganization);
  EXPECT_EQ(EntityTypeFromSchema("Vessel"), EntityType::kOther);
  EXPECT_EQ(EntityTypeFromSchema(""), EntityType::kPerson);
}

}  // namespace
}  // namespace dossier
