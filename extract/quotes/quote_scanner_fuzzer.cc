// libFuzzer target: the quotation-mark scanner on arbitrary bytes, with the
// English rules and with the Russian ones (dash dialogue too). Checks that
// every returned span lies inside the input, parts are ordered and
// non-empty, the marks come before and after the parts, and the author's
// words of a dialogue line lie inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/quotes/quote_scanner.h"

namespace {

void Check(std::string_view text, std::string_view language) {
  const size_t size = text.size();
  uint32_t previous_end = 0;
  for (const dossier::ScannedQuote& q : dossier::ScanQuotations(text, language)) {
    if (q.narration.end > size || q.narration.start > q.narration.end) std::abort();
    if (q.parts.empty()) std::abort();
    if (q.open_mark.start < previous_end || q.open_mark.end > q.parts.front().start) std::abort();
    for (size_t i = 0; i < q.parts.size(); ++i) {
      const dossier::Span part = q.parts[i];
      if (part.start >= part.end || part.end > size) std::abort();
      if (i > 0 && part.start < q.parts[i - 1].end) std::abort();
    }
    if (q.close_mark.start < q.parts.back().end || q.close_mark.end > size) std::abort();
    previous_end = q.close_mark.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Check(text, "en");
  Check(text, "ru");
  return 0;
}
