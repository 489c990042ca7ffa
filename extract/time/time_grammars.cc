// The table of languages the time and money grammars read, and the choice of
// a passage's reading language. The core (time_money.cc) asks this table and
// never names a language itself.
#include <string_view>

#include "extract/time/money_grammar.h"
#include "extract/time/time_grammar.h"

namespace dossier {
namespace {

struct Language {
  std::string_view code;
  const TimeGrammar& (*time)();
  const MoneyGrammar& (*money)();
  // What text/language.h may detect in a passage of this language besides
  // its code: Kazakh without its own letters looks Russian.
  std::string_view also_detected_as;
};

constexpr Language kLanguages[] = {
    {"en", &EnglishTimeGrammar, &EnglishMoneyGrammar, ""},
    {"ru", &RussianTimeGrammar, &RussianMoneyGrammar, ""},
    {"kk", &KazakhTimeGrammar, &KazakhMoneyGrammar, "ru"},
};

// The entry for `code`; English for languages without one.
const Language& Find(std::string_view code) {
  for (const Language& l : kLanguages) {
    if (l.code == code) return l;
  }
  return kLanguages[0];
}

const Language* FindExact(std::string_view code) {
  for (const Language& l : kLanguages) {
    if (l.code == code) return &l;
  }
  return nullptr;
}

}  // namespace

const TimeGrammar& TimeGrammarFor(std::string_view language) { return Find(language).time(); }

const MoneyGrammar& MoneyGrammarFor(std::string_view language) { return Find(language).money(); }

std::string_view ReadingLanguage(std::string_view document_language,
                                 std::string_view passage_language) {
  const Language* passage = FindExact(passage_language);
  const Language* document = FindExact(document_language);
  if (passage == nullptr) return document != nullptr ? document->code : Find("").code;
  if (document == nullptr || document == passage ||
      (!document->also_detected_as.empty() && document->also_detected_as == passage_language)) {
    return document != nullptr ? document->code : passage->code;
  }
  return passage->code;
}

}  // namespace dossier
