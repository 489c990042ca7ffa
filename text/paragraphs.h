// Finds the paragraphs and headings of unstructured plain text.
//
// Rules: blank lines always separate blocks. A text that is hard-wrapped
// (most lines of similar length near a wrap width, few of them long) has its
// wrapped lines joined into one paragraph; otherwise every non-empty line is a
// paragraph of its own (the common "one line per paragraph" export, list
// items "• ..." included). A short line (at most ~80 bytes) that stands alone
// between blank lines (or starts the text), starts with a capital letter or a
// digit, and ends without sentence punctuation (".", ",", ";", ":"), is a
// heading; a short standalone line ending in "?" or "!" of at most eight
// words is one too.
//
// Precisely (lengths in code points):
//  - Hard-wrapped: at most 5% of the non-empty lines are longer than 120; the
//    wrap width W (the 90th percentile of the lengths of lines followed by a
//    non-blank line) is at least 40; at least half of those lines are 0.7 W
//    or longer; and at least a quarter of them are followed by a line that
//    starts in lower case (a mid-sentence break, which one-paragraph-per-line
//    text does not have). Short-line lists and addresses are never wrapped.
//  - In wrapped text a line continues the paragraph above it unless it starts
//    with a list marker ("• ", "- ", "— ", "1. ", "2) ", "a) ", "(3) "), the
//    line above is longer than W + 10, or it does not start in lower case and
//    either its first word would have fitted on the line above or it is
//    indented more than the line above (and that line opens no list item).
//    Joined paragraphs keep their inner "\n"s: spans index the text.
//  - Headings: the line must be a block of its own with more text after it
//    (a last line is a paragraph); at most 80 code points; opening quotes
//    and brackets are skipped before the capital or digit, closing ones
//    before the final character; "…" counts as sentence punctuation; an
//    all-capitals line of at most eight words may end in "." ("CHAPTER I.").
//
// Thread-safe (pure function).
#ifndef DOSSIER_TEXT_PARAGRAPHS_H_
#define DOSSIER_TEXT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "text/document.h"

namespace dossier {

struct PlainBlock {
  Span span;  // trimmed byte range of `text`
  PassageKind kind = PassageKind::kParagraph;
};

// Returns the blocks of `text` in order. Spans never include leading or
// trailing whitespace; empty blocks are never returned.
std::vector<PlainBlock> SplitPlainText(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_TEXT_PARAGRAPHS_H_
