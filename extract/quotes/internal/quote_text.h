// Character and word helpers shared by the quotation extractors (scanner,
// cues, references): code points around an offset, their classes, and words
// of a text. Wraps text/'s Unicode classification.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_TEXT_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_TEXT_H_

#include <string_view>
#include <vector>

#include "text/internal/chars.h"

namespace dossier::internal {

// The code point at `pos` (U+FFFD for invalid bytes); *length gets its size
// in bytes (>= 1). REQUIRES: pos < text.size().
inline char32_t CodePointAt(std::string_view text, size_t pos, uint32_t* length) {
  char32_t cp = 0;
  *length = static_cast<uint32_t>(text_internal::DecodeAt(text, pos, &cp));
  return cp;
}

// The code point ending just before `pos`; ' ' when pos is 0.
inline char32_t CodePointBefore(std::string_view text, size_t pos) {
  if (pos == 0) return U' ';
  char32_t cp = 0;
  text_internal::DecodeAt(text, text_internal::PreviousCodePointStart(text, pos), &cp);
  return cp;
}

inline bool IsSpace(char32_t cp) { return text_internal::IsSpace(cp); }

// The first offset in [pos, end) whose code point is not white space (end when
// none is); whole code points are skipped, never a byte of one.
inline size_t SkipSpaces(std::string_view text, size_t pos, size_t end) {
  while (pos < end) {
    char32_t cp = 0;
    const size_t length = text_internal::DecodeAt(text, pos, &cp);
    if (!IsSpace(cp)) break;
    pos += length;
  }
  return pos;
}

// The offset after the last code point in [begin, pos) that is not white space
// (begin when none is); whole code points are skipped, never a byte of one.
inline size_t SkipSpacesBack(std::string_view text, size_t pos, size_t begin) {
  while (pos > begin) {
    const size_t start = text_internal::PreviousCodePointStart(text, pos);
    char32_t cp = 0;
    text_internal::DecodeAt(text, start, &cp);
    if (!IsSpace(cp) || start < begin) break;
    pos = start;
  }
  return pos;
}
inline bool IsUpper(char32_t cp) { return text_internal::IsUpper(cp); }
inline bool IsLetterOrDigit(char32_t cp) {
  return text_internal::IsLetter(cp) || text_internal::IsDigit(cp);
}

// True when `a` equals `b` ignoring ASCII case.
bool EqualsAsciiCaseless(std::string_view a, std::string_view b);

// True when the first code point of `word` is an upper-case letter.
bool StartsUpper(std::string_view word);

// The runs of letters and digits of `text` (inner apostrophes and hyphens
// kept: "don't", "so-called"), in order; views into `text`.
std::vector<std::string_view> Words(std::string_view text);

// The word ending at or before `pos` (spaces skipped back), "" when a
// character other than a space or letter comes first.
std::string_view WordBefore(std::string_view text, size_t pos);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_TEXT_H_
