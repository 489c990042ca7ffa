#include "resolve/org_name.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

struct OrgCase {
  const char* input;
  const char* legal_form;
  std::vector<std::string> core_words;
};

TEST(ParseOrgNameTest, GoldenTable) {
  const OrgCase cases[] = {
      {"LLP Telefabrika Dala", "LLP", {"telefactory", "dala"}},
      {"Dala TV Factory", "", {"dala", "telefactory"}},
      {"ТОО «Телефабрика Дала»", "LLP", {"telefactory", "dala"}},
      {"ЖШС \"Дала\"", "LLP", {"dala"}},
      {"JSC \"Commercial Television Channel\"", "JSC", {"commercial", "television", "channel"}},
      {"АО «Казахтелеком»", "JSC", {"kazakhtelekom"}},
      {"АҚ Қазақтелеком", "JSC", {"qazaqtelekom"}},
      {"Open Joint Stock Company Gasprom", "JSC", {"gasprom"}},
      {"ООО Ромашка", "LLC", {"romashka"}},
      {"Siemens GmbH", "GmbH", {"siemens"}},
      {"Nestle SA", "SA", {"nestle"}},
      {"FABERLIC EUROPE Sp. z o.o.", "Sp. z o.o.", {"faberlic", "europe"}},
      {"L.X.C. Aviation", "", {"lxc", "aviation"}},
      {"LLP Radio RIK", "LLP", {"radio", "rik"}},
      {"AO", "", {"ao"}},
      // Countries by any of their names, in any language and case, are one word.
      {"Europe Plus Kazakhstan", "", {"europe", "plus", "kazakhstan"}},
      {"Democratic Party of Kazakstan", "", {"democratic", "party", "of", "kazakhstan"}},
      {"Демократическая партия Казахстана", "", {"demokraticheskaya", "partiya", "kazakhstan"}},
      {"Central Bank of the Russian Federation", "", {"central", "bank", "of", "russia"}},
      {"UK Border Agency", "", {"unitedkingdom", "border", "agency"}},
      {"Bank of England", "", {"bank", "of", "england"}},  // a part of the country
      // Generic words across translations and cases.
      {"National Security Committee", "", {"national", "security", "committee"}},
      {"Комитета национальной безопасности", "", {"committee", "national", "security"}},
      {"Ұлттық қауіпсіздік комитеті", "", {"national", "security", "committee"}},
  };
  for (const OrgCase& c : cases) {
    const OrgName o = ParseOrgName(c.input);
    EXPECT_EQ(o.legal_form, c.legal_form) << c.input;
    EXPECT_EQ(o.core_words, c.core_words) << c.input;
    EXPECT_EQ(o.core_skeletons.size(), o.core_words.size()) << c.input;
  }
}

TEST(CanonicalLegalFormTest, AcrossLanguages) {
  const std::pair<const char*, const char*> cases[] = {
      {"LLP", "LLP"},
      {"too", "LLP"},
      {"ТОО", "LLP"},
      {"ЖШС", "LLP"},
      {"JSC", "JSC"},
      {"АО", "JSC"},
      {"АҚ", "JSC"},
      {"OAO", "JSC"},
      {"LLC", "LLC"},
      {"ООО", "LLC"},
      {"GmbH", "GmbH"},
      {"SA", "SA"},
      {"Open Joint Stock Company", "JSC"},
      {"Limited Liability Partnership", "LLP"},
      {"Dala", ""},
      {"", ""},
  };
  for (const auto& [input, canonical] : cases) {
    EXPECT_EQ(CanonicalLegalForm(input), canonical) << input;
  }
}

TEST(IsAcronymOfTest, InitialLettersOfSignificantWords) {
  EXPECT_TRUE(IsAcronymOf("KTK", "JSC \"Commercial Television Channel\""));
  EXPECT_TRUE(IsAcronymOf("KTK", "Коммерческий телевизионный канал"));
  EXPECT_TRUE(IsAcronymOf("К.Т.К.", "Commercial Television Channel"));
  EXPECT_TRUE(IsAcronymOf("ARTPS", "Agency of the Republic for Television and Press Services"));
  EXPECT_FALSE(IsAcronymOf("KTK", "Kazakh Radio"));
  EXPECT_FALSE(IsAcronymOf("KTK", "Commercial Television"));
  EXPECT_FALSE(IsAcronymOf("K", "Kazakh"));
}

TEST(FindAcronymDefinitionsTest, BothOrders) {
  const std::string text =
      "He sold KTK (JSC \"Commercial Television Channel\") in 2008. The Nomad Media Group (NMG) "
      "denied it (as usual).";
  const std::vector<AcronymDefinition> found = FindAcronymDefinitions(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].acronym, "KTK");
  EXPECT_EQ(found[0].expansion, "JSC \"Commercial Television Channel\"");
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start),
            "KTK (JSC \"Commercial Television Channel\")");
  EXPECT_EQ(found[1].acronym, "NMG");
  EXPECT_EQ(found[1].expansion, "Nomad Media Group");
  EXPECT_EQ(text.substr(found[1].start, found[1].end - found[1].start), "Nomad Media Group (NMG)");
}

TEST(FindAcronymDefinitionsTest, ExpansionEndsAtTheCommaOfARemark) {
  const std::vector<AcronymDefinition> found = FindAcronymDefinitions(
      "the leadership of KTK (JSC \"Commercial Television Channel\", one of the best known "
      "channels) and of NTK (a channel, like KTK)");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].acronym, "KTK");
  EXPECT_EQ(found[0].expansion, "JSC \"Commercial Television Channel\"");
}

TEST(FindAcronymDefinitionsTest, FarIntoALongTextOfLongWords) {
  // Brackets far from the start, after words so long that the few hundred
  // bytes before a bracket hold fewer words than a dotted acronym may need.
  std::string text;
  for (int i = 0; i < 20; ++i) text += "Supercalifragilisticexpialidocious-afterthoughts, ";
  text += "the Commercial Television Channel (K.T.K.) and ";
  for (int i = 0; i < 10; ++i) text += "Extraordinarilylongwordsforwindows ";
  text += "Kazakh Television Channel (ҚТК), Nomad (NMG).";
  const std::vector<AcronymDefinition> found = FindAcronymDefinitions(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].acronym, "K.T.K.");
  EXPECT_EQ(found[0].expansion, "Commercial Television Channel");
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start),
            "Commercial Television Channel (K.T.K.)");
  EXPECT_EQ(found[1].acronym, "ҚТК");
  EXPECT_EQ(text.substr(found[1].start, found[1].end - found[1].start),
            "Kazakh Television Channel (ҚТК)");
}

}  // namespace
}  // namespace dossier
