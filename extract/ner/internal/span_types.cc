#include "extract/ner/internal/span_types.h"

#include <algorithm>
#include <string>
#include <unordered_set>

#include "extract/ner/internal/ner_lexicon.h"

namespace dossier::internal {
namespace {

bool In(std::span<const std::string_view> sorted, std::string_view key) {
  return std::binary_search(sorted.begin(), sorted.end(), key);
}

bool HasHead(const std::vector<std::string_view>& words, const TypedSpan& span,
             const RetypeWords& lists) {
  for (int i = span.begin; i < span.end; ++i) {
    const std::string word = FoldedWord(words[i]);
    if (In(lists.organization_heads, word)) return true;
    if (span.type != EntityType::kPerson && In(lists.organization_heads_not_of_persons, word)) {
      return true;
    }
  }
  return false;
}

// True when the word right before the span is an organization cue.
bool AfterCue(const std::vector<std::string_view>& words, const TypedSpan& span,
              const RetypeWords& lists) {
  const int before = span.begin - 1;
  return before >= 0 && In(lists.organization_cues, FoldedWord(words[before]));
}

}  // namespace

void RetypeSpansByDocument(const std::vector<std::vector<std::string_view>>& sentences,
                           const RetypeWords& lists, std::vector<std::vector<TypedSpan>>* tagged) {
  // (1) Heads and cues; what they show to be organizations, by whole name and
  // by leading words when what follows is heads only ("Khabar" of "Khabar
  // TV"); the words of persons' full names. An organization the tagger alone
  // saw is not evidence (it may be wrong, and would spread).
  std::unordered_set<std::string> organizations;  // whole names
  std::unordered_set<std::string> stems;          // their leading words
  std::unordered_set<std::string> person_words;   // words of persons' names of 2+ words
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<std::string_view>& words = sentences[k];
    for (TypedSpan& span : (*tagged)[k]) {
      const bool evidence = HasHead(words, span, lists) || AfterCue(words, span, lists);
      if (evidence) span.type = EntityType::kOrganization;
      if (span.type == EntityType::kPerson && span.end - span.begin >= 2) {
        for (int i = span.begin; i < span.end; ++i) person_words.insert(FoldedWord(words[i]));
      }
      if (!evidence) continue;
      organizations.insert(FoldedWords(words, span.begin, span.end));
      int stem_end = span.end;
      while (stem_end > span.begin + 1 &&
             In(lists.organization_heads, FoldedWord(words[stem_end - 1]))) {
        --stem_end;
      }
      if (stem_end < span.end) stems.insert(FoldedWords(words, span.begin, stem_end));
    }
  }
  for (size_t k = 0; k < sentences.size(); ++k) {
    const std::vector<std::string_view>& words = sentences[k];
    std::vector<TypedSpan>& spans = (*tagged)[k];
    for (TypedSpan& span : spans) {
      // (2) The document's organizations.
      // Leading words turn only a "person" the document names in no full
      // name: "Khabar" of "Khabar TV", not "Trump" of "Trump Foundation"
      // beside "Donald Trump", nor the place "New York" of "New York Times".
      const std::string key = FoldedWords(words, span.begin, span.end);
      const bool stem_of_organization =
          span.type == EntityType::kPerson && stems.contains(key) && !person_words.contains(key);
      if (span.type != EntityType::kOrganization &&
          (organizations.contains(key) || stem_of_organization)) {
        span.type = EntityType::kOrganization;
      }
      // (3) "his father, Marat": a one-word name after a kinship word and a comma.
      if (span.type != EntityType::kPerson && span.end - span.begin == 1 && span.begin >= 2 &&
          words[span.begin - 1] == "," && In(lists.kinship, FoldedWord(words[span.begin - 2]))) {
        span.type = EntityType::kPerson;
      }
    }
    // (4) "Moreover, ..." is no one.
    std::erase_if(spans, [&](const TypedSpan& span) {
      return span.type == EntityType::kPerson && span.begin == 0 && span.end == 1 &&
             In(lists.sentence_adverbs, FoldedWord(words[0]));
    });
  }
}

}  // namespace dossier::internal
