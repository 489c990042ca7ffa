#include "text/dedupe.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

#include "base/utf8.h"

namespace dossier {
namespace {

// Every constant below is part of the persisted format: exact keys, MinHash
// signatures and band keys are stored, so changing one invalidates stores.

constexpr uint64_t kP0 = 0xa0761d6478bd642fULL;
constexpr uint64_t kP1 = 0xe7037ed1a0b428dbULL;
constexpr uint64_t kP2 = 0x8ebc6af09c88c6e3ULL;
constexpr uint64_t kP3 = 0x589965cc75374cc3ULL;

constexpr uint64_t kExactSeed = 0x0d055e4e0e1a5c7bULL;
constexpr uint64_t kWordSeed = 0x5d0c1e27b3a94f61ULL;
constexpr uint64_t kBandSeed = 0x3c6ef372fe94f82bULL;
constexpr uint64_t kPermutationSeed = 0x9e3779b97f4a7c15ULL;

constexpr int kRowsPerBand = kMinHashSize / kLshBands;
static_assert(kMinHashSize % kLshBands == 0, "bands must split the signature evenly");

__extension__ typedef unsigned __int128 Uint128;

// The 64x64->128 multiply folded to 64 bits: the mixing step of wyhash.
inline uint64_t Mum(uint64_t a, uint64_t b) {
  const Uint128 r = static_cast<Uint128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

inline uint64_t Read64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof(v));
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

inline uint64_t Read32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof(v));
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap32(v);
  return v;
}

// wyhash (final version 4 layout): fast on short strings, good avalanche, and
// byte-order independent because every read is little-endian.
uint64_t Hash64(std::string_view bytes, uint64_t seed) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t len = bytes.size();
  seed ^= Mum(seed ^ kP0, kP1);
  uint64_t a;
  uint64_t b;
  if (len <= 16) {
    if (len >= 4) {
      const size_t step = (len >> 3) << 2;
      a = (Read32(p) << 32) | Read32(p + step);
      b = (Read32(p + len - 4) << 32) | Read32(p + len - 4 - step);
    } else if (len > 0) {
      a = (uint64_t{p[0]} << 16) | (uint64_t{p[len >> 1]} << 8) | p[len - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = len;
    if (i > 48) {
      uint64_t see1 = seed;
      uint64_t see2 = seed;
      do {
        seed = Mum(Read64(p) ^ kP1, Read64(p + 8) ^ seed);
        see1 = Mum(Read64(p + 16) ^ kP2, Read64(p + 24) ^ see1);
        see2 = Mum(Read64(p + 32) ^ kP3, Read64(p + 40) ^ see2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= see1 ^ see2;
    }
    while (i > 16) {
      seed = Mum(Read64(p) ^ kP1, Read64(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = Read64(p + i - 16);
    b = Read64(p + i - 8);
  }
  a ^= kP1;
  b ^= seed;
  const Uint128 r = static_cast<Uint128>(a) * b;
  a = static_cast<uint64_t>(r);
  b = static_cast<uint64_t>(r >> 64);
  return Mum(a ^ kP0 ^ len, b ^ kP1);
}

constexpr uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// MinHash permutation i maps a 32-bit shingle value x to h = (x ^ b_i) * a_i
// mod 2^32 (a_i odd), then a murmur3-style xor-shift-multiply finish: each
// step is a bijection of the 32-bit values, so each i is a permutation, the
// finish decorrelates the permutations (one multiply alone leaves their
// orders correlated, which biases the similarity estimate low), and the
// arithmetic stays in 32-bit lanes that the compiler vectorizes (64 values
// per shingle is the hottest loop of deduplication).
struct Permutations {
  std::array<uint32_t, kMinHashSize> a{};
  std::array<uint32_t, kMinHashSize> b{};
};

constexpr Permutations MakePermutations() {
  Permutations p;
  uint64_t state = kPermutationSeed;
  for (int i = 0; i < kMinHashSize; ++i) {
    p.a[i] = static_cast<uint32_t>(SplitMix64(&state)) | 1;
    p.b[i] = static_cast<uint32_t>(SplitMix64(&state));
  }
  return p;
}

constexpr Permutations kPermutations = MakePermutations();

// kAsciiFold[c]: the folded ASCII letter or digit, or 0 for a separator.
constexpr std::array<char, 128> MakeAsciiFold() {
  std::array<char, 128> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<char>(c - 'A' + 'a');
  return table;
}

constexpr std::array<char, 128> kAsciiFold = MakeAsciiFold();

inline bool IsWordCodePoint(char32_t cp) {
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & (U_GC_L_MASK | U_GC_ND_MASK | U_GC_M_MASK)) !=
         0;
}

// Writes the canonical form of `text` to *out and, when word_hashes is not
// null, the hash of each of its words to *word_hashes. Both are cleared first.
void Canonicalize(std::string_view text, std::string* out, std::vector<uint64_t>* word_hashes) {
  out->clear();
  if (word_hashes != nullptr) word_hashes->clear();
  size_t word_start = 0;
  bool in_word = false;
  const auto begin_word = [&] {
    if (in_word) return;
    if (!out->empty()) out->push_back(' ');
    word_start = out->size();
    in_word = true;
  };
  const auto end_word = [&] {
    if (!in_word) return;
    in_word = false;
    if (word_hashes != nullptr) {
      word_hashes->push_back(
          Hash64(std::string_view(*out).substr(word_start, out->size() - word_start), kWordSeed));
    }
  };
  size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      const char folded = kAsciiFold[byte];
      if (folded != 0) {
        begin_word();
        out->push_back(folded);
      } else {
        end_word();
      }
      ++pos;
      continue;
    }
    char32_t cp;
    const int length = DecodeUtf8(text, pos, &cp);
    if (length == 0) {  // invalid UTF-8 separates words
      end_word();
      ++pos;
      continue;
    }
    pos += length;
    if (IsWordCodePoint(cp)) {
      begin_word();
      AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)),
                 out);
    } else {
      end_word();
    }
  }
  end_word();
}

