// Decoding: turns the raw bytes of a text-based file (plain text, Markdown,
// HTML, JSON) into UTF-8 whose every byte remembers the raw byte it came from.
//
// Order of decisions: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; then a
// charset the container declares (HTML <meta charset>); then valid UTF-8 stays
// UTF-8; otherwise the legacy encoding is guessed (uchardet plus a Cyrillic
// letter-frequency check: windows-1251, KOI8-R, IBM866, ISO-8859-5,
// MacCyrillic; windows-1252 / ISO-8859-1 for Latin text).
//
// Origins: bytes copied from UTF-8 input map one to one; every UTF-8 byte of a
// converted character maps to the first raw byte of that character.
//
// Error messages do not name the file; callers prefix them with the path
// (Status::WithPrefix).
//
// Thread-safe: no shared mutable state.
//
//   StatusOr<DecodedText> decoded = DecodeText(bytes, DecodeOptions{});
//   if (decoded.ok()) Use(decoded->text, decoded->encoding);  // "KOI8-R"
#ifndef DOSSIER_INGEST_DECODE_H_
#define DOSSIER_INGEST_DECODE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/mapped_text.h"
#include "base/status.h"

namespace dossier {

struct DecodedText {
  MappedText text;       // UTF-8; origins index the raw bytes (a BOM is skipped)
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", ...
};

struct DecodeOptions {
  // Charset label the container declares, e.g. "utf-8" or "windows-1251";
  // empty when none. A BOM overrides it. A label ICU does not know is ignored
  // (the encoding is guessed instead). Valid UTF-8 with non-ASCII bytes is
  // read as UTF-8 even under a legacy label: mislabelled pages are common and
  // legacy text is almost never valid UTF-8 by accident.
  std::string declared_charset;
  // When true, input without a BOM must be valid UTF-8 (as JSON must be):
  // invalid bytes are an error rather than a reason to guess an encoding.
  bool require_utf8 = false;
};

// Decodes `bytes`. Errors (messages without the path):
//   kInvalidArgument "binary file (NUL byte at offset N)" or
//     "binary file (N of M bytes are control characters)";
//   kInvalidArgument "invalid UTF-8 at byte N" when the input claims UTF-8
//     (a UTF-8 BOM, a declared utf-8 charset, or require_utf8) but is not;
//   kInvalidArgument "invalid UTF-16LE at byte N" (unpaired surrogate, ...);
//   kDataLoss "truncated UTF-16LE (odd length N)" and the UTF-32 analogue.
// REQUIRES: bytes.size() < 2^32 (origins are 32-bit).
StatusOr<DecodedText> DecodeText(std::string_view bytes, const DecodeOptions& options);

// Converts `bytes` from `charset` (any name or alias ICU knows) to UTF-8 with
// ICU. Origins are base_offset plus the offset in `bytes` of the first byte of
// each character. Bytes the charset cannot map become U+FFFD.
// Errors: kInvalidArgument "unknown charset 'X'".
StatusOr<MappedText> ConvertToUtf8(std::string_view bytes, std::string_view charset,
                                   uint32_t base_offset);

// Returns the display name of a charset label ICU knows ("cp1251" ->
// "windows-1251", "koi8r" -> "KOI8-R"), or "" when ICU does not know it.
std::string CanonicalCharsetName(std::string_view charset);

}  // namespace dossier

#endif  // DOSSIER_INGEST_DECODE_H_
