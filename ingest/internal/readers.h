// The per-format readers behind ReadSource (ingest/reader.h).
//
// Each takes the whole file, already checked for emptiness and size, and
// returns a ParsedSource of its kind. Error messages do not name the file:
// ReadSource prefixes them with the path.
//
// Thread-safe: no shared mutable state.
#ifndef DOSSIER_INGEST_INTERNAL_READERS_H_
#define DOSSIER_INGEST_INTERNAL_READERS_H_

#include <string_view>

#include "base/status.h"
#include "ingest/source.h"

namespace dossier::internal {

// Plain text: the decoded text as one kPlain block.
StatusOr<ParsedSource> ReadText(std::string_view bytes);

// Markdown: headings, paragraphs, list items and code blocks, inline markup
// stripped; title from front matter or the first level-1 heading.
StatusOr<ParsedSource> ReadMarkdown(std::string_view bytes);

// HTML: the article's headings and paragraphs without page boilerplate;
// title, URL and publication date from the page's metadata.
StatusOr<ParsedSource> ReadHtml(std::string_view bytes);

// PDF: each page's text layer as one kPlain block; title from the info
// dictionary.
StatusOr<ParsedSource> ReadPdf(std::string_view bytes);

// JSON: an object {"text", "title", "url", "published"}; "text" becomes one
// kPlain block.
StatusOr<ParsedSource> ReadJson(std::string_view bytes);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_READERS_H_
