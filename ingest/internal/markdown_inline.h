// Removing Markdown inline markup while keeping every remaining byte mapped to
// its origin: **strong**, *em*, _em_, ~~strike~~, `code`, [text](url),
// ![alt](src), [text][ref], <https://autolinks>, backslash escapes.
//
// A pragmatic subset of CommonMark: delimiters pair up when a closing run of
// the same length follows; underscores inside words stay.
//
// Thread-safe (pure function).
#ifndef DOSSIER_INGEST_INTERNAL_MARKDOWN_INLINE_H_
#define DOSSIER_INGEST_INTERNAL_MARKDOWN_INLINE_H_

#include "base/mapped_text.h"

namespace dossier::internal {

// Returns `text` without its inline markup. Only ASCII markup bytes are
// removed, so valid UTF-8 stays valid; kept bytes keep their origins.
MappedText StripInlineMarkup(const MappedText& text);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_MARKDOWN_INLINE_H_
