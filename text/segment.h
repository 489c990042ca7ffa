// Sentence splitting and tokenization with byte offsets, for Latin and
// Cyrillic text alike.
//
// Sentences end at ".", "!", "?", "…" (and runs of them, with closing quotes
// and brackets) followed by whitespace and a plausible sentence start. They do
// not end after initials ("I.P. Yegarmin", "A. M. Kazhegeldin", "N.A.
// Nazarbayev", "Игильманов И.А."), titles and abbreviations ("Mr.", "Dr.",
// "No.", "Oct.", "St.", "Inc.", "т.е.", "г.", "ул."), inside numbers ("$ 2.5
// thousand", "104.7") or before a lower-case continuation.
//
// Precisely: a terminator run must be followed by whitespace, and the next
// word (opening quotes and brackets skipped) must not start with a lower-case
// letter; anything else (capital, digit, quote, dash, bracket, symbol) may
// start a sentence. Runs other than a single "." ("?", "!", "…", "...",
// "?!") then always end the sentence. After a single ".", the word before it
// (with inner periods: "т.е", "e.g", "U.S") decides:
//  - a table of English and Russian abbreviations: titles, months and the
//    like never end a sentence ("Mr.", "Oct.", "ул.", "т.е."); "No.", "Art.",
//    "Vol." do not before a digit ("No. 120"); list and company endings end
//    it before any word not in lower case ("etc.", "Inc.", "Ltd.", "и т.д.",
//    "руб."): "...Talk Radio etc. The company..." splits, "Apple Inc. in
//    1999" does not, and the rare "Apple Inc. Chairman X" splits wrongly;
//  - otherwise a single letter is an initial and never ends a sentence, so
//    "...in Plan B. Next..." stays one sentence (a known, accepted miss);
//  - one to three digits at the very start of a sentence are an enumerator
//    ("1. The plan...");
//  - a word glued to a digit, "@", "/" or "_" (ordinals, e-mails, URLs) is a
//    plain word; periods inside URLs, e-mails and numbers never split because
//    no whitespace follows them.
// A blank line (two "\n" with only spaces between) always ends a sentence.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_TEXT_SEGMENT_H_
#define DOSSIER_TEXT_SEGMENT_H_

#include <string_view>
#include <vector>

#include "text/document.h"

namespace dossier {

// Returns the sentences of text[range] in order, trimmed of whitespace; they
// cover every non-space byte of the range. REQUIRES: range within text.
std::vector<Span> SplitSentences(std::string_view text, Span range);

// Returns the tokens of text[range] in order: words (letters, with inner
// apostrophes and hyphens: "Nazarbayev's", "Ust-Kamenogorsk"), numbers
// ("120", "2.5", "1,000", "23.11.1961"), punctuation and other symbols
// ("$", "№", "•"), each one code point unless a word or number. Kinds follow
// the Unicode general category: "$", "+", "№" are symbols (S*); "•", "–",
// quotes and brackets are punctuation (P*).
std::vector<Token> Tokenize(std::string_view text, Span range);

// As SplitSentences() and Tokenize(), appending to *out: for callers that
// collect a whole document into one vector.
void AppendSentences(std::string_view text, Span range, std::vector<Span>* out);
void AppendTokens(std::string_view text, Span range, std::vector<Token>* out);

}  // namespace dossier

#endif  // DOSSIER_TEXT_SEGMENT_H_
