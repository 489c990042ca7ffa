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
// ("$", "№", "•"), each one code point unless a word or number.
std::vector<Token> Tokenize(std::string_view text, Span range);

}  // namespace dossier

#endif  // DOSSIER_TEXT_SEGMENT_H_
