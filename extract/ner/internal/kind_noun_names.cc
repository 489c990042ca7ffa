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

}  // namespace

void TagKindNounOrganizations(const std::vector<std::vector<std::string_view>>& sentences,
                              std::vector<std::vector<TypedSpan>>* tagged) {
  constexpr int kMostWords = 4;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<std::string_view>& words = sentences[k];
    std::vector<TypedSpan>& spans = (*tagged)[k];
    const int n = static_cast<int>(words.size());
    for (int open = 0; open < n; ++open) {
      if (!IsOpeningQuote(words[open])) continue;
      int close = open + 1;
      while (close < n && close <= open + kMostWords + 1 && !IsClosingQuote(words[close])) ++close;
      if (close >= n || !IsClosingQuote(words[close]) || close == open + 1 ||
          close - open - 1 > kMostWords || !StartsWithCapital(words[open + 1])) {
        continue;
      }
      const bool kind_named = (close + 1 < n && KazakhOrganizationNoun(words[close + 1])) ||
                              (open > 0 && RussianOrganizationNoun(words[open - 1]));
      if (!kind_named) continue;
      const TypedSpan name{open + 1, close, EntityType::kOrganization};
      auto same = std::find_if(spans.begin(), spans.end(), [&](const TypedSpan& s) {
        return s.begin == name.begin && s.end == name.end;
      });
      const bool overlaps = std::any_of(spans.begin(), spans.end(), [&](const TypedSpan& s) {
        return s.begin < name.end && name.begin < s.end;
      });
      if (same != spans.end()) {
        same->type = EntityType::kOrganization;
      } else if (!overlaps) {
        spans.insert(std::upper_bound(
                         spans.begin(), spans.end(), name,
                         [](const TypedSpan& a, const TypedSpan& b) { return a.begin < b.begin; }),
                     name);
      }
      open = close;
    }
  }
}

}  // namespace dossier::internal
