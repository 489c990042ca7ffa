#include "extract/quotes/internal/quote_names.h"

#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {
namespace {

constexpr size_t kMostNameWords = 4;

// One letter: an initial ("I", "А"), whatever its byte length.
bool IsInitial(std::string_view word) { return text_internal::CountCodePoints(word) == 1; }

// The first letter of `word` (non-empty) as a view.
std::string_view FirstLetter(std::string_view word) {
  uint32_t length = 1;
  CodePointAt(word, 0, &length);
  return word.substr(0, length);
}

bool IsAcronym(std::string_view word) {
  if (word.size() < 2) return false;
  for (char ch : word) {
    if (!(ch >= 'A' && ch <= 'Z')) return false;
  }
  return true;
}

// A capitalized word that may be part of a person's name.
bool IsNameWord(const QuoteLexicon& lexicon, std::string_view word) {
  return StartsUpper(word) && !IsAcronym(word) && !lexicon.IsDeterminer(word) &&
         !lexicon.NeverAName(word) && lexicon.ThirdPersonPronoun(word) == PronounKind::kNone &&
         !lexicon.IsPersonNoun(word) && !lexicon.IsGroupNoun(word) &&
         !lexicon.IsDocumentNoun(word) && !lexicon.IsCueVerb(word);
}

// True when `word` is written in lower case somewhere in the document: a
// common word capitalized at a sentence start ("Holding", "More", "It").
bool WrittenLowerCase(const QuoteContext& context, std::string_view word) {
  for (int t = 0; t < context.token_count(); ++t) {
    const std::string_view token = context.TokenText(t);
    if (!StartsUpper(token) && QuoteLexicon::ExactNameWord(token, word)) return true;
  }
  return false;
}

}  // namespace

bool LoneCommonWord(const QuoteContext& context, Span word) {
  const std::string_view text = context.Text(word);
  if (!context.lexicon().OnlyACommonWord(text)) return false;
  for (int t = 1; t < context.token_count(); ++t) {
    if (context.token(t).kind != TokenKind::kWord || context.TokenText(t) != text) continue;
    const Token& before = context.token(t - 1);
    const std::string_view previous = context.TokenText(t - 1);
    const bool name_before = before.kind == TokenKind::kWord && StartsUpper(previous);
    const bool title_before =
        previous == "." && t > 1 && context.lexicon().IsPersonTitle(context.TokenText(t - 2));
    // A word that speaks is a name: "Sweeny said", "said Sweeny".
    const bool speaks =
        context.lexicon().IsCueVerb(previous) ||
        (t + 1 < context.token_count() && context.lexicon().IsCueVerb(context.TokenText(t + 1)));
    if (name_before || title_before || speaks) return false;
  }
  return true;
}

Span PersonNameIn(const QuoteContext& context, Span phrase) {
  std::string_view text = context.Text(phrase);
  const size_t cut = text.find_first_of(",(");
  if (cut != std::string_view::npos) text = text.substr(0, cut);
  const std::vector<std::string_view> words = Words(text);
  if (words.empty()) return {};
  size_t first = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (context.lexicon().IsPersonTitle(words[i])) first = i + 1;
  }
  const bool titled = first > 0;
  if (first >= words.size() || words.size() - first > kMostNameWords) return {};
  for (size_t i = first; i < words.size(); ++i) {
    if (!IsNameWord(context.lexicon(), words[i]) || words[i].ends_with("ing") ||
        words[i].ends_with("ly") || WrittenLowerCase(context, words[i])) {
      return {};
    }
  }
  // Without a title, one word must be more than an initial, and a word
  // alone must be able to name someone ("Тулегенов", not "Особенно").
  if (!titled && FullWords(text.substr(words[first].data() - text.data())) == 0) return {};
  if (!titled && words.size() - first == 1 && !context.lexicon().MayNameAlone(words[first])) {
    return {};
  }
  const uint32_t start =
      phrase.start + static_cast<uint32_t>(words[first].data() - context.Text(phrase).data());
  // "Details aside, …": a common word alone opening the phrase is no name.
  if (!titled && words.size() - first == 1 &&
      LoneCommonWord(context, {start, start + static_cast<uint32_t>(words[first].size())})) {
    return {};
  }
  const uint32_t end =
      phrase.start + static_cast<uint32_t>(words.back().data() + words.back().size() -
                                           context.Text(phrase).data());
  return {start, end};
}

int FullWords(std::string_view name) {
  int count = 0;
  for (std::string_view w : Words(name)) count += !IsInitial(w);
  return count;
}

bool NameFits(std::string_view name, std::string_view fuller, const QuoteLexicon& lexicon,
              bool inflected) {
  const std::vector<std::string_view> parts = Words(fuller);
  bool any = false, first_initial = true;
  for (std::string_view w : Words(name)) {
    if (IsInitial(w) && !first_initial) continue;  // a patronymic's initial
    bool found = false;
    for (std::string_view p : parts) {
      found |= !IsInitial(w)
                   ? (inflected ? lexicon.SameNameWord(w, p) : QuoteLexicon::ExactNameWord(w, p))
                   : QuoteLexicon::ExactNameWord(w, FirstLetter(p)) && !IsInitial(p);
    }
    if (!found) return false;
    any |= !IsInitial(w);
    first_initial &= !IsInitial(w);
  }
  return any;
}

namespace {

int BestFit(const std::vector<Entity>& entities, std::string_view name, int current,
            const QuoteLexicon& lexicon, bool inflected) {
  const int current_full = current >= 0 ? FullWords(entities[current].name) : 0;
  if (current >= 0 && current_full >= 2) return current;
  int best = -1, best_full = current_full, best_mentions = -1;
  bool tie = false;
  for (size_t e = 0; e < entities.size(); ++e) {
    const Entity& entity = entities[e];
    if (entity.type != EntityType::kPerson || static_cast<int>(e) == current) continue;
    if (!NameFits(name, entity.name, lexicon, inflected)) continue;
    const int full = FullWords(entity.name);
    const int mentions = static_cast<int>(entity.mentions.size());
    if (current >= 0 && full <= current_full) continue;
    if (full > best_full || (full == best_full && mentions > best_mentions)) {
      best = static_cast<int>(e);
      best_full = full;
      best_mentions = mentions;
      tie = false;
    } else if (full == best_full && mentions == best_mentions) {
      tie = true;
    }
  }
  if (best < 0 || tie) return current;
  return best;
}

}  // namespace

int BestPersonForName(const std::vector<Entity>& entities, std::string_view name, int current,
                      const QuoteLexicon& lexicon) {
  const int exact = BestFit(entities, name, current, lexicon, /*inflected=*/false);
  if (exact != current) return exact;
  return BestFit(entities, name, current, lexicon, /*inflected=*/true);
}

}  // namespace dossier::internal
