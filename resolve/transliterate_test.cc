#include "resolve/transliterate.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <string>
#include <vector>

namespace dossier {
namespace {

struct LatinCase {
  const char* input;
  const char* latin;
};

TEST(ToLatinTest, GoldenTable) {
  const LatinCase cases[] = {
      {"Назарбаев", "Nazarbayev"},
      {"Игильманов Исмаил", "Igilmanov Ismail"},
      {"Егармин", "Yegarmin"},
      {"Медетбеков Серик Рахимбаевич", "Medetbekov Serik Rakhimbayevich"},
      {"Кажегельдин", "Kazhegeldin"},
      {"Хрущёв", "Khrushchov"},
      {"Фёдор", "Fyodor"},
      {"Красный", "Krasny"},
      {"Юрьев", "Yuryev"},
      {"ПУТИН", "PUTIN"},
      {"Щукин", "Shchukin"},
      {"Қасым-Жомарт Тоқаев", "Qasym-Zhomart Toqayev"},
      {"Әлихан Бөкейхан", "Alikhan Bokeykhan"},
      {"Нұрсұлтан Әбішұлы", "Nursultan Abishuly"},
      {"Ғани Мұратбаев", "Ghani Muratbayev"},
      {"Vladimír Pútín", "Vladimir Putin"},
      {"Vladimirovič", "Vladimirovich"},
      {"Władimir", "Wladimir"},
      {"Βλαντίμιρ Πούτιν", "Blantimir Poutin"},
      {"LLP \"Telefabrika Dala\"", "LLP \"Telefabrika Dala\""},
  };
  for (const LatinCase& c : cases) EXPECT_EQ(ToLatin(c.input), c.latin) << c.input;
}

// ToLatin() writes a Latin letter whose marks it only has to drop ("é",
// "ễ", "Ạ", the Angstrom sign) and the typographic quotation marks and dashes
// without ICU's transliterator: what it writes, alone and two in a row, is
// what ICU's Any-Latin; Latin-ASCII writes. Every code point below U+3000
// that ToLatin() writes as one ASCII character is checked alone, and pairs
// of the Latin letters and general punctuation among them.
TEST(ToLatinTest, OneLetterAsIcuWritesIt) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> icu_latin(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  ASSERT_TRUE(U_SUCCESS(status));
  auto by_icu = [&](const std::string& text) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    icu_latin->transliterate(u);
    std::string out;
    return u.toUTF8String(out);
  };
  auto utf8 = [](UChar32 cp) {
    std::string out;
    return icu::UnicodeString(cp).toUTF8String(out);
  };
  std::vector<std::string> letters;
  for (UChar32 cp = 0x80; cp < 0x3000; ++cp) {
    if (cp >= 0x0400 && cp <= 0x052F) continue;  // Cyrillic: our own rules
    const std::string letter = utf8(cp);
    const std::string latin = ToLatin(letter);
    if (latin.size() != 1) continue;
    EXPECT_EQ(latin, by_icu(letter)) << "U+" << std::hex << cp;
    // Pairs of Latin letters and punctuation (ICU sets a mark between letters
    // of two scripts, "Ὀø": O, a Greek breathing, o; ToLatin() does not).
    UErrorCode script_status = U_ZERO_ERROR;
    if (uscript_getScript(cp, &script_status) == USCRIPT_LATIN || (cp >= 0x2010 && cp < 0x2028)) {
      letters.push_back(letter);
    }
  }
  EXPECT_GT(letters.size(), 400u);
  for (size_t i = 0; i < letters.size(); ++i) {
    for (size_t j = i % 11; j < letters.size(); j += 11) {
      const std::string pair = letters[i] + letters[j];
      EXPECT_EQ(ToLatin(pair), by_icu(pair)) << pair;
    }
  }
}

struct SkeletonCase {
  const char* a;
  const char* b;
};

// Spellings that must share one skeleton.
TEST(NameSkeletonTest, VariantsMeet) {
  const SkeletonCase cases[] = {
      {"Nazarbayev", "Nazarbaev"},
      {"Nazarbayev", "Назарбаев"},
      {"Yegarmin", "Egarmin"},
      {"Yegarmin", "Егармин"},
      {"Kazhegeldin", "Кажегельдин"},
      {"Mikhail", "Mihail"},
      {"Sergey", "Sergei"},
      {"Dmitriy", "Dmitry"},
      {"Dmitrii", "Дмитрий"},
      {"Tsoi", "Tzoi"},
      {"Alexander", "Aleksander"},
      {"Smirnoff", "Smirnov"},
      {"Romanow", "Romanov"},
      {"Zhanibek", "Janibek"},
      {"Dzhaksybek", "Jaksybek"},
      {"Yuliya", "Iuliia"},
      {"Sergej", "Sergei"},
      {"Akhmetov", "Ahmetov"},
      {"Sattarkhanov", "Саттарханов"},
      {"Vladimirovich", "Vladimirovitch"},
      {"Vladimirovič", "Vladimirovich"},
      {"Vladimirowitsch", "Vladimirovich"},
      {"Gorbachyov", "Gorbachiov"},
      {"Qasym", "Kasym"},
      {"Poutine", "Putine"},
      {"Ilyin", "Ilin"},
  };
  for (const SkeletonCase& c : cases) {
    EXPECT_EQ(NameSkeleton(c.a), NameSkeleton(c.b)) << c.a << " / " << c.b;
  }
  EXPECT_EQ(NameSkeleton("Nazarbayev"), "nazarbaev");
  EXPECT_EQ(NameSkeleton("Egarmin"), "egarmin");
  EXPECT_EQ(NameSkeleton("!!"), "");
}

TEST(NameSkeletonTest, DifferentNamesStayApart) {
  EXPECT_NE(NameSkeleton("Nazarbayev"), NameSkeleton("Nazarbekov"));
  EXPECT_NE(NameSkeleton("Nazarbayev"), NameSkeleton("Nazarbayeva"));
  EXPECT_NE(NameSkeleton("Tsoi"), NameSkeleton("Choi"));
}

struct DistanceCase {
  const char* a;
  const char* b;
  double cost;
  const char* edits;
};

TEST(WeightedEditDistanceTest, ConfusableLettersCostLess) {
  const DistanceCase cases[] = {
      {"igilmanov", "igelmanov", 0.5, "1 vowel"},
      {"nazarbaev", "nazarbaev", 0, ""},
      {"gasprom", "gazprom", 0.5, "1 similar letter"},
      {"nazarbaev", "nazarbekov", 2, "2 vowels, 1 letter"},
      {"jon", "dan", 1.5, "1 vowel, 1 letter"},
      {"serei", "sergei", 1, "1 letter"},
      // Two neighbouring letters swapped: one edit, not two substitutions.
      {"smtih", "smith", 1, "1 transposition"},
      {"kuzntesova", "kuznetsova", 1, "1 transposition"},
      {"sergie", "sergei", 1, "2 vowels"},  // two vowel substitutions cost the same
      {"abdc", "bacd", 2, "2 transpositions"},
      // Not a swap: the letters differ.
      {"smtxh", "smith", 1.5, "1 vowel, 1 letter"},
  };
  for (const DistanceCase& c : cases) {
    EXPECT_DOUBLE_EQ(WeightedEditDistance(c.a, c.b), c.cost) << c.a << " / " << c.b;
    EXPECT_EQ(DescribeEdits(c.a, c.b), c.edits) << c.a << " / " << c.b;
  }
  EXPECT_GT(WeightedEditDistance("abcdefgh", "zyxwvuts", 2), 2);
  // The early exit stays exact with transpositions.
  EXPECT_DOUBLE_EQ(WeightedEditDistance("nazarbaev", "anzarbaev", 1), 1);
  EXPECT_GT(WeightedEditDistance("nazarbaev", "anzrabaev", 1), 1);
}

// Against a word in its own script, a vowel for another is a letter, but o
// for e (ё) or u (ou, oo folded) and a for o or e (national spellings); the
// other costs are unchanged.
TEST(WeightedEditDistanceTest, OriginalScriptVowelsAreLetters) {
  struct Case {
    const char* a;
    const char* b;
    double loose, original;
  };
  const Case cases[] = {
      {"musin", "mazin", 1, 1.5},              // u for a, s for z
      {"tihaova", "tokaova", 1, 1.5},          // i for o, h for k
      {"musin", "musan", 0.5, 1},              // one mistyped vowel: one slip
      {"gorbaqev", "gorbaqiov", 1, 1},         // ё romanized yo
      {"losikuva", "losiokova", 1, 1},         // oo folded to u
      {"muhamedjanov", "muhamadjonov", 1, 1},  // Uzbek a for e, o for a
      {"lukawenko", "lukawenka", 0.5, 0.5},    // Belarusian a for o
      {"gasprom", "gazprom", 0.5, 0.5},        // consonants as before
      {"nazarbaev", "nazarbaev", 0, 0},
  };
  for (const Case& c : cases) {
    EXPECT_DOUBLE_EQ(WeightedEditDistance(c.a, c.b), c.loose) << c.a << " / " << c.b;
    EXPECT_DOUBLE_EQ(OriginalScriptEditDistance(c.a, c.b), c.original) << c.a << " / " << c.b;
  }
  EXPECT_GT(OriginalScriptEditDistance("musin", "mazin", 1), 1);
}

TEST(NominativeReadingsTest, CaseEndingsAreExposedNotGuessed) {
  using R = NominativeReading;
  EXPECT_EQ(NominativeReadings("Назарбаев"), (std::vector<R>{{"Назарбаев", false, false}}));
  EXPECT_EQ(NominativeReadings("Назарбаева"),
            (std::vector<R>{{"Назарбаева", true, false}, {"Назарбаев", false, true}}));
  EXPECT_EQ(NominativeReadings("Назарбаеву"),
            (std::vector<R>{{"Назарбаев", false, true}, {"Назарбаева", true, true}}));
  EXPECT_EQ(NominativeReadings("Назарбаевой"), (std::vector<R>{{"Назарбаева", true, true}}));
  EXPECT_EQ(NominativeReadings("Назарбаевым"), (std::vector<R>{{"Назарбаев", false, true}}));
  EXPECT_EQ(NominativeReadings("Вишневская"), (std::vector<R>{{"Вишневская", true, false}}));
  EXPECT_EQ(NominativeReadings("Вишневского"), (std::vector<R>{{"Вишневский", false, true}}));
  EXPECT_EQ(NominativeReadings("Ким"), (std::vector<R>{{"Ким", false, false}}));
  EXPECT_EQ(NominativeReadings("Nazarbayeva"), (std::vector<R>{{"Nazarbayeva", false, false}}));
}

TEST(DetectScriptTest, MostLettersWin) {
  EXPECT_EQ(DetectScript("Назарбаев"), Script::kCyrillic);
  EXPECT_EQ(DetectScript("Nazarbayev"), Script::kLatin);
  EXPECT_EQ(DetectScript("弗拉基米尔"), Script::kOther);
  EXPECT_EQ(DetectScript("1234"), Script::kUnknown);
}

}  // namespace
}  // namespace dossier
