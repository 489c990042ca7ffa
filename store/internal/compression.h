// Compression of the large values the store keeps (raw bytes, normalized
// text, extraction JSON, origin maps and sentence spans): zlib's deflate behind a 4-byte
// little-endian length of the original, so that inflating allocates once. A column's codec says
// which rows hold such a value (kCodecDeflate) and which the value itself (kCodecPlain, the rows of
// stores written before schema version 3).
//
// Thread-safe (pure functions); the SQL function belongs to its connection.
#ifndef DOSSIER_STORE_INTERNAL_COMPRESSION_H_
#define DOSSIER_STORE_INTERNAL_COMPRESSION_H_

#include <sqlite3.h>

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

// Registers the SQL function dossier_text(value, codec) on `db`: the stored
// text of a source as TEXT, inflated when its codec says so (NULL for a
// corrupt value). The view passage_texts, which the full-text index reads
// passages through, calls it; it keeps the last text it inflated, so that
// the passages of one source cost one inflation. REQUIRES: called on every
// connection before the schema is used.
Status RegisterTextFunction(sqlite3* db, const std::string& path);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_COMPRESSION_H_
