#include "server/internal/route.h"

namespace dossier::server::internal {

std::optional<std::vector<std::string>> PathSegments(std::string_view path) {
  std::vector<std::string> segments;
  size_t at = 0;
  while (at <= path.size()) {
    size_t end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(at, end - at);
    if (segment == "." || segment == "..") return std::nullopt;
    for (char c : segment) {
      if (static_cast<unsigned char>(c) < 0x20 || c == '\\') return std::nullopt;
    }
    if (!segment.empty()) segments.emplace_back(segment);
    at = end + 1;
  }
  return segments;
}

std::optional<int64_t> ParseCount(std::string_view text) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  int64_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace dossier::server::internal
