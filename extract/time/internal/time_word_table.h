// A small open-addressing hash table from words to integers, built once and
// read by the time and money lexicons of every language. Lexicons of
// inflecting languages fill it with every form a stem takes (AddForms: a stem
// and the endings of its declension), so a lookup is one probe whatever the
// case of the word.
//
// Not thread-safe while being filled; immutable and thread-safe afterwards
// (lexicons build their tables in function-local statics).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_WORD_TABLE_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {

struct WordEntry {
  std::string_view word;
  int value;
};

// Returns a == b. Checks the length and first letter inline before calling
// memcmp: the grammar compares every token with dozens of short words, and
// almost all of them differ there.
inline bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
}

class WordTable {
 public:
  // A table sized for `capacity` words (a power of two of at least twice
  // that many slots); it grows when more are added.
  explicit WordTable(size_t capacity = 256) {
    size_t slots = 16;
    while (slots < capacity * 2) slots *= 2;
    slots_.resize(slots);
    mask_ = slots - 1;
  }

  template <size_t N>
  void AddAll(const WordEntry (&entries)[N]) {
    for (const WordEntry& e : entries) Add(e.word, e.value);
  }

  // Adds `word`, which must outlive the table (a literal). A word added again
  // keeps its first value. The table grows past its capacity as needed.
  // REQUIRES: the word is not empty.
  void Add(std::string_view word, int value) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t hash = Hash(word);
    size_t slot = hash & mask_;
    while (!slots_[slot].word.empty()) {
      if (slots_[slot].word == word) return;
      slot = (slot + 1) & mask_;
    }
    slots_[slot] = {hash, word, value};
    ++count_;
  }

  // Adds stem + ending for every ending (the table keeps the strings).
  template <class Endings>
  void AddForms(std::string_view stem, const Endings& endings, int value) {
    for (std::string_view ending : endings) {
      owned_.push_back(std::string(stem) + std::string(ending));
      Add(owned_.back(), value);
    }
  }
  void AddForms(std::string_view stem, std::initializer_list<std::string_view> endings, int value) {
    AddForms<std::initializer_list<std::string_view>>(stem, endings, value);
  }

  // Adds every word of `other` with `value`. REQUIRES: `other` outlives this
  // table (both are function-local statics of a lexicon).
  void AddWordsOf(const WordTable& other, int value) {
    for (const Slot& s : other.slots_) {
      if (!s.word.empty()) Add(s.word, value);
    }
  }

  // The value of `word`, or `missing`.
  int Find(std::string_view word, int missing) const {
    const uint64_t hash = Hash(word);
    for (size_t slot = hash & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (s.word.empty()) return missing;
      if (s.hash == hash && s.word == word) return s.value;
    }
  }

 private:
  // Reads only the length and the first and last two bytes: constant time for
  // any word, and a miss (nearly every token) costs a multiply and a probe.
  static uint64_t Hash(std::string_view word) {
    const size_t n = word.size();
    if (n == 0) return 0;
    const auto byte = [&](size_t k) {
      return static_cast<uint64_t>(static_cast<uint8_t>(word[k]));
    };
    const uint64_t key = n | byte(0) << 8 | byte(n > 1 ? 1 : 0) << 16 | byte(n - 1) << 24 |
                         byte(n > 1 ? n - 2 : 0) << 32;
    return (key * 0x9E3779B97F4A7C15ull) >> 32;
  }
  struct Slot {
    uint64_t hash = 0;
    std::string_view word;
    int value = 0;
  };
  // Doubles the slots and inserts every word again.
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.word.empty()) continue;
      size_t slot = s.hash & mask_;
      while (!slots_[slot].word.empty()) slot = (slot + 1) & mask_;
      slots_[slot] = s;
    }
  }

  std::vector<Slot> slots_;  // at most half full, so every probe ends
  size_t mask_ = 0;
  size_t count_ = 0;
  std::deque<std::string> owned_;  // AddForms' words; a deque never moves them
};

// A table holding `entries`, for a function-local static.
template <size_t N>
const WordTable* MakeWordTable(const WordEntry (&entries)[N]) {
  auto* table = new WordTable(N);
  table->AddAll(entries);
  return table;
}

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_WORD_TABLE_H_
