#include "ingest/internal/markdown_inline.h"

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace dossier::internal {
namespace {

// Closing delimiters and brackets are looked for this far ahead, which keeps
// the scan linear on pathological input.
constexpr size_t kMaxSpan = 1024;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool IsPunct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// Marks over the bytes of one text: `drop` bytes are markup to remove;
// `literal` bytes (escaped characters, code span content) are never markup.
class Markup {
 public:
  explicit Markup(std::string_view text)
      : text_(text), drop_(text.size(), false), literal_(text.size(), false) {}

  void Scan() {
    EscapesAndCodeSpans();
    Links();
    Emphasis();
  }

  bool dropped(size_t i) const { return drop_[i]; }

 private:
  bool Free(size_t i) const { return i < text_.size() && !literal_[i] && !drop_[i]; }

  size_t RunLength(size_t i, char c) const {
    size_t end = i;
    while (end < text_.size() && text_[end] == c && Free(end)) ++end;
    return end - i;
  }

  void Drop(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) drop_[i] = true;
  }

  void EscapesAndCodeSpans() {
    const size_t n = text_.size();
    for (size_t i = 0; i < n;) {
      if (text_[i] == '\\' && i + 1 < n && IsPunct(text_[i + 1])) {
        drop_[i] = true;
        literal_[i + 1] = true;
        i += 2;
        continue;
      }
      if (text_[i] != '`') {
        ++i;
        continue;
      }
      const size_t run = RunLength(i, '`');
      std::optional<size_t> close;
      for (size_t j = i + run; j < n && j < i + kMaxSpan;) {
        const size_t other = text_[j] == '`' ? RunLength(j, '`') : 0;
        if (other == run) {
          close = j;
          break;
        }
        j += other > 0 ? other : 1;
      }
      if (!close.has_value()) {  // an unmatched run is literal backticks
        for (size_t k = i; k < i + run; ++k) literal_[k] = true;
        i += run;
        continue;
      }
      Drop(i, i + run);
      Drop(*close, *close + run);
      size_t begin = i + run, end = *close;
      for (size_t k = begin; k < end; ++k) literal_[k] = true;
      if (end - begin >= 2 && text_[begin] == ' ' && text_[end - 1] == ' ') {
        drop_[begin] = drop_[end - 1] = true;
      }
      i = *close + run;
    }
  }

  // Returns the offset of the bracket closing the one at `open`.
  std::optional<size_t> Matching(size_t open, char open_char, char close_char) const {
    int depth = 0;
    for (size_t i = open; i < text_.size() && i < open + kMaxSpan; ++i) {
      if (!Free(i)) continue;
      if (text_[i] == open_char) ++depth;
      if (text_[i] == close_char && --depth == 0) return i;
    }
    return std::nullopt;
  }

  void Links() {
    for (size_t i = 0; i < text_.size(); ++i) {
      if (!Free(i)) continue;
      if (text_[i] == '<') {
        Autolink(i);
        continue;
      }
      if (text_[i] != '[') continue;
      const std::optional<size_t> close = Matching(i, '[', ']');
      if (!close.has_value() || *close + 1 >= text_.size() || !Free(*close + 1)) continue;
      const char next = text_[*close + 1];
      if (next != '(' && next != '[') continue;
      const std::optional<size_t> target = Matching(*close + 1, next, next == '(' ? ')' : ']');
      if (!target.has_value()) continue;
      drop_[i] = true;
      if (i > 0 && text_[i - 1] == '!' && Free(i - 1)) drop_[i - 1] = true;
      Drop(*close, *target + 1);
    }
  }

  void Autolink(size_t open) {
    const size_t close = text_.substr(0, open + kMaxSpan).find('>', open);
    if (close == std::string_view::npos) return;
    const std::string_view inside = text_.substr(open + 1, close - open - 1);
    for (char c : inside) {
      if (IsSpace(c) || c == '<') return;
    }
    for (std::string_view scheme : {"http://", "https://", "mailto:"}) {
      if (inside.substr(0, scheme.size()) == scheme) {
        drop_[open] = drop_[close] = true;
        return;
      }
    }
  }

  void Emphasis() {
    const size_t n = text_.size();
    for (size_t i = 0; i < n;) {
      const char c = text_[i];
      if ((c != '*' && c != '_' && c != '~') || !Free(i)) {
        ++i;
        continue;
      }
      const size_t run = RunLength(i, c);
      const bool can_open = i + run < n && !IsSpace(text_[i + run]) && (c != '~' || run == 2) &&
                            (c != '_' || i == 0 || !IsAlnum(text_[i - 1]));
      if (can_open) {
        if (std::optional<size_t> close = FindCloser(i + run, c, run)) {
          Drop(i, i + run);
          Drop(*close, *close + run);
        }
      }
      i += run;
    }
  }

  std::optional<size_t> FindCloser(size_t from, char c, size_t run) const {
    for (size_t j = from; j < text_.size() && j < from + kMaxSpan;) {
      if (text_[j] != c || !Free(j)) {
        ++j;
        continue;
      }
      const size_t other = RunLength(j, c);
      const bool after_text = !IsSpace(text_[j - 1]);
      const size_t after = j + other;
      const bool word_end = c != '_' || after >= text_.size() || !IsAlnum(text_[after]);
      if (other == run && after_text && word_end) return j;
      j += other;
    }
    return std::nullopt;
  }

  std::string_view text_;
  std::vector<bool> drop_;
  std::vector<bool> literal_;
};

}  // namespace

MappedText StripInlineMarkup(const MappedText& text) {
  Markup markup(text.text);
  markup.Scan();
  MappedText out;
  out.origin[0] = text.origin[0];
  const size_t n = text.text.size();
  for (size_t i = 0; i < n;) {
    if (markup.dropped(i)) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < n && !markup.dropped(end)) ++end;
    out.AppendSlice(text, i, end);
    i = end;
  }
  return out;
}

}  // namespace dossier::internal
