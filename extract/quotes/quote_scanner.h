// The quotation-mark scanner: finds the quotations of a text from its marks
// alone, with no knowledge of speakers or entities.
//
// Marks: straight double quotes (their direction read from the characters
// around them), curly “ ” (and „ “, where “ closes), guillemets « », and
// single quotes ‘ ’ ' used as quotation marks; an apostrophe between letters
// ("Nazarbayev's", "don't", "rock 'n' roll") or one that never closes is not
// a mark. Quotations nest: a quotation inside a quotation belongs to the
// outer one and is not returned by itself.
//
// Dash dialogue (Russian and Kazakh typography, when the language's rules
// say so): a paragraph opening with a dash is speech, its author's words
// set off by dashes ("— Да, — сказал он, — с 1996 года.") are no part of it.
//
// Paragraphs are lines ("\n" ends one). A quotation that is still open at the
// end of a paragraph continues into the next when that paragraph opens with
// a mark (the convention: each paragraph opens, only the last closes), or
// when the next paragraph closes it without reopening; otherwise it ends with
// its paragraph. A stray mark (an opener that makes the paragraph's closing
// mark fall short of the opener at the start) is ignored. Unbalanced input
// never fails: the worst case is a quotation that ends with its paragraph.
//
//   for (const ScannedQuote& q : ScanQuotations(text))
//     if (q.speech) ...  // text[q.parts[0]] is the first quoted piece
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_QUOTE_SCANNER_H_
#define DOSSIER_EXTRACT_QUOTES_QUOTE_SCANNER_H_

#include <string_view>
#include <vector>

#include "text/document.h"

namespace dossier {

struct ScannedQuote {
  // The quoted text inside the marks, one part per paragraph, trimmed of
  // whitespace; never empty.
  std::vector<Span> parts;
  Span open_mark;   // the mark opening the first part
  Span close_mark;  // the mark closing the last part; empty ({e, e}) when unclosed
  // True when the quotation reads as reported speech; false for quoted names
  // and scare quotes ("Russian Radio", the "agreement"). See LooksLikeSpeech.
  bool speech = false;
  // Dash dialogue only: open_mark is the dash opening the paragraph,
  // close_mark is empty at the end of the last part, and `narration` the
  // first author's words between or after the parts ("сказал он"); empty
  // when the paragraph is speech alone or the quotation is in marks.
  Span narration;
  bool dash = false;  // a dash-dialogue paragraph
};

// Returns the top-level quotations of `text` in order, read by the rules
// of `language` (a NormalizedDocument::language code; "en" when empty).
// Offsets are byte offsets into `text`, which must be valid UTF-8 for the
// result to be meaningful (any bytes are accepted). Quotations in marks
// inside a dash-dialogue paragraph belong to it and are not returned.
std::vector<ScannedQuote> ScanQuotations(std::string_view text, std::string_view language = "en");

// Decides whether `quote` (a quotation of `text`) is speech rather than a
// name or a scare quote, from its length in words, whether it ends like a
// sentence or a clause (".", "?", "!", "," inside the marks), its
// capitalization (Title Case names) and the word before it ("the", "of",
// "so-called", "dubbed" introduce names; the words of `language`'s rules).
// Quotations over several paragraphs are speech.
bool LooksLikeSpeech(std::string_view text, const ScannedQuote& quote,
                     std::string_view language = "en");

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_QUOTE_SCANNER_H_
