// The Russian money grammar: the shared money parser (internal/money_parser.h)
// with Russian words in every case. "14 млн тенге", "$2,5 тыс.", "2,5 млрд
// долларов", "80 миллионов фунтов стерлингов", "500 тыс. рублей в месяц",
// "1 500 000 руб.", "от 5 до 6 млн долларов", "миллионы долларов".
#include "extract/time/internal/money_parser.h"
#include "extract/time/internal/time_lexicon_ru.h"
#include "extract/time/money_grammar.h"

namespace dossier {
namespace {

using internal::CurrencyName;
using internal::kAbbreviation;
using internal::kNeedsPreposition;
using internal::WordTable;

// Masculine nouns with a hard stem in every case and number (доллар, фунт).
constexpr std::string_view kHard[] = {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"};
// Masculine nouns in -ь (рубль, юань).
constexpr std::string_view kSoft[] = {"ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"};
// Feminine nouns in -а (гривна, иена, копейка), genitive plural included apart.
constexpr std::string_view kFeminine[] = {"а", "ы", "е", "у", "ой", "ам", "ами", "ах"};

enum Currency { kUsd, kEur, kGbp, kRub, kKzt, kChf, kCny, kJpy, kUah, kUsdCent, kRubKopeck };
constexpr CurrencyName kCurrencies[] = {{"USD"}, {"EUR"},          {"GBP", 1, true}, {"RUB"},
                                        {"KZT"}, {"CHF", 1, true}, {"CNY"},          {"JPY"},
                                        {"UAH"}, {"USD", 0.01},    {"RUB", 0.01}};

const WordTable* MakeCurrencyWords() {
  auto* t = new WordTable(160);
  t->AddForms("доллар", kHard, kUsd);
  t->Add("долл", kUsd | kAbbreviation);
  t->Add("евро", kEur);
  t->AddForms("фунт", kHard, kGbp);
  t->AddForms("рубл", kSoft, kRub);
  t->Add("руб", kRub | kAbbreviation);
  t->Add("тенге", kKzt);
  t->Add("теңге", kKzt);
  t->Add("тг", kKzt | kAbbreviation);
  t->AddForms("франк", kHard, kChf);
  t->AddForms("юан", kSoft, kCny);
  t->AddForms("иен", kFeminine, kJpy);
  t->AddForms("йен", kFeminine, kJpy);
  t->AddForms("гривн", kFeminine, kUah);
  t->Add("гривен", kUah);
  t->AddForms("цент", kHard, kUsdCent);
  t->AddForms("копе", {"йка", "йки", "йке", "йку", "йкой", "ек", "йкам", "йками", "йках"},
              kRubKopeck);
  return t;
}

const WordTable* MakeQualifiers() {
  auto* t = new WordTable(64);
  t->Add("сша", 1);
  t->AddForms("стерлинг", kHard, 1);
  static constexpr std::string_view kAdjective[] = {"ий", "ого", "ому", "им", "ом",
                                                    "ие", "их",  "им",  "ими"};
  for (std::string_view stem : {"американск", "российск", "казахстанск", "швейцарск", "китайск",
                                "японск", "украинск", "британск"}) {
    t->AddForms(stem, kAdjective, 2);
  }
  return t;
}

const WordTable* MakeMultipliers() {
  auto* t = new WordTable(96);
  t->AddForms("тысяч", {"а", "и", "е", "у", "ей", "ью", "", "ам", "ами", "ах"}, 3);
  t->Add("тыс", 3 | kAbbreviation);
  t->AddForms("миллион", kHard, 6);
  t->Add("млн", 6 | kAbbreviation);
  t->AddForms("миллиард", kHard, 9);
  t->Add("млрд", 9 | kAbbreviation);
  t->AddForms("триллион", kHard, 12);
  t->Add("трлн", 12 | kAbbreviation);
  return t;
}

const WordTable* MakeVague() {
  auto* t = new WordTable(64);
  t->AddForms("десят", {"ки", "ков", "кам", "ками", "ках"}, 1);
  t->AddForms("сот", {"ни", "ен", "ням", "нями", "нях"}, 2);
  t->AddForms("тысяч", {"и", "", "ам", "ами", "ах"}, 3);
  t->AddForms("нескольк", {"о", "их", "им", "ими"}, 0);
  t->AddForms("миллион", {"ы", "ов", "ам", "ами", "ах"}, 6);
  t->AddForms("миллиард", {"ы", "ов", "ам", "ами", "ах"}, 9);
  return t;
}

const WordTable* MakeRates() {
  auto* t = new WordTable(32);
  t->Add("день", internal::kPerDay | kNeedsPreposition);
  t->Add("сутки", internal::kPerDay | kNeedsPreposition);
  t->Add("неделю", internal::kPerWeek | kNeedsPreposition);
  t->Add("месяц", internal::kPerMonth | kNeedsPreposition);
  t->Add("год", internal::kPerYear | kNeedsPreposition);
  t->Add("ежедневно", internal::kPerDay);
  t->Add("еженедельно", internal::kPerWeek);
  t->Add("ежемесячно", internal::kPerMonth);
  t->Add("ежегодно", internal::kPerYear);
  return t;
}

}  // namespace

const MoneyGrammar& RussianMoneyGrammar() {
  static const internal::LexiconMoneyGrammar* grammar = [] {
    internal::MoneyLexicon lexicon;
    lexicon.currency_words = MakeCurrencyWords();
    lexicon.currencies = kCurrencies;
    lexicon.qualifiers = MakeQualifiers();
    lexicon.multipliers = MakeMultipliers();
    lexicon.vague = MakeVague();
    lexicon.rates = MakeRates();
    lexicon.rate_preposition = "в";
    lexicon.range_from = "от";
    lexicon.range_to = "до";
    lexicon.cardinal = &internal::RussianCardinal;
    return new internal::LexiconMoneyGrammar(lexicon);
  }();
  return *grammar;
}

}  // namespace dossier
