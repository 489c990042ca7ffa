#include "text/paragraphs.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/internal/chars.h"

namespace dossier {
namespace {

using text_internal::DecodeAt;

// Headings are at most this many code points long.
constexpr size_t kMaxHeadingChars = 80;
// A "?"/"!" heading has at most this many words.
constexpr int kMaxQuestionHeadingWords = 8;
// Hard-wrapping tools wrap between these widths (code points).
constexpr size_t kMinWrapWidth = 40;
constexpr size_t kMaxWrapWidth = 120;

// One line of the text. Lengths are in code points.
struct Line {
  size_t begin = 0;   // first byte of the line
  size_t start = 0;   // first non-space byte
  size_t stop = 0;    // one past the last non-space byte
  size_t length = 0;  // code points from `begin` to `stop` (indentation included)
  size_t indent = 0;  // code points of leading whitespace
  bool blank() const { return start == stop; }
};

bool IsSpaceAt(std::string_view text, size_t pos, int* length) {
  char32_t cp;
  *length = DecodeAt(text, pos, &cp);
  return text_internal::IsSpace(cp) && cp != '\n';
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Line line;
    line.begin = begin;
    size_t p = begin;
    int length = 0;
    while (p < end && IsSpaceAt(text, p, &length)) {
      p += length;
      ++line.indent;
    }
    line.start = p;
    size_t stop = end;
    while (stop > p) {
      const size_t prev = text_internal::PreviousCodePointStart(text, stop);
      if (!IsSpaceAt(text, prev, &length)) break;
      stop = prev;
    }
    line.stop = stop;
    line.length = text_internal::CountCodePoints(text.substr(begin, stop - begin));
    lines.push_back(line);
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

char32_t FirstCodePoint(std::string_view s) {
  char32_t cp = 0;
  if (!s.empty()) DecodeAt(s, 0, &cp);
  return cp;
}

// Code points of the first whitespace-delimited word of trimmed `s`.
size_t FirstWordLength(std::string_view s) {
  size_t p = 0;
  size_t n = 0;
  int length = 0;
  while (p < s.size() && !IsSpaceAt(s, p, &length)) {
    p += length;
    ++n;
  }
  return n;
}

// Returns true when trimmed line `s` starts with a list marker: a bullet or
// dash followed by a space ("• ", "- ", "— "), or an enumerator "12. ",
// "3) ", "a) ", "(4) ".
bool StartsWithListMarker(std::string_view s) {
  char32_t cp;
  const int n = DecodeAt(s, 0, &cp);
  const bool space_follows = static_cast<size_t>(n) < s.size() && (s[n] == ' ' || s[n] == '\t');
  switch (cp) {
    case '*':
    case '+':
    case 0x2022:  // •
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x2219:  // ∙
    case 0x00B7:  // ·
    case 0x25AA:  // ▪
    case 0x25AB:  // ▫
    case 0x25CF:  // ●
    case 0x25CB:  // ○
    case 0x25E6:  // ◦
    case 0x25A0:  // ■
    case 0x25A1:  // □
    case 0x25BA:  // ►
    case 0x25B8:  // ▸
    case 0x2713:  // ✓
    case 0x2714:  // ✔
      return space_follows;
    default:
      break;
  }
  if (text_internal::IsDash(cp)) return space_follows;
  size_t p = 0;
  if (s[0] == '(') ++p;
  size_t digits = 0;
  while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p, ++digits;
  bool letter = false;
  if (digits == 0 && p < s.size() && s[p] >= 'a' && s[p] <= 'z') ++p, letter = true;
  if ((digits == 0 && !letter) || digits > 3 || p + 1 >= s.size()) return false;
  const bool closer = s[p] == ')' || (s[p] == '.' && !letter && s[0] != '(');
  return closer && s[p + 1] == ' ';
}

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (size_t p = 0; p < s.size();) {
    char32_t cp;
    p += DecodeAt(s, p, &cp);
    const bool alnum = text_internal::IsLetter(cp) || text_internal::IsDigit(cp);
    if (alnum && !in_word) ++words;
    if (alnum) {
      in_word = true;
    } else if (text_internal::IsSpace(cp)) {
      in_word = false;
    }
  }
  return words;
}

// Returns true when trimmed standalone line `s` reads as a heading (see the
// rules in paragraphs.h).
bool IsHeadingLine(std::string_view s) {
  if (s.empty() || text_internal::CountCodePoints(s) > kMaxHeadingChars) return false;
  // First significant character: skip opening quotes and brackets.
  size_t p = 0;
  char32_t first = 0;
  while (p < s.size()) {
    p += DecodeAt(s, p, &first);
    if (!text_internal::IsOpeningPunct(first)) break;
  }
  if (!text_internal::IsUpper(first) && !text_internal::IsDigit(first)) return false;
  // Last significant character: skip closing quotes and brackets.
  size_t q = s.size();
  char32_t last = 0;
  while (q > 0) {
    q = text_internal::PreviousCodePointStart(s, q);
    DecodeAt(s, q, &last);
    if (!text_internal::IsClosingPunct(last)) break;
  }
  switch (last) {
    case '?':
    case '!':
      return CountWords(s) <= kMaxQuestionHeadingWords;
    case '.': {
      // "CHAPTER I.", "PREFACE.": an all-capitals line keeps its period.
      bool has_lower = false;
      int upper = 0;
      for (size_t i = 0; i < s.size();) {
        char32_t cp;
        i += DecodeAt(s, i, &cp);
        has_lower |= text_internal::IsLower(cp);
        upper += text_internal::IsUpper(cp);
      }
      return !has_lower && upper >= 2 && CountWords(s) <= kMaxQuestionHeadingWords;
    }
    case ',':
    case ';':
    case ':':
    case 0x2026:  // …
      return false;
    default:
      return true;
  }
}

// Paragraph-per-line text versus hard-wrapped text, and the wrap width.
struct Layout {
  bool wrapped = false;
  size_t width = 0;
};

// Decides whether the text is hard-wrapped: few lines longer than
// kMaxWrapWidth; the lines that do not end a block (the only ones a wrapper
// breaks) cluster near a width of at least kMinWrapWidth; and a good share of
// them continue on a line that starts in lower case (mid-sentence breaks, which
// paragraph-per-line text does not have).
Layout DetectLayout(std::string_view text, const std::vector<Line>& lines) {
  size_t non_blank = 0;
  size_t long_lines = 0;
  std::vector<size_t> inner;  // lengths of lines followed by a non-blank line
  size_t lower_next = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) continue;
    ++non_blank;
    if (lines[i].length > kMaxWrapWidth) {
      ++long_lines;
      continue;
    }
    if (i + 1 < lines.size() && !lines[i + 1].blank()) {
      inner.push_back(lines[i].length);
      const Line& next = lines[i + 1];
      lower_next += text_internal::IsLower(FirstCodePoint(text.substr(next.start)));
    }
  }
  Layout layout;
  if (inner.empty() || long_lines * 20 > non_blank) return layout;
  std::vector<size_t> sorted = inner;
  std::sort(sorted.begin(), sorted.end());
  const size_t width = sorted[(sorted.size() - 1) * 9 / 10];
  if (width < kMinWrapWidth) return layout;
  const size_t near = std::count_if(inner.begin(), inner.end(),
                                    [&](size_t length) { return length * 10 >= width * 7; });
  if (near * 2 < inner.size() || lower_next * 4 < inner.size()) return layout;
  layout.wrapped = true;
  layout.width = width;
  return layout;
}

