// Compression of the large values the store keeps (raw bytes, extraction
// JSON): zlib's deflate behind a 4-byte little-endian length of the original,
// so that inflating allocates once. A column's codec says which rows hold
// such a value (kCodecDeflate) and which the value itself (kCodecPlain, the
// rows of stores written before schema version 3).
//
// Thread-safe (pure functions).
#ifndef DOSSIER_STORE_INTERNAL_COMPRESSION_H_
#define DOSSIER_STORE_INTERNAL_COMPRESSION_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier::store_internal {

inline constexpr int kCodecPlain = 0;
inline constexpr int kCodecDeflate = 1;

// Returns `bytes` deflated (fastest level: storing must keep pace with ingest).
// REQUIRES: bytes.size() < 4 GiB.
std::string Deflate(std::string_view bytes);

// Returns what Deflate was given. kDataLoss naming `what` when `stored` is
// not a Deflate result.
StatusOr<std::string> Inflate(std::string_view stored, const std::string& what);

// A value as a column keeps it: deflated when that is smaller, else as it is.
struct Encoded {
  std::string bytes;  // empty when codec is kCodecPlain: the value itself is stored
  int codec = kCodecPlain;
};
Encoded Encode(std::string_view value);

// Returns the value of a column stored with `codec`.
StatusOr<std::string> Decode(std::string_view stored, int64_t codec, const std::string& what);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_COMPRESSION_H_
