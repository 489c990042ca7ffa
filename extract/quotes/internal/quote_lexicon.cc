// Picks the quotation rules of a language (quote_lexicon.h) and holds the
// helpers every language's rules share.
#include "extract/quotes/internal/quote_lexicon.h"

#include "base/ascii.h"
#include "extract/quotes/internal/quote_text.h"
#include "text/internal/chars.h"

namespace dossier::internal {

const QuoteLexicon& QuoteLexiconFor(std::string_view language) {
  if (language == "ru") return RussianQuoteLexicon();
  if (language == "kk") return KazakhQuoteLexicon();
  return EnglishQuoteLexicon();
}

std::string LowerWord(std::string_view word) {
  bool ascii = true;
  for (char ch : word) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii) return AsciiLower(word);
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    uint32_t length = 1;
    const char32_t cp = CodePointAt(word, i, &length);
    if (cp < 0x80) {
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else {
      const char32_t lower = text_internal::ToLower(cp);
      if (lower == cp) {
        out.append(word.substr(i, length));
      } else if (lower < 0x800) {
        out += static_cast<char>(0xC0 | (lower >> 6));
        out += static_cast<char>(0x80 | (lower & 0x3F));
      } else if (lower < 0x10000) {
        out += static_cast<char>(0xE0 | (lower >> 12));
        out += static_cast<char>(0x80 | ((lower >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (lower & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (lower >> 18));
        out += static_cast<char>(0x80 | ((lower >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((lower >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (lower & 0x3F));
      }
    }
    i += length;
  }
  return out;
}

bool QuoteLexicon::ExactNameWord(std::string_view mention, std::string_view name) {
  if (EqualsAsciiCaseless(mention, name)) return true;
  for (char ch : mention) {
    if (static_cast<unsigned char>(ch) >= 0x80) return LowerWord(mention) == LowerWord(name);
  }
  return false;
}

}  // namespace dossier::internal
