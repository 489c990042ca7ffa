// PDF reader tests over the fixtures in ingest/testdata (see make_pdfs.py).
#include <gtest/gtest.h>

#include <string>

#include "ingest/internal/test_util.h"
#include "ingest/reader.h"

namespace dossier {
namespace {

using internal::Describe;
using internal::ReadFixture;

TEST(PdfReaderTest, PagesBecomePlainBlocks) {
  const std::string bytes = ReadFixture("two_pages.pdf");
  ASSERT_FALSE(bytes.empty());
  StatusOr<ParsedSource> parsed = ReadSource("two_pages.pdf", bytes, ReadOptions{});
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->kind, SourceKind::kPdf);
  EXPECT_EQ(parsed->title, "Dossier Test");
  EXPECT_EQ(parsed->encoding, "UTF-8");
  ASSERT_EQ(parsed->blocks.size(), 2u);
  EXPECT_EQ(parsed->blocks[0].kind, BlockKind::kPlain);
  EXPECT_NE(parsed->blocks[0].text.text.find("Hello from page one."), std::string::npos);
  EXPECT_NE(parsed->blocks[0].text.text.find("Café society (draft)."), std::string::npos);
  EXPECT_NE(parsed->blocks[1].text.text.find("Second page text."), std::string::npos);

  // Origins index the text layer: page two starts one "\f" after page one.
  const MappedText& first = parsed->blocks[0].text;
  const MappedText& second = parsed->blocks[1].text;
  EXPECT_EQ(first.origin.front(), 0u);
  EXPECT_EQ(first.origin.back(), first.text.size());
  EXPECT_EQ(second.origin.front(), first.text.size() + 1);
  EXPECT_EQ(second.origin.back(), first.text.size() + 1 + second.text.size());
}

TEST(PdfReaderTest, OwnerPasswordOnlyStillReads) {
  StatusOr<ParsedSource> parsed =
      ReadSource("owner_only.pdf", ReadFixture("owner_only.pdf"), ReadOptions{});
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_EQ(parsed->blocks.size(), 2u);
  EXPECT_NE(parsed->blocks[1].text.text.find("Second page text."), std::string::npos);
}

TEST(PdfReaderTest, SniffedWithoutExtension) {
  StatusOr<ParsedSource> parsed =
      ReadSource("download.bin", ReadFixture("two_pages.pdf"), ReadOptions{});
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->kind, SourceKind::kPdf);
}

TEST(PdfReaderTest, Errors) {
  const std::string good = ReadFixture("two_pages.pdf");
  ASSERT_FALSE(good.empty());
  std::string no_eof = good;
  no_eof.resize(no_eof.rfind("%%EOF"));
  std::string broken_body = "%PDF-1.4\n" + std::string(40, 'x') + "\n%%EOF\n";
  struct Case {
    const char* name;
    std::string bytes;
    StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {"encrypted", ReadFixture("encrypted.pdf"), StatusCode::kFailedPrecondition,
       "a.pdf: PDF is password-protected"},
      {"half", good.substr(0, good.size() / 2), StatusCode::kDataLoss,
       "a.pdf: truncated PDF (no %%EOF marker at the end)"},
      {"no eof", no_eof, StatusCode::kDataLoss,
       "a.pdf: truncated PDF (no %%EOF marker at the end)"},
      {"zip", "PK\x03\x04 not a pdf", StatusCode::kInvalidArgument,
       "a.pdf: not a PDF (starts with 'PK?? not')"},
      {"garbage", broken_body, StatusCode::kInvalidArgument,
       "a.pdf: not a readable PDF (poppler could not parse its structure)"},
      {"blank", ReadFixture("blank_page.pdf"), StatusCode::kInvalidArgument,
       "a.pdf: no text found (the PDF has no text layer; a scan?)"},
      {"empty", "", StatusCode::kInvalidArgument, "a.pdf: empty file"},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("a.pdf", c.bytes, ReadOptions{});
    ASSERT_FALSE(parsed.ok()) << c.name << ": " << Describe(*parsed).size();
    EXPECT_EQ(parsed.status().code(), c.code) << c.name;
    EXPECT_EQ(parsed.status().message(), c.message) << c.name;
  }
}

}  // namespace
}  // namespace dossier