// The hash of the word 3-shingle (w0, w1, w2); order-sensitive.
inline uint64_t ShingleHash(uint64_t w0, uint64_t w1, uint64_t w2) {
  return Mum(Mum(w0 ^ kP0, w1 ^ kP1) ^ kP2, w2 ^ kP3);
}

// Lowers signature[i] to permutation i of the shingle when that is smaller.
inline void AddShingle(uint64_t shingle, uint32_t* signature) {
  const auto x = static_cast<uint32_t>(shingle ^ (shingle >> 32));
  for (int i = 0; i < kMinHashSize; ++i) {
    uint32_t h = (x ^ kPermutations.b[i]) * kPermutations.a[i];
    h ^= h >> 16;
    h *= 0x85ebca6bU;
    h ^= h >> 13;
    signature[i] = std::min(signature[i], h);
  }
}

// Cloned for AVX2 where the CPU has it: the 64 lanes of AddShingle then run
// eight at a time (the baseline x86-64 build has no 32-bit vector multiply).
#if defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
std::vector<uint32_t>
MinHash(const std::vector<uint64_t>& words) {
  std::vector<uint32_t> signature(kMinHashSize, std::numeric_limits<uint32_t>::max());
  if (words.size() < 3) {  // too few words for one full shingle: the words are the shingle
    AddShingle(ShingleHash(words.empty() ? 0 : words[0], words.size() > 1 ? words[1] : 0, 0),
               signature.data());
    return signature;
  }
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    AddShingle(ShingleHash(words[i], words[i + 1], words[i + 2]), signature.data());
  }
  return signature;
}

// Writes the kLshBands band keys of a full signature to keys: each band's
// four 32-bit rows, read as two 64-bit words, mixed with the band number.
void ComputeBandKeys(const std::vector<uint32_t>& signature, uint64_t* keys) {
  static_assert(kRowsPerBand == 4, "band keys mix exactly four rows");
  for (int band = 0; band < kLshBands; ++band) {
    const uint32_t* rows = signature.data() + band * kRowsPerBand;
    const uint64_t low = rows[0] | (static_cast<uint64_t>(rows[1]) << 32);
    const uint64_t high = rows[2] | (static_cast<uint64_t>(rows[3]) << 32);
    keys[band] = Mum(Mum(low ^ kBandSeed, high ^ kP1) ^ static_cast<uint64_t>(band), kP2);
  }
}

struct Scratch {
  std::string canonical;
  std::vector<uint64_t> word_hashes;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

}  // namespace

std::string CanonicalForm(std::string_view text) {
  std::string out;
  Canonicalize(text, &out, nullptr);
  return out;
}

PassageFingerprint FingerprintPassage(std::string_view passage_text, const DedupeOptions& options) {
  Scratch& scratch = ThreadScratch();
  Canonicalize(passage_text, &scratch.canonical, &scratch.word_hashes);
  PassageFingerprint fingerprint;
  fingerprint.exact_key = Hash64(scratch.canonical, kExactSeed);
  const size_t min_words = static_cast<size_t>(std::max(options.min_words_for_near, 1));
  if (scratch.word_hashes.size() >= min_words) {
    fingerprint.minhash = MinHash(scratch.word_hashes);
  }
  return fingerprint;
}

