#include "text/segment.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "text/internal/abbreviations.h"
#include "text/internal/chars.h"

namespace dossier {
namespace {

using text_internal::Abbreviation;
using text_internal::DecodeAt;
using text_internal::IsDigit;
using text_internal::IsLetter;
using text_internal::IsMark;
using text_internal::IsSpace;
using text_internal::PreviousCodePointStart;

// Longest abbreviation (with inner periods) looked up, in bytes.
constexpr size_t kMaxAbbreviationBytes = 24;
// Longest number read as an enumerator ("12. The plan") rather than a
// sentence end.
constexpr size_t kMaxEnumeratorDigits = 3;

constexpr std::array<bool, 256> MakeMayBreakTable() {
  std::array<bool, 256> table{};
  for (unsigned char c : {'.', '!', '?', '\n'}) table[c] = true;
  table[0xE2] = true;  // "…" U+2026
  table[0xE3] = true;  // "。" U+3002
  table[0xEF] = true;  // "！" U+FF01, "？" U+FF1F
  return table;
}

// Bytes at which a sentence may end (the lead bytes of every terminator).
constexpr std::array<bool, 256> kMayBreak = MakeMayBreakTable();

// Returns the byte length of the sentence terminator at `pos` (".", "!", "?",
// "…", and the CJK/full-width forms), or 0.
int TerminatorLength(std::string_view text, size_t pos, size_t end) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c == '.' || c == '!' || c == '?') return 1;
  if (c < 0x80) return 0;
  char32_t cp;
  const int length = DecodeAt(text.substr(0, end), pos, &cp);
  return (cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) ? length : 0;
}

// Code point at `pos` and, through *length, its size. REQUIRES: pos < end.
char32_t CodePointAt(std::string_view text, size_t pos, size_t end, int* length) {
  char32_t cp;
  *length = DecodeAt(text.substr(0, end), pos, &cp);
  return cp;
}

// Returns the first code point of the word that starts at `pos`, skipping
// opening quotes and brackets; 0 at `end`.
char32_t FirstSignificant(std::string_view text, size_t pos, size_t end) {
  for (int skipped = 0; pos < end && skipped < 4; ++skipped) {
    int length;
    const char32_t cp = CodePointAt(text, pos, end, &length);
    if (!text_internal::IsOpeningPunct(cp)) return cp;
    pos += length;
  }
  return 0;
}

// Returns the start of the run of letters (and marks) that ends at `pos`.
size_t LettersBefore(std::string_view text, size_t floor, size_t pos, size_t* letters) {
  *letters = 0;
  while (pos > floor) {
    const size_t prev = PreviousCodePointStart(text, pos);
    if (prev < floor) break;
    char32_t cp;
    DecodeAt(text, prev, &cp);
    if (IsLetter(cp)) {
      ++*letters;
    } else if (!IsMark(cp)) {
      break;
    }
    pos = prev;
  }
  return pos;
}

