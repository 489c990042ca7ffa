#include "ingest/internal/html_charset.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "base/ascii.h"
#include "ingest/internal/blocks.h"

namespace dossier::internal {
namespace {

constexpr size_t kPrescanBytes = 8 << 10;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Returns the value of attribute `name` in the tag text `tag` (lowercased,
// from after "<meta" to before ">"), or nullopt.
std::optional<std::string> TagAttribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while (pos < tag.size()) {
    while (pos < tag.size() && (IsSpace(tag[pos]) || tag[pos] == '/')) ++pos;
    const size_t name_begin = pos;
    while (pos < tag.size() && !IsSpace(tag[pos]) && tag[pos] != '=' && tag[pos] != '/') ++pos;
    const std::string_view attribute = tag.substr(name_begin, pos - name_begin);
    while (pos < tag.size() && IsSpace(tag[pos])) ++pos;
    std::string_view value;
    if (pos < tag.size() && tag[pos] == '=') {
      ++pos;
      while (pos < tag.size() && IsSpace(tag[pos])) ++pos;
      if (pos < tag.size() && (tag[pos] == '"' || tag[pos] == '\'')) {
        const char quote = tag[pos++];
        const size_t end = std::min(tag.find(quote, pos), tag.size());
        value = tag.substr(pos, end - pos);
        pos = end + 1;
      } else {
        const size_t begin = pos;
        while (pos < tag.size() && !IsSpace(tag[pos])) ++pos;
        value = tag.substr(begin, pos - begin);
      }
    }
    if (attribute == name) return std::string(value);
    if (attribute.empty() && pos < tag.size()) ++pos;  // stray '=' or quote
  }
  return std::nullopt;
}

// The label after "charset=" in a Content-Type value.
std::string CharsetFromContentType(std::string_view content) {
  const size_t at = content.find("charset");
  if (at == std::string_view::npos) return "";
  size_t pos = at + 7;
  while (pos < content.size() && IsSpace(content[pos])) ++pos;
  if (pos >= content.size() || content[pos] != '=') return "";
  ++pos;
  while (pos < content.size() &&
         (IsSpace(content[pos]) || content[pos] == '"' || content[pos] == '\'')) {
    ++pos;
  }
  const size_t begin = pos;
  while (pos < content.size() && !IsSpace(content[pos]) && content[pos] != ';' &&
         content[pos] != '"' && content[pos] != '\'') {
    ++pos;
  }
  return std::string(content.substr(begin, pos - begin));
}

std::string Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string WhatwgAdjust(std::string label) {
  constexpr std::string_view kLatin1[] = {"iso-8859-1", "iso8859-1", "latin1",  "l1",
                                          "ascii",      "us-ascii",  "cp819",   "ibm819",
                                          "iso_8859-1", "cp1252",    "x-cp1252"};
  if (std::find(std::begin(kLatin1), std::end(kLatin1), label) != std::end(kLatin1)) {
    return "windows-1252";
  }
  if (label == "utf-16" || label == "utf-16le" || label == "utf-16be") return "utf-8";
  return label;
}

}  // namespace

std::string FindDeclaredCharset(std::string_view bytes) {
  const std::string head = AsciiLower(bytes.substr(0, kPrescanBytes));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const size_t end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(
        at + 5, (end == std::string::npos ? head.size() : end) - at - 5);
    if (!tag.empty() && !IsSpace(tag[0]) && tag[0] != '/') continue;  // <metadata>
    std::string label;
    if (std::optional<std::string> charset = TagAttribute(tag, "charset")) {
      label = Trim(*charset);
    } else if (std::optional<std::string> equiv = TagAttribute(tag, "http-equiv");
               equiv.has_value() && Trim(*equiv) == "content-type") {
      label = CharsetFromContentType(TagAttribute(tag, "content").value_or(""));
    }
    if (!label.empty()) return WhatwgAdjust(label);
  }
  return "";
}

}  // namespace dossier::internal
