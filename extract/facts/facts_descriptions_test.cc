// Golden tables for organizations named by a noun of their kind ("the
// station", "станцией", "радиостанцияны"; internal/organization_kinds.h) in
// English, Russian and Kazakh: the noun means the organization of that kind
// named before it, and nothing when none was, or when a name follows the
// noun, or when the kind differs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/facts/facts_golden.h"
#include "extract/facts/internal/organization_kinds.h"

namespace dossier {
namespace {

using internal::OrganizationKind;
using internal::OrganizationKindOfWord;

TEST(OrganizationKindsTest, NounsInEveryCase) {
  struct Row {
    const char* word;
    OrganizationKind kind;
  };
  const Row rows[] = {
      {"station", OrganizationKind::kRadio},
      {"fm", OrganizationKind::kRadio},
      {"радиостанцию", OrganizationKind::kRadio},
      {"станцией", OrganizationKind::kRadio},
      {"радио", OrganizationKind::kRadio},
      {"радиосының", OrganizationKind::kRadio},
      {"радиостанцияны", OrganizationKind::kRadio},
      {"станцияға", OrganizationKind::kRadio},
      {"телеканала", OrganizationKind::kTelevision},
      {"арнасы", OrganizationKind::kTelevision},
      {"газетой", OrganizationKind::kNewspaper},
      {"газетінің", OrganizationKind::kNewspaper},
      {"банком", OrganizationKind::kBank},
      {"партии", OrganizationKind::kParty},
      {"компаниясы", OrganizationKind::kCompany},
      {"компанией", OrganizationKind::kCompany},
      {"тоо", OrganizationKind::kCompany},
      {"министрлігі", OrganizationKind::kMinistry},
      // Words that only begin like one.
      {"банкротство", OrganizationKind::kNone},
      {"партизан", OrganizationKind::kNone},
      {"арнайы", OrganizationKind::kNone},
      {"судья", OrganizationKind::kNone},
      {"stationery", OrganizationKind::kNone},
      {"radios", OrganizationKind::kNone},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(OrganizationKindOfWord(row.word), row.kind) << row.word;
  }
}

TEST(FactsDescriptionsTest, English) {
  ExpectGolden({
      {"[Arman Tulegenov] owned {Radio Saryarka}. He founded the station in 1996.",
       {"Arman Tulegenov owns Radio Saryarka",
        "Arman Tulegenov founded Radio Saryarka 1996-01-01.."}},
      // The noun written beside the name gives the kind.
      {"He read the {Caravan} newspaper. [Bolat Seitov] founded the newspaper in 1990.",
       {"Bolat Seitov founded Caravan 1990-01-01.."}},
      // "The company" may be any business.
      {"[Bolat Seitov] spoke of {Radio Saryarka}. He bought the company in 1999.",
       {"Bolat Seitov owns Radio Saryarka 1999-01-01.."}},
      // The agent of a passive is the person in apposition, not the possessor.
      {"{Radio Saryarka} ran for years. The station was founded in 1996 by <Karaganda>'s first "
       "mayor, [Bolat Seitov].",
       {"Bolat Seitov founded Radio Saryarka 1996-01-01.."}},
      // Nothing: another kind, no organization before, a name after the noun.
      {"{Radio Saryarka} ran for years. [Bolat Seitov] founded the bank in 1996.", {}},
      {"[Bolat Seitov] founded the station in 1996.", {}},
  });
}

TEST(FactsDescriptionsTest, Russian) {
  ExpectGoldenIn(
      "ru",
      {
          {"Основатель радио «{Сарыарка}» [Арман Тулегенов] уехал. "
           "⟦В 1996 году;1996-01-01;1996-12-31;year⟧ он основал радиостанцию и руководил ею "
           "⟦до 2004 года;;2004-12-31;year⟧.",
           {"Арман Тулегенов founded Сарыарка", "Арман Тулегенов founded Сарыарка 1996-01-01..",
            "Арман Тулегенов position Сарыарка [head] ..2004-12-31"}},
          // The speaker of the clause before "что" is no object of its verb.
          {"Компания «{Дала Медиа}» заявила, что [Арман Тулегенов] не владел станцией.", {}},
          // Nothing: a noun of another kind; a name after the noun is its own object.
          {"Радио «{Сарыарка}» вещает. [Арман Тулегенов] основал банк.", {}},
      });
}

TEST(FactsDescriptionsTest, Kazakh) {
  ExpectGoldenIn(
      "kk",
      {
          {"«{Сарыарқа}» радиосының негізін қалаушы [Арман Тулегенов] сөйледі. "
           "Ол ⟦1996 жылы;1996-01-01;1996-12-31;year⟧ радиостанцияны құрып, "
           "⟦2004 жылға дейін;;2004-12-31;year⟧ басқарды.",
           {"Арман Тулегенов founded Сарыарқа", "Арман Тулегенов founded Сарыарқа 1996-01-01..",
            "Арман Тулегенов position Сарыарқа [head] ..2004-12-31"}},
          // Nothing: a negative verb; a noun of another kind.
          {"«{Сарыарқа}» радиосы жұмыс істейді. [Арман Тулегенов] радиостанцияны басқармаған.", {}},
          {"«{Сарыарқа}» радиосы жұмыс істейді. [Арман Тулегенов] банкті құрды.", {}},
      });
}

}  // namespace
}  // namespace dossier
