// ParsedSource: what a reader makes of one input file before any text
// processing: decoded UTF-8 blocks that remember their original bytes, plus
// the metadata the format carries (title, URL, publication date).
//
// Thread-compatible value type.
#ifndef DOSSIER_INGEST_SOURCE_H_
#define DOSSIER_INGEST_SOURCE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/mapped_text.h"

namespace dossier {

enum class SourceKind { kText, kMarkdown, kHtml, kPdf, kJson };

// "text", "markdown", "html", "pdf", "json".
constexpr std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kText:
      return "text";
    case SourceKind::kMarkdown:
      return "markdown";
    case SourceKind::kHtml:
      return "html";
    case SourceKind::kPdf:
      return "pdf";
    case SourceKind::kJson:
      return "json";
  }
  return "text";
}

enum class BlockKind {
  kHeading,    // a heading; heading_level 1-6
  kParagraph,  // a paragraph or list item the format delimited itself
  kPlain,      // unstructured text; text/ finds its paragraphs and headings
};

struct SourceBlock {
  BlockKind kind = BlockKind::kPlain;
  int heading_level = 0;  // 1-6 for kHeading, else 0
  // Decoded UTF-8, not yet NFC-normalized. Origins index the raw input bytes
  // (for PDF: the UTF-8 text layer poppler extracted, pages joined by "\f").
  MappedText text;
};

struct ParsedSource {
  SourceKind kind = SourceKind::kText;
  std::string
      encoding;       // detected input encoding: "UTF-8", "windows-1251", "KOI8-R", "UTF-16LE"...
  std::string title;  // empty when the format names none
  std::string url;    // empty when unknown
  std::string published;  // ISO 8601 date or date-time as found in metadata; empty when unknown
  std::vector<SourceBlock> blocks;
};

}  // namespace dossier

#endif  // DOSSIER_INGEST_SOURCE_H_
