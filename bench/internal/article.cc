#include "bench/internal/article.h"

namespace dossier::bench::internal {

void AppendWrapped(std::string_view text, size_t width, std::string_view newline,
                   std::string* out) {
  while (text.size() > width) {
    size_t cut = text.rfind(' ', width);
    if (cut == std::string_view::npos || cut == 0) cut = text.find(' ', width);
    if (cut == std::string_view::npos) break;
    out->append(text.substr(0, cut));
    out->append(newline);
    text.remove_prefix(cut + 1);
  }
  out->append(text);
}

void AppendCp1251(std::string_view text, std::string* out) {
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      *out += static_cast<char>(c);
      ++i;
      continue;
    }
    uint32_t cp = 0;
    size_t len = 1;
    if ((c & 0xE0) == 0xC0 && i + 1 < n) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      len = 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < n) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
      len = 3;
    }
    char byte = '?';
    if (cp >= 0x410 && cp <= 0x44F) {
      byte = static_cast<char>(0xC0 + (cp - 0x410));
    } else {
      switch (cp) {
        case 0x401:
          byte = static_cast<char>(0xA8);
          break;  // Ё
        case 0x451:
          byte = static_cast<char>(0xB8);
          break;  // ё
        case 0xAB:
          byte = static_cast<char>(0xAB);
          break;  // «
        case 0xBB:
          byte = static_cast<char>(0xBB);
          break;  // »
        case 0x2013:
          byte = static_cast<char>(0x96);
          break;  // –
        case 0x2014:
          byte = static_cast<char>(0x97);
          break;  // —
        case 0x2116:
          byte = static_cast<char>(0xB9);
          break;  // №
        case 0x2026:
          byte = static_cast<char>(0x85);
          break;  // …
        case 0x201C:
          byte = static_cast<char>(0x93);
          break;  // “
        case 0x201D:
          byte = static_cast<char>(0x94);
          break;  // ”
        default:
          break;
      }
    }
    *out += byte;
    i += len;
  }
}

void Render(const Article& article, const RenderStyle& style, std::string* out) {
  out->clear();
  out->reserve(article.size + article.size / 8);
  const std::string_view nl = style.crlf ? "\r\n" : "\n";
  std::string utf8;
  std::string* target = style.cp1251 ? &utf8 : out;
  target->reserve(article.size + article.size / 8);
  bool previous_heading = false;
  for (size_t i = 0; i < article.blocks.size(); ++i) {
    const Block& block = article.blocks[i];
    if (i > 0) {
      target->append(nl);
      // Headings always stand between blank lines; paragraphs only in some styles.
      if (block.heading || previous_heading || style.blank_line_between_paragraphs) {
        target->append(nl);
      }
    }
    if (style.wrap_width > 0 && !block.heading) {
      AppendWrapped(block.text, style.wrap_width, nl, target);
    } else {
      target->append(block.text);
    }
    previous_heading = block.heading;
  }
  target->append(nl);
  if (style.cp1251) AppendCp1251(utf8, out);
}

}  // namespace dossier::bench::internal
