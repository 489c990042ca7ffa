// Golden tables for the whole extraction of short wire stories (written for
// this test, names invented) with the shipped models: the tagger's own
// entities, not marked ones, so that what the fact patterns need from the
// tagger and the in-document merge (a nationality the tagger makes a name,
// a relative's given name beside a namesake, a company after "founded", a
// place in its Kazakh case) is checked end to end, in each language.
#include "pipeline/run_extractors.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/testing/marked_text.h"
#include "extract/testing/shipped_model.h"
#include "text/language.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

struct StoryCase {
  const char* language;
  const char* text;
  std::vector<std::string> expected;  // DescribeFacts, in document order
};

class RunExtractorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { models_ = ShippedNerModels(); }
  void SetUp() override {
    ASSERT_NE(models_, nullptr) << ShippedNerModelError();
    // Russian and Kazakh places in their cases need the dictionaries.
    if (!std::filesystem::exists("/usr/share/hunspell/ru_RU.dic") ||
        !std::filesystem::exists("/usr/share/hunspell/kk_KZ.dic")) {
      GTEST_SKIP() << "hunspell-ru or hunspell-kk not installed";
    }
  }

  std::vector<std::string> Facts(const StoryCase& c) const {
    NormalizedDocument doc = MakeTestDocument(c.text);
    doc.language = c.language;
    const DocumentExtraction found = RunExtractors(doc, ExtractionOptions{.ner_models = models_});
    return DescribeFacts(found.facts, found.entities);
  }

  static const NerModels* models_;
};

const NerModels* RunExtractorsTest::models_ = nullptr;

TEST_F(RunExtractorsTest, WireStoriesGoldenTable) {
  const StoryCase cases[] = {
      // A nationality the tagger makes a name is the office's country, and
      // the daughter's father is the person after the title.
      {"en",
       "Bolat Seitov married his wife, Aigul Seitova, the youngest daughter of Kazakh Prime "
       "Minister Yerlan Dauletov, in 1998.",
       {"Aigul Seitova spouse Bolat Seitov", "Aigul Seitova child_of Yerlan Dauletov",
        "Yerlan Dauletov citizen_of 'Kazakhstan'",
        "Yerlan Dauletov position 'Kazakhstan' [Prime Minister]"}},
      // "his lawyer Marat Zhakenov" is not the father named Marat.
      {"en",
       "Bolat Seitov was detained, his lawyer Marat Zhakenov said.\n\n"
       "Seitov's father, Marat, was a Soviet diplomat.",
       {"Marat parent_of Bolat Seitov", "Marat citizen_of 'Soviet Union'"}},
      // The object of "founded" is a company, whatever the tagger guessed;
      // prosecutors charge in the active voice too.
      {"en",
       "Bolat Seitov, who founded Temir Invest in 2012, moved to Austria. Prosecutors charged "
       "Seitov with fraud in 2016.",
       {"Bolat Seitov founded Temir Invest 2012-01-01..", "Bolat Seitov moved_to Austria",
        "Bolat Seitov charged_with 'fraud' {Prosecutors} 2016-01-01.."}},
      {"ru",
       "Его жена Айгуль Сеитова — дочь бывшего премьер-министра Ерлана Даулетова. В 2004 году "
       "Болат Сеитов был назначен послом Казахстана в Венгрии.",
       {"Айгуль Сеитова child_of Ерлана Даулетова",
        "Болат Сеитов position Казахстан [посол] 2004-01-01.."}},
      // A Kazakh place in its cases is one place, a country with a case
      // ending a place, and a deputy minister's office the ministry.
      {"kk",
       "Болат Сейітов Венада ұсталды. Ол Вена қаласында тұрады. 2009 жылы ол қаржы "
       "министрінің орынбасары болды. 2012 жылы ол Австрияға көшіп кетті.",
       {"Болат Сейітов lives_in Вена",
        "Болат Сейітов position 'қаржы министрлігі' [қаржы министрінің орынбасары] 2009-01-01..",
        "Болат Сейітов moved_to Австрия 2012-01-01.."}},
  };
  for (const StoryCase& c : cases) EXPECT_EQ(Facts(c), c.expected) << c.text;
}

}  // namespace
}  // namespace dossier
