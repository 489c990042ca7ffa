#include "extract/internal/name_forms_ru.h"

#include <algorithm>

#include "extract/internal/quote_lexicon.h"
#include "text/internal/chars.h"

namespace dossier::internal {
namespace {

constexpr size_t kMostStemLetters = 2;  // a stem keeps at least three letters

// True when the last letter of `stem` is a Cyrillic consonant (or й/ь).
bool EndsInConsonant(std::string_view stem) {
  static constexpr std::string_view kVowels[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"};
  if (stem.size() < 2) return false;
  const std::string_view last = stem.substr(stem.size() - 2);
  if (static_cast<unsigned char>(last[0]) != 0xD0 && static_cast<unsigned char>(last[0]) != 0xD1) {
    return false;  // not Cyrillic
  }
  return std::none_of(std::begin(kVowels), std::end(kVowels),
                      [&](std::string_view v) { return last == v; });
}

// A case ending, and the nominative endings the stem may take back
// ("|"-separated; "" is the bare stem).
struct Ending {
  std::string_view oblique;
  std::string_view nominatives;
  bool after_consonant;  // the stem must end in a consonant
};

// Longer endings first: "ского" before "о", "ым" before "м".
constexpr Ending kEndings[] = {
    {"ского", "ский", false}, {"скому", "ский", false}, {"ским", "ский", false},
    {"ском", "ский", false},  {"ской", "ская", false},  {"скую", "ская", false},
    {"цкого", "цкий", false}, {"цкому", "цкий", false}, {"цким", "цкий", false},
    {"цкой", "цкая", false},  {"ым", "", true},         {"им", "", true},
    {"ом", "", true},         {"ем", "|й|ь", false},    {"ой", "а", true},
    {"ою", "а", true},        {"ей", "я|ь", false},     {"а", "", true},
    {"я", "й|ь", false},      {"у", "|а", true},        {"ю", "й|ь|я", false},
    {"е", "|а|я|й", true},    {"ы", "а", true},         {"и", "а|я|ь", false},
};

}  // namespace

std::vector<std::string> RussianNameLemmas(std::string_view word) {
  std::vector<std::string> lemmas{LowerWord(word)};
  const std::string lower = lemmas.front();
  for (const Ending& ending : kEndings) {
    if (!std::string_view(lower).ends_with(ending.oblique)) continue;
    const std::string_view stem =
        std::string_view(lower).substr(0, lower.size() - ending.oblique.size());
    if (text_internal::CountCodePoints(stem) <= kMostStemLetters) continue;
    if (ending.after_consonant && !EndsInConsonant(stem)) continue;
    std::string_view rest = ending.nominatives;
    while (true) {
      const size_t bar = rest.find('|');
      std::string lemma = std::string(stem) + std::string(rest.substr(0, bar));
      if (std::find(lemmas.begin(), lemmas.end(), lemma) == lemmas.end()) {
        lemmas.push_back(std::move(lemma));
      }
      if (bar == std::string_view::npos) break;
      rest = rest.substr(bar + 1);
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
