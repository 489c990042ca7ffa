#include "extract/countries/countries.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier {
namespace {

struct Row {
  const char* text;
  const char* code;  // "" when no country
};

// Names only (the default query): what linking asks of a place's name.
void ExpectNames(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    const CountryMatch match = FindCountry(row.text);
    EXPECT_EQ(match ? std::string(match.country->code) : "", row.code) << row.text;
  }
}

TEST(CountriesTest, EnglishNamesAndShortForms) {
  ExpectNames({{"UK", "gb"},
               {"U.K.", "gb"},
               {"Britain", "gb"},
               {"Great Britain", "gb"},
               {"United Kingdom", "gb"},
               {"the United Kingdom", "gb"},
               {"United Kingdom of Great Britain and Northern Ireland", "gb"},
               {"Kazakhstan", "kz"},
               {"Republic of Kazakhstan", "kz"},
               {"Kazakstan", "kz"},
               {"KAZAKHSTAN", "kz"},
               {"U.S.", "us"},
               {"United States of America", "us"},
               {"Russian Federation", "ru"},
               {"Côte d'Ivoire", "ci"},
               {"Cote d'Ivoire", "ci"},
               {"Türkiye", "tr"},
               {"Turkey", "tr"},
               {"South Korea", "kr"},
               {"Korea, Republic of", "kr"},
               {"Soviet Union", "suhh"},
               {"USSR", "suhh"},
               // Not countries, or not by name alone.
               {"Almaty", ""},
               {"Kazakh", ""},   // an adjective
               {"England", ""},  // a part of the United Kingdom
               {"KAZ", ""},      // a code
               {"Kazakhstan Temir Zholy", ""},
               {"", ""},
               {"...", ""}});
}

TEST(CountriesTest, RussianNamesInEveryCase) {
  ExpectNames({{"Казахстан", "kz"},
               {"Казахстана", "kz"},
               {"Казахстану", "kz"},
               {"Казахстаном", "kz"},
               {"Казахстане", "kz"},
               {"Республика Казахстан", "kz"},
               {"Республики Казахстан", "kz"},
               {"Республикой Казахстан", "kz"},
               {"Россия", "ru"},
               {"России", "ru"},
               {"Россией", "ru"},
               {"Российской Федерации", "ru"},
               {"Великобритании", "gb"},
               {"Великобританию", "gb"},
               {"Соединённому Королевству", "gb"},
               {"Соединенного Королевства", "gb"},
               {"США", "us"},
               {"Сше", ""},  // an abbreviation does not decline
               {"Соединённых Штатов Америки", "us"},
               {"Китая", "cn"},
               {"Беларуси", "by"},
               {"Южной Кореи", "kr"},
               {"Объединённых Арабских Эмиратов", "ae"},
               {"Нидерландов", "nl"},
               {"Филиппин", "ph"},
               {"Боснии и Герцеговины", "ba"},
               {"Кыргызстане", "kg"},
               {"СССР", "suhh"},
               {"Советского Союза", "suhh"},
               {"Перу", "pe"},
               // Not countries.
               {"Алматы", ""},
               {"Казахстанская", ""},
               {"Англии", ""}});  // a loose name: a part of the country
}

TEST(CountriesTest, KazakhNamesWithCaseEndings) {
  ExpectNames({{"Қазақстан", "kz"},
               {"Қазақстанға", "kz"},
               {"Қазақстанның", "kz"},
               {"Қазақстанда", "kz"},
               {"Қазақстаннан", "kz"},
               {"Қазақстан Республикасы", "kz"},
               {"Қазақстан Республикасының", "kz"},
               {"Қазақстан Республикасында", "kz"},
               {"Ресей", "ru"},
               {"Ресейге", "ru"},
               {"Ресейдің", "ru"},
               {"Ұлыбритания", "gb"},
               {"Ұлыбританияға", "gb"},
               {"Ұлыбританиядан", "gb"},
               {"АҚШ", "us"},
               {"АҚШ-тың", "us"},
               {"АҚШ-қа", "us"},
               {"Қытайда", "cn"},
               {"Түркияға", "tr"},
               {"КСРО-ның", "suhh"},
               // Not countries.
               {"Алматыда", ""},
               {"Қазақ", ""}});
}

TEST(CountriesTest, QueriesChooseTheKinds) {
  EXPECT_FALSE(FindCountry("British"));
  const CountryMatch british = FindCountry("British", {.adjectives = true});
  ASSERT_TRUE(british);
  EXPECT_EQ(british.country->code, "gb");
  EXPECT_EQ(british.kind, CountryWordKind::kAdjective);
  EXPECT_EQ(FindCountry("England", {.loose = true}).kind, CountryWordKind::kLooseName);
  EXPECT_EQ(FindCountry("KAZ", {.codes = true}).country->code, "kz");
  EXPECT_EQ(FindCountry("kz", {.codes = true}).kind, CountryWordKind::kCode);
  EXPECT_FALSE(FindCountry("and"));  // Andorra's code, a word
}

