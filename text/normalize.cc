#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "text/internal/chars.h"
#include "text/internal/nfc_stable.h"

namespace dossier {
namespace {

// What the cleanup pass does with one ASCII byte.
enum class AsciiClass : uint8_t {
  kCopy,     // printable: copied unchanged
  kSpace,    // " " and "\t": a space
  kNewline,  // "\n", "\v", "\f": a line break
  kCr,       // "\r": a line break, swallowing a following "\n"
  kDrop,     // other C0 controls and DEL: removed
};

constexpr std::array<AsciiClass, 128> MakeAsciiTable() {
  std::array<AsciiClass, 128> table{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 0x21 && c <= 0x7E) {
      table[c] = AsciiClass::kCopy;
    } else if (c == ' ' || c == '\t') {
      table[c] = AsciiClass::kSpace;
    } else if (c == '\n' || c == '\v' || c == '\f') {
      table[c] = AsciiClass::kNewline;
    } else if (c == '\r') {
      table[c] = AsciiClass::kCr;
    } else {
      table[c] = AsciiClass::kDrop;
    }
  }
  return table;
}

constexpr std::array<AsciiClass, 128> kAsciiTable = MakeAsciiTable();

// Lowest code point whose NFC quick-check value is not "yes" (U+0300, the
// first combining mark): text below it is NFC already.
constexpr char32_t kMinNfcSensitive = 0x300;

// Returns true for the Unicode space separators that become " ".
bool IsUnicodeSpace(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

// Returns true for the invisible characters that are removed.
bool IsRemoved(char32_t cp) {
  return cp == 0xFEFF || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0x00AD ||
         (cp >= 0x80 && cp <= 0x9F && cp != 0x85);
}

// Returns true for non-ASCII code points that pass 1 copies unchanged.
bool IsCopyable(char32_t cp) {
  return !IsUnicodeSpace(cp) && !IsRemoved(cp) && cp != 0x85 && cp != 0x2028 && cp != 0x2029;
}

// Returns the end of the run from `pos` that pass 1 copies unchanged:
// printable ASCII (plus " " and "\n" unless collapsing) and valid copyable
// non-ASCII code points. Sets *needs_nfc if the run holds a code point NFC
// might change.
// Returns whether all eight bytes of `word` are printable ASCII or space
// (0x20-0x7E): what plain-text runs without collapsing copy unchanged.
inline bool AllPrintableAscii(uint64_t word) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const uint64_t below_space = (word - 0x20 * kOnes) & ~word;  // high bit: byte < 0x20
  const uint64_t del = word ^ (0x7F * kOnes);
  const uint64_t is_del = (del - kOnes) & ~del;  // high bit: byte == 0x7F
  return ((word | below_space | is_del) & kHigh) == 0;
}

size_t CopyableRunEnd(std::string_view text, size_t pos, bool collapse, bool* needs_nfc) {
  while (pos < text.size()) {
    if (!collapse) {
      // Eight bytes at a time through printable ASCII, the bulk of most text.
      while (pos + 8 <= text.size()) {
        uint64_t word;
        std::memcpy(&word, text.data() + pos, sizeof(word));
        if (!AllPrintableAscii(word)) break;
        pos += 8;
      }
      if (pos >= text.size()) break;
    }
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (kAsciiTable[c] == AsciiClass::kCopy || (!collapse && (c == ' ' || c == '\n'))) {
        ++pos;
        continue;
      }
      break;
    }
    char32_t cp;
    const int length = DecodeUtf8(text, pos, &cp);
    if (length == 0 || !IsCopyable(cp)) break;
    if (!*needs_nfc && !text_internal::IsNfcStable(cp)) *needs_nfc = true;
    pos += length;
  }
  return pos;
}

// Builds a MappedText whose origins are looked up in `in.origin`. Text and
// origins are appended in bulk; the end mark is written by Finish().
class MappedBuilder {
 public:
  explicit MappedBuilder(const MappedText& in) : in_(in) {
    out_.text.reserve(in.text.size());
    out_.origin.clear();
    out_.origin.reserve(in.text.size() + 1);
    end_mark_ = in.origin.front();
  }

