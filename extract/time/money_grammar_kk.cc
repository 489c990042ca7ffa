// The Kazakh money grammar: the shared money parser (internal/money_parser.h)
// with Kazakh words and their endings: "14 млн теңге", "2,5 млрд доллар",
// "500 мың теңгеден", "айына 300 мың теңге" (a rate before or after the amount),
// "миллиондаған доллар" (a lower bound).
#include "extract/time/internal/money_parser.h"
#include "extract/time/internal/time_lexicon_kk.h"
#include "extract/time/money_grammar.h"

namespace dossier {
namespace {

using internal::CurrencyName;
using internal::kAbbreviation;
using internal::WordTable;

// Case endings after a currency or multiplier ("теңгеге", "долларды",
// "мыңнан"), in both vowel harmonies.
constexpr std::string_view kEndings[] = {
    "",    "ы",   "і",   "сы",  "сі",  "ға",  "ге",  "қа",  "ке",  "на",  "не",
    "дан", "ден", "тан", "тен", "нан", "нен", "ды",  "ді",  "ты",  "ті",  "ны",
    "ні",  "да",  "де",  "та",  "те",  "дың", "дің", "тың", "тің", "ның", "нің",
    "лық", "лік", "дық", "дік", "тық", "тік", "мен", "бен", "пен"};

enum Currency { kKzt, kUsd, kEur, kRub, kGbp, kCny };
constexpr CurrencyName kCurrencies[] = {{"KZT"}, {"USD"}, {"EUR"}, {"RUB"}, {"GBP"}, {"CNY"}};

const WordTable* MakeCurrencyWords() {
  auto* t = new WordTable(320);
  t->AddForms("теңге", kEndings, kKzt);
  t->AddForms("тенге", kEndings, kKzt);
  t->Add("тг", kKzt | kAbbreviation);
  t->AddForms("доллар", kEndings, kUsd);
  t->AddForms("еуро", kEndings, kEur);
  t->AddForms("евро", kEndings, kEur);
  t->AddForms("рубль", kEndings, kRub);
  t->AddForms("рубл", {"ь", "ьге", "ьден", "ьді", "і"}, kRub);
  t->AddForms("фунт", kEndings, kGbp);
  t->AddForms("юань", kEndings, kCny);
  return t;
}

const WordTable* MakeQualifiers() {
  auto* t = new WordTable(16);
  t->AddForms("америка", {"", "лық"}, 2);
  t->Add("ақш", 2);
  t->AddForms("стерлинг", kEndings, 1);
  return t;
}

const WordTable* MakeMultipliers() {
  auto* t = new WordTable(256);
  t->AddForms("мың", kEndings, 3);
  t->AddForms("миллион", kEndings, 6);
  t->Add("млн", 6 | kAbbreviation);
  t->AddForms("миллиард", kEndings, 9);
  t->Add("млрд", 9 | kAbbreviation);
  t->AddForms("триллион", kEndings, 12);
  t->Add("трлн", 12 | kAbbreviation);
  return t;
}

const WordTable* MakeVague() {
  auto* t = new WordTable(16);
  t->Add("ондаған", 1);
  t->Add("жүздеген", 2);
  t->Add("мыңдаған", 3);
  t->Add("миллиондаған", 6);
  t->Add("миллиардтаған", 9);
  return t;
}

const WordTable* MakeRates() {
  auto* t = new WordTable(16);
  t->Add("күніне", internal::kPerDay);
  t->Add("аптасына", internal::kPerWeek);
  t->Add("айына", internal::kPerMonth);
  t->Add("жылына", internal::kPerYear);
  return t;
}

}  // namespace

const MoneyGrammar& KazakhMoneyGrammar() {
  static const internal::LexiconMoneyGrammar* grammar = [] {
    internal::MoneyLexicon lexicon;
    lexicon.currency_words = MakeCurrencyWords();
    lexicon.currencies = kCurrencies;
    lexicon.qualifiers = MakeQualifiers();
    lexicon.multipliers = MakeMultipliers();
    lexicon.vague = MakeVague();
    lexicon.rates = MakeRates();
    lexicon.rate_before_amount = true;
    lexicon.cardinal = &internal::KazakhCardinal;
    return new internal::LexiconMoneyGrammar(lexicon);
  }();
  return *grammar;
}

}  // namespace dossier
