#include "extract/document_extraction.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/testing/shipped_model.h"
#include "text/language.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

class DocumentExtractionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { models_ = ShippedNerModels(); }
  void SetUp() override { ASSERT_NE(models_, nullptr) << ShippedNerModelError(); }

  DocumentExtraction Extract(const NormalizedDocument& doc) const {
    return ExtractDocument(doc, ExtractionOptions{.ner_models = models_});
  }

  static const NerModels* models_;
};

const NerModels* DocumentExtractionTest::models_ = nullptr;

std::vector<std::string> Names(const DocumentExtraction& found) {
  std::vector<std::string> names;
  for (const Entity& entity : found.entities) names.push_back(entity.name);
  return names;
}

std::vector<std::string> Times(const DocumentExtraction& found) {
  std::vector<std::string> texts;
  for (const TimeMention& time : found.times) texts.push_back(time.text);
  return texts;
}

// A German paragraph in an English article is marked "de" and adds nothing:
// no entity, date, amount or quotation from it.
TEST_F(DocumentExtractionTest, PassageInUnreadLanguageAddsNothing) {
  const NormalizedDocument doc = MakeTestDocument(
      "Nurlan Sadykov met Kairat Zhumabekov in Almaty on March 4, 2019, and said the deal "
      "was over.\n\n"
      "Der Gründer Hans Müller erklärte am 5. Mai 2020 in Berlin, dass er das Unternehmen für "
      "20.000 Euro verkauft habe: „Ich gehe nicht zurück“, sagte Müller der Zeitung.");
  ASSERT_EQ(doc.passages.size(), 2u);
  EXPECT_EQ(PassageLanguage(doc, doc.passages[0]), "en");
  EXPECT_EQ(PassageLanguage(doc, doc.passages[1]), "de");
  EXPECT_FALSE(PassageIsRead(doc, doc.passages[1]));

  const DocumentExtraction found = Extract(doc);
  EXPECT_EQ(Names(found),
            (std::vector<std::string>{"Nurlan Sadykov", "Kairat Zhumabekov", "Almaty"}));
  EXPECT_EQ(Times(found), (std::vector<std::string>{"March 4, 2019"}));
  EXPECT_TRUE(found.money.empty());
  EXPECT_TRUE(found.quotes.empty());
}

// A document wholly in a language we do not read extracts nothing at all,
// its short passages (a heading too short to tell) included.
TEST_F(DocumentExtractionTest, DocumentInUnreadLanguageExtractsNothing) {
  NormalizedDocument doc = MakeTestDocument(
      "# Hans Müller\n\n"
      "Der Gründer Hans Müller erklärte am 5. Mai 2020 in Berlin, dass er das Unternehmen "
      "verlassen habe und nicht mehr zurückkehren werde.");
  doc.language = DetectLanguage(doc.text);
  EXPECT_EQ(doc.language, "de");
  EXPECT_EQ(PassageLanguage(doc, doc.passages[0]), "de");  // "und" on its own: the document's

  const DocumentExtraction found = Extract(doc);
  EXPECT_TRUE(found.entities.empty());
  EXPECT_TRUE(found.times.empty());
  EXPECT_TRUE(found.facts.empty());
}

// Ukrainian in Cyrillic is not read as Russian.
TEST_F(DocumentExtractionTest, UkrainianPassageIsNotReadAsRussian) {
  NormalizedDocument doc = MakeTestDocument(
      "Нурлан Садыков заявил во вторник, что покинул Алматы 4 марта 2019 года.\n\n"
      "Засновник компанії Петро Іваненко заявив у вівторок, що він залишив Київ 5 травня "
      "2020 року і не повернеться.");
  doc.language = "ru";
  EXPECT_EQ(PassageLanguage(doc, doc.passages[1]), "uk");
  const DocumentExtraction found = Extract(doc);
  for (const Entity& entity : found.entities) {
    EXPECT_EQ(entity.name.find("Іваненко"), std::string::npos) << entity.name;
    EXPECT_EQ(entity.name.find("Київ"), std::string::npos) << entity.name;
  }
  // "во вторник" and the date of the Russian paragraph; nothing of "5 травня 2020 року".
  EXPECT_EQ(Times(found), (std::vector<std::string>{"вторник", "4 марта 2019 года"}));
}

}  // namespace
}  // namespace dossier
