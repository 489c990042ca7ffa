#include "extract/countries/internal/russian_cases.h"

#include <algorithm>
#include <initializer_list>

namespace dossier::countries_internal {
namespace {

constexpr int kCases = 5;  // genitive, dative, accusative, instrumental, prepositional

// One declension: a nominative ending and, per case, the endings that
// replace it, '|'-separated alternatives ("ов|" is "ов" or the bare stem).
struct Paradigm {
  std::string_view nominative;
  std::string_view endings[kCases];
};

// Adjectives before the noun, longest ending first.
const Paradigm kAdjectives[] = {
    {"ая", {"ой", "ой", "ую", "ой|ою", "ой"}},
    {"яя", {"ей", "ей", "юю", "ей", "ей"}},
    {"ый", {"ого", "ому", "ый|ого", "ым", "ом"}},
    {"ий", {"ого|его", "ому|ему", "ий|ого", "им", "ом|ем"}},
    {"ой", {"ого", "ому", "ой|ого", "ым", "ом"}},
    {"ое", {"ого", "ому", "ое", "ым", "ом"}},
    {"ее", {"его", "ему", "ее", "им", "ем"}},
    {"ые", {"ых", "ым", "ые|ых", "ыми", "ых"}},
    {"ие", {"их", "им", "ие|их", "ими", "их"}},
};

// Nouns, longest ending first; "" is a stem ending in a consonant.
const Paradigm kNouns[] = {
    {"ство", {"ства", "ству", "ство", "ством", "стве"}},
    {"ия", {"ии", "ии", "ию", "ией", "ии"}},
    {"ий", {"ия", "ию", "ий", "ием", "ии"}},
    {"ка", {"ки", "ке", "ку", "кой", "ке"}},
    {"га", {"ги", "ге", "гу", "гой", "ге"}},
    {"ха", {"хи", "хе", "ху", "хой", "хе"}},
    {"ша", {"ши", "ше", "шу", "шей|шой", "ше"}},
    {"а", {"ы", "е", "у", "ой", "е"}},
    {"я", {"и", "е", "ю", "ей", "е"}},
    {"й", {"я", "ю", "й", "ем", "е"}},
    {"ь", {"и|я", "и|ю", "ь", "ью|ем", "и|е"}},
    {"ы", {"ов|", "ам", "ы", "ами", "ах"}},
    {"", {"а", "у", "", "ом|ем", "е"}},
};

constexpr std::string_view kVowels[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"};

// The '|'-separated alternatives of `endings`.
std::vector<std::string_view> Alternatives(std::string_view endings) {
  std::vector<std::string_view> out;
  while (true) {
    const size_t bar = endings.find('|');
    out.push_back(endings.substr(0, bar));
    if (bar == std::string_view::npos) return out;
    endings.remove_prefix(bar + 1);
  }
}

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> endings) {
  return std::any_of(endings.begin(), endings.end(),
                     [&](std::string_view e) { return word.ends_with(e); });
}

bool EndsWithVowel(std::string_view word) {
  return std::any_of(std::begin(kVowels), std::end(kVowels),
                     [&](std::string_view v) { return word.ends_with(v); });
}

// Whether `word` reads as an adjective before the noun.
bool IsAdjective(std::string_view word) {
  return EndsWithAny(word, {"ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие"});
}

// The paradigm of a noun, or nullptr when it does not decline.
const Paradigm* NounParadigm(std::string_view word) {
  if (word.size() < 4) return nullptr;  // one Cyrillic letter and its ending at least
  for (const Paradigm& p : kNouns) {
    if (p.nominative.empty()) {
      // A consonant stem ("казахстан", "чад"); not a foreign vowel or a sign.
      return EndsWithVowel(word) || word.ends_with("ь") || word.ends_with("й") ? nullptr : &p;
    }
    if (!word.ends_with(p.nominative)) continue;
    // "никарагуа", "папуа": -а after a vowel is indeclinable.
    if (p.nominative == "а" && EndsWithVowel(word.substr(0, word.size() - p.nominative.size()))) {
      return nullptr;
    }
    return &p;
  }
  return nullptr;
}

// The forms of one word in case `c` (the word itself when it does not
// decline). A hyphenated noun declines its last part, or its first when the
// last does not ("гвинеи-бисау", "шри-ланки").
std::vector<std::string> WordForms(std::string_view word, bool adjective, int c) {
  if (adjective) {
    for (const Paradigm& p : kAdjectives) {
      if (!word.ends_with(p.nominative)) continue;
      std::vector<std::string> out;
      const std::string_view stem = word.substr(0, word.size() - p.nominative.size());
      for (std::string_view e : Alternatives(p.endings[c]))
        out.push_back(std::string(stem) + std::string(e));
      return out;
    }
    return {std::string(word)};
  }
  const size_t hyphen = word.rfind('-');
  if (hyphen != std::string_view::npos) {
    const std::string_view head = word.substr(0, hyphen), last = word.substr(hyphen + 1);
    std::vector<std::string> out;
    if (NounParadigm(last) != nullptr) {
      for (std::string& form : WordForms(last, false, c))
        out.push_back(std::string(head) + "-" + form);
    } else {
      for (std::string& form : WordForms(head, false, c))
        out.push_back(form + "-" + std::string(last));
    }
    return out;
  }
  const Paradigm* p = NounParadigm(word);
  if (p == nullptr) return {std::string(word)};
  std::vector<std::string> out;
  const std::string_view stem = word.substr(0, word.size() - p->nominative.size());
  for (std::string_view e : Alternatives(p->endings[c]))
    out.push_back(std::string(stem) + std::string(e));
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view name) {
  std::vector<std::string_view> words;
  size_t start = 0;
  while (start <= name.size()) {
    const size_t space = name.find(' ', start);
    const size_t end = space == std::string_view::npos ? name.size() : space;
    if (end > start) words.push_back(name.substr(start, end - start));
    if (space == std::string_view::npos) break;
    start = space + 1;
  }
  return words;
}

}  // namespace

std::vector<std::string> RussianCaseForms(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name);
  // Which words decline, and whether as adjectives: leading adjectives and
  // their noun, again after each coordinating "и".
  std::vector<int> role(words.size(), 0);  // 0 stays, 1 adjective, 2 noun
  for (size_t i = 0; i < words.size();) {
    size_t j = i;
    while (j + 1 < words.size() && IsAdjective(words[j])) role[j++] = 1;
    role[j] = 2;
    i = j + 1;
    if (i + 1 < words.size() && words[i] == "и") {
      ++i;
      continue;
    }
    break;
  }
  std::vector<std::string> out;
  for (int c = 0; c < kCases; ++c) {
    std::vector<std::string> phrases = {""};
    for (size_t i = 0; i < words.size(); ++i) {
      const std::vector<std::string> forms = role[i] == 0
                                                 ? std::vector<std::string>{std::string(words[i])}
                                                 : WordForms(words[i], role[i] == 1, c);
      std::vector<std::string> next;
      for (const std::string& phrase : phrases) {
        for (const std::string& form : forms) next.push_back(phrase + (i > 0 ? " " : "") + form);
      }
      phrases = std::move(next);
    }
    for (std::string& phrase : phrases) {
      if (phrase != name && std::find(out.begin(), out.end(), phrase) == out.end()) {
        out.push_back(std::move(phrase));
      }
    }
  }
  return out;
}

}  // namespace dossier::countries_internal