  // Copies input bytes [begin, end) with their own origins.
  void Copy(size_t begin, size_t end) {
    out_.text.append(in_.text, begin, end - begin);
    out_.origin.insert(out_.origin.end(), in_.origin.begin() + begin, in_.origin.begin() + end);
    end_mark_ = in_.origin[end];
  }

  // Appends `piece` in place of input bytes [begin, end): every byte maps to
  // the origin of input byte `begin`. An empty piece only moves the end mark.
  void Replace(std::string_view piece, size_t begin, size_t end) {
    out_.text.append(piece);
    out_.origin.insert(out_.origin.end(), piece.size(), in_.origin[begin]);
    end_mark_ = in_.origin[end];
  }

  bool empty() const { return out_.text.empty(); }

  MappedText Finish() && {
    out_.origin.push_back(end_mark_);
    return std::move(out_);
  }

 private:
  const MappedText& in_;
  MappedText out_;
  uint32_t end_mark_ = 0;
};

// Pass 1: line ends, spaces, invisible characters, controls, invalid UTF-8
// and (optionally) whitespace collapsing. Sets *needs_nfc when the text holds
// a code point that NFC might change (see IsNfcStable).
MappedText Clean(const MappedText& in, bool collapse, bool* needs_nfc) {
  const std::string_view text = in.text;
  const size_t n = text.size();
  MappedBuilder out(in);
  *needs_nfc = false;

  // In collapse mode whitespace is held back until a visible character
  // follows; the emitted " " maps to the first whitespace byte of the run.
  bool pending_space = false;
  size_t pending_begin = 0;
  auto whitespace = [&](std::string_view replacement, size_t begin, size_t end) {
    if (collapse) {
      if (!pending_space) pending_begin = begin;
      pending_space = true;
    } else {
      out.Replace(replacement, begin, end);
    }
  };
  auto flush_space = [&](size_t next) {
    if (!pending_space) return;
    if (!out.empty()) out.Replace(" ", pending_begin, next);
    pending_space = false;
  };

  size_t p = 0;
  while (p < n) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c < 0x80) {
      switch (kAsciiTable[c]) {
        case AsciiClass::kCopy: {
          const size_t q = CopyableRunEnd(text, p + 1, collapse, needs_nfc);
          flush_space(p);
          out.Copy(p, q);
          p = q;
          break;
        }
        case AsciiClass::kSpace:
          if (c == ' ' && !collapse) {
            const size_t q = CopyableRunEnd(text, p + 1, collapse, needs_nfc);
            out.Copy(p, q);
            p = q;
          } else {
            whitespace(" ", p, p + 1);
            ++p;
          }
          break;
        case AsciiClass::kNewline:
          if (c == '\n' && !collapse) {
            const size_t q = CopyableRunEnd(text, p + 1, collapse, needs_nfc);
            out.Copy(p, q);
            p = q;
          } else {
            whitespace("\n", p, p + 1);
            ++p;
          }
          break;
        case AsciiClass::kCr: {
          const size_t end = (p + 1 < n && text[p + 1] == '\n') ? p + 2 : p + 1;
          whitespace("\n", p, end);
          p = end;
          break;
        }
        case AsciiClass::kDrop:
          if (!pending_space) out.Replace("", p, p + 1);
          ++p;
          break;
      }
      continue;
    }
    char32_t cp;
    const int length = DecodeUtf8(text, p, &cp);
    if (length == 0) {
      flush_space(p);
      out.Replace("\uFFFD", p, p + 1);
      ++p;
      continue;
    }
    const size_t end = p + length;
    if (IsCopyable(cp)) {
      const size_t q = CopyableRunEnd(text, end, collapse, needs_nfc);
      if (!*needs_nfc && !text_internal::IsNfcStable(cp)) *needs_nfc = true;
      flush_space(p);
      out.Copy(p, q);
      p = q;
      continue;
    }
    if (IsUnicodeSpace(cp)) {
      whitespace(" ", p, end);
    } else if (cp == 0x85 || cp == 0x2028) {
      whitespace("\n", p, end);
    } else if (cp == 0x2029) {
      whitespace("\n\n", p, end);
    } else if (IsRemoved(cp)) {
      if (!pending_space) out.Replace("", p, end);
    }
    p = end;
  }
  return std::move(out).Finish();
}

