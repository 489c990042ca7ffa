#include "extract/ner/internal/kind_noun_names.h"

#include <algorithm>

#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/internal/organization_nouns.h"

namespace dossier::internal {
namespace {

bool IsOpeningQuote(std::string_view w) {
  return w == "\u00ab" || w == "\"" || w == "\u201c" || w == "\u201e";
}

bool IsClosingQuote(std::string_view w) {
  return w == "\u00bb" || w == "\"" || w == "\u201d" || w == "\u201c";
}

// Whether `w` may be a word of a Latin name in Cyrillic text: it opens with
// a Latin capital or a digit ("Kazakh", "TV", "500", "Hewlett-Packard").
bool LatinNameWord(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool HasLatinLetter(std::string_view w) {
  return std::any_of(w.begin(), w.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

// Small words inside a Latin name: "Bank of America", "Corriere della Sera".
bool LatinNameConnector(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "de" || w == "della" || w == "&";
}

bool HasCyrillicWords(const std::vector<std::string_view>& words, int least) {
  int found = 0;
  for (std::string_view w : words) {
    if (StartsWithCyrillic(w) && ++found >= least) return true;
  }
  return false;
}

// Whether a Russian organization noun is word `before` or a Kazakh one word
// `after` (the words right outside a name and its quotation marks).
bool KindNamed(const std::vector<std::string_view>& words, int before, int after) {
  const int n = static_cast<int>(words.size());
  return (after < n && KazakhOrganizationNoun(words[after])) ||
         (before >= 0 && RussianOrganizationNoun(words[before]));
}

constexpr int kMostWords = 4;

void TagQuotedNames(const std::vector<std::string_view>& words, std::vector<TypedSpan>* spans) {
  const int n = static_cast<int>(words.size());
  for (int open = 0; open < n; ++open) {
    if (!IsOpeningQuote(words[open])) continue;
    int close = open + 1;
    while (close < n && close <= open + kMostWords + 1 && !IsClosingQuote(words[close])) ++close;
    if (close >= n || !IsClosingQuote(words[close]) || close == open + 1 ||
        close - open - 1 > kMostWords || !StartsWithCapital(words[open + 1])) {
      continue;
    }
    if (!KindNamed(words, open - 1, close + 1)) continue;
    PlaceOrganizationSpan({open + 1, close, EntityType::kOrganization}, spans);
    open = close;
  }
}

void TagLatinNames(const std::vector<std::string_view>& words, std::vector<TypedSpan>* spans) {
  constexpr int kLeastCyrillicWords = 3;
  if (!HasCyrillicWords(words, kLeastCyrillicWords)) return;
  const int n = static_cast<int>(words.size());
  for (int begin = 0; begin < n; ++begin) {
    if (!LatinNameWord(words[begin]) || (begin > 0 && LatinNameWord(words[begin - 1]))) continue;
    int end = begin;
    while (end < n && end - begin < kMostWords &&
           (LatinNameWord(words[end]) || LatinNameConnector(words[end]))) {
      ++end;
    }
    while (end > begin && !LatinNameWord(words[end - 1])) --end;
    const bool latin = std::any_of(words.begin() + begin, words.begin() + end, HasLatinLetter);
    if (latin && KindNamed(words, begin - 1, end)) {
      PlaceOrganizationSpan({begin, end, EntityType::kOrganization}, spans);
    }
    begin = end - 1;
  }
}

}  // namespace

void PlaceOrganizationSpan(TypedSpan name, std::vector<TypedSpan>* spans) {
  const bool overlaps_outside = std::any_of(spans->begin(), spans->end(), [&](const TypedSpan& s) {
    return s.begin < name.end && name.begin < s.end && (s.begin < name.begin || s.end > name.end);
  });
  if (overlaps_outside) return;
  std::erase_if(*spans,
                [&](const TypedSpan& s) { return s.begin >= name.begin && s.end <= name.end; });
  spans->insert(
      std::upper_bound(spans->begin(), spans->end(), name,
                       [](const TypedSpan& a, const TypedSpan& b) { return a.begin < b.begin; }),
      name);
}

void TagKindNounOrganizations(const std::vector<std::vector<std::string_view>>& sentences,
                              std::vector<std::vector<TypedSpan>>* tagged) {
  for (size_t k = 0; k < sentences.size(); ++k) {
    TagQuotedNames(sentences[k], &(*tagged)[k]);
    TagLatinNames(sentences[k], &(*tagged)[k]);
  }
}

}  // namespace dossier::internal
