#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {

bool EqualsAsciiCaseless(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  uint32_t length = 1;
  return IsUpper(CodePointAt(word, 0, &length));
}

namespace {

bool IsInnerJoiner(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == '-'; }

}  // namespace

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    uint32_t length = 1;
    char32_t cp = CodePointAt(text, i, &length);
    if (!IsLetterOrDigit(cp)) {
      i += length;
      continue;
    }
    size_t start = i;
    i += length;
    while (i < text.size()) {
      cp = CodePointAt(text, i, &length);
      if (IsLetterOrDigit(cp)) {
        i += length;
        continue;
      }
      uint32_t next_length = 1;
      if (IsInnerJoiner(cp) && i + length < text.size() &&
          IsLetterOrDigit(CodePointAt(text, i + length, &next_length))) {
        i += length;
        continue;
      }
      break;
    }
    words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end > 0 && IsSpace(CodePointBefore(text, end))) {
    end = text_internal::PreviousCodePointStart(text, end);
  }
  size_t start = end;
  while (start > 0) {
    char32_t cp = CodePointBefore(text, start);
    if (!IsLetterOrDigit(cp) && cp != '-') break;
    start = text_internal::PreviousCodePointStart(text, start);
  }
  return text.substr(start, end - start);
}

}  // namespace dossier::internal
