// Reading a page's metadata: title (og:title, <title>, first <h1>), canonical
// URL (<link rel=canonical>, og:url) and publication date (article:
// published_time, itemprop=datePublished, JSON-LD "datePublished", meta
// pubdate/date/publish-date/dc.date/DC.date.issued, <time datetime>).
//
// Thread-safe (pure function over a tree the caller owns).
#ifndef DOSSIER_INGEST_INTERNAL_HTML_METADATA_H_
#define DOSSIER_INGEST_INTERNAL_HTML_METADATA_H_

#include <gumbo.h>

#include "ingest/source.h"

namespace dossier::internal {

// Fills out->title, out->url and out->published from the tree under
// `document` (each left empty when the page has none). `content` is the
// element the article text comes from; a <time datetime> inside it is
// preferred over one elsewhere.
void ReadHtmlMetadata(const GumboNode* document, const GumboNode* content, ParsedSource* out);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_HTML_METADATA_H_
