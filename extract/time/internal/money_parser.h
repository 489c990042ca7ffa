// A money parser driven by one language's words: amounts with a currency
// symbol or ISO code before them ("$2,5 тыс.", "USD 300") or a currency word
// after them ("14 млн тенге", "2,5 млрд долларов", "80 миллионов фунтов
// стерлингов"), with decimal commas, spaces between thousands ("1 500 000"),
// multipliers and their abbreviations ("тыс.", "млн"), ranges ("от 5 до 6
// млн долларов", "5–6 млрд тенге"), rates ("в месяц", "айына") and vague
// amounts ("миллионы долларов": a lower bound). The Russian and Kazakh money
// grammars are this parser with their lexicons (money_grammar_ru.cc,
// money_grammar_kk.cc).
//
// Thread-safe (a pure function over immutable lexicons).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_MONEY_PARSER_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_MONEY_PARSER_H_

#include <string_view>
#include <vector>

#include "extract/time/internal/time_tokens.h"
#include "extract/time/internal/time_word_table.h"
#include "extract/time/money_grammar.h"
#include "extract/time/time_money.h"

namespace dossier::internal {

// A currency a word names after an amount.
struct CurrencyName {
  std::string_view code;  // ISO 4217
  double factor = 1;      // 0.01 for cents and kopecks
  // Only with a qualifier after it: "фунтов" is money only as "фунтов
  // стерлингов".
  bool needs_qualifier = false;
};

// Flags the lexicon tables add to a word's value.
inline constexpr int kAbbreviation = 1 << 8;      // takes a glued "." ("тыс.", "руб.")
inline constexpr int kNeedsPreposition = 1 << 9;  // a rate noun after the rate preposition

// Rates in the `rates` table (the value's low bits).
enum MoneyRate { kPerDay = 1, kPerWeek = 2, kPerMonth = 3, kPerYear = 4 };

struct MoneyLexicon {
  // Currency words after an amount, every form: index into `currencies`,
  // plus kAbbreviation.
  const WordTable* currency_words = nullptr;
  const CurrencyName* currencies = nullptr;
  // Words that belong to the currency word before them ("сша",
  // "стерлингов") or after them ("американских", "швейцарских"): value 1
  // after, 2 before.
  const WordTable* qualifiers = nullptr;
  // Multipliers: the power of ten, plus kAbbreviation ("млн" 6, "тысяч" 3).
  const WordTable* multipliers = nullptr;
  // Vague counts before a currency: the power of ten ("миллионы" 6, "сотни" 2).
  const WordTable* vague = nullptr;
  // Rates: a MoneyRate, plus kNeedsPreposition for nouns ("месяц" after "в").
  const WordTable* rates = nullptr;
  std::string_view rate_preposition;  // "в"; empty when the language has none
  // Whether a rate word may also stand before the amount ("айына 300 мың
  // теңге").
  bool rate_before_amount = false;
  std::string_view range_from;  // "от": opens "от 5 до 6 млн"
  std::string_view range_to;    // "до"
  // The value of a number word ("два", "пяти"), or -1.
  int (*cardinal)(std::string_view word) = nullptr;
};

// A MoneyGrammar that runs ScanMoney with one language's lexicon.
class LexiconMoneyGrammar final : public MoneyGrammar {
 public:
  explicit LexiconMoneyGrammar(const MoneyLexicon& lexicon) : lexicon_(lexicon) {}
  void Scan(std::string_view text, const std::vector<TimeToken>& tokens,
            std::vector<MoneyMention>* out) const override;

 private:
  MoneyLexicon lexicon_;
};

// Appends the amounts among `tokens` (one passage of `text`) to `out`, in
// order and not overlapping, with span set and text left empty.
void ScanMoney(const MoneyLexicon& lexicon, std::string_view text,
               const std::vector<TimeToken>& tokens, std::vector<MoneyMention>* out);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_MONEY_PARSER_H_
