#include "extract/ner/internal/kind_noun_names.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dossier::internal {
namespace {

constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kLoc = EntityType::kLocation;
constexpr EntityType kPer = EntityType::kPerson;

struct QuotedCase {
  const char* name;
  std::vector<std::string_view> words;
  std::vector<TypedSpan> tagged;
  std::vector<TypedSpan> expected;
};

TEST(KindNounNamesTest, GoldenTable) {
  const QuotedCase cases[] = {
      {"Kazakh: the noun after, in the genitive",
       {"«", "Сарыарқа", "»", "радиосының", "негізін", "қалаушы", "Арман", "Тулегенов"},
       {{6, 8, kPer}},
       {{1, 2, kOrg}, {6, 8, kPer}}},
      {"Kazakh: a place the tagger saw is retyped",
       {"«", "Дала", "Медиа", "»", "компаниясы", "мәлімдеді", "."},
       {{1, 3, kLoc}},
       {{1, 3, kOrg}}},
      {"Kazakh: the company form after the name",
       {"«", "Дала", "Медиа", "»", "ЖШС", "директоры"},
       {},
       {{1, 3, kOrg}}},
      {"Russian: the noun before",
       {"компания", "«", "Дала", "Медиа", "»", "утверждает"},
       {},
       {{2, 4, kOrg}}},
      {"Russian: the noun in another case, straight quotes",
       {"основал", "радиостанцию", "\"", "Сарыарка", "\"", "."},
       {},
       {{3, 4, kOrg}}},
      {"Russian: a company form", {"ТОО", "«", "Телефабрика", "Дала", "»"}, {}, {{2, 4, kOrg}}},
      // Nothing to tag.
      {"no noun of a kind beside it", {"он", "сказал", "«", "Свобода", "»", "."}, {}, {}},
      {"a lower-case quotation is no name", {"газета", "«", "пишет", "правду", "»"}, {}, {}},
      {"a long quotation is no name",
       {"газета", "«", "Мы", "не", "знали", "об", "этом", "»"},
       {},
       {}},
      {"a span that overlaps the quotation is kept",
       {"компания", "«", "Дала", "Медиа", "»"},
       {{0, 3, kOrg}},
       {{0, 3, kOrg}}},
      {"a span inside the quotation marks gives way to the whole name",
       {"компании", "«", "Кызыл", "Медиа", "Групп", "»"},
       {{4, 5, kOrg}},
       {{2, 5, kOrg}}},
      {"Kazakh: a Latin name before the noun",
       {"Kazakh", "TV", "арнасымен", "бірге", "болыңыздар", "."},
       {},
       {{0, 2, kOrg}}},
      {"Russian: a Latin name after the noun, a person span retyped",
       {"фонд", "Elevation", "Partners", "также", "прикупил", "акции"},
       {{1, 3, kPer}},
       {{1, 3, kOrg}}},
      {"a Latin name with digits and a connector",
       {"компания", "Bank", "of", "America", "купила", "акции", "банка"},
       {},
       {{1, 4, kOrg}}},
      {"a Latin name in an English sentence is left alone",
       {"the", "company", "Kazakh", "TV", "said"},
       {},
       {}},
      {"Russian: no unquoted run", {"Он", "возглавил", "Национальный", "банк", "."}, {}, {}},
      {"a word that only begins like a noun of a kind", {"банкротство", "«", "Альфа", "»"}, {}, {}},
  };
  for (const QuotedCase& c : cases) {
    std::vector<std::vector<TypedSpan>> tagged = {c.tagged};
    TagKindNounOrganizations({c.words}, &tagged);
    EXPECT_EQ(tagged[0], c.expected) << c.name;
  }
}

}  // namespace
}  // namespace dossier::internal
