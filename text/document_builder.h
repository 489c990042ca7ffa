// Builds a NormalizedDocument from a reader's ParsedSource: normalizes every
// block (collapsing whitespace for HTML, PDF and JSON-free blocks that the
// format delimited, keeping line breaks of plain blocks), joins blocks with
// "\n\n", splits plain blocks into paragraphs and headings, assigns sections
// (a heading opens a section that runs to the next heading of the same or a
// higher level; a repeated heading with the same text does not open a new
// one), splits sentences and tokens and detects the language. Duplicates are
// not marked here (see dedupe.h).
//
// Details: blocks that normalize to nothing are dropped; plain blocks lose
// leading and trailing blank lines. A "\n\n" separator maps to the origin of
// the block after it, so NormalizedDocument::origin maps every byte to the raw
// input. Passage::section is the section of the nearest heading before the
// passage (sections are a flat list): every heading opens one, except a
// heading whose text equals that of the heading passage just before it
// ("General Information" pasted twice), which joins that section. Passages
// before the first heading form an untitled lead section (level 0); a
// document without headings has no sections. Headings found in plain text get
// level 1; format headings keep theirs, clamped to 1-6.
//
// Thread-safe (pure function).
#ifndef DOSSIER_TEXT_DOCUMENT_BUILDER_H_
#define DOSSIER_TEXT_DOCUMENT_BUILDER_H_

#include "ingest/source.h"
#include "text/document.h"

namespace dossier {

NormalizedDocument BuildDocument(const ParsedSource& source);

}  // namespace dossier

#endif  // DOSSIER_TEXT_DOCUMENT_BUILDER_H_
