// The words of a cue, token by token (quote_cue_words.h).
#include "extract/quotes/internal/quote_cue_words.h"

#include <string_view>

#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_phrases.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {
namespace {

// "read" speaks only for a document: `"…," the statement read`, `it read`.
bool IsDocumentRead(const QuoteContext& c, int i) {
  return (TokenIs(c, i, "read") || TokenIs(c, i, "reads")) && i > 0 && IsWord(c, i - 1) &&
         (c.lexicon().IsDocumentNoun(c.TokenText(i - 1)) || TokenIs(c, i - 1, "it"));
}

}  // namespace

int ReadCue(const QuoteContext& c, int verb, int limit, QuoteCue* cue) {
  int end = verb + 1;
  if (end < limit && IsWord(c, end) &&
      c.lexicon().IsCueVerbWithParticle(c.TokenText(verb), c.TokenText(end))) {
    ++end;
  }
  if (c.lexicon().TakesAddressee(c.TokenText(verb)) && IsWord(c, end)) {
    int addressee_end = PhraseEnd(c, end, limit, 6);
    if (addressee_end > end) {
      cue->addressee = Cover(c, end, addressee_end - 1);
      end = addressee_end;
    }
  } else if (TokenIs(c, end, "to") && IsWord(c, end + 1)) {  // said to Newsweek
    int addressee_end = PhraseEnd(c, end + 1, limit, 6);
    if (addressee_end > end + 1) cue->addressee = Cover(c, end + 1, addressee_end - 1);
  }
  cue->cue = Cover(c, verb, end - 1);
  return end;
}

bool IsCueVerbAt(const QuoteContext& c, int i) {
  // Lower case only: "State" in "Secretary of State" is a name.
  return IsWord(c, i) && !StartsUpper(c.TokenText(i)) &&
         (c.lexicon().IsCueVerb(c.TokenText(i)) || IsDocumentRead(c, i) ||
          (IsWord(c, i + 1) &&
           c.lexicon().IsCueVerbWithParticle(c.TokenText(i), c.TokenText(i + 1))));
}

bool IsAccordingTo(const QuoteContext& c, int i) {
  return IsWord(c, i) && IsWord(c, i + 1) &&
         c.lexicon().OpensSourcePhrase(c.TokenText(i), c.TokenText(i + 1));
}

bool IsPossessiveMark(const QuoteContext& c, int i) {
  if (!(TokenIs(c, i, "'") || TokenIs(c, i, "\u2019")) || !IsWord(c, i - 1) ||
      c.token(i - 1).span.end != c.token(i).span.start) {
    return false;
  }
  const std::string_view before = c.TokenText(i - 1);
  return TokenIs(c, i + 1, "s") || before.back() == 's' || before.back() == 'S';
}

bool EndsSpeakerSearch(const QuoteContext& c, int v, int* parentheses) {
  *parentheses += TokenIs(c, v, "(") - TokenIs(c, v, ")");
  const bool initial = TokenIs(c, v, ".") && IsWord(c, v - 1) && c.TokenText(v - 1).size() == 1 &&
                       StartsUpper(c.TokenText(v - 1));
  const bool abbreviation = TokenIs(c, v, ".") && TokenIs(c, v + 1, ",");
  return (EndsSentence(c, v) && *parentheses <= 0 && !initial && !abbreviation) ||
         (IsQuoteMarkToken(c, v) && !IsPossessiveMark(c, v) && c.InQuote(c.token(v).span.start));
}

bool ClosesCueClause(const QuoteContext& c, int past) {
  if (past >= c.token_count() || !IsWord(c, past)) return true;
  const std::string_view word = c.TokenText(past);
  if (c.lexicon().IsTimeWord(word)) return true;
  return (c.lexicon().StopsPhrase(word) && word != "that" && word != "and" && word != "but") ||
         c.lexicon().IsCueFiller(word);
}

bool NamesSpeaker(const QuoteContext& c, int first, int end) {
  return end > first && (c.lexicon().IsDeterminer(c.TokenText(first)) ||
                         (StartsUpper(c.TokenText(first)) && StartsUpper(c.TokenText(end - 1))));
}

}  // namespace dossier::internal
