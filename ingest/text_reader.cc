// Plain text reader: the decoded file as a single kPlain block; the text
// stage finds its paragraphs and headings.
#include "base/status.h"
#include "ingest/decode.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/readers.h"

namespace dossier::internal {

StatusOr<ParsedSource> ReadText(std::string_view bytes) {
  ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, DecodeOptions{}));
  if (!HasVisibleText(decoded.text.text)) return NoTextError("only whitespace");
  ParsedSource out;
  out.kind = SourceKind::kText;
  out.encoding = std::move(decoded.encoding);
  SourceBlock block;
  block.kind = BlockKind::kPlain;
  block.text = std::move(decoded.text);
  out.blocks.push_back(std::move(block));
  return out;
}

}  // namespace dossier::internal
