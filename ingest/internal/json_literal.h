// Finding and decoding a JSON string literal while keeping, for every decoded
// byte, the offset of the literal byte (or escape sequence) it came from.
// nlohmann::json parses and validates; this scanner only recovers positions.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_INGEST_INTERNAL_JSON_LITERAL_H_
#define DOSSIER_INGEST_INTERNAL_JSON_LITERAL_H_

#include <optional>
#include <string_view>

#include "base/mapped_text.h"

namespace dossier::internal {

// Returns the offset of the opening quote of the string value of the member
// `key` of the top-level object in `json` (the last one when the key repeats,
// as nlohmann keeps the last). Returns nullopt when `json` is not an object,
// has no such member, or its value is not a string.
std::optional<size_t> FindTopLevelStringValue(std::string_view json, std::string_view key);

// Decodes the string literal whose opening quote is json[quote]. Each output
// byte maps to the offset in `json` of the first byte of the character or
// escape it came from; the end mark is the offset of the closing quote.
// Lone surrogate escapes become U+FFFD. Returns nullopt when json[quote] does
// not start a well-formed literal.
std::optional<MappedText> DecodeJsonString(std::string_view json, size_t quote);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_JSON_LITERAL_H_
