#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/internal/markdown_inline.h"
#include "ingest/internal/test_util.h"
#include "ingest/reader.h"

namespace dossier {
namespace {

using internal::Describe;
using internal::RawOf;
using Blocks = std::vector<std::string>;

TEST(MarkdownReaderTest, Golden) {
  struct Case {
    const char* markdown;
    Blocks blocks;
    const char* title;
  };
  const Case cases[] = {
      {"# Title\n\nFirst para\nwrapped line.\n\nSecond.",
       {"H1 Title", "P First para\nwrapped line.", "P Second."},
       "Title"},
      {"## Closed heading ##\n###No space is text",
       {"H2 Closed heading", "P ###No space is text"},
       ""},
      {"Setext One\n==========\n\nSetext Two\n---\nbody",
       {"H1 Setext One", "H2 Setext Two", "P body"},
       "Setext One"},
      {"- first item\n- second\n  continued\n* star\n+ plus\n1. one\n2) two",
       {"P first item", "P second\ncontinued", "P star", "P plus", "P one", "P two"},
       ""},
      {"- [ ] call the registry\n- [x] done", {"P call the registry", "P done"}, ""},
      {"Some **bold**, *em*, _under_ and ~~gone~~ text.",
       {"P Some bold, em, under and gone text."},
       ""},
      {"A [link](http://x.kz/a_(b)) and ![alt text](img.png) and [ref][1].",
       {"P A link and alt text and ref."},
       ""},
      {"Use `a*b*c` and ``x ` y`` here; snake_case_name stays; 2 * 3 * 4.",
       {"P Use a*b*c and x ` y here; snake_case_name stays; 2 * 3 * 4."},
       ""},
      {"Escaped \\*stars\\* and <https://example.com/x> autolink.",
       {"P Escaped *stars* and https://example.com/x autolink."},
       ""},
      {"> Quoted line\n> continues\n\n> # Quoted heading",
       {"P Quoted line\ncontinues", "H1 Quoted heading"},
       "Quoted heading"},
      {"Intro\n\n```cpp\nint *p = **q;\n  indented\n```\n\nAfter",
       {"P Intro", "P int *p = **q;\n  indented", "P After"},
       ""},
      {"Text\n\n***\n\nMore", {"P Text", "P More"}, ""},
      {"---\ntitle: \"Front Title\"\ndate: 2021-05-06\nurl: https://x.kz/p\n---\n# Heading\nBody",
       {"H1 Heading", "P Body"},
       "Front Title"},
      {"Unclosed\n```\ncode to the end", {"P Unclosed", "P code to the end"}, ""},
      {"Line one\r\nLine two\r\n\r\n# Head\r\n", {"P Line one\nLine two", "H1 Head"}, "Head"},
      {"Paragraph ending with * and _ and `", {"P Paragraph ending with * and _ and `"}, ""},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("a.md", c.markdown, ReadOptions{});
    ASSERT_TRUE(parsed.ok()) << c.markdown << ": " << parsed.status().ToString();
    EXPECT_EQ(parsed->kind, SourceKind::kMarkdown);
    EXPECT_EQ(Describe(*parsed), c.blocks) << c.markdown;
    EXPECT_EQ(parsed->title, c.title) << c.markdown;
    internal::ExpectWellFormed(*parsed, std::string_view(c.markdown).size());
  }
}

TEST(MarkdownReaderTest, FrontMatterMetadata) {
  const char* markdown =
      "---\ntitle: 'T'\npublished: 2020-01-02T03:04:05Z\ncanonical_url: u\n---\nx";
  StatusOr<ParsedSource> parsed = ReadSource("a.markdown", markdown, ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->title, "T");
  EXPECT_EQ(parsed->published, "2020-01-02T03:04:05Z");
  EXPECT_EQ(parsed->url, "u");
  EXPECT_EQ(Describe(*parsed), Blocks{"P x"});
}

TEST(MarkdownReaderTest, OriginsSkipMarkup) {
  const std::string raw = "# **Big** title\n\n- item with [a link](http://x) and `code`\n";
  StatusOr<ParsedSource> parsed = ReadSource("a.md", raw, ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed->blocks.size(), 2u);
  const MappedText& heading = parsed->blocks[0].text;
  EXPECT_EQ(heading.text, "Big title");
  EXPECT_EQ(heading.origin[0], raw.find("Big"));
  EXPECT_EQ(RawOf(raw, heading, "title"), "title");
  const MappedText& item = parsed->blocks[1].text;
  EXPECT_EQ(item.text, "item with a link and code");
  EXPECT_EQ(item.origin[0], raw.find("item"));
  // A range reaches up to the next kept character, so it spans the dropped
  // "](http://x)" after the link text.
  EXPECT_EQ(RawOf(raw, item, "a link"), "a link](http://x)");
  EXPECT_EQ(item.origin[item.text.find("a link")], raw.find("a link"));
  EXPECT_EQ(RawOf(raw, item, "code"), "code");
}

TEST(MarkdownReaderTest, Koi8rMarkdown) {
  const std::string raw = "# \xED\xC9\xD2\n\n\xEF\xCE \xD3\xCB\xC1\xDA\xC1\xCC: \xCE\xC5\xD4";
  StatusOr<ParsedSource> parsed = ReadSource("ru.md", raw, ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->encoding, "KOI8-R");
  EXPECT_EQ(Describe(*parsed), (Blocks{"H1 Мир", "P Он сказал: нет"}));
  EXPECT_EQ(RawOf(raw, parsed->blocks[1].text, "нет"), "\xCE\xC5\xD4");
}

TEST(MarkdownReaderTest, Errors) {
  for (const char* markdown : {"\n\n   \n", "---\n***\n", "#\n\n##"}) {
    StatusOr<ParsedSource> parsed = ReadSource("a.md", markdown, ReadOptions{});
    ASSERT_FALSE(parsed.ok()) << markdown;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(parsed.status().message(), "a.md: no text found");
  }
}

TEST(MarkdownInlineTest, StripsMarkupAcrossLines) {
  MappedText text;
  text.AppendCopied("**bold\nacross** and _em_", 100);
  const MappedText stripped = internal::StripInlineMarkup(text);
  EXPECT_EQ(stripped.text, "bold\nacross and em");
  EXPECT_EQ(stripped.origin.front(), 102u);
  EXPECT_EQ(stripped.origin.size(), stripped.text.size() + 1);
}

}  // namespace
}  // namespace dossier
