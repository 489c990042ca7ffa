#include "text/language.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace dossier {
namespace {

struct LanguageRow {
  std::string_view text;
  std::string_view expected;
};

// Golden table: text -> language code.
const LanguageRow kRows[] = {
    {"Medetbekov Serik Rakhimbaevich was born on November 23, 1961 in Alma-Ata.", "en"},
    {"Медетбеков Серик Рахимбаевич родился 23 ноября 1961 года в Алма-Ате.", "ru"},
    {"Медетбеков Серік Рахымбайұлы 1961 жылы 23 қарашада Алматы қаласында дүниеге келген.", "kk"},
    {"Қазақстан Республикасының Президенті", "kk"},
    // A Russian text that mentions one Kazakh name stays Russian.
    {"Президент выступил перед депутатами парламента и рассказал о реформах, которые "
     "правительство проведёт в ближайшие годы в Казахстане, в том числе в городе Қарағанды.",
     "ru"},
    // Mostly Cyrillic with Latin names.
    {"Компания Europe Plus Kazakhstan принадлежала семье президента страны.", "ru"},
    // Mostly Latin with a Cyrillic quotation.
    {"The newspaper called it «Казахгейт» in its long report on the corruption case.", "en"},
    // Running text in other Latin-script languages is marked with its language.
    {"Le président a quitté le pays en été sans prévenir personne de son départ.", "fr"},
    {"Der Gründer des Unternehmens erklärte am Dienstag, dass er das Land verlassen habe.", "de"},
    {"Şirketin kurucusu salı günü ülkeyi terk ettiğini açıkladı ve yurt dışına gitti.", "tr"},
    // ... but a short one, or a list of names, stays English whatever it looks like.
    {"Le président a quitté le pays.", "en"},
    {"Kairat Zhumabekov, Nurlan Sadykov, Almaty, Astana, Aigul Seitova, Shymkent", "en"},
    {"Bolat Seitov with his wife, Aigul Seitova, the youngest daughter of Kazakh Prime Minister "
     "Yerlan Dauletov, in 1998.",
     "en"},
    // Cyrillic text in Ukrainian or Kyrgyz is not read as Russian or Kazakh.
    {"Засновник компанії заявив у вівторок, що він залишив країну і не повернеться.", "uk"},
    {"Компаниянын негиздөөчүсү шейшемби күнү өлкөдөн кеткенин билдирди жана кайтпайт.", "ky"},
    // Russian without its function words that a model takes for Ukrainian:
    // no letter of Ukrainian's own.
    {"Крис Хелмбрехт - управляющий директор агентства Kollektiv. Крис Хелмбрехт — директор "
     "агентства «Kollektiv».",
     "ru"},
    // A Russian list of names and places stays Russian.
    {"Назарбаев Нурсултан Абишевич, Алматы, Астана, Шымкент, Караганда, Тараз", "ru"},
    // Invalid UTF-8 does not count as letters.
    {"\xFF\xFE\xFD\xFC\xFB\xFA\xF9\xF8\xF7\xF6\xF5\xF4\xF3", "und"},
};

TEST(DetectLanguageTest, ReadLanguages) {
  for (std::string_view read : {"en", "ru", "kk", "und"}) EXPECT_TRUE(IsReadLanguage(read));
  for (std::string_view unread : {"de", "uk", "ky", "ru-Latn", "und-Grek", ""}) {
    EXPECT_FALSE(IsReadLanguage(unread)) << unread;
  }
}

TEST(DetectLanguageTest, GoldenTable) {
  for (const LanguageRow& row : kRows) {
    EXPECT_EQ(DetectLanguage(row.text), row.expected) << "text: " << row.text;
  }
}

// A document of the passages [start, end) of `text`: its language and its
// passages' as DetectLanguages() sets them.
struct DocumentLanguages {
  std::string document;
  std::vector<std::string> passages;
};

DocumentLanguages LanguagesOf(std::string_view text, const std::vector<Span>& passages) {
  NormalizedDocument doc;
  doc.text = std::string(text);
  for (Span span : passages) {
    Passage passage;
    passage.span = span;
    doc.passages.push_back(passage);
  }
  DetectLanguages(&doc);
  DocumentLanguages languages{doc.language, {}};
  for (const Passage& passage : doc.passages) languages.passages.push_back(passage.language);
  return languages;
}

struct DocumentRow {
  std::string_view text;
  std::vector<Span> passages;
  std::string_view document;  // the document's language
  std::vector<std::string> passage_languages;
};

// Golden table: a document's language counts its letters once whether it is
// read passage by passage (passages after each other, ASCII non-letters at
// their edges) or whole (a word across an edge, passages out of order or
// overlapping, passages past the text's end).
const DocumentRow kDocumentRows[] = {
    // Three passages and the blank lines between them.
    {"Президент выступил перед депутатами.\n\nThe president spoke to deputies.\n\n"
     "Қазақстан Республикасының Президенті",
     {{0, 68}, {70, 102}, {104, 174}},
     "kk",
     {"ru", "en", "kk"}},
    // Text before the first passage and after the last one counts too.
    {"Медетбеков Серик Рахимбаевич родился в Алма-Ате. The president spoke.",
     {{90, 110}},
     "ru",
     {"en"}},
    // A passage edge inside a word: the text is counted whole.
    {"Kairat Zhumabekov, Nurlan Sadykov, Almaty, Astana", {{0, 10}, {10, 49}}, "en", {"und", "en"}},
    // Passages out of order, and one past the end of the text (left unset).
    {"The newspaper called it a long report.\n\nLe président a quitté le pays.",
     {{40, 72}, {0, 38}, {60, 200}},
     "en",
     {"en", "en", ""}},
};

TEST(DetectLanguagesTest, GoldenTable) {
  for (const DocumentRow& row : kDocumentRows) {
    const DocumentLanguages languages = LanguagesOf(row.text, row.passages);
    EXPECT_EQ(languages.document, row.document) << "text: " << row.text;
    EXPECT_EQ(languages.passages, row.passage_languages) << "text: " << row.text;
    // The same as the whole text's and each passage's alone.
    EXPECT_EQ(languages.document, DetectLanguage(row.text)) << "text: " << row.text;
  }
}

}  // namespace
}  // namespace dossier
