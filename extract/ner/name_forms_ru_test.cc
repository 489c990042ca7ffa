#include "extract/ner/name_forms_ru.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

using enum NameGender;

// Every reading of one word: its lemma and gender, ambiguity kept.
TEST(CyrillicNameReadingsTest, SurnamesPatronymicsAndGivenNamesInEveryCase) {
  struct Case {
    const char* word;
    std::vector<NameReading> want;
  };
  const Case kCases[] = {
      {"Назарбаев", {{"Назарбаев", kMasculine}}},
      {"Назарбаева", {{"Назарбаева", kFeminine}, {"Назарбаев", kMasculine}}},
      {"Назарбаеву", {{"Назарбаев", kMasculine}, {"Назарбаева", kFeminine}}},
      {"Назарбаевым", {{"Назарбаев", kMasculine}}},
      {"Назарбаевой", {{"Назарбаева", kFeminine}}},
      {"Лужкове", {{"Лужков", kMasculine}}},
      {"Путина", {{"Путина", kFeminine}, {"Путин", kMasculine}}},
      {"Вишневского", {{"Вишневский", kMasculine}}},
      {"Вишневской", {{"Вишневская", kFeminine}}},
      {"Нурсултановича", {{"Нурсултанович", kMasculine}}},
      {"Абишевной", {{"Абишевна", kFeminine}}},
      {"Ирины", {{"Ирина", kFeminine}}},
      {"Анна", {{"Анна", kFeminine}}},
      {"Дариги", {{"Дарига", kFeminine}}},
      {"Юрием", {{"Юрий", kMasculine}}},
      {"Борисом", {{"Борис", kMasculine}}},
      {"Medetbekova", {{"Medetbekova", kAny}}},
  };
  for (const Case& c : kCases) {
    const std::vector<NameReading> got = CyrillicNameReadings(c.word);
    for (const NameReading& want : c.want) {
      EXPECT_NE(std::find(got.begin(), got.end(), want), got.end())
          << c.word << " lacks " << want.lemma;
    }
  }
  // Known feminine names never read as a masculine genitive.
  for (const NameReading& r : CyrillicNameReadings("Анна")) EXPECT_NE(r.lemma, "Анн");
  for (const NameReading& r : CyrillicNameReadings("Назарбаевой")) {
    EXPECT_NE(r.gender, kMasculine) << r.lemma;
  }
}

TEST(CyrillicNameLemmaFormsTest, WholeNamesInTheNominative) {
  struct Case {
    std::vector<std::string_view> words;
    std::vector<std::string> want;
  };
  const Case kCases[] = {
      {{"Юрия", "Лужкова"}, {"Юрий Лужков"}},
      // Dative of Нурсултан Назарбаев, or accusative of a woman "Нурсултана
      // Назарбаева": both kept.
      {{"Нурсултану", "Назарбаеву"}, {"Нурсултан Назарбаев", "Нурсултана Назарбаева"}},
      {{"Дариги", "Назарбаевой"}, {"Дарига Назарбаева"}},
      {{"Ирине", "Петровой"}, {"Ирина Петрова"}},
      {{"Анна", "Иванова"}, {}},          // already the nominative; never "Анн Иванов"
      {{"Медетбекова"}, {"Медетбеков"}},  // one word: the masculine reading
      {{"Serik", "Medetbekov"}, {}},
      {{"Медиа", "Групп"}, {}},           // no name ending: no invented forms
      {{"Тулегеновтың"}, {"Тулегенов"}},  // Kazakh genitive
      // Kazakh accusative, instrumental, dative, ablative; a woman's
      // surname keeps its "-а".
      {{"Мәдина", "Әбілқасымованы"}, {"Мәдина Әбілқасымова"}},
      {{"Владимир", "Зеленскиймен"}, {"Владимир Зеленский"}},
      {{"Тоқаевқа"}, {"Тоқаев"}},
      {{"Назарбаевтан"}, {"Назарбаев"}},
      // Each part of a hyphenated name keeps its capital.
      {{"Қасым-Жомарт", "Тоқаевқа"}, {"Қасым-Жомарт Тоқаев"}},
      {{"ҚАСЫМ-ЖОМАРТ", "ТОҚАЕВ"}, {"Қасым-Жомарт Тоқаев"}},
      // A Russian patronymic's genitive is no Kazakh case.
      {{"Анны", "Романовны"}, {"Анна Романовна"}},
      {{"А.Б.", "Тулегенова"}, {"А.Б. Тулегенов"}},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(CyrillicNameLemmaForms(c.words), c.want) << c.words[0];
  }
}

TEST(CyrillicNominativeNameTest, OneNominativeOrNone) {
  struct Case {
    const char* name;
    std::vector<std::string_view> words;
    std::vector<std::vector<std::string_view>> mentions;
    std::string want;
  };
  const Case kCases[] = {
      {"a nominative another mention writes",
       {"Ерлана", "Даулетова"},
       {{"Ерлана", "Даулетова"}, {"Ерлан", "Даулетов"}},
       "Ерлан Даулетов"},
      {"a man's case settles the gender",
       {"Ерлана", "Даулетова"},
       {{"Ерлана", "Даулетова"}, {"Даулетовым"}},
       "Ерлан Даулетов"},
      {"the instrumental alone is a man's",
       {"Юрием", "Лужковым"},
       {{"Юрием", "Лужковым"}},
       "Юрий Лужков"},
      {"a woman's oblique case",
       {"Дариги", "Назарбаевой"},
       {{"Дариги", "Назарбаевой"}},
       "Дарига Назарбаева"},
      {"Kazakh genitive", {"Назарбаевтың"}, {{"Назарбаевтың"}}, "Назарбаев"},
      // Nothing to change or nothing certain.
      {"already a nominative", {"Юрий", "Лужков"}, {{"Юрий", "Лужков"}, {"Лужкова"}}, ""},
      {"a woman's nominative or a man's genitive", {"Медетбекова"}, {{"Медетбекова"}}, ""},
      {"the dative of a man or the accusative of a woman",
       {"Нурсултану", "Назарбаеву"},
       {{"Нурсултану", "Назарбаеву"}},
       ""},
      {"a name of no known shape", {"Медиа", "Групп"}, {{"Медиа", "Групп"}}, ""},
      {"Latin letters", {"Serik", "Medetbekov"}, {{"Serik", "Medetbekov"}}, ""},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(CyrillicNominativeName(c.words, c.mentions), c.want) << c.name;
  }
}

}  // namespace
}  // namespace dossier
