// Token-level reading of the narration around quotations: which tokens end
// a sentence, the phrase naming a speaker or an addressee, the fillers
// between a speaker and its verb ("also", "later"), and the subject opening a
// sentence. The cue finder (speakers.h) is built on these.
//
//   int end = PhraseEnd(context, first, limit, 10);
//   if (end > first) Span speaker = Cover(context, first, end - 1);
//
// Token indices are into context.doc().tokens; an index out of range is no
// word and no punctuation. Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_PHRASES_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_PHRASES_H_

#include <string_view>

#include "extract/quotes/internal/quote_context.h"

namespace dossier::internal {

// True when token `i` is a word.
bool IsWord(const QuoteContext& c, int i);
// True when token `i` is exactly `text`.
bool TokenIs(const QuoteContext& c, int i, std::string_view text);
// True when token `i` is a hyphen or an en, em or horizontal-bar dash.
bool IsDashToken(const QuoteContext& c, int i);
// True when token `i` is a quotation mark, straight or typographic.
bool IsQuoteMarkToken(const QuoteContext& c, int i);
// True when token `i` is the period of a title ("Gov.", "Sen."), which ends
// no sentence.
bool IsTitlePeriod(const QuoteContext& c, int i);
// True when token `i` ends a sentence: ".", "!", "?" or ";", not a title's
// period.
bool EndsSentence(const QuoteContext& c, int i);

// The span from the start of token `first` to the end of token `last`.
// REQUIRES: 0 <= first <= last < c.token_count().
Span Cover(const QuoteContext& c, int first, int last);

// A phrase of words (and numbers) from token `from` up to punctuation, a
// quote mark, a stop word after its first word, `limit` or `most` tokens;
// the periods of initials and titles stay inside ("I.P. Yegarmin", "Gov.
// Jerry Brown"). Returns the index past its last token (== from when empty).
int PhraseEnd(const QuoteContext& c, int from, int limit, int most);

// Trims fillers, commas and dashes off the end of the phrase [first, end);
// returns the new end (>= first).
int TrimFillers(const QuoteContext& c, int first, int end);

// The first token of the sentence holding `offset`, not before `floor`.
int SentenceStartToken(const QuoteContext& c, uint32_t offset, uint32_t floor);

// The subject of the sentence in tokens [first, end): "he" or "she", a run of
// capitalized words (titles with their periods, a role noun before a name:
// "Band member Flea") followed by a lower-case word or an apposition's comma,
// or a description closed by a comma ("The lawmaker, who …,"). A sentence
// opener ("And") and an introductory phrase closed by a comma ("On Twitter,",
// "Recalling that moment,") are skipped. Returns the index past the subject,
// or `first` when the sentence opens with none; *from gets its first token.
int SentenceSubject(const QuoteContext& c, int first, int end, int* from);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_PHRASES_H_
