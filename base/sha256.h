// SHA-256 of byte strings, as lower-case hex. Sources are addressed by it.
// Thread-safe (no shared state). Backed by OpenSSL's EVP interface.
//
//   std::string id = Sha256Hex(raw_bytes);  // 64 hex digits
#ifndef DOSSIER_BASE_SHA256_H_
#define DOSSIER_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace dossier {

// Returns the SHA-256 digest of `bytes` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace dossier

#endif  // DOSSIER_BASE_SHA256_H_