// Returns true when the single period at `period` ends the sentence that
// started at `sentence_start`; `next` is the first code point of the
// following word (opening quotes skipped).
bool PeriodEndsSentence(std::string_view text, size_t sentence_start, size_t period,
                        char32_t next) {
  size_t letters = 0;
  const size_t word = LettersBefore(text, sentence_start, period, &letters);
  if (letters == 0) {
    // "12. The plan" at the head of a sentence is an enumerator.
    size_t digits = period;
    while (digits > sentence_start && text[digits - 1] >= '0' && text[digits - 1] <= '9') {
      --digits;
    }
    return !(digits < period && digits == sentence_start &&
             period - digits <= kMaxEnumeratorDigits);
  }
  // Extend over inner periods: "т.е", "e.g", "N.A".
  size_t dotted = word;
  while (dotted >= sentence_start + 2 && text[dotted - 1] == '.') {
    size_t more = 0;
    const size_t begin = LettersBefore(text, sentence_start, dotted - 1, &more);
    if (more == 0) break;
    dotted = begin;
  }
  if (dotted > sentence_start) {
    // Part of a longer token ("3rd.", "user@mail.kz.", "/path."): a plain word.
    const char before = text[dotted - 1];
    if ((before >= '0' && before <= '9') || before == '@' || before == '/' || before == '_') {
      return true;
    }
  }
  Abbreviation kind = Abbreviation::kNone;
  if (period - dotted <= kMaxAbbreviationBytes) {
    std::string lowered;
    for (size_t p = dotted; p < period;) {
      char32_t cp;
      p += DecodeAt(text, p, &cp);
      AppendUtf8(text_internal::ToLower(cp), &lowered);
    }
    kind = text_internal::LookupAbbreviation(lowered);
  }
  switch (kind) {
    case Abbreviation::kAlways:
      return false;
    case Abbreviation::kBeforeNumber:
      return !IsDigit(next);
    case Abbreviation::kTerminal:
      return true;
    case Abbreviation::kNone:
      break;
  }
  // A single letter is an initial ("A. M. Kazhegeldin", "N.A.", "г.").
  return letters > 1;
}

// Returns true when a blank line starts at the "\n" at `pos`: only spaces up
// to the next "\n". Sets *next_line to the position of that second "\n".
bool BlankLineAt(std::string_view text, size_t pos, size_t end, size_t* next_line) {
  size_t q = pos + 1;
  while (q < end && (text[q] == ' ' || text[q] == '\t' || text[q] == '\r')) ++q;
  *next_line = q;
  return q < end && text[q] == '\n';
}

// Trims whitespace from [begin, end) and appends it to `out` when non-empty.
void EmitTrimmed(std::string_view text, size_t begin, size_t end, std::vector<Span>* out) {
  int length;
  while (begin < end && IsSpace(CodePointAt(text, begin, end, &length))) begin += length;
  while (end > begin) {
    const size_t prev = PreviousCodePointStart(text, end);
    if (!IsSpace(CodePointAt(text, prev, end, &length))) break;
    end = prev;
  }
  if (begin < end) out->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
}

