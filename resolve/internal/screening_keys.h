// The blocking keys and posting lists of the screening index
// (screening_index.cc): consonant frames and one-edit keys of word skeletons,
// pair and initial keys, and sorted posting tables. docs/resolve.md describes
// why the keys are what they are.
//
// Thread-safe after Build() (const lookups); pure functions otherwise.
#ifndef DOSSIER_RESOLVE_INTERNAL_SCREENING_KEYS_H_
#define DOSSIER_RESOLVE_INTERNAL_SCREENING_KEYS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier::internal {

inline uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

inline uint64_t HashString(uint64_t seed, std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return Mix(h);
}

inline bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The consonant frame of a skeleton: the letters that edits charged in full
// change. Vowels are left out (vowel edits cost half), confusable consonants
// folded into one letter (c/k/g/q/h, s/z/w, d/t, b/p, v/f, m/n) and runs of
// one letter collapsed. 'j' is the zh sound after our folding (Zhumabaev
// jumabaev, German Schumabajew wumabajev) or a glide (Jelena, Sergej): with
// `j_as_sibilant` it joins s/z/w, otherwise it is left out like a vowel.
// Spellings within the matcher's tolerance have equal frames or frames one
// letter apart under one of the two readings of 'j'.
//
// With `u_as_v` (u and v are confusable: Belarusian ў, Arabic و), a 'u' that
// opens a word before a consonant counts as 'v' (Uladzimir) and a 'v' between
// consonants is left out like a vowel (bvtin for Putin).
inline std::string Frame(std::string_view skeleton, bool j_as_sibilant, bool u_as_v = false) {
  std::string out;
  bool adjacent = false;  // the previous skeleton letter went into the frame
  for (size_t i = 0; i < skeleton.size(); ++i) {
    char c = skeleton[i];
    if (u_as_v) {
      const bool consonant_before = i > 0 && !IsVowel(skeleton[i - 1]);
      const bool consonant_after = i + 1 < skeleton.size() && !IsVowel(skeleton[i + 1]);
      if (c == 'u' && i == 0 && consonant_after) c = 'v';
      if (c == 'v' && consonant_before && consonant_after) c = 'a';
    }
    if (IsVowel(c) || c == 'y' || (c == 'j' && !j_as_sibilant)) {
      adjacent = false;
      continue;
    }
    switch (c) {
      case 'c':
      case 'g':
      case 'q':
      case 'h':
        c = 'k';
        break;
      case 'z':
      case 'w':
      case 'j':
        c = 's';
        break;
      case 'd':
        c = 't';
        break;
      case 'b':
        c = 'p';
        break;
      case 'f':
        c = 'v';
        break;
      case 'm':
        c = 'n';
        break;
      default:
        break;
    }
    if (!(adjacent && out.back() == c)) out.push_back(c);
    adjacent = true;
  }
  return out;
}

// The keys under which a vocabulary word is found, in two spaces. Frame keys:
// its frame under both readings of 'j' and the u/v reading (spellings that differ by vowels,
// h, j and confusable letters), and for long frames each frame with one
// letter deleted (one more letter of difference: "sh" / "skh"). Edit keys: for words of four
// letters or more, the skeleton, and for five or more each skeleton with one letter deleted (the
// matcher forgives one full edit from five letters on, in persons' given names from four: persons'
// words get these keys a letter earlier): two words one insertion, deletion, substitution or
// transposition apart share an edit key. Frames this long (long compound surnames) also get
// deletion keys; shorter frames' deletion keys would gather most of the vocabulary.
constexpr size_t kMinFrameForDeletions = 6;

inline void FrameKeys(EntityType type, std::string_view skeleton, std::vector<uint64_t>* keys) {
  const uint64_t seed = 0x9e3779b97f4a7c15ull * (static_cast<uint64_t>(type) + 1);
  const bool has_j = skeleton.find('j') != std::string_view::npos;
  std::string shorter;
  const std::string plain = Frame(skeleton, false);
  const std::string u_as_v = Frame(skeleton, false, true);
  if (u_as_v != plain) {
    keys->push_back(HashString(seed, u_as_v));
    if (u_as_v.size() >= kMinFrameForDeletions) {
      for (size_t i = 0; i < u_as_v.size(); ++i) {
        shorter.assign(u_as_v, 0, i);
        shorter.append(u_as_v, i + 1);
        keys->push_back(HashString(seed, shorter));
      }
    }
  }
  for (int sibilant = 0; sibilant <= (has_j ? 1 : 0); ++sibilant) {
    const std::string frame = sibilant == 1 ? Frame(skeleton, true) : plain;
    keys->push_back(HashString(seed, frame));
    if (sibilant == 1 || frame.size() < kMinFrameForDeletions) continue;
    for (size_t i = 0; i < frame.size(); ++i) {
      shorter.assign(frame, 0, i);
      shorter.append(frame, i + 1);
      keys->push_back(HashString(seed, shorter));
    }
  }
  // Persons' given names forgive one slip from four letters (GivenNameSlip
  // in name_compare.h): their edit keys start a letter earlier.
  const size_t min_edit = type == EntityType::kPerson ? 3 : 4;
  if (skeleton.size() < min_edit) return;
  const uint64_t edit_seed = seed ^ 0x5bd1e9955bd1e995ull;
  keys->push_back(HashString(edit_seed, skeleton));
  if (skeleton.size() < min_edit + 1) return;
  for (size_t i = 0; i < skeleton.size(); ++i) {
    if (i > 0 && skeleton[i] == skeleton[i - 1]) continue;
    shorter.assign(skeleton, 0, i);
    shorter.append(skeleton, i + 1);
    keys->push_back(HashString(edit_seed, shorter));
  }
}