TEST(CountriesTest, UsualNamesPerLanguage) {
  const Country* kz = FindCountry("Kazakhstan").country;
  ASSERT_NE(kz, nullptr);
  EXPECT_EQ(kz->english, "Kazakhstan");
  EXPECT_EQ(kz->russian, "Казахстан");
  EXPECT_EQ(kz->kazakh, "Қазақстан");
  const Country* ru = FindCountry("Ресей").country;
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->english, "Russia");
  EXPECT_EQ(ru->russian, "Россия");
  EXPECT_EQ(FindCountry("Korea, Republic of").country->english, "South Korea");
  EXPECT_EQ(FindCountry("Prussia").country->code, "");
  EXPECT_TRUE(FindCountry("Prussia").country->former);
  EXPECT_FALSE(kz->former);
}

// The facts' words: names, loose names and adjectives, in lower case.
TEST(CountriesTest, CountryNamedAndAdjectives) {
  const struct {
    const char* lower;
    const char* country;
    bool adjective;
  } rows[] = {{"kazakh", "Kazakhstan", true},
              {"kazakhstani", "Kazakhstan", true},
              {"the u.s.", "United States", false},
              {"american", "United States", true},
              {"america", "United States", false},
              {"english", "United Kingdom", true},
              {"england", "United Kingdom", false},
              {"soviet", "Soviet Union", true},
              {"west german", "Germany", true},
              {"czech", "Czech Republic", true},
              {"russian federation", "Russia", false},
              {"ottoman empire", "Ottoman Empire", false},
              {"equatorial guinean", "Equatorial Guinea", true},
              {"guinean", "Guinea", true},
              {"bissau-guinean", "Guinea-Bissau", true},
              {"papua new guinean", "Papua New Guinea", true},
              {"sierra leonean", "Sierra Leone", true},
              {"east timorese", "East Timor", true},
              {"ceylon", "Sri Lanka", false},  // an older name
              {"ceylonese", "Sri Lanka", true},
              {"congo-kinshasa", "Democratic Republic of the Congo", false},
              // Both Congos' adjective: listed for neither.
              {"congolese", "", false},
              {"dominican", "Dominican Republic", true},  // not Dominica's
              {"dominica", "Dominica", false},
              {"marat", "", false},
              {"president", "", false}};
  for (const auto& row : rows) {
    EXPECT_EQ(CountryNamed(row.lower), row.country) << row.lower;
    EXPECT_EQ(IsNationalityAdjective(row.lower), row.adjective) << row.lower;
  }
}

TEST(CountriesTest, ChainsAndDemonymNouns) {
  const struct {
    const char* lower;
    const char* chain;
    const char* demonym;
  } rows[] = {{"russian-american", "United States", ""},
              {"soviet - russian", "Russia", ""},
              {"soviet-russian", "Russia", ""},
              {"ukrainian romanian", "Romania", ""},
              {"moldavian romanian", "Romania", ""},
              {"german-jewish", "Germany", ""},
              {"kazakh", "Kazakhstan", ""},
              {"canadian-born", "", ""},
              {"russian-language", "", ""},
              {"irishman", "", "Ireland"},
              {"frenchwoman", "", "France"},
              {"englishmen", "", "United Kingdom"},
              {"chairman", "", ""},
              {"german", "Germany", ""},
              {"man", "", ""}};
  for (const auto& row : rows) {
    EXPECT_EQ(CountryOfNationalityChain(row.lower), row.chain) << row.lower;
    EXPECT_EQ(CountryOfDemonymNoun(row.lower), row.demonym) << row.lower;
  }
}

// Screening's nationality: codes of current countries from anything.
TEST(CountriesTest, CountryCodes) {
  const Row rows[] = {{"RU", "ru"},        {"RUS", "ru"},
                      {"Russian", "ru"},   {"Kazakhstan", "kz"},
                      {"Kazakstan", "kz"}, {"Syrian", "sy"},
                      {"UK", "gb"},        {"Britain", "gb"},
                      {"Россия", "ru"},    {"Қазақстан", "kz"},
                      {"DPRK", "kp"},      {"Soviet Union", ""},
                      {"Atlantis", ""},    {"", ""}};
  for (const Row& row : rows) EXPECT_EQ(CountryCode(row.text), row.code) << row.text;
}

// Russian nationality adjectives in any gender, number and case.
TEST(CountriesTest, RussianAdjectives) {
  const Row rows[] = {{"британский", "gb"},   {"израильскому", "il"},     {"казахстанской", "kz"},
                      {"американские", "us"}, {"северокорейского", "kp"}, {"британец", ""},
                      {"британск", ""},       {"казахстан", ""},          {"английский", ""}};
  for (const Row& row : rows) {
    const Country* country = CountryOfRussianAdjective(row.text);
    EXPECT_EQ(country != nullptr ? std::string(country->code) : "", row.code) << row.text;
  }
}

}  // namespace
}  // namespace dossier
