// Character classification shared by the text stage (paragraphs, sentences,
// tokens, language): Unicode-aware through ICU, with inline fast paths for
// ASCII so that plain English text costs no ICU calls.
//
// Thread-safe (pure functions).
//
//   char32_t cp;
//   const int n = text_internal::DecodeAt(text, pos, &cp);  // always >= 1
//   if (text_internal::IsLetter(cp)) ...
#ifndef DOSSIER_TEXT_INTERNAL_CHARS_H_
#define DOSSIER_TEXT_INTERNAL_CHARS_H_

#include <cstddef>
#include <string_view>

#include "base/utf8.h"

namespace dossier::text_internal {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the code point at `pos` and returns its length in bytes. Invalid or
// truncated UTF-8 yields U+FFFD with length 1, so callers always advance.
// REQUIRES: pos < text.size().
inline int DecodeAt(std::string_view text, size_t pos, char32_t* cp) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  }
  const int length = DecodeUtf8(text, pos, cp);
  if (length > 0) return length;
  *cp = kReplacementChar;
  return 1;
}

// Returns the start of the code point that ends just before `pos` (skipping
// back over UTF-8 continuation bytes, at most three). REQUIRES: pos > 0.
inline size_t PreviousCodePointStart(std::string_view text, size_t pos) {
  size_t p = pos - 1;
  for (int i = 0; i < 3 && p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80; ++i) {
    --p;
  }
  return p;
}

// Returns the number of code points of valid UTF-8 `s` (invalid bytes count
// as one each, roughly).
inline size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool IsLetterSlow(char32_t cp);
bool IsUpperSlow(char32_t cp);
bool IsLowerSlow(char32_t cp);
bool IsDigitSlow(char32_t cp);
bool IsSpaceSlow(char32_t cp);

// Alphabetic (ICU u_isalpha: letters of every script).
inline bool IsLetter(char32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  if (cp >= 0x0400 && cp <= 0x0481) return true;  // Cyrillic letters
  return IsLetterSlow(cp);
}

// Upper-case or title-case letter.
inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0x0400 && cp <= 0x045F) return cp < 0x0430;  // Ѐ..Я upper, а..џ lower
  return IsUpperSlow(cp);
}

// Lower-case letter.
inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0x0400 && cp <= 0x045F) return cp >= 0x0430;
  return IsLowerSlow(cp);
}

// Decimal digit of any script (general category Nd).
inline bool IsDigit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return IsDigitSlow(cp);
}

// Unicode white space (includes "\n", "\t", NBSP and the other spaces).
inline bool IsSpace(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return IsSpaceSlow(cp);
}

// Combining mark (general category M*): part of the preceding letter.
bool IsMark(char32_t cp);

// Punctuation (general category P*); the rest of non-alphanumerics are symbols.
bool IsPunctuation(char32_t cp);

// Closing quote or bracket that may follow a sentence terminator:
// " ' ) ] } ” ’ » › and the like.
bool IsClosingPunct(char32_t cp);

// Opening quote or bracket that may start a sentence: " ' ( [ { “ ‘ « ‹ „.
bool IsOpeningPunct(char32_t cp);

// Dash or hyphen used as a dialogue or list mark: - ‐ ‑ ‒ – — ―.
bool IsDash(char32_t cp);

// Returns the simple lower-case mapping of `cp`.
char32_t ToLower(char32_t cp);

}  // namespace dossier::text_internal

#endif  // DOSSIER_TEXT_INTERNAL_CHARS_H_
