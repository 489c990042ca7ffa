#include "extract/ner/internal/organization_repeats.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "extract/ner/internal/kind_noun_names.h"
#include "extract/ner/internal/ner_lexicon.h"

namespace dossier::internal {
namespace {

using Words = std::vector<std::string_view>;

// Whether most words that open with a letter open with a Cyrillic one.
bool MostlyCyrillic(const std::vector<Words>& sentences) {
  int cyrillic = 0, latin = 0;
  for (const Words& words : sentences) {
    for (std::string_view w : words) {
      if (StartsWithCyrillic(w)) {
        ++cyrillic;
      } else if (!w.empty() && std::isalpha(static_cast<unsigned char>(w[0]))) {
        ++latin;
      }
    }
  }
  return cyrillic > latin;
}

}  // namespace

void TagRepeatedOrganizations(const std::vector<Words>& sentences,
                              std::vector<std::vector<TypedSpan>>* tagged) {
  if (!MostlyCyrillic(sentences)) return;
  std::set<Words> names;
  for (size_t k = 0; k < sentences.size(); ++k) {
    for (const TypedSpan& s : (*tagged)[k]) {
      if (s.type != EntityType::kOrganization || !StartsWithCapital(sentences[k][s.begin])) {
        continue;
      }
      names.emplace(sentences[k].begin() + s.begin, sentences[k].begin() + s.end);
    }
  }
  if (names.empty()) return;
  for (size_t k = 0; k < sentences.size(); ++k) {
    const Words& words = sentences[k];
    std::vector<TypedSpan>& spans = (*tagged)[k];
    const int n = static_cast<int>(words.size());
    for (const Words& name : names) {
      const int len = static_cast<int>(name.size());
      for (int i = 0; i + len <= n; ++i) {
        if (!std::equal(name.begin(), name.end(), words.begin() + i)) continue;
        PlaceOrganizationSpan({i, i + len, EntityType::kOrganization}, &spans);
        i += len - 1;
      }
    }
  }
}

}  // namespace dossier::internal
