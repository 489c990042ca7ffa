#include "extract/ner/internal/caps_sentences.h"

#include <unicode/uchar.h>

#include <string>
#include <unordered_map>

#include "base/utf8.h"
#include "extract/ner/internal/ner_lexicon.h"

namespace dossier::internal {
namespace {

constexpr int kMinCapsWords = 2;
constexpr int kMinCapsLetters = 6;

// True when a word of span [begin, end) is an organization designator
// ("COURT", "BANK", "JSC", "ТОО", "МИНИСТЕРСТВО"): the span names an
// organization whatever the rest of the document says.
bool HasOrgDesignator(const std::vector<std::string_view>& words, int begin, int end) {
  for (int i = begin; i < end; ++i) {
    const std::string key = FoldedWord(words[i]);
    if (((LexiconFlags(words[i]) | CyrillicLexiconFlags(words[i], key)) & kOrgDesignator) != 0) {
      return true;
    }
  }
  return false;
}

// True when a word has a Cyrillic letter (U+0400 to U+04FF).
bool HasCyrillic(const std::vector<std::string_view>& words) {
  for (std::string_view word : words) {
    for (size_t p = 0; p + 1 < word.size(); ++p) {
      const auto lead = static_cast<unsigned char>(word[p]);
      if (lead == 0xD0 || lead == 0xD1 || lead == 0xD2 || lead == 0xD3) return true;
    }
  }
  return false;
}

}  // namespace

bool IsCapsSentence(const std::vector<std::string_view>& words) {
  int letter_words = 0;
  int letters = 0;
  for (std::string_view word : words) {
    bool has_letter = false;
    size_t p = 0;
    while (p < word.size()) {
      char32_t cp = 0;
      const int length = DecodeUtf8(word, p, &cp);
      p += length > 0 ? length : 1;
      if (length <= 0 || !u_isalpha(static_cast<UChar32>(cp))) continue;
      if (u_islower(static_cast<UChar32>(cp))) return false;
      has_letter = true;
      ++letters;
    }
    letter_words += has_letter;
  }
  return letter_words >= kMinCapsWords && letters >= kMinCapsLetters;
}

void KeepCorroboratedCapsSpans(const std::vector<std::vector<std::string_view>>& sentences,
                               std::vector<std::vector<TypedSpan>>* tagged) {
  std::vector<bool> caps(sentences.size());
  bool any_caps = false;
  for (size_t k = 0; k < sentences.size(); ++k) {
    caps[k] = IsCapsSentence(sentences[k]) && HasCyrillic(sentences[k]);
    any_caps = any_caps || caps[k];
  }
  if (!any_caps) return;
  // What the rest of the document names: whole spans, and the single words of
  // persons' names (a headline gives the surname alone).
  std::unordered_map<std::string, EntityType> named;
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (caps[k]) continue;
    for (const TypedSpan& span : (*tagged)[k]) {
      named.emplace(FoldedWords(sentences[k], span.begin, span.end), span.type);
      if (span.type != EntityType::kPerson || span.end - span.begin < 2) continue;
      for (int i = span.begin; i < span.end; ++i) {
        named.emplace(FoldedWord(sentences[k][i]), EntityType::kPerson);
      }
    }
  }
  for (size_t k = 0; k < sentences.size(); ++k) {
    if (!caps[k]) continue;
    std::vector<TypedSpan> kept;
    for (TypedSpan span : (*tagged)[k]) {
      const auto found = named.find(FoldedWords(sentences[k], span.begin, span.end));
      if (found != named.end()) {
        span.type = found->second;
        kept.push_back(span);
      } else if (span.type == EntityType::kOrganization &&
                 HasOrgDesignator(sentences[k], span.begin, span.end)) {
        kept.push_back(span);
      }
    }
    (*tagged)[k] = std::move(kept);
  }
}

}  // namespace dossier::internal
