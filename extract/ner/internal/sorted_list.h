// InSortedList: membership in a constant word list, by binary search over a
// sorted copy made once per list. Thread-safe (the copy is a function-local
// static, initialized once).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_SORTED_LIST_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_SORTED_LIST_H_

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace dossier::internal {

// Whether `key` is in `kList` (an array of string_view). The template is
// instantiated per list (not per list length, so two lists of the same
// length never share a copy).
template <const auto& kList>
bool InSortedList(std::string_view key) {
  static const auto sorted = [] {
    std::array<std::string_view, std::size(kList)> a;
    std::copy(std::begin(kList), std::end(kList), a.begin());
    std::sort(a.begin(), a.end());
    return a;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), key);
}

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_SORTED_LIST_H_
