#include "ingest/reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/internal/test_util.h"

namespace dossier {
namespace {

using namespace std::string_literals;

TEST(DetectSourceKindTest, ByExtension) {
  const std::pair<const char*, SourceKind> cases[] = {
      {"a.txt", SourceKind::kText},    {"a.TXT", SourceKind::kText},
      {"a.md", SourceKind::kMarkdown}, {"dir.v2/a.markdown", SourceKind::kMarkdown},
      {"a.html", SourceKind::kHtml},   {"a.HTM", SourceKind::kHtml},
      {"a.pdf", SourceKind::kPdf},     {"a.json", SourceKind::kJson},
  };
  // The extension wins over the content.
  for (const auto& [path, kind] : cases) {
    EXPECT_EQ(DetectSourceKind(path, "<html><p>x</p></html>"), kind) << path;
  }
}

TEST(DetectSourceKindTest, SniffsUnknownExtensions) {
  struct Case {
    std::string bytes;
    SourceKind kind;
  };
  const Case cases[] = {
      {"%PDF-1.7\n...", SourceKind::kPdf},
      {"  \n%PDF-1.4", SourceKind::kPdf},
      {R"({"text": "hello", "title": "t"})", SourceKind::kJson},
      {"\xEF\xBB\xBF  {\"text\": \"bom\"}", SourceKind::kJson},
      {R"({"body": "no text field"})", SourceKind::kText},
      {R"({"text": "broken")", SourceKind::kText},
      {"<!DOCTYPE html><html><body>x</body></html>", SourceKind::kHtml},
      {"<HTML><P>upper case", SourceKind::kHtml},
      {"Some notes.\n<p>a paragraph</p>", SourceKind::kHtml},
      {"<div class=x>y</div>", SourceKind::kHtml},
      {"Plain notes about a < b and c > d.", SourceKind::kText},
      {"# Markdown is read as text when unnamed", SourceKind::kText},
      {"\xFF\xFE<\0p\0>\0h\0i\0"s, SourceKind::kHtml},
      {"\xFF\xFE{\0\"\0t\0e\0x\0t\0\"\0:\0\"\0x\0\"\0}\0"s, SourceKind::kJson},
      {"\xCF\xF0\xE8\xE2\xE5\xF2", SourceKind::kText},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DetectSourceKind("download", c.bytes), c.kind) << c.bytes;
    EXPECT_EQ(DetectSourceKind("x.dat", c.bytes), c.kind) << c.bytes;
  }
}

TEST(ReadSourceTest, DispatchesSniffedKinds) {
  StatusOr<ParsedSource> parsed = ReadSource("x", R"({"text": "from json"})", ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->kind, SourceKind::kJson);
  parsed = ReadSource("x", "<p>from html</p>", ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->kind, SourceKind::kHtml);
  EXPECT_EQ(internal::Describe(*parsed), std::vector<std::string>{"P from html"});
}

TEST(ReadSourceTest, SizeLimit) {
  ReadOptions options;
  options.max_bytes = 10;
  StatusOr<ParsedSource> parsed = ReadSource("big.txt", "0123456789A", options);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(parsed.status().message(), "big.txt: file is 11 bytes, over the limit of 10 bytes");
  EXPECT_TRUE(ReadSource("big.txt", "0123456789", options).ok());
}

TEST(ReadSourceTest, EmptyFileOfEveryKind) {
  for (const char* path : {"a.txt", "a.md", "a.html", "a.pdf", "a.json", "a"}) {
    StatusOr<ParsedSource> parsed = ReadSource(path, "", ReadOptions{});
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(parsed.status().message(), std::string(path) + ": empty file");
  }
}

TEST(ReadSourceTest, BinaryFileOfEveryTextKind) {
  const std::string bytes = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s;
  for (const char* path : {"a.txt", "a.md", "a.html", "a.json", "a"}) {
    StatusOr<ParsedSource> parsed = ReadSource(path, bytes, ReadOptions{});
    ASSERT_FALSE(parsed.ok()) << path;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(parsed.status().message(),
              std::string(path) + ": binary file (NUL byte at offset 8)");
  }
}

}  // namespace
}  // namespace dossier
