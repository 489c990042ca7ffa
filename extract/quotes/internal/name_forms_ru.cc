#include "extract/quotes/internal/name_forms_ru.h"

#include <algorithm>

#include "extract/ner/name_forms_ru.h"
#include "extract/quotes/internal/quote_lexicon.h"

namespace dossier::internal {

std::vector<std::string> RussianNameLemmas(std::string_view word) {
  std::vector<std::string> lemmas{LowerWord(word)};
  for (const NameReading& reading : CyrillicNameReadings(word)) {
    std::string lemma = LowerWord(reading.lemma);
    if (std::find(lemmas.begin(), lemmas.end(), lemma) == lemmas.end()) {
      lemmas.push_back(std::move(lemma));
    }
  }
  return lemmas;
}

bool RussianNameWordsAgree(std::string_view mention, std::string_view name) {
  const std::vector<std::string> a = RussianNameLemmas(mention);
  const std::vector<std::string> b = RussianNameLemmas(name);
  for (const std::string& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

}  // namespace dossier::internal
