#include "extract/time/internal/time_tokens.h"

namespace dossier::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Length of the UTF-8 sequence starting with `lead` (1 for invalid bytes).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Multi-byte characters that are symbols or punctuation, not letters.
bool IsSymbolSequence(std::string_view seq) {
  // Every symbol below starts with one of these two lead bytes; letters of
  // other scripts (Cyrillic D0/D1, ...) are told apart without a search.
  const auto lead = static_cast<unsigned char>(seq[0]);
  if (lead != 0xC2 && lead != 0xE2) return false;
  static constexpr std::string_view kSymbols[] = {
      "€", "£", "₽", "₸", "¥", "¢", "₴", "–", "—", "‒", "―",      "’",      "‘",     "“",
      "”", "«", "»",   "…", "№", "%", "·", "•", "§", "°", "\u00A0", "\u2009", "\u202F"};
  for (std::string_view s : kSymbols) {
    if (seq == s) return true;
  }
  return false;
}

// The lower-case form of a Cyrillic letter U+0400..U+04FF (Russian and
// Kazakh letters included), with ё folded to е as the grammars spell their
// words; other code points unchanged.
char32_t LowerCyrillic(char32_t cp) {
  if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;                                   // А-Я
  if (cp >= 0x0400 && cp <= 0x040F) cp += 0x50;                                   // Ѐ-Џ, Ё, І
  if ((cp >= 0x048A && cp <= 0x04BF) || (cp >= 0x04D0 && cp <= 0x04FF)) cp |= 1;  // Ғ Қ Ң Ұ Ү Һ Ә Ө
  if (cp == 0x0451) cp = 0x0435;                                                  // ё -> е
  return cp;
}

// Appends the lower-case form of the 2-byte sequence `seq` (a Cyrillic letter
// when its lead byte is D0-D3) to `out`; other sequences are copied.
char* AppendLowered(std::string_view seq, char* out) {
  const auto lead = static_cast<unsigned char>(seq[0]);
  if (seq.size() == 2 && lead >= 0xD0 && lead <= 0xD3) {
    const char32_t cp = LowerCyrillic(static_cast<char32_t>((lead & 0x1F) << 6) |
                                      (static_cast<unsigned char>(seq[1]) & 0x3F));
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
    return out;
  }
  for (char byte : seq) *out++ = byte;
  return out;
}

// Stress marks (combining grave and acute, U+0300/U+0301) of Russian
// dictionaries and textbooks: not part of the word.
bool IsStressMark(std::string_view seq) {
  return seq.size() == 2 && seq[0] == '\xCC' && (seq[1] == '\x80' || seq[1] == '\x81');
}

// The Cyrillic letter a lower-case Latin letter looks like (а в с е н і к м
// о р т х у), or 0.
char32_t CyrillicLookAlike(char c) {
  switch (c) {
    case 'a':
      return 0x0430;
    case 'b':
      return 0x0432;
    case 'c':
      return 0x0441;
    case 'e':
      return 0x0435;
    case 'h':
      return 0x043D;
    case 'i':
      return 0x0456;
    case 'k':
      return 0x043A;
    case 'm':
      return 0x043C;
    case 'o':
      return 0x043E;
    case 'p':
      return 0x0440;
    case 't':
      return 0x0442;
    case 'x':
      return 0x0445;
    case 'y':
      return 0x0443;
    default:
      return 0;
  }
}

// Writes the lowered form of the mixed-script `word` at `out`, Latin
// look-alikes as Cyrillic letters; returns the end. The form may be longer
// than the word (two bytes for each folded letter).
char* AppendFolded(std::string_view word, char* out) {
  size_t k = 0;
  while (k < word.size()) {
    const auto b = static_cast<unsigned char>(word[k]);
    if (b < 0x80) {
      const char lower = static_cast<char>(b | 0x20);
      if (const char32_t cp = CyrillicLookAlike(lower)) {
        *out++ = static_cast<char>(0xC0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        *out++ = lower;
      }
      ++k;
      continue;
    }
    const std::string_view seq = word.substr(k, SequenceLength(b));
    if (!IsStressMark(seq)) out = AppendLowered(seq, out);
    k += seq.size();
  }
  return out;
}

bool IsUnicodeSpace(std::string_view seq) {
  return seq == "\u00A0" || seq == "\u2009" || seq == "\u202F" || seq == "\u2007";
}

}  // namespace

