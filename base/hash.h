// Mix64: the 64-bit finalizer of MurmurHash3 (fmix64), which spreads every
// input bit over every output bit. Used to turn FNV-1a hashes of short keys
// into well-spread table indexes. Persisted through the NER model's feature
// rows, so its constants never change. Thread-safe (pure function).
#ifndef DOSSIER_BASE_HASH_H_
#define DOSSIER_BASE_HASH_H_

#include <cstdint>

namespace dossier {

inline uint64_t Mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

}  // namespace dossier

#endif  // DOSSIER_BASE_HASH_H_
