#include "extract/quotes/internal/quote_dialogue.h"

#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {
namespace {

bool IsDialogueDash(char32_t cp) { return cp == 0x2014 || cp == 0x2013 || cp == 0x2015; }

bool IsBlank(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0; }

// Speech punctuation before the author's words: "Да, — сказал он".
bool EndsSpeech(char32_t cp) { return cp == ',' || cp == '!' || cp == '?' || cp == 0x2026; }

// Punctuation closing the author's words before the speech goes on:
// "— сказал он, — …", "— сказал он. — …".
bool EndsNarration(char32_t cp) { return cp == ',' || cp == '.'; }

bool EndsSentence(char32_t cp) { return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026; }

// The first offset at or after `i` (below `end`) that is no blank.
uint32_t SkipBlanks(std::string_view text, uint32_t i, uint32_t end) {
  while (i < end) {
    uint32_t length = 1;
    if (!IsBlank(CodePointAt(text, i, &length))) break;
    i += length;
  }
  return i;
}

// Trims blanks off [start, end). A comma before the author's words stays
// with the speech, as inside marks ("Yes," he said).
Span TrimSpan(std::string_view text, uint32_t start, uint32_t end) {
  start = SkipBlanks(text, start, end);
  while (end > start && IsBlank(CodePointBefore(text, end))) {
    end = static_cast<uint32_t>(text_internal::PreviousCodePointStart(text, end));
  }
  return {start, end};
}

class LineReader {
 public:
  LineReader(std::string_view text, uint32_t begin, uint32_t end)
      : text_(text), begin_(begin), end_(end) {}

  // Reads the line; false when it is no dialogue.
  bool Read(ScannedQuote* out) {
    uint32_t i = SkipBlanks(text_, begin_, end_);
    if (i >= end_) return false;
    uint32_t length = 1;
    const char32_t dash = CodePointAt(text_, i, &length);
    const bool hyphen =
        dash == '-' && i + 1 < end_ && IsBlank(static_cast<unsigned char>(text_[i + 1]));
    if (!IsDialogueDash(dash) && !hyphen) return false;
    out->open_mark = {i, i + length};
    const uint32_t start = SkipBlanks(text_, i + length, end_);
    if (start >= end_) return false;
    const char32_t first = CodePointAt(text_, start, &length);
    if (!(text_internal::IsLetter(first) || first == 0xAB || first == 0x201E || first == '"')) {
      return false;  // "— 1992–1999 гг. – президент": a list item
    }
    Scan(start, out);
    if (out->parts.empty()) return false;
    const char32_t last = CodePointBefore(text_, out->parts.back().end);
    if (out->narration.size() == 0 && !EndsSentence(last)) return false;
    if (Words(text_.substr(out->parts.front().start, out->parts.front().size())).empty()) {
      return false;
    }
    const uint32_t e = out->parts.back().end;
    out->close_mark = {e, e};
    out->speech = true;
    out->dash = true;
    return true;
  }

 private:
  // Splits the line from `start` into speech parts and narration.
  void Scan(uint32_t start, ScannedQuote* out) {
    bool speech = true;
    uint32_t from = start;
    uint32_t i = start;
    while (i < end_) {
      uint32_t length = 1;
      const char32_t cp = CodePointAt(text_, i, &length);
      if (!IsDialogueDash(cp) || !IsBlank(CodePointBefore(text_, i))) {
        i += length;
        continue;
      }
      // A dash between blanks: what comes before and after it.
      uint32_t before = i;
      while (before > from && IsBlank(CodePointBefore(text_, before))) {
        before = static_cast<uint32_t>(text_internal::PreviousCodePointStart(text_, before));
      }
      const char32_t previous = before > from ? CodePointBefore(text_, before) : U' ';
      const uint32_t next_at = SkipBlanks(text_, i + length, end_);
      uint32_t next_length = 1;
      const char32_t next = next_at < end_ ? CodePointAt(text_, next_at, &next_length) : U' ';
      if (speech && EndsSpeech(previous) && text_internal::IsLower(next)) {
        AddPart(out, from, before);
        from = next_at;
        speech = false;
      } else if (!speech && EndsNarration(previous) && text_internal::IsLetter(next)) {
        AddNarration(out, from, before);
        from = next_at;
        speech = true;
      }
      i = next_at > i ? next_at : i + length;
    }
    if (speech) {
      AddPart(out, from, end_);
    } else {
      AddNarration(out, from, end_);
    }
  }

  void AddPart(ScannedQuote* out, uint32_t from, uint32_t to) {
    const Span part = TrimSpan(text_, from, to);
    if (part.size() > 0) out->parts.push_back(part);
  }

  void AddNarration(ScannedQuote* out, uint32_t from, uint32_t to) {
    if (out->narration.size() > 0) return;
    Span narration = TrimSpan(text_, from, to);
    while (narration.size() > 0 &&
           (text_[narration.end - 1] == '.' || text_[narration.end - 1] == ',')) {
      --narration.end;
    }
    out->narration = narration;
  }

  std::string_view text_;
  uint32_t begin_;
  uint32_t end_;
};

}  // namespace

std::vector<ScannedQuote> ScanDashDialogue(std::string_view text) {
  std::vector<ScannedQuote> quotes;
  uint32_t begin = 0;
  while (begin < text.size()) {
    size_t newline = text.find('\n', begin);
    const uint32_t end =
        newline == std::string_view::npos ? static_cast<uint32_t>(text.size()) : newline;
    ScannedQuote quote;
    if (LineReader(text, begin, end).Read(&quote)) quotes.push_back(std::move(quote));
    begin = end + 1;
  }
  return quotes;
}

bool SameLine(std::string_view text, uint32_t a, uint32_t b) {
  return b >= a && text.substr(a, b - a).find('\n') == std::string_view::npos;
}

}  // namespace dossier::internal