double EstimateSimilarity(const PassageFingerprint& a, const PassageFingerprint& b) {
  if (a.exact_key == b.exact_key) return 1;
  if (a.minhash.empty() || a.minhash.size() != b.minhash.size()) return 0;
  int equal = 0;
  for (size_t i = 0; i < a.minhash.size(); ++i) equal += a.minhash[i] == b.minhash[i];
  return static_cast<double>(equal) / static_cast<double>(a.minhash.size());
}

std::vector<uint64_t> LshBandKeys(const PassageFingerprint& fingerprint) {
  if (fingerprint.minhash.size() != static_cast<size_t>(kMinHashSize)) return {};
  std::vector<uint64_t> keys(kLshBands);
  ComputeBandKeys(fingerprint.minhash, keys.data());
  return keys;
}

void DuplicateIndex::Add(uint32_t id, PassageFingerprint fingerprint) {
  const auto entry = static_cast<uint32_t>(entries_.size());
  by_exact_key_.emplace(fingerprint.exact_key, entry);  // keeps an existing (earlier) entry
  if (fingerprint.minhash.size() == static_cast<size_t>(kMinHashSize)) {
    uint64_t keys[kLshBands];
    ComputeBandKeys(fingerprint.minhash, keys);
    for (uint64_t key : keys) InsertBand(key, entry);
  }
  entries_.emplace_back(id, std::move(fingerprint));
}

void DuplicateIndex::InsertBand(uint64_t key, uint32_t entry) {
  if (2 * (band_count_ + 1) > band_slots_.size()) {
    std::vector<BandSlot> old = std::move(band_slots_);
    band_slots_.assign(std::max<size_t>(64, 2 * old.size()), BandSlot{});
    band_count_ = 0;
    for (const BandSlot& slot : old) {
      if (slot.entry != kEmpty) InsertBand(slot.key, slot.entry);
    }
  }
  const size_t mask = band_slots_.size() - 1;
  size_t i = static_cast<size_t>(key) & mask;
  while (band_slots_[i].entry != kEmpty) i = (i + 1) & mask;
  band_slots_[i] = BandSlot{key, entry};
  ++band_count_;
}

std::optional<DuplicateMatch> DuplicateIndex::Find(const PassageFingerprint& fingerprint) const {
  if (auto it = by_exact_key_.find(fingerprint.exact_key); it != by_exact_key_.end()) {
    return DuplicateMatch{.id = entries_[it->second].first, .exact = true, .similarity = 1};
  }
  if (fingerprint.minhash.size() != static_cast<size_t>(kMinHashSize)) return std::nullopt;
  uint64_t keys[kLshBands];
  ComputeBandKeys(fingerprint.minhash, keys);
  constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
  uint32_t best = kNone;
  double best_similarity = 0;
  const size_t mask = band_slots_.empty() ? 0 : band_slots_.size() - 1;
  for (uint64_t key : keys) {
    if (band_slots_.empty()) break;
    for (size_t i = static_cast<size_t>(key) & mask; band_slots_[i].entry != kEmpty;
         i = (i + 1) & mask) {
      if (band_slots_[i].key != key) continue;
      const uint32_t entry = band_slots_[i].entry;
      if (entry == best) continue;  // found again through another band
      const double similarity = EstimateSimilarity(fingerprint, entries_[entry].second);
      if (similarity < options_.near_threshold) continue;
      if (best == kNone || similarity > best_similarity ||
          (similarity == best_similarity && entry < best)) {
        best = entry;
        best_similarity = similarity;
      }
    }
  }
  if (best == kNone) return std::nullopt;
  return DuplicateMatch{.id = entries_[best].first, .exact = false, .similarity = best_similarity};
}

std::vector<PassageFingerprint> MarkInternalDuplicates(NormalizedDocument* document,
                                                       const DedupeOptions& options) {
  std::vector<PassageFingerprint> fingerprints;
  fingerprints.reserve(document->passages.size());
  DuplicateIndex index(options);
  const std::string_view text = document->text;
  for (size_t i = 0; i < document->passages.size(); ++i) {
    Passage& passage = document->passages[i];
    // Spans come from the segmenter; clamping only guards against a broken one.
    const size_t start = std::min<size_t>(passage.span.start, text.size());
    const size_t end = std::clamp<size_t>(passage.span.end, start, text.size());
    PassageFingerprint fingerprint = FingerprintPassage(text.substr(start, end - start), options);
    if (std::optional<DuplicateMatch> match = index.Find(fingerprint)) {
      passage.duplicate_of = DuplicateRef{.source_sha256 = "",
                                          .source_id = 0,
                                          .passage_index = static_cast<int>(match->id),
                                          .exact = match->exact,
                                          .similarity = match->similarity};
    } else {
      passage.duplicate_of.reset();
      index.Add(static_cast<uint32_t>(i), fingerprint);
    }
    fingerprints.push_back(std::move(fingerprint));
  }
  return fingerprints;
}

}  // namespace dossier
