#include "text/internal/chars.h"

#include <unicode/uchar.h>

namespace dossier::text_internal {

bool IsLetterSlow(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)); }

bool IsUpperSlow(char32_t cp) {
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsLowerSlow(char32_t cp) { return u_islower(static_cast<UChar32>(cp)); }

bool IsDigitSlow(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)); }

bool IsSpaceSlow(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)); }

bool IsMark(char32_t cp) {
  if (cp < 0x300) return false;
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

bool IsPunctuation(char32_t cp) { return u_ispunct(static_cast<UChar32>(cp)); }

bool IsClosingPunct(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '}':
      return true;
    default:
      break;
  }
  if (cp < 0x80) return false;
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  // Pf: final quotes (” ’ » ›); Pe: closing brackets; Pi also covers “ which
  // some typists use as a closing quote.
  return type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION || type == U_INITIAL_PUNCTUATION;
}

bool IsOpeningPunct(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
      return true;
    default:
      break;
  }
  if (cp < 0x80) return false;
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  return type == U_INITIAL_PUNCTUATION || type == U_START_PUNCTUATION ||
         type == U_FINAL_PUNCTUATION;
}

bool IsDash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015); }

char32_t ToLower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

}  // namespace dossier::text_internal
