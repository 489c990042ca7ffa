// Guessing the legacy (non-Unicode) encoding of text that is not valid UTF-8.
//
// uchardet gives a first opinion, but it confuses the Cyrillic single-byte
// encodings with each other (and with Greek) on short texts, and Latin text
// with Central European encodings. So Cyrillic candidates are scored by the
// frequency of Russian letters they would produce, and text whose high bytes
// sit inside Latin words is read as windows-1252 / ISO-8859-1.
//
// Thread-safe: the decoding tables are built once, under a function-local
// static.
#ifndef DOSSIER_INGEST_INTERNAL_CHARSET_GUESS_H_
#define DOSSIER_INGEST_INTERNAL_CHARSET_GUESS_H_

#include <string>
#include <string_view>

namespace dossier::internal {

// Returns the display name of the most likely encoding of `bytes` (judged on
// its first 16 KiB, cut at a line break), one ICU
// can open: "windows-1251", "KOI8-R", "IBM866", "ISO-8859-5",
// "x-mac-cyrillic", "windows-1252", "ISO-8859-1", "UTF-8" (for text that is
// UTF-8 except for a few stray bytes), or what uchardet names for other
// scripts ("Shift_JIS", "ISO-8859-7", ...).
std::string GuessLegacyEncoding(std::string_view bytes);

// Returns the mean per-character plausibility of the bytes >= 0x80 of
// `bytes` read as the single-byte Cyrillic `charset` (one of the five above):
// about +0.7 for Russian prose, usually below -0.5 through a wrong table
// (vowel-poor readings are marked down). Returns
// a large negative value when `bytes` has no byte >= 0x80 or `charset` is not
// one of the five.
double RussianScore(std::string_view bytes, std::string_view charset);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_CHARSET_GUESS_H_
