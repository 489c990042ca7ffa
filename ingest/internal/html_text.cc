#include "ingest/internal/html_text.h"

#include <cctype>
#include <string>

#include "base/utf8.h"

namespace dossier::internal {
namespace {

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsXDigit(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Length of the character reference at source[pos] ("&amp;", "&#38;",
// "&#x26", "&nbsp"), or 0 when there is none.
size_t ReferenceLength(std::string_view source, size_t pos) {
  size_t end = pos + 1;
  if (end < source.size() && source[end] == '#') {
    ++end;
    const bool hex = end < source.size() && (source[end] == 'x' || source[end] == 'X');
    if (hex) ++end;
    const size_t digits = end;
    while (end < source.size() &&
           (hex ? IsXDigit(source[end]) : std::isdigit(static_cast<unsigned char>(source[end])))) {
      ++end;
    }
    if (end == digits) return 0;
  } else {
    while (end < source.size() && IsAlnum(source[end])) ++end;
    if (end == pos + 1) return 0;
  }
  if (end < source.size() && source[end] == ';') ++end;
  return end - pos;
}

// True when `reference` ("&amp;", "&#38;") stands for '&' itself.
bool IsAmpersandReference(std::string_view reference) {
  std::string lower;
  for (char c : reference) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.empty() && lower.back() == ';') lower.pop_back();
  return lower == "&amp" || lower == "&#38" || lower == "&#x26" || lower == "&#038";
}

size_t CharLength(std::string_view text, size_t pos) {
  char32_t cp;
  const int length = DecodeUtf8(text, pos, &cp);
  return length == 0 ? 1 : length;
}

}  // namespace

MappedText MapHtmlText(const MappedText& page, size_t begin, size_t end, std::string_view decoded) {
  const std::string_view source = std::string_view(page.text).substr(0, end);
  MappedText out;
  out.origin[0] = page.origin[begin];
  size_t i = begin;  // position in source
  size_t j = 0;      // position in decoded
  while (j < decoded.size()) {
    const size_t length = CharLength(decoded, j);
    const std::string_view piece = decoded.substr(j, length);
    const uint32_t here = page.origin[i];
    if (i >= end) {  // source exhausted: the rest maps to the end
      out.AppendReplacement(piece, here, here);
      j += length;
      continue;
    }
    const char c = source[i];
    if (c == '&') {
      const size_t reference = ReferenceLength(source, i);
      if (reference > 0 && (piece != "&" || IsAmpersandReference(source.substr(i, reference)))) {
        out.AppendReplacement(piece, here, page.origin[i + reference]);
        i += reference;
        j += length;
        continue;
      }
    }
    if (source.substr(i, length) == piece) {
      out.AppendSlice(page, i, i + length);
      i += length;
      j += length;
      continue;
    }
    if (c == '\r' && piece == "\n") {  // CR LF or a lone CR, read as LF
      const size_t consumed = i + 1 < end && source[i + 1] == '\n' ? 2 : 1;
      out.AppendReplacement(piece, here, page.origin[i + consumed]);
      i += consumed;
      j += length;
      continue;
    }
    if (c == '<') {  // markup gumbo ignored inside the text run
      const size_t close = source.find('>', i);
      i = close == std::string_view::npos ? end : close + 1;
      continue;
    }
    if (IsSpace(c) && !IsSpace(decoded[j])) {  // whitespace gumbo dropped
      ++i;
      continue;
    }
    // Anything else (a replaced character, a reference that expands to two
    // characters): map to the current source character and move on.
    const size_t skip = IsSpace(decoded[j]) ? 0 : CharLength(source, i);
    out.AppendReplacement(piece, here, page.origin[i + skip]);
    i += skip;
    j += length;
  }
  return out;
}

}  // namespace dossier::internal
