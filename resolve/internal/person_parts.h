// The parts of a person's name per reading of its word order, and the
// reasons collected while comparing them: the pieces that the person
// comparison (name_match.cc), the parts' construction (person_parts.cc) and
// the alignment of middle names (middle_names.cc) share.
//
// Thread-safe: pure functions; Why and WordList are values.
#ifndef DOSSIER_RESOLVE_INTERNAL_PERSON_PARTS_H_
#define DOSSIER_RESOLVE_INTERNAL_PERSON_PARTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "resolve/name_match.h"

namespace dossier::internal {

using Word = PreparedName::Word;

// Collects reasons only when asked, so that screening scores candidates
// without building strings. Add()'s arguments are built before it looks:
// callers guard the costly ones (Pair, Edits, DescribeEdits) with enabled().
class Why {
 public:
  explicit Why(bool enabled) : enabled_(enabled) {}
  bool enabled() const { return enabled_; }
  template <typename... Parts>
  void Add(const Parts&... parts) {
    if (!enabled_) return;
    if (!text_.empty()) text_ += "; ";
    (text_.append(parts), ...);
  }
  std::string Take() { return std::move(text_); }

 private:
  bool enabled_;
  std::string text_;
};

// The edits between two words' skeletons ("1 vowel, 1 similar letter"),
// empty when the skeletons are equal.
std::string Edits(const Word& a, const Word& b);

// "Igilmanov ~ Igelmanov, 1 vowel" / "Ismail = Ismail" / "Dariga ≠ Nursultan".
std::string Pair(const Word& a, const Word& b, double similarity, double threshold);

// A short list of words that lives on the stack for names of up to eight
// words (longer names spill to the heap): comparisons build these per pair.
class WordList {
 public:
  void push_back(const Word* w) {
    if (size_ < kInline) {
      inline_[size_] = w;
    } else {
      if (size_ == kInline) spill_.assign(inline_, inline_ + kInline);
      spill_.push_back(w);
    }
    ++size_;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Word* const* begin() const { return size_ <= kInline ? inline_ : spill_.data(); }
  const Word* const* end() const { return begin() + size_; }
  const Word* front() const { return *begin(); }
  const Word* operator[](size_t i) const { return begin()[i]; }

 private:
  static constexpr size_t kInline = 8;
  const Word* inline_[kInline];
  size_t size_ = 0;
  std::vector<const Word*> spill_;
};

// A person's name parts for one reading of its word order.
struct PersonParts {
  const Word* surname = nullptr;
  WordList given;  // full given names, in order
  const Word* patronymic = nullptr;
  WordList initials;
  // The other nominative readings of the surname and their skeletons.
  const std::vector<std::string>* surname_alternatives = nullptr;
  const std::vector<std::string>* alternative_skeletons = nullptr;
  // A Spanish first surname this reading takes for a middle name (the
  // family name is the last word); null when none.
  const Word* first_surname = nullptr;
  // Another reading than the parse's takes for the family name a word the
  // parse reads as a given name, not a Spanish first surname (Kevin of
  // "Kevin Davis" read surname first).
  bool surname_from_given = false;

  bool surname_alternatives_empty() const {
    return alternative_skeletons == nullptr || alternative_skeletons->empty();
  }
};

// Readings tried per name: the parse's, a comma block's or the other end,
// and a Spanish first surname.
inline constexpr size_t kMaxReadings = 4;

// The parts of `name` under each of its readings (at most kMaxReadings),
// into default-constructed `parts`; returns how many.
size_t AllParts(const PreparedName& name, PersonParts (&parts)[kMaxReadings]);

// "surname Al-Nouri; given Abdul Rahim, Khaled; patronymic ...; initials A.":
// how a reading took the name apart, for --explain.
std::string DescribeReading(const PersonParts& p);

// Whether initial `initial` can stand for full word `full`.
bool InitialFits(const Word& initial, const Word& full);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_PERSON_PARTS_H_
