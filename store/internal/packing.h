// Packed BLOB columns of the SQLite store: uint32 arrays and span arrays as
// little-endian bytes, the same on every machine. Thread-safe (pure
// functions).
#ifndef DOSSIER_STORE_INTERNAL_PACKING_H_
#define DOSSIER_STORE_INTERNAL_PACKING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/document.h"

namespace dossier::store_internal {

// Returns the little-endian bytes of `values`: a view of their own memory on
// little-endian machines, else of *scratch. The view stays valid while both
// `values` and *scratch are unchanged.
std::string_view PackUint32s(const std::vector<uint32_t>& values, std::string* scratch);

// Returns the spans as (start, end) pairs of little-endian uint32s; the view
// follows the rules of PackUint32s.
std::string_view PackSpans(const std::vector<Span>& spans, std::string* scratch);

// Returns the origin map (NormalizedDocument::origin) run-length encoded:
// the differences between neighbouring offsets, as (difference, repeat)
// pairs of LEB128 varints, the difference zigzag-coded. Text copied from
// UTF-8 input is one pair however long; two-byte characters decoded from a
// one-byte code page cost about one byte per text byte instead of four.
std::string PackOrigin(const std::vector<uint32_t>& origin);

// Decodes PackOrigin's format into exactly `count` offsets. Returns false,
// leaving *out unspecified, when the bytes are truncated, decode to another
// count or to offsets outside uint32 (a corrupt blob never allocates more
// than `count` values).
bool UnpackOrigin(std::string_view bytes, size_t count, std::vector<uint32_t>* out);

// Decode the formats above. Return false, leaving *out unspecified, when the
// byte count is not a whole number of values.
bool UnpackUint32s(std::string_view bytes, std::vector<uint32_t>* out);
bool UnpackSpans(std::string_view bytes, std::vector<Span>* out);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_PACKING_H_
