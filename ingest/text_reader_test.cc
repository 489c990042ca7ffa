#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/internal/test_util.h"
#include "ingest/reader.h"

namespace dossier {
namespace {

using namespace std::string_literals;
using internal::Describe;
using internal::RawOf;

TEST(TextReaderTest, WholeFileIsOnePlainBlock) {
  struct Case {
    std::string raw;
    std::string text;
    const char* encoding;
  };
  const Case cases[] = {
      {"Title\n\nFirst paragraph.\r\nSecond line.\n", "Title\n\nFirst paragraph.\r\nSecond line.\n",
       "UTF-8"},
      {"\xEF\xBB\xBFWith BOM", "With BOM", "UTF-8"},
      {"\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0!", "Привет, мир!", "windows-1251"},
      {"  leading and trailing space  ", "  leading and trailing space  ", "UTF-8"},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("notes.txt", c.raw, ReadOptions{});
    ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
    EXPECT_EQ(parsed->kind, SourceKind::kText);
    EXPECT_EQ(parsed->encoding, c.encoding);
    EXPECT_EQ(Describe(*parsed), std::vector<std::string>{"T " + c.text});
    EXPECT_TRUE(parsed->title.empty());
    internal::ExpectWellFormed(*parsed, c.raw.size());
  }
}

TEST(TextReaderTest, OriginsOfAWindows1251File) {
  const std::string raw = "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0!";  // Привет, мир!
  StatusOr<ParsedSource> parsed = ReadSource("a.txt", raw, ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  const MappedText& text = parsed->blocks[0].text;
  EXPECT_EQ(RawOf(raw, text, "мир"), "\xEC\xE8\xF0");
  EXPECT_EQ(RawOf(raw, text, "!"), "!");
  EXPECT_EQ(text.origin.back(), raw.size());
}

TEST(TextReaderTest, Errors) {
  struct Case {
    std::string raw;
    StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {"", StatusCode::kInvalidArgument, "dir/a.txt: empty file"},
      {" \n\t\r\n", StatusCode::kInvalidArgument, "dir/a.txt: no text found (only whitespace)"},
      {"PK\x03\x04\0\0\x08\0"s, StatusCode::kInvalidArgument,
       "dir/a.txt: binary file (NUL byte at offset 4)"},
      {"\x7F"
       "ELF\x02\x01\x01\x03\x04\x05",
       StatusCode::kInvalidArgument,
       "dir/a.txt: binary file (6 of 10 bytes are control characters)"},
      {"\xFF\xFEh\0i"s, StatusCode::kDataLoss,
       "dir/a.txt: truncated UTF-16LE (3 bytes after the BOM, not a multiple of 2)"},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("dir/a.txt", c.raw, ReadOptions{});
    ASSERT_FALSE(parsed.ok()) << c.message;
    EXPECT_EQ(parsed.status().code(), c.code);
    EXPECT_EQ(parsed.status().message(), c.message);
  }
}

}  // namespace
}  // namespace dossier
