#include "text/language.h"

#include <unicode/uscript.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "text/internal/chars.h"

namespace dossier {
namespace {

// Fewer letters than this: "und".
constexpr size_t kMinLetters = 12;
// Kazakh-only letters make up at least this share (percent) of Cyrillic
// letters in Kazakh text; a Russian text that quotes a Kazakh name stays
// well below it.
constexpr size_t kKazakhPercent = 3;

bool IsKazakhLetter(char32_t cp) {
  switch (cp) {
    case 0x04D8:  // Ә
    case 0x04D9:  // ә
    case 0x0492:  // Ғ
    case 0x0493:  // ғ
    case 0x049A:  // Қ
    case 0x049B:  // қ
    case 0x04A2:  // Ң
    case 0x04A3:  // ң
    case 0x04E8:  // Ө
    case 0x04E9:  // ө
    case 0x04B0:  // Ұ
    case 0x04B1:  // ұ
    case 0x04AE:  // Ү
    case 0x04AF:  // ү
    case 0x04BA:  // Һ
    case 0x04BB:  // һ
    case 0x0406:  // І
    case 0x0456:  // і
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  size_t latin = 0;
  size_t cyrillic = 0;
  size_t kazakh = 0;
  size_t other = 0;
  size_t p = 0;
  while (p < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c < 0x80) {
      latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      ++p;
      continue;
    }
    char32_t cp;
    p += text_internal::DecodeAt(text, p, &cp);
    if (cp >= 0x0400 && cp <= 0x052F) {  // Cyrillic and its supplement
      if (!text_internal::IsLetter(cp)) continue;
      ++cyrillic;
      kazakh += IsKazakhLetter(cp);
      continue;
    }
    if (!text_internal::IsLetter(cp)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (U_SUCCESS(status) && script == USCRIPT_LATIN) {
      ++latin;
    } else if (U_SUCCESS(status) && script == USCRIPT_CYRILLIC) {
      ++cyrillic;
    } else {
      ++other;
    }
  }
  const size_t total = latin + cyrillic + other;
  if (total < kMinLetters) return "und";
  if (cyrillic * 2 > total) return kazakh * 100 >= cyrillic * kKazakhPercent ? "kk" : "ru";
  if (latin * 2 > total) return "en";
  return "und";
}

}  // namespace dossier
