#include "ingest/internal/json_literal.h"

#include <string>

#include "base/utf8.h"

namespace dossier::internal {
namespace {

size_t SkipWhitespace(std::string_view json, size_t pos) {
  while (pos < json.size() &&
         (json[pos] == ' ' || json[pos] == '\t' || json[pos] == '\n' || json[pos] == '\r')) {
    ++pos;
  }
  return pos;
}

// Returns the offset just past the literal whose opening quote is at `pos`.
std::optional<size_t> SkipString(std::string_view json, size_t pos) {
  if (pos >= json.size() || json[pos] != '"') return std::nullopt;
  for (++pos; pos < json.size(); ++pos) {
    if (json[pos] == '\\') {
      ++pos;
    } else if (json[pos] == '"') {
      return pos + 1;
    }
  }
  return std::nullopt;
}

// Returns the offset just past the value starting at `pos`.
std::optional<size_t> SkipValue(std::string_view json, size_t pos) {
  if (pos >= json.size()) return std::nullopt;
  if (json[pos] == '"') return SkipString(json, pos);
  if (json[pos] == '{' || json[pos] == '[') {
    size_t depth = 0;
    while (pos < json.size()) {
      const char c = json[pos];
      if (c == '"') {
        std::optional<size_t> end = SkipString(json, pos);
        if (!end.has_value()) return std::nullopt;
        pos = *end;
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if ((c == '}' || c == ']') && --depth == 0) return pos + 1;
      ++pos;
    }
    return std::nullopt;
  }
  while (pos < json.size() && json[pos] != ',' && json[pos] != '}' && json[pos] != ']' &&
         SkipWhitespace(json, pos) == pos) {
    ++pos;
  }
  return pos;
}

std::optional<char32_t> ParseHex4(std::string_view json, size_t pos) {
  if (pos + 4 > json.size()) return std::nullopt;
  char32_t value = 0;
  for (size_t i = pos; i < pos + 4; ++i) {
    const char c = json[i];
    value <<= 4;
    if (c >= '0' && c <= '9') {
      value |= c - '0';
    } else if (c >= 'a' && c <= 'f') {
      value |= c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      value |= c - 'A' + 10;
    } else {
      return std::nullopt;
    }
  }
  return value;
}

}  // namespace

std::optional<size_t> FindTopLevelStringValue(std::string_view json, std::string_view key) {
  size_t pos = SkipWhitespace(json, 0);
  if (pos >= json.size() || json[pos] != '{') return std::nullopt;
  pos = SkipWhitespace(json, pos + 1);
  std::optional<size_t> found;
  while (pos < json.size() && json[pos] != '}') {
    std::optional<MappedText> name = DecodeJsonString(json, pos);
    std::optional<size_t> after_name = SkipString(json, pos);
    if (!name.has_value() || !after_name.has_value()) return std::nullopt;
    pos = SkipWhitespace(json, *after_name);
    if (pos >= json.size() || json[pos] != ':') return std::nullopt;
    pos = SkipWhitespace(json, pos + 1);
    if (name->text == key) {
      found = pos < json.size() && json[pos] == '"' ? std::optional<size_t>(pos) : std::nullopt;
    }
    std::optional<size_t> after_value = SkipValue(json, pos);
    if (!after_value.has_value()) return std::nullopt;
    pos = SkipWhitespace(json, *after_value);
    if (pos < json.size() && json[pos] == ',') pos = SkipWhitespace(json, pos + 1);
  }
  return found;
}

std::optional<MappedText> DecodeJsonString(std::string_view json, size_t quote) {
  if (quote >= json.size() || json[quote] != '"') return std::nullopt;
  MappedText out;
  size_t pos = quote + 1;
  out.origin[0] = pos;
  std::string piece;
  while (pos < json.size()) {
    const char c = json[pos];
    if (c == '"') return out;
    if (c != '\\') {
      size_t end = pos;
      while (end < json.size() && json[end] != '"' && json[end] != '\\') ++end;
      out.AppendCopied(json.substr(pos, end - pos), pos);
      pos = end;
      continue;
    }
    if (pos + 1 >= json.size()) return std::nullopt;
    const char escape = json[pos + 1];
    size_t end = pos + 2;
    piece.clear();
    switch (escape) {
      case '"':
      case '\\':
      case '/':
        piece = escape;
        break;
      case 'b':
        piece = '\b';
        break;
      case 'f':
        piece = '\f';
        break;
      case 'n':
        piece = '\n';
        break;
      case 'r':
        piece = '\r';
        break;
      case 't':
        piece = '\t';
        break;
      case 'u': {
        std::optional<char32_t> unit = ParseHex4(json, pos + 2);
        if (!unit.has_value()) return std::nullopt;
        end = pos + 6;
        char32_t cp = *unit;
        if (cp >= 0xD800 && cp <= 0xDBFF && json.substr(end, 2) == "\\u") {
          std::optional<char32_t> low = ParseHex4(json, end + 2);
          if (low.has_value() && *low >= 0xDC00 && *low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
            end += 6;
          }
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
        AppendUtf8(cp, &piece);
        break;
      }
      default:
        return std::nullopt;
    }
    out.AppendReplacement(piece, pos, end);
    pos = end;
  }
  return std::nullopt;
}

}  // namespace dossier::internal