// Keys of a word's written form (PreparedName::Word::latin) for the
// comparison's written-form allowance: the form and, from four letters, each
// form with one letter deleted; two forms one insertion, deletion,
// substitution or transposition apart share a key.
inline void WrittenKeys(EntityType type, std::string_view latin, std::vector<uint64_t>* keys) {
  if (latin.size() < 3) return;
  const uint64_t seed = 0xc2b2ae3d27d4eb4full * (static_cast<uint64_t>(type) + 1);
  keys->push_back(HashString(seed, latin));
  if (latin.size() < 4) return;
  std::string shorter;
  for (size_t i = 0; i < latin.size(); ++i) {
    if (i > 0 && latin[i] == latin[i - 1]) continue;
    shorter.assign(latin, 0, i);
    shorter.append(latin, i + 1);
    keys->push_back(HashString(seed, shorter));
  }
}

// The first letter of a skeleton as InitialFits() in person_parts.cc compares it.
inline char InitialLetter(std::string_view skeleton) {
  if (skeleton.empty()) return 0;
  const char c = skeleton[0];
  return c == 'j' ? 'i' : c == 'c' ? 'k' : c;
}

// Keys of two words (either order) and of a word with an initial, hashed so
// that Postings spreads them evenly.
inline uint64_t PairKey(uint32_t a, uint32_t b) {
  if (a > b) std::swap(a, b);
  return Mix((static_cast<uint64_t>(a) << 32) | b);
}

inline uint64_t InitialKey(uint32_t token, char letter) {
  return Mix(((static_cast<uint64_t>(token) << 8) | static_cast<unsigned char>(letter)) ^
             0x8000000000000000ull);
}

// Sorted (key, id) pairs grouped into posting lists.
class Postings {
 public:
  void Add(uint64_t key, uint32_t id) { pending_.emplace_back(key, id); }

  void Build() {
    std::sort(pending_.begin(), pending_.end());
    pending_.erase(std::unique(pending_.begin(), pending_.end()), pending_.end());
    keys_.clear();
    offsets_.clear();
    ids_.clear();
    ids_.reserve(pending_.size());
    for (size_t i = 0; i < pending_.size(); ++i) {
      if (i == 0 || pending_[i].first != pending_[i - 1].first) {
        keys_.push_back(pending_[i].first);
        offsets_.push_back(static_cast<uint32_t>(ids_.size()));
      }
      ids_.push_back(pending_[i].second);
    }
    offsets_.push_back(static_cast<uint32_t>(ids_.size()));
    pending_.clear();
    pending_.shrink_to_fit();
    keys_.shrink_to_fit();
    offsets_.shrink_to_fit();
    int bits = 1;
    while (bits < 30 && (size_t{1} << bits) < keys_.size()) ++bits;
    shift_ = 64 - bits;
    buckets_.assign((size_t{1} << bits) + 1, 0);
    for (uint64_t key : keys_) ++buckets_[(key >> shift_) + 1];
    for (size_t i = 1; i < buckets_.size(); ++i) buckets_[i] += buckets_[i - 1];
  }

  // The ids under `key`, sorted; valid while the table lives.
  std::span<const uint32_t> Find(uint64_t key) const {
    // Keys are hashes, spread evenly: the top bits narrow the search to a
    // range of a key or two.
    const size_t b = static_cast<size_t>(key >> shift_);
    auto first = keys_.begin() + buckets_[b];
    auto last = keys_.begin() + buckets_[b + 1];
    auto it = std::lower_bound(first, last, key);
    if (it == last || *it != key) return {};
    const size_t k = static_cast<size_t>(it - keys_.begin());
    return {ids_.data() + offsets_[k], offsets_[k + 1] - offsets_[k]};
  }

  size_t MemoryBytes() const {
    return keys_.capacity() * 8 + offsets_.capacity() * 4 + ids_.capacity() * 4 +
           buckets_.capacity() * 4 + pending_.capacity() * sizeof(pending_[0]);
  }

 private:
  std::vector<std::pair<uint64_t, uint32_t>> pending_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> ids_;
  std::vector<uint32_t> buckets_ = {0, 0};  // keys_ index per top-bits prefix
  int shift_ = 63;
};

// Posting lists indexed densely by token id.
class TokenPostings {
 public:
  void Build(size_t tokens, std::vector<std::pair<uint32_t, uint32_t>>* pending) {
    std::sort(pending->begin(), pending->end());
    pending->erase(std::unique(pending->begin(), pending->end()), pending->end());
    offsets_.assign(tokens + 1, 0);
    for (const auto& [token, id] : *pending) ++offsets_[token + 1];
    for (size_t t = 0; t < tokens; ++t) offsets_[t + 1] += offsets_[t];
    ids_.resize(pending->size());
    for (size_t i = 0; i < pending->size(); ++i) ids_[i] = (*pending)[i].second;
    pending->clear();
    pending->shrink_to_fit();
  }
  std::span<const uint32_t> Find(uint32_t token) const {
    return {ids_.data() + offsets_[token], offsets_[token + 1] - offsets_[token]};
  }
  size_t MemoryBytes() const { return offsets_.capacity() * 4 + ids_.capacity() * 4; }

 private:
  std::vector<uint32_t> offsets_;
  std::vector<uint32_t> ids_;
};

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_SCREENING_KEYS_H_
