#include "extract/quotes/internal/quote_phrases.h"

#include <algorithm>

#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {

bool IsWord(const QuoteContext& c, int i) {
  return i >= 0 && i < c.token_count() && c.token(i).kind == TokenKind::kWord;
}

bool TokenIs(const QuoteContext& c, int i, std::string_view text) {
  return i >= 0 && i < c.token_count() && c.TokenText(i) == text;
}

bool IsDashToken(const QuoteContext& c, int i) {
  return TokenIs(c, i, "\u2013") || TokenIs(c, i, "\u2014") || TokenIs(c, i, "\u2015") ||
         TokenIs(c, i, "-");
}

bool IsQuoteMarkToken(const QuoteContext& c, int i) {
  static constexpr std::string_view kMarks[] = {"\"",     "\u201C", "\u201D", "\u201E", "\u00AB",
                                                "\u00BB", "'",      "\u2018", "\u2019"};
  for (std::string_view m : kMarks) {
    if (TokenIs(c, i, m)) return true;
  }
  return false;
}

// The period of a title ("Gov.", "Sen.") does not end a sentence.
bool IsTitlePeriod(const QuoteContext& c, int i) {
  return TokenIs(c, i, ".") && IsWord(c, i - 1) && c.lexicon().IsPersonTitle(c.TokenText(i - 1)) &&
         c.token(i - 1).span.end == c.token(i).span.start;
}

bool EndsSentence(const QuoteContext& c, int i) {
  return (TokenIs(c, i, ".") && !IsTitlePeriod(c, i)) || TokenIs(c, i, "!") || TokenIs(c, i, "?") ||
         TokenIs(c, i, ";");
}

Span Cover(const QuoteContext& c, int first, int last) {
  return {c.token(first).span.start, c.token(last).span.end};
}

// A phrase of words from token `from` (inclusive) up to punctuation, a quote
// mark, a stop word after the first word, or `limit`; returns the index past
// its last token (== from when empty).
int PhraseEnd(const QuoteContext& c, int from, int limit, int most) {
  int i = from;
  while (i < limit && i - from < most) {
    if (!IsWord(c, i) && c.token(i).kind != TokenKind::kNumber) {
      // Inner periods of initials and hyphens stay ("I.P. Yegarmin", "R-Texas").
      if (!(TokenIs(c, i, ".") && i > from &&
            (c.TokenText(i - 1).size() <= 2 || IsTitlePeriod(c, i)))) {
        break;
      }
    }
    if (i > from && c.lexicon().StopsPhrase(c.TokenText(i))) break;
    ++i;
  }
  return i;
}

// Trims fillers off the end of the speaker phrase [first, end); returns the
// new end.
int TrimFillers(const QuoteContext& c, int first, int end) {
  while (end > first && IsWord(c, end - 1) && c.lexicon().IsCueFiller(c.TokenText(end - 1))) --end;
  while (end > first && (TokenIs(c, end - 1, ",") || IsDashToken(c, end - 1))) --end;
  return end;
}

// The first token of the sentence holding `offset`, not before `floor`.
int SentenceStartToken(const QuoteContext& c, uint32_t offset, uint32_t floor) {
  int sentence = c.SentenceAt(offset);
  uint32_t start = sentence >= 0 ? c.doc().sentences[sentence].start : offset;
  return c.FirstTokenAtOrAfter(std::max(start, floor));
}

