// Builds a NormalizedDocument from a reader's ParsedSource: normalizes every
// block (collapsing whitespace for HTML, PDF and JSON-free blocks that the
// format delimited, keeping line breaks of plain blocks), joins blocks with
// "\n\n", splits plain blocks into paragraphs and headings, assigns sections
// (a heading opens a section that runs to the next heading of the same or a
// higher level; a repeated heading with the same text does not open a new
// one), splits sentences and tokens and detects the language. Duplicates are
// not marked here (see dedupe.h).
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