const icu::Normalizer2* NfcInstance() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? nfc : nullptr;
  }();
  return instance;
}

// Normalizes the chunk in[begin, end), which starts and ends at normalization
// boundaries, one boundary-delimited segment at a time.
void NormalizeChunk(const icu::Normalizer2& nfc, const MappedText& in, size_t begin, size_t end,
                    MappedBuilder* out, std::string* scratch) {
  const std::string_view text = in.text;
  size_t p = begin;
  while (p < end) {
    if (static_cast<unsigned char>(text[p]) < 0x80) {
      // An ASCII run is NFC; only its last byte may combine with what follows.
      size_t q = p + 1;
      while (q < end && static_cast<unsigned char>(text[q]) < 0x80) ++q;
      if (q == end) {
        out->Copy(p, q);
        p = q;
        continue;
      }
      if (q - 1 > p) out->Copy(p, q - 1);
      p = q - 1;
    }
    char32_t cp;
    const int first = text_internal::DecodeAt(text, p, &cp);
    size_t q = p + first;
    while (q < end) {
      char32_t next;
      const int length = text_internal::DecodeAt(text, q, &next);
      if (next < kMinNfcSensitive || nfc.hasBoundaryBefore(static_cast<UChar32>(next))) break;
      q += length;
    }
    const bool single = q == p + static_cast<size_t>(first);
    if (single &&
        (cp < kMinNfcSensitive ||
         u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_NFC_QUICK_CHECK) == UNORM_YES)) {
      out->Copy(p, q);
      p = q;
      continue;
    }
    scratch->clear();
    icu::StringByteSink<std::string> sink(scratch);
    UErrorCode status = U_ZERO_ERROR;
    const std::string_view segment = text.substr(p, q - p);
    nfc.normalizeUTF8(0, icu::StringPiece(segment.data(), static_cast<int32_t>(segment.size())),
                      sink, nullptr, status);
    if (U_FAILURE(status) || *scratch == segment) {
      out->Copy(p, q);  // unchanged: keep the finer byte-by-byte origins
    } else {
      out->Replace(*scratch, p, q);
    }
    p = q;
  }
}

// Pass 2: NFC. Chunks of about 4 KiB that end before an ASCII byte (always a
// normalization boundary) are checked with ICU's quick check and copied
// whole when already normalized.
MappedText ToNfc(const MappedText& in) {
  const icu::Normalizer2* nfc = NfcInstance();
  if (nfc == nullptr) return in;  // no ICU data: leave the text as it is
  constexpr size_t kChunk = 4096;
  const std::string_view text = in.text;
  MappedBuilder out(in);
  std::string scratch;
  size_t p = 0;
  while (p < text.size()) {
    size_t q = std::min(text.size(), p + kChunk);
    while (q < text.size() && static_cast<unsigned char>(text[q]) >= 0x80) ++q;
    const std::string_view chunk = text.substr(p, q - p);
    UErrorCode status = U_ZERO_ERROR;
    const bool normalized = nfc->isNormalizedUTF8(
        icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())), status);
    if (U_SUCCESS(status) && normalized) {
      out.Copy(p, q);
    } else {
      NormalizeChunk(*nfc, in, p, q, &out, &scratch);
    }
    p = q;
  }
  return std::move(out).Finish();
}

}  // namespace

MappedText NormalizeText(const MappedText& input, const NormalizeOptions& options) {
  bool needs_nfc = false;
  MappedText clean = Clean(input, options.collapse_whitespace, &needs_nfc);
  if (!needs_nfc) return clean;
  return ToNfc(clean);
}

}  // namespace dossier
