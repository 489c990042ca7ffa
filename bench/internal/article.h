// Article: one generated news article before it becomes file bytes, and
// Render, which lays it out (line ends, blank lines, hard wrapping) and
// encodes it (UTF-8 or windows-1251). Used by CorpusGenerator.
//
// Thread-safe (pure functions on value types).
#ifndef DOSSIER_BENCH_INTERNAL_ARTICLE_H_
#define DOSSIER_BENCH_INTERNAL_ARTICLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::bench::internal {

enum class Lang { kEnglish, kRussian };

// One piece of an article before rendering: a heading or a paragraph (UTF-8).
struct Block {
  bool heading = false;
  std::string text;
};

struct Article {
  Lang lang = Lang::kEnglish;
  std::string outlet;
  std::vector<Block> blocks;
  uint64_t size = 0;  // bytes of text in blocks
};

struct RenderStyle {
  bool blank_line_between_paragraphs = true;  // else one newline between paragraphs
  size_t wrap_width = 0;                      // 0: one line per paragraph
  bool crlf = false;                          // "\r\n" line ends
  bool cp1251 = false;                        // windows-1251 instead of UTF-8
};

// Replaces *out with the file bytes of `article` in `style`. Headings always
// stand between blank lines; the file ends with a line end.
void Render(const Article& article, const RenderStyle& style, std::string* out);

// Appends `text` wrapped at `width` bytes (a word longer than that gets a line
// of its own), lines separated by `newline`.
void AppendWrapped(std::string_view text, size_t width, std::string_view newline, std::string* out);

// Appends the windows-1251 encoding of UTF-8 `text`. Covers what the
// generator writes (ASCII, Russian letters, Ё/ё, «», dashes, №, …, curly
// double quotes); anything else becomes '?'.
void AppendCp1251(std::string_view text, std::string* out);

}  // namespace dossier::bench::internal

#endif  // DOSSIER_BENCH_INTERNAL_ARTICLE_H_
