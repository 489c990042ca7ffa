// Helpers shared by the readers for building blocks and metadata strings.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_INGEST_INTERNAL_BLOCKS_H_
#define DOSSIER_INGEST_INTERNAL_BLOCKS_H_

#include <string>
#include <string_view>

#include "base/mapped_text.h"
#include "base/status.h"
#include "ingest/source.h"

namespace dossier::internal {

// Returns the length of the whitespace character at text[pos] (ASCII
// whitespace, U+00A0, U+200B, U+FEFF), or 0 when it is something else.
// REQUIRES: pos < text.size().
int WhitespaceLength(std::string_view text, size_t pos);

// Returns true when `text` has a character other than whitespace.
bool HasVisibleText(std::string_view text);

// Trims whitespace from both ends of `text`; when anything is left, appends
// it to `out` as a block of `kind` (heading_level only for kHeading).
void AddBlock(BlockKind kind, int heading_level, const MappedText& text, ParsedSource* out);

// Returns `text` with every run of whitespace turned into one space and the
// ends trimmed: for titles and other one-line metadata.
std::string CollapseWhitespace(std::string_view text);

// kInvalidArgument "no text found" plus an optional " (detail)".
Status NoTextError(std::string_view detail = "");

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_BLOCKS_H_
