#include "store/internal/compression.h"

#include <zlib.h>

#include <cstdint>

namespace dossier::store_internal {
namespace {

constexpr size_t kHeader = 4;  // little-endian uint32 original size

// dossier_text()'s memory: the last deflated text and what it inflated to.
struct TextCache {
  std::string stored;
  std::string text;
};

void DossierText(sqlite3_context* context, int /*argc*/, sqlite3_value** argv) {
  const auto* data = static_cast<const char*>(sqlite3_value_blob(argv[0]));
  const std::string_view stored(data == nullptr ? "" : data,
                                static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  if (sqlite3_value_int64(argv[1]) == kCodecPlain) {
    sqlite3_result_text(context, stored.data(), static_cast<int>(stored.size()), SQLITE_TRANSIENT);
    return;
  }
  auto* cache = static_cast<TextCache*>(sqlite3_user_data(context));
  if (cache->stored != stored) {
    StatusOr<std::string> text = Decode(stored, sqlite3_value_int64(argv[1]), "text");
    if (!text.ok()) {
      sqlite3_result_null(context);
      return;
    }
    cache->stored = stored;
    cache->text = std::move(*text);
  }
  sqlite3_result_text(context, cache->text.data(), static_cast<int>(cache->text.size()),
                      SQLITE_TRANSIENT);
}

}  // namespace

Status RegisterTextFunction(sqlite3* db, const std::string& path) {
  auto* cache = new TextCache();  // owned by the connection from here on
  const int rc = sqlite3_create_function_v2(
      db, "dossier_text", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, cache, DossierText, nullptr,
      nullptr, [](void* p) { delete static_cast<TextCache*>(p); });
  if (rc != SQLITE_OK) {
    return InternalError(path + ": registering dossier_text(): " + sqlite3_errstr(rc));
  }
  return Status::Ok();
}

std::string Deflate(std::string_view bytes) {
  uLongf bound = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(kHeader + bound, '\0');
  const auto size = static_cast<uint32_t>(bytes.size());
  for (size_t i = 0; i < kHeader; ++i) out[i] = static_cast<char>((size >> (8 * i)) & 0xFF);
  const int rc = compress2(reinterpret_cast<Bytef*>(out.data() + kHeader), &bound,
                           reinterpret_cast<const Bytef*>(bytes.data()),
                           static_cast<uLong>(bytes.size()), Z_BEST_SPEED);
  // compressBound() is enough by zlib's contract: nothing else can fail.
  if (rc != Z_OK) return std::string();
  out.resize(kHeader + bound);
  return out;
}

StatusOr<std::string> Inflate(std::string_view stored, const std::string& what) {
  if (stored.size() < kHeader) return DataLossError(what + ": compressed value is truncated");
  uint32_t size = 0;
  for (size_t i = 0; i < kHeader; ++i) {
    size |= static_cast<uint32_t>(static_cast<unsigned char>(stored[i])) << (8 * i);
  }
  std::string out(size, '\0');
  uLongf length = size;
  const int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &length,
                            reinterpret_cast<const Bytef*>(stored.data() + kHeader),
                            static_cast<uLong>(stored.size() - kHeader));
  if (rc != Z_OK || length != size) {
    return DataLossError(what + ": compressed value is corrupt (zlib error " + std::to_string(rc) +
                         ")");
  }
  return out;
}

Encoded Encode(std::string_view value) {
  Encoded out{.bytes = Deflate(value), .codec = kCodecDeflate};
  if (out.bytes.empty() || out.bytes.size() >= value.size()) return Encoded{};
  return out;
}

StatusOr<std::string> Decode(std::string_view stored, int64_t codec, const std::string& what) {
  if (codec == kCodecPlain) return std::string(stored);
  if (codec == kCodecDeflate) return Inflate(stored, what);
  return DataLossError(what + ": unknown codec " + std::to_string(codec));
}

}  // namespace dossier::store_internal