// The subject of the sentence in tokens [first, end): a pronoun, or a run of
// capitalized words (titles with their periods included) followed by a
// lower-case word or an apposition's comma. Returns the index past it, or
// `first` when the sentence does not open with one; *from gets its start.
int SentenceSubject(const QuoteContext& c, int first, int end, int* from) {
  int i = first;
  while (i < end && (IsQuoteMarkToken(c, i) || IsDashToken(c, i))) ++i;
  if (i < end && IsWord(c, i) && c.lexicon().IsSentenceOpener(c.TokenText(i))) {
    ++i;
    if (TokenIs(c, i, ",")) ++i;
  }
  // An introductory phrase up to a comma: "On Twitter,", "Recalling that
  // moment," (a participle followed by a lower-case word, not "Manning,").
  const bool participle = IsWord(c, i) && StartsUpper(c.TokenText(i)) &&
                          c.TokenText(i).size() > 5 && c.TokenText(i).ends_with("ing") &&
                          IsWord(c, i + 1) && !StartsUpper(c.TokenText(i + 1));
  // A subordinate clause before the subject: "As the crowd began to chant,
  // Silverman … joked". When the quotation sits in that clause ("When
  // Trump used the words, "…"", "While Sullivan proclaims the article a
  // "…"") its subject is the clause's, after the opener.
  if (IsWord(c, i) && StartsUpper(c.TokenText(i)) && c.lexicon().IsClauseOpener(c.TokenText(i)) &&
      !c.lexicon().IsSentenceOpener(c.TokenText(i))) {
    int comma = i + 1;
    while (comma < end && !TokenIs(c, comma, ",") && !IsQuoteMarkToken(c, comma)) ++comma;
    const bool words_after = TokenIs(c, comma, ",") && IsWord(c, comma + 1) && comma + 1 < end;
    i = words_after ? comma + 1 : i + 1;
  } else if (i < end && IsWord(c, i) &&
             (c.lexicon().OpensIntroPhrase(c.TokenText(i)) || participle)) {
    while (i < end && !TokenIs(c, i, ",") && !IsQuoteMarkToken(c, i)) ++i;
    if (!TokenIs(c, i, ",")) return first;
    ++i;
  }
  // A short introduction closed by a comma before "he" or "she":
  // "Thirteen years earlier, she had voted", "Along with the photo, he
  // posted".
  for (int k = i + 1; k < end && k - i <= 5 && !EndsSentence(c, k) && !IsQuoteMarkToken(c, k);
       ++k) {
    if (IsWord(c, k) && c.lexicon().IsCueVerb(c.TokenText(k))) break;
    if (!TokenIs(c, k, ",")) continue;
    if (IsWord(c, k + 1) && c.lexicon().IsSubjectPronoun(c.TokenText(k + 1))) {
      *from = k + 1;
      return k + 2;
    }
    break;
  }
  *from = i;
  // A description closed by its apposition's comma: "The lawmaker, who …,".
  if (TokenIs(c, i, "The") || TokenIs(c, i, "A") || TokenIs(c, i, "An")) {
    const int k = PhraseEnd(c, i, end, 6);
    if (k > i + 1 && TokenIs(c, k, ",")) return k;
  }
  if (IsWord(c, i) && c.lexicon().ThirdPersonPronoun(c.TokenText(i)) != PronounKind::kNone &&
      IsWord(c, i + 1) && !StartsUpper(c.TokenText(i + 1))) {
    const std::string_view w = c.TokenText(i);
    // "his", "her", "their" open a phrase that is not the speaker.
    if (c.lexicon().IsSubjectPronoun(w)) return i + 1;
    return first;
  }
  int j = i;
  while (j < end && j - i < 6) {
    if (IsWord(c, j) && StartsUpper(c.TokenText(j))) {
      ++j;
    } else if (IsTitlePeriod(c, j)) {
      ++j;
    } else {
      break;
    }
  }
  if (j == i || j >= end) return first;
  // A determiner and a description up to its head noun: "The businessman
  // began …", "Another user wrote", "The conservative publication argued".
  if (j == i + 1 &&
      (c.lexicon().IsDeterminer(c.TokenText(i)) || c.lexicon().IsIndefinite(c.TokenText(i)))) {
    for (int k = j; k < end && k - j < 4 && IsWord(c, k) && !StartsUpper(c.TokenText(k)); ++k) {
      const std::string_view w = c.TokenText(k);
      if (c.lexicon().IsPersonNoun(w) || c.lexicon().IsGroupNoun(w) ||
          c.lexicon().IsDocumentNoun(w) || c.lexicon().IsAnonymousNoun(w) ||
          c.lexicon().IsSpokesNoun(w)) {
        return k + 1;
      }
    }
  }
  // A name after its role noun: "Band member Flea", "Republican pollster
  // Daron Shaw".
  if (IsWord(c, j) && c.lexicon().IsPersonNoun(c.TokenText(j)) && !StartsUpper(c.TokenText(j))) {
    int k = j + 1;
    while (k < end && k - j <= 4 && IsWord(c, k) && StartsUpper(c.TokenText(k))) ++k;
    if (k > j + 1 && k < end &&
        (TokenIs(c, k, ",") || (IsWord(c, k) && !StartsUpper(c.TokenText(k))))) {
      j = k;
    }
  }
  const bool verb_follows = IsWord(c, j) && !StartsUpper(c.TokenText(j));
  if (!verb_follows && !TokenIs(c, j, ",")) return first;
  return j;
}

}  // namespace dossier::internal
