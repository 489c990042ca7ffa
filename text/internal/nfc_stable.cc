#include "text/internal/nfc_stable.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

namespace dossier::text_internal {

bool IsKnownNfcStable(char32_t cp) {
  if (cp < 0x300) return true;  // below the first combining mark
  if (cp >= 0x0400 && cp <= 0x052F) {
    return cp < 0x0483 || cp > 0x0489;  // Cyrillic, less its combining marks
  }
  return (cp >= 0x2010 && cp <= 0x2027) ||  // dashes, quotes, bullets, ellipsis
         (cp >= 0x2030 && cp <= 0x205E) ||  // per mille, primes, guillemets...
         (cp >= 0x20A0 && cp <= 0x20C0) ||  // currency signs
         cp == 0x2116 || cp == 0x2122 ||    // №, ™
         (cp >= 0x2500 && cp <= 0x25FF);    // box drawing, blocks, geometric shapes
}

bool IsNfcStable(char32_t cp) {
  if (IsKnownNfcStable(cp)) return true;
  const UChar32 c = static_cast<UChar32>(cp);
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         u_getCombiningClass(c) == 0;
}

}  // namespace dossier::text_internal
