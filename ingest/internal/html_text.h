// Mapping the text gumbo decoded for a text node back to the source bytes.
//
// Gumbo resolves character references ("&amp;", "&#1078;"), turns CR LF into
// LF and drops some whitespace, but reports only where a text node starts. We
// walk its decoded text alongside the source span: literal characters match
// one to one, a character reference maps to the "&" that starts it, and
// anything that does not line up maps to the nearest source position, so an
// origin never leaves the node's span.
//
// Thread-safe (pure function).
#ifndef DOSSIER_INGEST_INTERNAL_HTML_TEXT_H_
#define DOSSIER_INGEST_INTERNAL_HTML_TEXT_H_

#include <string_view>

#include "base/mapped_text.h"

namespace dossier::internal {

// Returns `decoded` (gumbo's text for one node) with origins taken from
// `page`: the decoded page gumbo parsed, whose bytes [begin, end) are the
// node's source. REQUIRES: begin <= end <= page.text.size().
MappedText MapHtmlText(const MappedText& page, size_t begin, size_t end, std::string_view decoded);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_HTML_TEXT_H_
