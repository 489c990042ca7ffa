// A set of lower-case words built once from a table, for the lexicons of
// the quotation rules; lookups lower-case the word in every script
// (LowerWord). Words longer than `kMostBytes` are in no set.
//
// Thread-safe after construction (immutable; build them as function-local
// statics).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_WORD_SET_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_WORD_SET_H_

#include <cstddef>
#include <string_view>
#include <unordered_set>

#include "extract/quotes/internal/quote_lexicon.h"

namespace dossier::internal {

class WordSet {
 public:
  static constexpr size_t kMostBytes = 60;

  // REQUIRES: the words of `words` are lower case and outlive the set.
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : words_(words, words + N) {}

  bool Has(std::string_view word) const {
    return word.size() <= kMostBytes && words_.count(LowerWord(word)) > 0;
  }
  // `lower` must already be lower case.
  bool HasLower(std::string_view lower) const { return words_.count(lower) > 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_WORD_SET_H_