// In hard-wrapped text, returns true when line `b` continues the paragraph of
// line `a` (the line just before it in the same block). `a_opens_item` says
// whether `a` is the first line of a list item.
bool Continues(std::string_view text, const Line& a, const Line& b, bool a_opens_item,
               size_t width) {
  const std::string_view b_text = text.substr(b.start, b.stop - b.start);
  if (StartsWithListMarker(b_text)) return false;
  if (a.length > width + 10) return false;  // `a` was not wrapped: too long
  if (text_internal::IsLower(FirstCodePoint(b_text))) return true;
  // The first word of `b` would have fitted on `a`: `a` ended on purpose.
  if (a.length + 1 + FirstWordLength(b_text) <= width) return false;
  // An indented line opens a paragraph, unless it hangs under a list item.
  if (b.indent > a.indent && !a_opens_item) return false;
  return true;
}

}  // namespace

std::vector<PlainBlock> SplitPlainText(std::string_view text) {
  const std::vector<Line> lines = SplitLines(text);
  const Layout layout = DetectLayout(text, lines);
  std::vector<PlainBlock> blocks;
  auto emit = [&](size_t start, size_t stop, PassageKind kind) {
    blocks.push_back({Span{static_cast<uint32_t>(start), static_cast<uint32_t>(stop)}, kind});
  };
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].blank()) {
      ++i;
      continue;
    }
    // A block: lines i .. j-1, no blank line among them.
    size_t j = i;
    while (j < lines.size() && !lines[j].blank()) ++j;
    bool later_text = false;
    for (size_t k = j; k < lines.size() && !later_text; ++k) later_text = !lines[k].blank();
    if (j == i + 1 && later_text) {
      const std::string_view line = text.substr(lines[i].start, lines[i].stop - lines[i].start);
      emit(lines[i].start, lines[i].stop,
           IsHeadingLine(line) ? PassageKind::kHeading : PassageKind::kParagraph);
      i = j;
      continue;
    }
    size_t paragraph_start = lines[i].start;
    bool opens_item = true;  // whether lines[k - 1] opened the current paragraph
    for (size_t k = i + 1; k <= j; ++k) {
      const bool ends =
          k == j || !layout.wrapped ||
          !Continues(text, lines[k - 1], lines[k],
                     opens_item && StartsWithListMarker(text.substr(
                                       lines[k - 1].start, lines[k - 1].stop - lines[k - 1].start)),
                     layout.width);
      if (ends) {
        emit(paragraph_start, lines[k - 1].stop, PassageKind::kParagraph);
        if (k < j) paragraph_start = lines[k].start;
      }
      opens_item = ends;
    }
    i = j;
  }
  return blocks;
}

}  // namespace dossier
