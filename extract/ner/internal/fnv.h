// FNV-1a, 64 bit: the byte hash of the NER feature keys and of the model
// file checksum. Both are persisted (feature rows, file trailer), so the
// constants never change. Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_FNV_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_FNV_H_

#include <cstdint>
#include <string_view>

namespace dossier::internal {

inline constexpr uint64_t kFnvOffset = 1469598103934665603ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

// Continues the hash `h` over the bytes of `s`.
inline uint64_t FnvBytes(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_FNV_H_
