#include "extract/ner/internal/organization_repeats.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dossier::internal {
namespace {

constexpr EntityType kOrg = EntityType::kOrganization;
constexpr EntityType kPer = EntityType::kPerson;

struct RepeatCase {
  const char* name;
  std::vector<std::vector<std::string_view>> sentences;
  std::vector<std::vector<TypedSpan>> tagged;
  std::vector<std::vector<TypedSpan>> expected;
};

TEST(OrganizationRepeatsTest, GoldenTable) {
  const RepeatCase cases[] = {
      {"Russian: a Latin name named again untagged",
       {{"Корпорация", "Philips", "заинтересована", "в", "проекте"},
        {"Представитель", "Philips", "ничего", "не", "сказал"}},
       {{{1, 2, kOrg}}, {}},
       {{{1, 2, kOrg}}, {{1, 2, kOrg}}}},
      {"Kazakh: a two-word name in quotation marks again",
       {{"«", "Дала", "Медиа", "»", "компаниясы", "хабарлады"},
        {"Бұл", "туралы", "Дала", "Медиа", "айтты", "."}},
       {{{1, 3, kOrg}}, {}},
       {{{1, 3, kOrg}}, {{2, 4, kOrg}}}},
      {"a person of the same words in a headline is the organization",
       {{"Радио", "Акжол", "было", "моим"}, {"директор", "радиостанции", "«", "Акжол", "»"}},
       {{{1, 2, kPer}}, {{3, 4, kOrg}}},
       {{{1, 2, kOrg}}, {{3, 4, kOrg}}}},
      {"a span inside the repeat gives way to it",
       {{"компания", "«", "Кызыл", "Медиа", "Групп", "»"},
        {"Представитель", "«", "Кызыл", "Медиа", "Групп", "»", "отказалась"}},
       {{{2, 5, kOrg}}, {{4, 5, kOrg}}},
       {{{2, 5, kOrg}}, {{2, 5, kOrg}}}},
      {"a span that overlaps the repeat is kept",
       {{"Компания", "Дала", "Медиа", "сообщила"}, {"Сергей", "Дала", "сказал"}},
       {{{1, 3, kOrg}}, {{0, 2, kPer}}},
       {{{1, 3, kOrg}}, {{0, 2, kPer}}}},
      {"a lower-case organization span is not spread",
       {{"сотрудники", "минюста", "пришли"}, {"в", "минюста", "нет"}},
       {{{1, 2, kOrg}}, {}},
       {{{1, 2, kOrg}}, {}}},
      {"an English document is left alone",
       {{"The", "company", "Philips", "said"}, {"Philips", "did", "not", "comment"}},
       {{{2, 3, kOrg}}, {}},
       {{{2, 3, kOrg}}, {}}},
  };
  for (const RepeatCase& c : cases) {
    std::vector<std::vector<TypedSpan>> tagged = c.tagged;
    TagRepeatedOrganizations(c.sentences, &tagged);
    EXPECT_EQ(tagged, c.expected) << c.name;
  }
}

}  // namespace
}  // namespace dossier::internal
