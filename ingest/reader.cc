#include "ingest/reader.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/ascii.h"
#include "ingest/decode.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/readers.h"

namespace dossier {
namespace {

// How much of the start of a file sniffing looks at for markup.
constexpr size_t kSniffWindow = 64 << 10;

std::optional<SourceKind> KindFromExtension(std::string_view path) {
  const size_t slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string extension = AsciiLower(name.substr(dot + 1));
  if (extension == "txt" || extension == "text") return SourceKind::kText;
  if (extension == "md" || extension == "markdown") return SourceKind::kMarkdown;
  if (extension == "html" || extension == "htm" || extension == "xhtml") return SourceKind::kHtml;
  if (extension == "pdf") return SourceKind::kPdf;
  if (extension == "json") return SourceKind::kJson;
  return std::nullopt;
}

bool IsJsonObjectWithText(std::string_view text) {
  const nlohmann::json parsed =
      nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  return parsed.is_object() && parsed.contains("text");
}

bool LooksLikeHtml(std::string_view text) {
  const std::string head = AsciiLower(text.substr(0, kSniffWindow));
  constexpr std::string_view kMarkers[] = {
      "<!doctype html", "<html", "<head>", "<head ", "<body",   "<meta ", "<title>", "<p>", "<p ",
      "<div",           "<br>",  "<br/>",  "<h1",    "<article"};
  return std::any_of(std::begin(kMarkers), std::end(kMarkers), [&](std::string_view marker) {
    return head.find(marker) != std::string::npos;
  });
}

SourceKind Sniff(std::string_view text) {
  size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  const std::string_view rest = text.substr(start);
  if (rest.substr(0, 5) == "%PDF-") return SourceKind::kPdf;
  if (rest.substr(0, 1) == "{" && IsJsonObjectWithText(rest)) return SourceKind::kJson;
  if (LooksLikeHtml(rest)) return SourceKind::kHtml;
  return SourceKind::kText;
}

}  // namespace

SourceKind DetectSourceKind(std::string_view path, std::string_view bytes) {
  if (std::optional<SourceKind> kind = KindFromExtension(path)) return *kind;
  using namespace std::string_view_literals;
  const std::string_view two = bytes.substr(0, 2);
  if (two == "\xFF\xFE"sv || two == "\xFE\xFF"sv || bytes.substr(0, 4) == "\0\0\xFE\xFF"sv) {
    // UTF-16 or UTF-32: sniff the decoded text (as is when it does not decode).
    StatusOr<DecodedText> decoded = DecodeText(bytes, DecodeOptions{});
    return Sniff(decoded.ok() ? std::string_view(decoded->text.text) : bytes);
  }
  // Legacy encodings keep ASCII markup as it is.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF"sv) bytes.remove_prefix(3);
  return Sniff(bytes);
}

StatusOr<ParsedSource> ReadSource(std::string_view path, std::string_view bytes,
                                  const ReadOptions& options) {
  const std::string name(path);
  if (bytes.empty()) return InvalidArgumentError(name + ": empty file");
  const uint64_t limit =
      std::min<uint64_t>(options.max_bytes, std::numeric_limits<uint32_t>::max() - 1);
  if (bytes.size() > limit) {
    return ResourceExhaustedError(name + ": file is " + std::to_string(bytes.size()) +
                                  " bytes, over the limit of " + std::to_string(limit) + " bytes");
  }
  StatusOr<ParsedSource> parsed = [&]() -> StatusOr<ParsedSource> {
    switch (DetectSourceKind(path, bytes)) {
      case SourceKind::kText:
        return internal::ReadText(bytes);
      case SourceKind::kMarkdown:
        return internal::ReadMarkdown(bytes);
      case SourceKind::kHtml:
        return internal::ReadHtml(bytes);
      case SourceKind::kPdf:
        return internal::ReadPdf(bytes);
      case SourceKind::kJson:
        return internal::ReadJson(bytes);
    }
    return InternalError("unhandled source kind");
  }();
  if (!parsed.ok()) return parsed.status().WithPrefix(name);
  return parsed;
}

}  // namespace dossier
