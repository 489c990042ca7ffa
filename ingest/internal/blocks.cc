#include "ingest/internal/blocks.h"

#include <algorithm>
#include <cctype>

#include "base/ascii.h"

namespace dossier::internal {

int WhitespaceLength(std::string_view text, size_t pos) {
  switch (text[pos]) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
      return 1;
    default:
      break;
  }
  const std::string_view rest = text.substr(pos);
  for (std::string_view space : {"\u00A0", "\u200B", "\uFEFF"}) {
    if (rest.substr(0, space.size()) == space) return static_cast<int>(space.size());
  }
  return 0;
}

bool HasVisibleText(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    const int length = WhitespaceLength(text, pos);
    if (length == 0) return true;
    pos += length;
  }
  return false;
}

void AddBlock(BlockKind kind, int heading_level, const MappedText& text, ParsedSource* out) {
  const std::string_view bytes = text.text;
  size_t begin = 0;
  while (begin < bytes.size()) {
    const int length = WhitespaceLength(bytes, begin);
    if (length == 0) break;
    begin += length;
  }
  if (begin == bytes.size()) return;
  // Trim from the end: step back over whitespace characters, which end in
  // an ASCII byte or in the last byte of one of the multi-byte spaces.
  size_t end = bytes.size();
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(bytes[start]) & 0xC0) == 0x80) --start;
    if (WhitespaceLength(bytes, start) != static_cast<int>(end - start)) break;
    end = start;
  }
  SourceBlock block;
  block.kind = kind;
  block.heading_level = kind == BlockKind::kHeading ? heading_level : 0;
  block.text = text.Slice(begin, end);
  out->blocks.push_back(std::move(block));
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (size_t pos = 0; pos < text.size();) {
    const int length = WhitespaceLength(text, pos);
    if (length > 0) {
      pending_space = !out.empty();
      pos += length;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(text[pos++]);
  }
  return out;
}

Status NoTextError(std::string_view detail) {
  std::string message = "no text found";
  if (!detail.empty()) message += " (" + std::string(detail) + ")";
  return InvalidArgumentError(std::move(message));
}

}  // namespace dossier::internal
