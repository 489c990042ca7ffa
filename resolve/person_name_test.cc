#include "resolve/person_name.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

struct ParseCase {
  const char* input;
  std::vector<std::string> given;
  const char* patronymic;
  const char* surname;
  std::vector<std::string> initials;
  NameOrder order;
  Gender gender;
};

TEST(ParsePersonNameTest, GoldenTable) {
  using O = NameOrder;
  using G = Gender;
  const ParseCase cases[] = {
      {"Medetbekov Serik Rakhimbaevich",
       {"Serik"},
       "Rakhimbaevich",
       "Medetbekov",
       {},
       O::kSurnameFirst,
       G::kMale},
      {"Serik Medetbekov", {"Serik"}, "", "Medetbekov", {}, O::kGivenFirst, G::kMale},
      // The given name missed: a patronymic before a surname ending.
      {"Bolatovich Tulegenov", {}, "Bolatovich", "Tulegenov", {}, O::kUncertain, G::kMale},
      {"Igilmanov I.A.", {}, "", "Igilmanov", {"I", "A"}, O::kSurnameFirst, G::kMale},
      {"A. M. Kazhegeldin", {}, "", "Kazhegeldin", {"A", "M"}, O::kGivenFirst, G::kMale},
      {"SALEK, ABDULHAI", {"ABDULHAI"}, "", "SALEK", {}, O::kSurnameFirst, G::kMale},
      {"Салек Абдулхай", {"Абдулхай"}, "", "Салек", {}, O::kSurnameFirst, G::kMale},
      {"Abdulhai Salek", {"Abdulhai"}, "", "Salek", {}, O::kGivenFirst, G::kMale},
      {"Vladimir Vladimirovich Putin",
       {"Vladimir"},
       "Vladimirovich",
       "Putin",
       {},
       O::kGivenFirst,
       G::kMale},
      {"PUTIN vladimir vladimirovich",
       {"vladimir"},
       "vladimirovich",
       "PUTIN",
       {},
       O::kSurnameFirst,
       G::kMale},
      {"Путин, Владимир Владимирович",
       {"Владимир"},
       "Владимирович",
       "Путин",
       {},
       O::kSurnameFirst,
       G::kMale},
      {"Dariga Nursultanovna Nazarbayeva",
       {"Dariga"},
       "Nursultanovna",
       "Nazarbayeva",
       {},
       O::kGivenFirst,
       G::kFemale},
      {"Nazarbayeva", {}, "", "Nazarbayeva", {}, O::kUncertain, G::kFemale},
      {"Ismail Igilmanov", {"Ismail"}, "", "Igilmanov", {}, O::kGivenFirst, G::kMale},
      {"Исмаил Игильманов", {"Исмаил"}, "", "Игильманов", {}, O::kGivenFirst, G::kMale},
      {"Yegarmin Igor Petrovich",
       {"Igor"},
       "Petrovich",
       "Yegarmin",
       {},
       O::kSurnameFirst,
       G::kMale},
      {"Nursultan Abishuly Nazarbayev",
       {"Nursultan"},
       "Abishuly",
       "Nazarbayev",
       {},
       O::kGivenFirst,
       G::kMale},
      {"Aigerim Serikkyzy", {"Aigerim"}, "Serikkyzy", "", {}, O::kUncertain, G::kFemale},
      {"Mr. John Doe", {"John"}, "", "Doe", {}, O::kGivenFirst, G::kMale},
      {"Президент Путин", {}, "", "Путин", {}, O::kUncertain, G::kMale},
      {"Vladimir V. Putin", {"Vladimir"}, "", "Putin", {"V"}, O::kGivenFirst, G::kMale},
      {"Путин В. В.", {}, "", "Путин", {"В", "В"}, O::kSurnameFirst, G::kMale},
      {"Yu. Sh. Ivanova", {}, "", "Ivanova", {"Yu", "Sh"}, O::kGivenFirst, G::kFemale},
      {"Vladimir", {"Vladimir"}, "", "", {}, O::kUncertain, G::kMale},
  };
  for (const ParseCase& c : cases) {
    const PersonName n = ParsePersonName(c.input);
    EXPECT_EQ(n.given, c.given) << c.input;
    EXPECT_EQ(n.patronymic, c.patronymic) << c.input;
    EXPECT_EQ(n.surname, c.surname) << c.input;
    EXPECT_EQ(n.initials, c.initials) << c.input;
    EXPECT_EQ(n.order, c.order) << c.input;
    EXPECT_EQ(n.gender, c.gender) << c.input;
  }
}

TEST(ParsePersonNameTest, ParticlesScriptsAndCaseAmbiguity) {
  PersonName n = ParsePersonName("Ludwig van Beethoven");
  EXPECT_EQ(n.particles, std::vector<std::string>{"van"});
  EXPECT_EQ(n.surname, "Beethoven");
  EXPECT_EQ(n.script, Script::kLatin);

  n = ParsePersonName("Дарига Назарбаева");
  EXPECT_EQ(n.script, Script::kCyrillic);
  EXPECT_EQ(n.surname, "Назарбаева");
  // The feminine surname or the genitive of Назарбаев: both kept.
  EXPECT_EQ(n.surname_alternatives, std::vector<std::string>{"Назарбаев"});

  EXPECT_TRUE(ParsePersonName("").given.empty());
  EXPECT_TRUE(ParsePersonName("  , . ").surname.empty());
}

TEST(PatronymicTest, GenderAndFathersName) {
  Gender g = Gender::kUnknown;
  EXPECT_TRUE(IsPatronymic("Nursultanovna", &g));
  EXPECT_EQ(g, Gender::kFemale);
  EXPECT_TRUE(IsPatronymic("Рахимбаевич", &g));
  EXPECT_EQ(g, Gender::kMale);
  EXPECT_TRUE(IsPatronymic("Әбішұлы", &g));
  EXPECT_EQ(g, Gender::kMale);
  EXPECT_TRUE(IsPatronymic("Vladimirovitch", &g));
  EXPECT_FALSE(IsPatronymic("Medetbekov"));
  EXPECT_FALSE(IsPatronymic("Igor"));

  EXPECT_EQ(PatronymicBaseSkeleton("Nursultanovna"), "nursultan");
  EXPECT_EQ(PatronymicBaseSkeleton("Rakhimbaevich"), "rahimbai");
  EXPECT_EQ(PatronymicBaseSkeleton("Ахметұлы"), "ahmet");
  EXPECT_EQ(PatronymicBaseSkeleton("Medetbekov"), "");
}

TEST(FormatPersonNameTest, GivenFirst) {
  EXPECT_EQ(FormatPersonName(ParsePersonName("Medetbekov Serik Rakhimbaevich")),
            "Serik Rakhimbaevich Medetbekov");
  EXPECT_EQ(FormatPersonName(ParsePersonName("Igilmanov I.A.")), "I. A. Igilmanov");
}

}  // namespace
}  // namespace dossier
