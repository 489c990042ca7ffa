#include "text/language.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

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

}  // namespace
}  // namespace dossier
