// Minimal UTF-8 helpers shared by every stage. Strict decoding: overlong
// forms, surrogates and code points above U+10FFFF are invalid.
// Thread-safe (pure functions).
//
//   char32_t cp;
//   int n = DecodeUtf8(text, pos, &cp);  // 0 when the bytes at pos are invalid
#ifndef DOSSIER_BASE_UTF8_H_
#define DOSSIER_BASE_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

// Decodes the code point starting at `pos`. Returns its length in bytes (1-4)
// and stores it in *cp, or returns 0 when the sequence is invalid or
// truncated. REQUIRES: pos < text.size().
int DecodeUtf8(std::string_view text, size_t pos, char32_t* cp);

// Appends the UTF-8 encoding of `cp`. REQUIRES: cp is a valid scalar value.
void AppendUtf8(char32_t cp, std::string* out);

// Returns the byte offset of the first invalid sequence, or nullopt when the
// whole of `text` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_BASE_UTF8_H_