std::vector<TimeToken> TokenizeForTime(std::string_view text, uint32_t base, std::string* lowered) {
  // No token's lowered form is longer than twice its text (a folded Latin
  // look-alike takes two bytes), so the buffer sized to twice the text is
  // never outgrown and the views into it stay valid.
  lowered->resize(text.size() * 2);
  char* const lower_begin = lowered->data();
  char* out = lower_begin;
  std::vector<TimeToken> tokens;
  tokens.reserve(text.size() / 5);
  size_t i = 0;
  bool space = true;
  while (i < text.size()) {
    const char c = text[i];
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    TimeToken tok;
    tok.start = base + static_cast<uint32_t>(i);
    tok.space_before = space;
    space = false;
    const auto lead = static_cast<unsigned char>(c);
    char* const token_lower = out;
    if (IsDigit(c)) {
      size_t j = i;
      while (j < text.size() && IsDigit(text[j])) *out++ = text[j++];
      // Thousands groups: ",ddd" (exactly three digits) after 1-3 leading digits.
      if (j - i <= 3) {
        while (j + 3 < text.size() && text[j] == ',' && IsDigit(text[j + 1]) &&
               IsDigit(text[j + 2]) && IsDigit(text[j + 3]) &&
               (j + 4 >= text.size() || !IsDigit(text[j + 4]))) {
          *out++ = text[j + 1], *out++ = text[j + 2], *out++ = text[j + 3];
          tok.grouped = true;
          j += 4;
        }
      }
      tok.kind = TimeTokenKind::kNumber;
      tok.digits = static_cast<int>(out - token_lower);
      if (tok.digits <= 18) {
        int64_t v = 0;
        for (const char* d = token_lower; d < out; ++d) v = v * 10 + (*d - '0');
        tok.value = v;
      }
      i = j;
    } else if (IsAsciiLetter(c) ||
               (lead >= 0x80 && !IsSymbolSequence(text.substr(i, SequenceLength(lead))))) {
      tok.kind = TimeTokenKind::kWord;
      tok.capitalized = c >= 'A' && c <= 'Z';
      size_t j = i;
      bool latin = false, cyrillic = false;
      while (j < text.size()) {
        const auto b = static_cast<unsigned char>(text[j]);
        if (IsAsciiLetter(text[j])) {
          *out++ = static_cast<char>(b | 0x20);
          latin = true;
          ++j;
        } else if (b >= 0x80) {
          std::string_view seq = text.substr(j, SequenceLength(b));
          if (IsSymbolSequence(seq)) break;
          cyrillic |= b >= 0xD0 && b <= 0xD3;
          if (!IsStressMark(seq)) out = AppendLowered(seq, out);
          j += seq.size();
        } else {
          break;
        }
      }
      // A Cyrillic word with Latin look-alikes typed into it ("мaрта" with a
      // Latin a, common in scraped text) is read with their Cyrillic letters.
      if (latin && cyrillic) out = AppendFolded(text.substr(i, j - i), token_lower);
      i = j;
    } else {
      const size_t n = lead >= 0x80 ? SequenceLength(lead) : 1;
      std::string_view seq = text.substr(i, n);
      if (IsUnicodeSpace(seq)) {
        space = true;
        i += seq.size();
        continue;
      }
      tok.kind = TimeTokenKind::kPunct;
      if (seq == "’") {
        *out++ = '\'';
      } else if (seq == "–" || seq == "—" || seq == "‒" || seq == "―") {
        *out++ = '-';
      } else {
        for (char byte : seq) *out++ = byte;
      }
      i += seq.size();
    }
    tok.end = base + static_cast<uint32_t>(i);
    tok.lower = std::string_view(token_lower, static_cast<size_t>(out - token_lower));
    tokens.push_back(tok);
  }
  return tokens;
}

}  // namespace dossier::internal
