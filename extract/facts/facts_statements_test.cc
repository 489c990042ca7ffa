// Golden tables for whose claim a fact is when a statement or a claimant
// says it (fact_attribution_en.cc, fact_attribution_ru.cc, facts.cc), and
// for ownership and founding as statements word them
// (fact_organizations_en.cc): each with rows that must yield nothing.
#include <gtest/gtest.h>

#include <vector>

#include "extract/facts/facts_golden.h"

namespace dossier {
namespace {

TEST(FactsStatementsTest, TheTextOfAStatementIsItsAuthorsClaim) {
  ExpectGolden({
      {"# Statement of {Dala Media Group}\n\n{Radio Saryarka LLP} was registered in 1996 by "
       "{Saryarka Invest JSC}, which owned 100% of its shares until 2004.",
       {"Saryarka Invest JSC founded Radio Saryarka LLP 1996-01-01.. by Dala Media Group",
        "Saryarka Invest JSC owns Radio Saryarka LLP ..2004-12-31 by Dala Media Group"}},
      // A claim the statement reports is the claimant's.
      {"# Statement of {Dala Media Group}\n\n{Dala Media Group} has read the publications in which "
       "Mr. [A. B. Tulegenov] claims to have been the owner of {Radio Saryarka}.",
       {"A. B. Tulegenov owns Radio Saryarka by A. B. Tulegenov"}},
      // An interview's narration is the journalist's, not the interviewee's.
      {"# Interview with [Arman Tulegenov]\n\n{Saryarka Invest JSC} owned {Radio Saryarka} until "
       "2004.",
       {"Saryarka Invest JSC owns Radio Saryarka ..2004-12-31"}},
      // A dateline heading under the title keeps the statement's author.
      {"# Statement of {Kyzyl Media Group}\n\n# Almaty, 9 February 2022\n\n{Kyzyl Media "
       "Group} owned {Radio Akzhol} until 2003.",
       {"Kyzyl Media Group owns Radio Akzhol ..2003-12-31 by Kyzyl Media Group"}},
      // "…, said its chairman X." closing the sentence.
      {"{Radio Akzhol} has been owned by {Kyzyl Media Group} since 2003, said its chairman "
       "[Aigerim Bekova].",
       {"Kyzyl Media Group owns Radio Akzhol 2003-01-01.. by Aigerim Bekova"}},
      // A section label is no author; hearsay is no one's claim.
      {"# {LETTERS}\n\n[Huma Abedin] married [Anthony Weiner] in 2010.",
       {"Huma Abedin spouse Anthony Weiner 2010-01-01.."}},
      {"[Mr. Mannix] was said to have owned {Metro-Goldwyn-Mayer}.",
       {"Mr. Mannix owns Metro-Goldwyn-Mayer"}},
      // A ministry registering a party founds nothing.
      {"{Ak Zhol} was registered in 2002 by the {Ministry of Justice}.", {}},
  });
}

TEST(FactsStatementsTest, PartiesOfACaseClaim) {
  ExpectGolden({
      {"The court will hear the claim of [A. Tulegenov] against {Dala Media Group}. The claimant "
       "states that [A. Tulegenov] owned {Radio Saryarka}. The defendant states that {Saryarka "
       "Invest JSC} "
       "owned the station.",
       {"A. Tulegenov owns Radio Saryarka by A. Tulegenov",
        "Saryarka Invest JSC owns Radio Saryarka by Dala Media Group"}},
      {"[Tulegenov] v. {Dala Media Group}. The defendant states that {Saryarka Invest JSC} owned "
       "{Radio Saryarka}.",
       {"Saryarka Invest JSC owns Radio Saryarka by Dala Media Group"}},
      // No case named: the noun means no one.
      {"The defendant states that {Saryarka Invest JSC} owned {Radio Saryarka}.",
       {"Saryarka Invest JSC owns Radio Saryarka"}},
  });
  ExpectGoldenIn("ru", {
                           {"Суд рассмотрит иск [Тулегенова=Арман Тулегенов] к {Дала Медиа}. "
                            "Ответчик утверждает, что {Сарыарка Инвест} владела {Сарыаркой}.",
                            {"Сарыарка Инвест owns Сарыаркой by Дала Медиа"}},
                       });
}

TEST(FactsStatementsTest, Russian) {
  ExpectGoldenIn("ru",
                 {
                     {"# Заявление компании {Дала Медиа}\n\n[Арман Тулегенов] основал {Сарыарку} "
                      "⟦в 1996 году;1996-01-01;1996-12-31;year⟧.",
                      {"Арман Тулегенов founded Сарыарку 1996-01-01.. by Дала Медиа"}},
                     {"# Интервью с [Арманом Тулегеновым=Арман Тулегенов]\n\n[Арман "
                      "Тулегенов] основал {Сарыарку}.",
                      {"Арман Тулегенов founded Сарыарку"}},
                 });
}

}  // namespace
}  // namespace dossier
