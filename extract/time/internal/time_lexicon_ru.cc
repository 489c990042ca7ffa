// Russian stems and the endings of their declensions. Each table is built
// once by expanding stem x endings (WordTable::AddForms); the endings lists
// are the case endings of the noun and adjective declensions the words
// follow, so a new word is one line with its stem and its class.
#include "extract/time/internal/time_lexicon_ru.h"

#include <algorithm>
#include <initializer_list>

#include "extract/time/internal/time_word_table.h"

namespace dossier::internal {
namespace {

// Masculine nouns with a hard stem (март, август, квартал, век, вторник).
constexpr std::string_view kHardMasculine[] = {"",  "а",  "у",  "ом",  "е",
                                               "ы", "ов", "ам", "ами", "ах"};
// Masculine nouns in -ь (январь, июнь, декабрь); ё of "январём" is read as е.
constexpr std::string_view kSoftMasculine[] = {"ь", "я",  "ю",  "ем",  "е",
                                               "и", "ей", "ям", "ями", "ях"};
// Feminine nouns in -а (весна, зима, среда, суббота, середина, половина).
constexpr std::string_view kFeminineA[] = {"а", "ы", "е", "у", "ой", "ою", "", "ам", "ами", "ах"};
// Feminine nouns in -ица and -я with a soft stem (пятница, неделя).
constexpr std::string_view kFeminineSoft[] = {"а", "ы", "е", "у", "ей", "ею", "и", "я", "ю"};
// Neuter nouns in -о (лето, начало).
constexpr std::string_view kNeuterO[] = {"о", "а", "у", "ом", "е"};
// Neuter nouns in -ие (десятилетие, столетие).
constexpr std::string_view kNeuterIe[] = {"ие", "ия",  "ию",   "ием", "ии",
                                          "ий", "иям", "иями", "иях"};
// Adjectives with a hard stem in every gender and number (прошлый, первый).
constexpr std::string_view kAdjective[] = {"ый", "ой", "ого", "ому", "ым", "ом",  "ая",  "ую",
                                           "ое", "ые", "ых",  "ыми", "ий", "его", "ему", "им",
                                           "ем", "ей", "яя",  "юю",  "ее", "ие",  "их",  "ими"};

const WordTable* MakeMonths() {
  auto* t = new WordTable(160);
  t->AddForms("январ", kSoftMasculine, 1);
  t->AddForms("феврал", kSoftMasculine, 2);
  t->AddForms("март", kHardMasculine, 3);
  t->AddForms("апрел", kSoftMasculine, 4);
  t->AddForms("ма", {"й", "я", "ю", "ем", "е"}, 5);
  t->AddForms("июн", kSoftMasculine, 6);
  t->AddForms("июл", kSoftMasculine, 7);
  t->AddForms("август", kHardMasculine, 8);
  t->AddForms("сентябр", kSoftMasculine, 9);
  t->AddForms("октябр", kSoftMasculine, 10);
  t->AddForms("ноябр", kSoftMasculine, 11);
  t->AddForms("декабр", kSoftMasculine, 12);
  return t;
}

constexpr WordEntry kMonthAbbreviations[] = {
    {"янв", 1}, {"фев", 2}, {"февр", 2}, {"мар", 3},  {"апр", 4},  {"июн", 6},   {"июл", 7},
    {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11}, {"нояб", 11}, {"дек", 12}};

const WordTable* MakeSeasons() {
  auto* t = new WordTable(48);
  t->AddForms("весн", kFeminineA, 1);
  t->AddForms("лет", {"о", "а", "у", "ом", "е"}, 2);
  t->AddForms("осен", {"ь", "и", "ью"}, 3);
  t->AddForms("зим", kFeminineA, 4);
  return t;
}

constexpr WordEntry kWeekdaysAccusative[] = {{"понедельник", 1}, {"вторник", 2}, {"среду", 3},
                                             {"четверг", 4},     {"пятницу", 5}, {"субботу", 6},
                                             {"воскресенье", 7}};

const WordTable* MakeCardinals() {
  auto* t = new WordTable(160);
  t->AddForms("од", {"ин", "ного", "ному", "ним", "ном", "на", "ной", "ну", "но"}, 1);
  t->AddForms("дв", {"а", "е", "ух", "ум", "умя"}, 2);
  t->AddForms("тр", {"и", "ех", "ем", "емя"}, 3);
  t->AddForms("четыр", {"е", "ех", "ем", "ьмя"}, 4);
  // Numerals in -ь: "пять", "пяти", "пятью".
  static constexpr WordEntry kSoft[] = {
      {"пят", 5},          {"шест", 6},         {"сем", 7},         {"девят", 9},
      {"десят", 10},       {"одиннадцат", 11},  {"двенадцат", 12},  {"тринадцат", 13},
      {"четырнадцат", 14}, {"пятнадцат", 15},   {"шестнадцат", 16}, {"семнадцат", 17},
      {"восемнадцат", 18}, {"девятнадцат", 19}, {"двадцат", 20},    {"тридцат", 30}};
  for (const WordEntry& e : kSoft) t->AddForms(e.word, {"ь", "и", "ью"}, e.value);
  t->AddForms("вос", {"емь", "ьми", "емью"}, 8);
  t->AddForms("сорок", {"", "а"}, 40);
  t->AddForms("пят", {"ьдесят", "идесяти"}, 50);
  t->AddForms("шест", {"ьдесят", "идесяти"}, 60);
  t->AddForms("сем", {"ьдесят", "идесяти"}, 70);
  t->AddForms("вос", {"емьдесят", "ьмидесяти"}, 80);
  t->AddForms("девяност", {"о", "а"}, 90);
  t->AddForms("ст", {"о", "а"}, 100);
  t->AddForms("нескольк", {"о", "их", "им", "ими"}, 3);
  t->AddForms("пар", {"у", "а", "ы"}, 2);
  return t;
}

const WordTable* MakeSmallOrdinals() {
  auto* t = new WordTable(128);
  t->AddForms("перв", kAdjective, 1);
  t->AddForms("втор", kAdjective, 2);
  t->AddForms("трет",
              {"ий", "ьего", "ьему", "ьим", "ьем", "ья", "ьей", "ью", "ье", "ьи", "ьих", "ьими"},
              3);
  t->AddForms("четверт", kAdjective, 4);
  return t;
}

// Values: the TimeUnit, plus 16 for plural forms.
constexpr int kPlural = 16;

const WordTable* MakeUnits() {
  auto* t = new WordTable(160);
  const int year = static_cast<int>(TimeUnit::kYear);
  t->AddForms("год", {"", "а", "у", "ом", "е"}, year);
  t->AddForms("год", {"ы", "ов", "ам", "ами", "ах"}, year + kPlural);
  t->Add("лет", year + kPlural);
  const int month = static_cast<int>(TimeUnit::kMonth);
  t->AddForms("месяц", {"", "а", "у", "ем", "е"}, month);
  t->AddForms("месяц", {"ы", "ев", "ам", "ами", "ах"}, month + kPlural);
  const int week = static_cast<int>(TimeUnit::kWeek);
  t->AddForms("недел", {"я", "и", "е", "ю", "ей", "ею"}, week);
  t->AddForms("недел", {"ь", "ям", "ями", "ях"}, week + kPlural);
  const int day = static_cast<int>(TimeUnit::kDay);
  t->AddForms("д", {"ень", "ня", "ню", "нем", "не"}, day);
  t->AddForms("д", {"ни", "ней", "ням", "нями", "нях"}, day + kPlural);
  t->AddForms("сут", {"ки", "ок", "кам", "ками", "ках"}, day + kPlural);
  const int quarter = static_cast<int>(TimeUnit::kQuarter);
  t->AddForms("квартал", {"", "а", "у", "ом", "е"}, quarter);
  t->AddForms("квартал", {"ы", "ов", "ам", "ами", "ах"}, quarter + kPlural);
  const int decade = static_cast<int>(TimeUnit::kDecade);
  t->AddForms("десятилет", {"ие", "ия", "ию", "ием", "ии"}, decade);
  t->AddForms("десятилет", {"ий", "иям", "иями", "иях"}, decade + kPlural);
  const int century = static_cast<int>(TimeUnit::kCentury);
  t->AddForms("век", {"", "а", "у", "ом", "е"}, century);
  t->AddForms("век", {"ов", "ам", "ами", "ах"}, century + kPlural);
  t->AddForms("столет", {"ие", "ия", "ию", "ием", "ии"}, century);
  return t;
}

const WordTable* MakeDecadeWords() {
  auto* t = new WordTable(64);
  static constexpr WordEntry kStems[] = {
      {"двадцат", 1920},    {"тридцат", 1930},   {"сороков", 1940},     {"пятидесят", 1950},
      {"шестидесят", 1960}, {"семидесят", 1970}, {"восьмидесят", 1980}, {"девяност", 1990},
      {"двухтысячн", 2000}, {"нулев", 2000}};
  for (const WordEntry& e : kStems) t->AddForms(e.word, {"ые", "ых", "ым", "ыми"}, e.value);
  return t;
}

// Values: shift + 8.
const WordTable* MakeShiftAdjectives() {
  auto* t = new WordTable(192);
  t->AddForms("прошл", kAdjective, -1 + 8);
  t->AddForms("минувш", kAdjective, -1 + 8);
  t->AddForms("предыдущ", kAdjective, -1 + 8);
  t->AddForms("позапрошл", kAdjective, -2 + 8);
  t->AddForms("текущ", kAdjective, 8);
  t->AddForms("нынешн", kAdjective, 8);
  t->AddForms("эт", {"от", "ого", "ому", "им", "ом", "а", "ой", "у", "о"}, 8);
  t->AddForms("следующ", kAdjective, 1 + 8);
  t->AddForms("будущ", kAdjective, 1 + 8);
  t->AddForms("грядущ", kAdjective, 1 + 8);
  return t;
}

// Values: the TimePart, plus 16 for "половина".
const WordTable* MakePartNouns() {
  auto* t = new WordTable(48);
  t->AddForms("начал", kNeuterO, static_cast<int>(TimePart::kEarly));
  t->AddForms("середин", kFeminineA, static_cast<int>(TimePart::kMid));
  t->AddForms("кон", {"ец", "ца", "цу", "цом", "це"}, static_cast<int>(TimePart::kLate));
  t->AddForms("половин", kFeminineA, static_cast<int>(TimePart::kFirstHalf) + 16);
  return t;
}

// Words that open a rule without being in one of the tables above.
constexpr std::string_view kRuleOpeners[] = {
    "в",         "во",          "с",           "со",        "по",       "до",        "к",
    "от",        "после",       "между",       "начиная",   "вчера",    "сегодня",   "завтра",
    "позавчера", "послезавтра", "сейчас",      "ныне",      "недавно",  "настоящее", "последние",
    "последних", "будущем",     "на",          "за",        "через",    "спустя",    "течение",
    "ежегодно",  "ежемесячно",  "еженедельно", "ежедневно", "каждый",   "каждую",    "каждое",
    "каждые",    "возрасте",    "полгода",     "около",     "примерно", "почти",     "более",
    "менее",     "свыше",       "год",         "месяц",     "неделю",   "день",      "летом",
    "весной",    "осенью",      "зимой"};

// The table `Make` builds, built once on first use.
template <const WordTable* (*Make)()>
const WordTable* Once() {
  static const WordTable* table = Make();
  return table;
}

const WordTable* MakeMonthAbbreviations() { return MakeWordTable(kMonthAbbreviations); }
const WordTable* MakeWeekdaysAccusative() { return MakeWordTable(kWeekdaysAccusative); }

const WordTable* Months() { return Once<MakeMonths>(); }
const WordTable* MonthAbbreviations() { return Once<MakeMonthAbbreviations>(); }
const WordTable* Seasons() { return Once<MakeSeasons>(); }
const WordTable* Cardinals() { return Once<MakeCardinals>(); }
const WordTable* SmallOrdinals() { return Once<MakeSmallOrdinals>(); }
const WordTable* Units() { return Once<MakeUnits>(); }
const WordTable* DecadeWords() { return Once<MakeDecadeWords>(); }
const WordTable* ShiftAdjectives() { return Once<MakeShiftAdjectives>(); }
const WordTable* PartNouns() { return Once<MakePartNouns>(); }
const WordTable* WeekdaysAccusative() { return Once<MakeWeekdaysAccusative>(); }

}  // namespace

int RussianMonth(std::string_view word) { return Months()->Find(word, 0); }

int RussianMonthAbbreviation(std::string_view word) { return MonthAbbreviations()->Find(word, 0); }

int RussianSeason(std::string_view word) { return Seasons()->Find(word, 0); }

int RussianWeekdayAccusative(std::string_view word) { return WeekdaysAccusative()->Find(word, 0); }

int RussianCardinal(std::string_view word) { return Cardinals()->Find(word, -1); }

int RussianSmallOrdinal(std::string_view word) { return SmallOrdinals()->Find(word, 0); }

bool RussianTimeUnit(std::string_view word, TimeUnit* unit, bool* plural) {
  const int v = Units()->Find(word, -1);
  if (v < 0) return false;
  *unit = static_cast<TimeUnit>(v % kPlural);
  *plural = v >= kPlural;
  return true;
}

int RussianDecadeWord(std::string_view word) { return DecadeWords()->Find(word, 0); }

bool RussianShiftAdjective(std::string_view word, int* shift) {
  const int v = ShiftAdjectives()->Find(word, 0);
  if (v == 0) return false;
  *shift = v - 8;
  return true;
}

bool RussianPartNoun(std::string_view word, TimePart* part, bool* half) {
  const int v = PartNouns()->Find(word, -1);
  if (v < 0) return false;
  *half = v >= 16;
  *part = static_cast<TimePart>(v % 16);
  return true;
}

int RomanNumeral(std::string_view word) {
  if (word.empty() || word.size() > 12) return 0;
  int total = 0, previous = 0;
  for (size_t i = word.size(); i > 0;) {
    int value = 0;
    const auto c = static_cast<unsigned char>(word[i - 1]);
    if (c == 'i') {
      value = 1, i -= 1;
    } else if (c == 'v') {
      value = 5, i -= 1;
    } else if (c == 'x') {
      value = 10, i -= 1;
    } else if (c == 'l') {
      value = 50, i -= 1;
    } else if (i >= 2 && word.substr(i - 2, 2) == "х") {  // Cyrillic х
      value = 10, i -= 2;
    } else if (i >= 2 && word.substr(i - 2, 2) == "і") {  // Cyrillic і
      value = 1, i -= 2;
    } else {
      return 0;
    }
    total += value < previous ? -value : value;
    previous = std::max(previous, value);
  }
  return total;
}

bool IsRussianTimeStartWord(std::string_view word) {
  // One table of every word that can open a rule: one probe per token.
  static const WordTable* t = [] {
    auto* table = new WordTable(2048);
    for (std::string_view w : kRuleOpeners) table->Add(w, 1);
    for (const WordTable* other :
         {Months(), Seasons(), Cardinals(), SmallOrdinals(), Units(), DecadeWords(),
          ShiftAdjectives(), PartNouns(), MonthAbbreviations(), WeekdaysAccusative()}) {
      table->AddWordsOf(*other, 1);
    }
    return table;
  }();
  return t->Find(word, 0) != 0 || RomanNumeral(word) != 0;
}

}  // namespace dossier::internal
