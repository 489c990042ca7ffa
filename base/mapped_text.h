// MappedText: a UTF-8 string in which every byte remembers the byte of the
// original input it came from. Readers build one while decoding; the
// normalizer builds a new one from it; composing the two maps lets any offset
// in the final text be traced back to the raw source bytes.
//
// Contract: origin.size() == text.size() + 1 whenever the object is used via
// its methods. origin[i] is the original offset of text[i]; origin.back() is
// the original offset just past the last byte that contributed.
// Offsets are 32-bit: sources are capped well below 4 GiB by the size limit.
//
// Thread-compatible value type.
//
//   MappedText out;
//   out.AppendCopied("abc", 10);        // bytes 10,11,12 of the original
//   out.AppendReplacement("\u0416", 13, 14);  // 2 bytes, both from byte 13
#ifndef DOSSIER_BASE_MAPPED_TEXT_H_
#define DOSSIER_BASE_MAPPED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct MappedText {
  std::string text;
  std::vector<uint32_t> origin{0};

  // Appends bytes copied unchanged from original offset `original_begin`:
  // text byte k maps to original_begin + k. The end mark becomes
  // original_begin + piece.size().
  void AppendCopied(std::string_view piece, uint32_t original_begin);

  // Appends bytes that replace the original range [original_begin,
  // original_end): all of them map to original_begin; the end mark becomes
  // original_end. An empty piece only moves the end mark.
  void AppendReplacement(std::string_view piece, uint32_t original_begin, uint32_t original_end);

  // Appends `other` (whose origins already refer to the same original).
  void Append(const MappedText& other);

  // Appends from.text[begin, end) with its origins: Append(from.Slice(begin,
  // end)) without the temporary. REQUIRES: begin <= end <= from.text.size().
  void AppendSlice(const MappedText& from, size_t begin, size_t end);

  // Returns the original range that text[begin, end) came from.
  // REQUIRES: begin <= end <= text.size().
  uint32_t OriginalBegin(size_t begin) const { return origin[begin]; }
  uint32_t OriginalEnd(size_t end) const;

  // Returns a copy of text[begin, end) with its origins.
  MappedText Slice(size_t begin, size_t end) const;
};

// Maps every origin of `outer` (which indexes into inner.text) through
// `inner`, yielding a MappedText whose origins index inner's original.
MappedText ComposeOrigins(const MappedText& outer, const MappedText& inner);

}  // namespace dossier

#endif  // DOSSIER_BASE_MAPPED_TEXT_H_
