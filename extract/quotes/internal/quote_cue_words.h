// The words of a cue, token by token: whether a token is a cue verb, the
// cue it opens (its particle and addressee: "pointed out", "told the
// court"), "according to", where the search from a quotation to its
// speaker's verb stops, and whether a cue's clause closes. The cue finder
// (speakers.h) is built on these.
//
//   QuoteCue cue;
//   if (IsCueVerbAt(context, t)) int past = ReadCue(context, t, limit, &cue);
//
// Token indices are into context.doc().tokens. Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_CUE_WORDS_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_CUE_WORDS_H_

#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/speakers.h"

namespace dossier::internal {

// How far the cue finder looks, in tokens: a speaker's phrase, the words
// after a quotation before its cue verb, an apposition on the way, a byline.
constexpr int kMostSpeakerTokens = 10;
constexpr int kMostAfterTokens = 16;
constexpr int kMostAppositionTokens = 28;
constexpr int kMostBylineTokens = 6;

// Fills cue->cue (and cue->addressee, after "told") for the verb at token
// `verb`, reading no further than `limit`; returns the index past the cue.
int ReadCue(const QuoteContext& c, int verb, int limit, QuoteCue* cue);

// True when token `i` is a cue verb (lower case: "State" of "Secretary of
// State" is none), a verb with its particle ("pointed out") or "read" after
// a document or "it".
bool IsCueVerbAt(const QuoteContext& c, int i);

// True when tokens `i`, `i + 1` open a source phrase: "according to X";
// "по словам X", "как сообщает X".
bool IsAccordingTo(const QuoteContext& c, int i);

// True when token `i` is the apostrophe of a possessive ("Sanders’
// campaign", "Gallup's"): a mark right after a word, before a space or "s".
bool IsPossessiveMark(const QuoteContext& c, int i);

// True when token `v`, on the way from a quotation to the verb of its
// speaker, ends the search: a sentence's end or the mark of another
// quotation of speech. "(D-Wash.)" (*parentheses counts the open ones), the
// initial of "Jeffrey M. Jones" and an abbreviation before a comma
// ("McConnell, R-Ky., said") end no sentence; the apostrophe of "Sanders’
// campaign manager" and the marks of a quoted name or scare quote ("a
// "turbulent election cycle" played out, he said") open no quotation.
bool EndsSpeakerSearch(const QuoteContext& c, int v, int* parentheses);

// True when the cue verb's clause ends at token `past` (the token after the
// verb and its addressee): punctuation, a quote mark, an adverb, a time or a
// prepositional phrase ("said.", "told The Hill on Monday", "said of the
// encounter", "wrote last week"), not an object or a complement clause ("said
// Ted Cruz …", "added that …").
bool ClosesCueClause(const QuoteContext& c, int past);

// True when the phrase [first, end) after a cue verb may name its speaker:
// a name, its first and last words capitalized ("said CBS moderator Nancy
// Cordes"), or a description ("said the mayor").
bool NamesSpeaker(const QuoteContext& c, int first, int end);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_CUE_WORDS_H_
