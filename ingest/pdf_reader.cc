// PDF reader: the text layer poppler extracts, one kPlain block per page with
// text. Origins index that UTF-8 text layer, pages joined by "\f" (a PDF's
// bytes do not map to its text in any simple way).
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string>

#include "base/status.h"
#include "base/utf8.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/readers.h"

namespace dossier::internal {
namespace {

// The PDF header may follow a little junk; readers look this far for it, and
// for the %%EOF marker from the end.
constexpr size_t kMarkerWindow = 1024;

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// Poppler prints parse errors to stderr unless told otherwise; this is
// process-wide, so it is set once.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

// Returns the UTF-8 form of `text`, invalid sequences (from broken font
// encodings) replaced by U+FFFD.
std::string ToUtf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  const std::string_view raw(bytes.data(), bytes.size());
  std::string out;
  out.reserve(raw.size());
  for (size_t pos = 0; pos < raw.size();) {
    char32_t cp;
    const int length = static_cast<unsigned char>(raw[pos]) < 0x80 ? 1 : DecodeUtf8(raw, pos, &cp);
    if (length == 0) {
      out += "\uFFFD";
      ++pos;
    } else {
      out.append(raw.substr(pos, length));
      pos += length;
    }
  }
  return out;
}

// Printable form of the first bytes of a file, for "not a PDF" messages.
std::string Preview(std::string_view bytes) {
  std::string out;
  for (char c : bytes.substr(0, 8)) out += (c >= 0x20 && c < 0x7F) ? c : '?';
  return out;
}

}  // namespace

StatusOr<ParsedSource> ReadPdf(std::string_view bytes) {
  if (bytes.substr(0, kMarkerWindow).find("%PDF-") == std::string_view::npos) {
    return InvalidArgumentError("not a PDF (starts with '" + Preview(bytes) + "')");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return ResourceExhaustedError("PDF of " + std::to_string(bytes.size()) +
                                  " bytes is over poppler's limit of " + std::to_string(INT_MAX));
  }
  const size_t tail = bytes.size() > kMarkerWindow ? bytes.size() - kMarkerWindow : 0;
  if (bytes.substr(tail).find("%%EOF") == std::string_view::npos) {
    return DataLossError("truncated PDF (no %%EOF marker at the end)");
  }

  SilencePoppler();
  // Poppler keeps process-wide state (fonts, character maps, its global
  // parameters) whose thread-safety varies between versions: one PDF is read
  // at a time, whatever the number of ingest threads.
  static std::mutex poppler_mutex;
  std::lock_guard<std::mutex> lock(poppler_mutex);
  // The document reads `bytes` in place; it must not outlive them.
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (document == nullptr) {
    return InvalidArgumentError("not a readable PDF (poppler could not parse its structure)");
  }
  if (document->is_locked()) return FailedPreconditionError("PDF is password-protected");

  ParsedSource out;
  out.kind = SourceKind::kPdf;
  out.encoding = "UTF-8";
  out.title = CollapseWhitespace(ToUtf8(document->get_title()));
  uint32_t layer_offset = 0;  // offset of the current page in the joined text layer
  const int pages = document->pages();
  for (int i = 0; i < pages; ++i) {
    if (i > 0) ++layer_offset;  // the "\f" between pages
    std::unique_ptr<poppler::page> page(document->create_page(i));
    if (page == nullptr) continue;
    const std::string text = ToUtf8(page->text());
    if (HasVisibleText(text)) {
      SourceBlock block;
      block.kind = BlockKind::kPlain;
      block.text.origin[0] = layer_offset;
      block.text.AppendCopied(text, layer_offset);
      out.blocks.push_back(std::move(block));
    }
    layer_offset += text.size();
  }
  if (out.blocks.empty()) return NoTextError("the PDF has no text layer; a scan?");
  return out;
}

}  // namespace dossier::internal
