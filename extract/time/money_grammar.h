// The interface a language's money grammar implements. The core
// (time_money.cc) tokenizes each passage (internal/time_tokens.h) and asks the
// grammar for amounts; a second language is another implementation in its own
// file, registered in MoneyGrammarFor.
//
// Implementations are immutable after construction and thread-safe.
#ifndef DOSSIER_EXTRACT_TIME_MONEY_GRAMMAR_H_
#define DOSSIER_EXTRACT_TIME_MONEY_GRAMMAR_H_

#include <string_view>
#include <vector>

#include "extract/time/internal/time_tokens.h"
#include "extract/time/time_money.h"

namespace dossier {

class MoneyGrammar {
 public:
  virtual ~MoneyGrammar() = default;

  // Appends the amounts of money among `tokens` (one passage of `text`) to
  // `out` in order, not overlapping, with span set and text left empty.
  virtual void Scan(std::string_view text, const std::vector<internal::TimeToken>& tokens,
                    std::vector<MoneyMention>* out) const = 0;
};

// The grammar for `language`; the English one for languages without one
// (time_grammars.cc).
const MoneyGrammar& MoneyGrammarFor(std::string_view language);

// The English grammar (money_grammar_en.cc).
const MoneyGrammar& EnglishMoneyGrammar();

// The Russian and Kazakh grammars (money_grammar_ru.cc, money_grammar_kk.cc):
// the shared parser of internal/money_parser.h with each language's words.
const MoneyGrammar& RussianMoneyGrammar();
const MoneyGrammar& KazakhMoneyGrammar();

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TIME_MONEY_GRAMMAR_H_
