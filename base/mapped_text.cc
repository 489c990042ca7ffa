#include "base/mapped_text.h"

#include <algorithm>

namespace dossier {

void MappedText::AppendCopied(std::string_view piece, uint32_t original_begin) {
  origin.pop_back();
  text.append(piece);
  origin.reserve(origin.size() + piece.size() + 1);
  for (size_t k = 0; k < piece.size(); ++k) origin.push_back(original_begin + k);
  origin.push_back(original_begin + piece.size());
}

void MappedText::AppendReplacement(std::string_view piece, uint32_t original_begin,
                                   uint32_t original_end) {
  origin.pop_back();
  text.append(piece);
  origin.insert(origin.end(), piece.size(), original_begin);
  origin.push_back(original_end);
}

void MappedText::Append(const MappedText& other) {
  origin.pop_back();
  text.append(other.text);
  origin.insert(origin.end(), other.origin.begin(), other.origin.end());
}

void MappedText::AppendSlice(const MappedText& from, size_t begin, size_t end) {
  origin.pop_back();
  text.append(from.text, begin, end - begin);
  origin.insert(origin.end(), from.origin.begin() + begin, from.origin.begin() + end);
  origin.push_back(from.OriginalEnd(end));
}

uint32_t MappedText::OriginalEnd(size_t end) const {
  // The end of a range is the original end of its last byte: the start of the
  // next byte that came from a later original position.
  if (end == 0) return origin[0];
  const uint32_t last = origin[end - 1];
  for (size_t k = end; k < origin.size(); ++k) {
    if (origin[k] > last) return origin[k];
  }
  return origin.back();
}

MappedText MappedText::Slice(size_t begin, size_t end) const {
  MappedText out;
  out.text.assign(text, begin, end - begin);
  out.origin.assign(origin.begin() + begin, origin.begin() + end);
  out.origin.push_back(OriginalEnd(end));
  return out;
}

MappedText ComposeOrigins(const MappedText& outer, const MappedText& inner) {
  MappedText out;
  out.text = outer.text;
  out.origin.clear();
  out.origin.reserve(outer.origin.size());
  const size_t limit = inner.origin.size() - 1;
  for (uint32_t o : outer.origin) out.origin.push_back(inner.origin[std::min<size_t>(o, limit)]);
  return out;
}

}  // namespace dossier
