// A fast, exact test for code points that can never change under NFC, used
// by the normalizer to skip its ICU pass on text that is already NFC.
//
// Thread-safe (pure function).
#ifndef DOSSIER_TEXT_INTERNAL_NFC_STABLE_H_
#define DOSSIER_TEXT_INTERNAL_NFC_STABLE_H_

namespace dossier::text_internal {

// Returns true when `cp` has NFC_Quick_Check=Yes and canonical combining
// class 0: a text made only of such code points is in NFC. Common ranges
// (ASCII, Latin-1, Cyrillic letters, general punctuation, currency signs,
// box drawing and geometric shapes) are answered without ICU; the rest is
// looked up. REQUIRES: cp is a Unicode scalar value.
bool IsNfcStable(char32_t cp);

// The code points IsNfcStable() answers without asking ICU (exposed so that a
// test can check them against ICU's tables).
bool IsKnownNfcStable(char32_t cp);

}  // namespace dossier::text_internal

#endif  // DOSSIER_TEXT_INTERNAL_NFC_STABLE_H_
