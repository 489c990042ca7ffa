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