TokenKind AsciiKind(char c) {
  switch (c) {
    case '$':
    case '+':
    case '<':
    case '=':
    case '>':
    case '^':
    case '`':
    case '|':
    case '~':
      return TokenKind::kSymbol;
    default:
      return TokenKind::kPunctuation;
  }
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

bool IsHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

// Returns the end of the word or number that starts at `pos` and sets *kind.
size_t ScanWordOrNumber(std::string_view text, size_t pos, size_t end, bool starts_with_digit,
                        TokenKind* kind) {
  *kind = starts_with_digit ? TokenKind::kNumber : TokenKind::kWord;
  int length;
  CodePointAt(text, pos, end, &length);
  size_t q = pos + length;
  while (q < end) {
    const unsigned char c = static_cast<unsigned char>(text[q]);
    if (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      *kind = TokenKind::kWord;  // "2nd", "90s"
      ++q;
      continue;
    }
    if (c >= '0' && c <= '9') {
      ++q;
      continue;
    }
    // Other ASCII ends the token unless it may join two parts of it.
    if (c < 0x80 && c != '\'' && c != '-' && c != '.' && c != ',') break;
    const char32_t cp = CodePointAt(text, q, end, &length);
    if (IsLetter(cp) || IsMark(cp)) {
      *kind = TokenKind::kWord;
      q += length;
      continue;
    }
    if (IsDigit(cp)) {
      q += length;
      continue;
    }
    if (q + length >= end) break;
    int next_length;
    const char32_t next = CodePointAt(text, q + length, end, &next_length);
    const bool joins = *kind == TokenKind::kNumber
                           ? ((cp == '.' || cp == ',') && IsDigit(next))
                           : ((IsApostrophe(cp) && IsLetter(next)) ||
                              (IsHyphen(cp) && (IsLetter(next) || IsDigit(next))));
    if (!joins) break;
    q += length + next_length;
  }
  return q;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, Span range) {
  std::vector<Span> sentences;
  AppendSentences(text, range, &sentences);
  return sentences;
}

void AppendSentences(std::string_view text, Span range, std::vector<Span>* out) {
  std::vector<Span>& sentences = *out;
  const size_t end = range.end;
  size_t start = range.start;  // start of the current sentence, untrimmed
  auto skip_spaces = [&](size_t from) {
    int length;
    while (from < end && IsSpace(CodePointAt(text, from, end, &length))) from += length;
    return from;
  };
  // First non-space byte of the current sentence (for enumerator checks),
  // found when first needed.
  constexpr size_t kUnknown = static_cast<size_t>(-1);
  size_t head = kUnknown;
  size_t p = range.start;
  while (p < end) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (!kMayBreak[c]) {
      ++p;
      continue;
    }
    if (c == '\n') {
      size_t next_line;
      if (BlankLineAt(text, p, end, &next_line)) {
        EmitTrimmed(text, start, p, &sentences);
        start = next_line;
        head = kUnknown;
      }
      p = next_line;
      continue;
    }
    const int first = TerminatorLength(text, p, end);
    if (first == 0) {
      ++p;
      continue;
    }
    // The run: terminators, then closing quotes and brackets (mixed freely).
    const size_t run_begin = p;
    size_t q = p + first;
    bool single_period = text[p] == '.';
    while (q < end) {
      const int more = TerminatorLength(text, q, end);
      if (more > 0) {
        single_period = false;
        q += more;
        continue;
      }
      int length;
      if (!text_internal::IsClosingPunct(CodePointAt(text, q, end, &length))) break;
      q += length;
    }
    p = q;
    int length;
    if (q >= end || !IsSpace(CodePointAt(text, q, end, &length))) continue;
    const size_t next_word = skip_spaces(q);
    if (next_word >= end) continue;
    const char32_t next = FirstSignificant(text, next_word, end);
    if (text_internal::IsLower(next)) continue;
    if (single_period) {
      if (head == kUnknown) head = skip_spaces(start);
      if (!PeriodEndsSentence(text, head, run_begin, next)) continue;
    }
    EmitTrimmed(text, start, q, &sentences);
    start = q;
    head = next_word;
  }
  EmitTrimmed(text, start, end, &sentences);
}

std::vector<Token> Tokenize(std::string_view text, Span range) {
  std::vector<Token> tokens;
  AppendTokens(text, range, &tokens);
  return tokens;
}

void AppendTokens(std::string_view text, Span range, std::vector<Token>* out) {
  std::vector<Token>& tokens = *out;
  const size_t end = range.end;
  size_t p = range.start;
  auto push = [&](size_t begin, size_t stop, TokenKind kind) {
    tokens.push_back({Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(stop)}, kind});
  };
  while (p < end) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c < 0x80) {
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        ++p;
      } else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')) {
        TokenKind kind;
        const size_t q = ScanWordOrNumber(text, p, end, c <= '9', &kind);
        push(p, q, kind);
        p = q;
      } else {
        push(p, p + 1, AsciiKind(static_cast<char>(c)));
        ++p;
      }
      continue;
    }
    int length;
    const char32_t cp = CodePointAt(text, p, end, &length);
    if (IsSpace(cp)) {
      p += length;
      continue;
    }
    if (IsLetter(cp) || IsDigit(cp)) {
      TokenKind kind;
      const size_t q = ScanWordOrNumber(text, p, end, IsDigit(cp), &kind);
      push(p, q, kind);
      p = q;
      continue;
    }
    // One code point, with any combining marks that follow it.
    size_t q = p + length;
    while (q < end) {
      int mark_length;
      if (!IsMark(CodePointAt(text, q, end, &mark_length))) break;
      q += mark_length;
    }
    push(p, q, text_internal::IsPunctuation(cp) ? TokenKind::kPunctuation : TokenKind::kSymbol);
    p = q;
  }
}

}  // namespace dossier
