#include "extract/countries/internal/russian_cases.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dossier::countries_internal {
namespace {

bool Has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

TEST(RussianCasesTest, DeclinesTheHeadAndItsAdjectives) {
  const struct {
    const char* name;
    std::vector<std::string> some_forms;
    std::vector<std::string> not_forms;
  } rows[] = {
      {"казахстан", {"казахстана", "казахстану", "казахстаном", "казахстане"}, {"казахстан"}},
      {"республика казахстан",
       {"республики казахстан", "республике казахстан", "республику казахстан",
        "республикой казахстан"},
       {"республики казахстана"}},
      {"россия", {"россии", "россию", "россией"}, {}},
      {"китай", {"китая", "китаю", "китаем", "китае"}, {}},
      {"беларусь", {"беларуси", "беларусью"}, {}},
      {"америка", {"америки", "америке", "америкой"}, {"америкы"}},
      {"южная корея", {"южной кореи", "южную корею", "южной корее"}, {"южная кореи"}},
      {"соединенные штаты америки",
       {"соединенных штатов америки", "соединенным штатам америки"},
       {"соединенных штатов америк"}},
      {"соединенное королевство", {"соединенного королевства", "соединенном королевстве"}, {}},
      {"босния и герцеговина", {"боснии и герцеговины"}, {}},
      {"гвинея-бисау", {"гвинеи-бисау"}, {}},
      {"шри-ланка", {"шри-ланки"}, {}},
      {"филиппины", {"филиппин", "филиппинах"}, {}},
      {"маврикий", {"маврикия", "маврикии"}, {}},
  };
  for (const auto& row : rows) {
    const std::vector<std::string> forms = RussianCaseForms(row.name);
    for (const std::string& form : row.some_forms) EXPECT_TRUE(Has(forms, form)) << form;
    for (const std::string& form : row.not_forms) EXPECT_FALSE(Has(forms, form)) << form;
  }
}

TEST(RussianCasesTest, ForeignVowelEndingsDoNotDecline) {
  for (const char* name : {"перу", "мали", "того", "никарагуа", "монако"}) {
    EXPECT_TRUE(RussianCaseForms(name).empty()) << name;
  }
}

}  // namespace
}  // namespace dossier::countries_internal
