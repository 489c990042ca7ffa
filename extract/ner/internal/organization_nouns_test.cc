#include "extract/ner/internal/organization_nouns.h"

#include <gtest/gtest.h>

#include <string_view>

namespace dossier::internal {
namespace {

struct NounCase {
  std::string_view word;
  bool head;
};

TEST(OrganizationNounsTest, HeadNounsGoldenTable) {
  const NounCase cases[] = {
      // Russian institutions and companies, oblique cases.
      {"Министерство", true},
      {"министерства", true},
      {"прокуратуры", true},
      {"суде", true},
      {"комитетом", true},
      {"компании", true},
      {"банку", true},
      {"телеканала", true},
      // Kazakh: possessive, plural and case endings.
      {"министрлігінің", true},
      {"министрлікке", true},
      {"үкіметке", true},
      {"кеңесіне", true},
      {"Мәжілісінің", true},
      {"комиссиясының", true},
      {"сотында", true},
      {"орталығы", true},
      {"ұйымынан", true},
      {"университетінде", true},
      {"мектебінде", true},
      // Legal forms only in capitals: "ақ" is also "white".
      {"ЖШС", true},
      {"АҚ", true},
      {"ООО", true},
      {"ақ", false},
      {"ооо", false},
      // Words that only begin like a head noun.
      {"советник", false},
      {"судья", false},
      {"банкротство", false},
      {"кеңесші", false},
      {"сотталды", false},
      {"центральный", false},
      {"Назарбаев", false},
      {"министр", false},
  };
  for (const NounCase& c : cases) {
    EXPECT_EQ(OrganizationHeadNoun(c.word), c.head) << c.word;
  }
}

TEST(OrganizationNounsTest, KindNounsOfQuotedNames) {
  EXPECT_TRUE(KazakhOrganizationNoun("радиосының"));
  EXPECT_TRUE(KazakhOrganizationNoun("ЖШС"));
  EXPECT_FALSE(KazakhOrganizationNoun("министрлігі"));
  EXPECT_TRUE(RussianOrganizationNoun("радиостанцию"));
  EXPECT_TRUE(RussianOrganizationNoun("ТОО"));
  EXPECT_FALSE(RussianOrganizationNoun("министерство"));
}

}  // namespace
}  // namespace dossier::internal
