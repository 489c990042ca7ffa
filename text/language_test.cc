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
    // Other Latin-script languages read as English (the only Latin language we support).
    {"Le président a quitté le pays en été sans prévenir personne.", "en"},
    // Too few letters.
    {"", "und"},
    {"1961-11-23 — 104.7 FM", "und"},
    {"Hi there", "und"},
    // Other scripts.
    {"東京都は日本の首都であり、世界最大の都市圏を持つ。", "und"},
    {"Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της.", "und"},
    // Invalid UTF-8 does not count as letters.
    {"\xFF\xFE\xFD\xFC\xFB\xFA\xF9\xF8\xF7\xF6\xF5\xF4\xF3", "und"},
};

TEST(DetectLanguageTest, GoldenTable) {
  for (const LanguageRow& row : kRows) {
    EXPECT_EQ(DetectLanguage(row.text), row.expected) << "text: " << row.text;
  }
}

}  // namespace
}  // namespace dossier
