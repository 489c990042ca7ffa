#include "extract/ner/place_forms.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dossier {
namespace {

struct FormCase {
  const char* name;
  const char* language;
  const char* form;  // "" when none
};

// Needs Debian's hunspell-ru and hunspell-kk (scripts/setup-deps installs
// them); skipped without them.
TEST(PlaceFormsTest, GoldenTable) {
  if (!std::filesystem::exists("/usr/share/hunspell/ru_RU.dic") ||
      !std::filesystem::exists("/usr/share/hunspell/kk_KZ.dic")) {
    GTEST_SKIP() << "hunspell-ru or hunspell-kk not installed";
  }
  const FormCase cases[] = {
      {"Женеве", "ru", "Женева"},
      {"Швейцарию", "ru", "Швейцария"},
      {"Калифорнии", "ru", "Калифорния"},  // not the element "калифорний"
      {"Нью-Йорке", "ru", "Нью-Йорк"},
      {"Павлодаре", "ru", "Павлодар"},
      {"Москва", "ru", ""},  // already the dictionary form
      {"Чикаго", "ru", ""},  // does not decline
      {"Алматыда", "kk", "Алматы"},
      {"Литваға", "kk", "Литва"},
      {"Қарағанды", "kk", ""},          // a name, not a verb's form with an accusative ending
      {"Вильнюстан", "kk", "Вильнюс"},  // a Kazakh ending on a name the Russian dictionary knows
      {"Женевада", "kk", "Женева"},
      {"Вильнюс", "kk", ""},               // the name itself
      {"Астанада", "ru", ""},              // Russian text reads no Kazakh ending
      {"Қазақстанда", "ru", "Қазақстан"},  // a Kazakh letter makes it Kazakh
      {"Северной Америке", "ru", ""},      // phrases are left alone
      {"London", "ru", ""},
      {"", "ru", ""},
  };
  for (const FormCase& c : cases) {
    EXPECT_EQ(PlaceDictionaryForm(c.name, c.language), c.form) << c.name;
  }
}

}  // namespace
}  // namespace dossier
