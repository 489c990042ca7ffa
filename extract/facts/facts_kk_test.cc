// Golden tables for Kazakh facts (fact_patterns_kk.cc): life events, roles
// and founding, family, each with sentences that must yield nothing.
// Entities and times are marked by hand (extract/testing/marked_text.h); a
// name in another case is a mention of its entity ("[Тулегеновтың=Арман
// Тулегенов]", "<Литваға=Литва>"), as the tagger and place forms give it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/quotes/quotes.h"
#include "extract/testing/marked_text.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

std::vector<std::string> RunKk(const std::string& marked) {
  MarkedText read = ReadMarkedText(marked);
  NormalizedDocument doc = MakeTestDocument(read.text);
  doc.language = "kk";
  std::vector<Quote> quotes = ExtractQuotes(doc, &read.entities);
  return DescribeFacts(ExtractFacts(doc, read.entities, read.times, quotes), read.entities);
}

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

void ExpectGolden(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(RunKk(c.text), c.expected) << c.text;
}

TEST(FactsKkTest, LifeEvents) {
  ExpectGolden({
      {"[Арман Тулегенов] ⟦1968 жылы 4 наурызда;1968-03-04;1968-03-04;day⟧ <Қарағанды> "
       "қаласында дүниеге келген.",
       {"Арман Тулегенов born_on '1968-03-04'", "Арман Тулегенов born_in Қарағанды"}},
      {"[Дариға Назарбаева] <Алматыда=Алматы> туған.", {"Дариға Назарбаева born_in Алматы"}},
      {"[Рахат Әлиев] ⟦2015 жылы;2015-01-01;2015-12-31;year⟧ <Венада=Вена> қайтыс болды.",
       {"Рахат Әлиев died_on '2015'", "Рахат Әлиев died_in Вена"}},
      {"[Арман Тулегенов] {Қарағанды университетін=Қарағанды университеті} бітірген.",
       {"Арман Тулегенов educated_at Қарағанды университеті"}},
      {"[Арман Тулегенов] Қарағанды Мемлекеттік университетін бітірді.",
       {"Арман Тулегенов educated_at 'Қарағанды Мемлекеттік университетін'"}},
      {"[Арман Тулегенов] ⟦2011 жылы;2011-01-01;2011-12-31;year⟧ <Литваға=Литва> көшіп кетті.",
       {"Арман Тулегенов moved_to Литва 2011-01-01.."}},
      {"[Серік Медетбеков] <Монреальда=Монреаль> тұрады.", {"Серік Медетбеков lives_in Монреаль"}},
      // "Ол" is the person of the sentence before.
      {"[Арман Тулегенов] журналист. Ол <Алматыда=Алматы> тұрады.",
       {"Арман Тулегенов lives_in Алматы"}},
      // Nothing to read: a negative verb, a person in the genitive only, no place in case.
      {"[Арман Тулегенов] университетті бітірмеген.", {}},
      {"[Тулегеновтың=Арман Тулегенов] әкесі <Алматыда=Алматы> туған.", {}},
      {"[Арман Тулегенов] <Алматы> туралы айтты.", {}},
  });
}

TEST(FactsKkTest, RolesAndFounding) {
  ExpectGolden({
      // The founder's noun takes no date from the clause's verb.
      {"«{Сарыарқа}» радиосының негізін қалаушы [Арман Тулегенов] ⟦2011 "
       "жылы;2011-01-01;2011-12-31;year⟧ көшіп кетті.",
       {"Арман Тулегенов founded Сарыарқа"}},
      {"«{Дала Медиа}» компаниясының бас директоры [Ислам Игілманов] сөйледі.",
       {"Ислам Игілманов position Дала Медиа [бас директор]"}},
      {"<Қазақстан> Президенті [Қасым-Жомарт Тоқаев] жарлыққа қол қойды.",
       {"Қасым-Жомарт Тоқаев position Қазақстан [президент]"}},
      {"[Арман Тулегенов] ⟦1996 жылы;1996-01-01;1996-12-31;year⟧ «{Сарыарқа}» радиосының "
       "директоры болып тағайындалды.",
       {"Арман Тулегенов position Сарыарқа [директор] 1996-01-01.."}},
      {"[Арман Тулегенов] ⟦1996 жылы;1996-01-01;1996-12-31;year⟧ «{Сарыарқа}» радиосын құрды.",
       {"Арман Тулегенов founded Сарыарқа 1996-01-01.."}},
      // Nothing: a role with no name after it nor a verb of office; no organization.
      {"«{Дала Медиа}» компаниясының директоры мәлімдеме жасады.", {}},
      {"Бас директор [Ислам Игілманов] сөйледі.", {}},
      {"[Арман Тулегенов] үй құрды.", {}},
  });
}

TEST(FactsKkTest, Family) {
  ExpectGolden({
      {"[Назарбаевтың=Нұрсұлтан Назарбаев] қызы [Дариға Назарбаева] сөйледі.",
       {"Дариға Назарбаева child_of Нұрсұлтан Назарбаев"}},
      {"[Арман Тулегенов] журналист. Оның әйелі [Гүлнара Тулегенова] дәрігер.",
       {"Гүлнара Тулегенова spouse Арман Тулегенов"}},
      {"[Рахат Әлиевтің=Рахат Әлиев] бұрынғы әйелі [Дариға Назарбаева] үндемеді.",
       {"Дариға Назарбаева former_spouse Рахат Әлиев"}},
      // Nothing: the person before is not in the genitive; no name after the kin word.
      {"[Нұрсұлтан Назарбаев] қызы [Дариға Назарбаева] туралы айтты.", {}},
      {"[Назарбаевтың=Нұрсұлтан Назарбаев] қызы келді.", {}},
  });
}

}  // namespace
}  // namespace dossier
