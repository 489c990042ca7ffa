// Test helpers for the ingest tests: readable block summaries, origin checks,
// fixture loading. Test-only (links GoogleTest).
#ifndef DOSSIER_INGEST_INTERNAL_TEST_UTIL_H_
#define DOSSIER_INGEST_INTERNAL_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "ingest/source.h"

namespace dossier::internal {

// "H2 text" for a heading, "P text" for a paragraph, "T text" for plain text.
inline std::string DescribeBlock(const SourceBlock& block) {
  switch (block.kind) {
    case BlockKind::kHeading:
      return "H" + std::to_string(block.heading_level) + " " + block.text.text;
    case BlockKind::kParagraph:
      return "P " + block.text.text;
    case BlockKind::kPlain:
      return "T " + block.text.text;
  }
  return "?";
}

inline std::vector<std::string> Describe(const ParsedSource& source) {
  std::vector<std::string> out;
  for (const SourceBlock& block : source.blocks) out.push_back(DescribeBlock(block));
  return out;
}

// Returns the raw bytes that the first occurrence of `needle` in `text` came
// from, or "<not found>".
inline std::string RawOf(std::string_view raw, const MappedText& text, std::string_view needle) {
  const size_t at = text.text.find(needle);
  if (at == std::string::npos) return "<not found>";
  const uint32_t begin = text.OriginalBegin(at);
  const uint32_t end = text.OriginalEnd(at + needle.size());
  if (begin > end || end > raw.size()) return "<bad origin>";
  return std::string(raw.substr(begin, end - begin));
}

// Checks the MappedText contract for every block: one origin per byte plus
// the end mark, all within `limit`, and valid UTF-8.
inline void ExpectWellFormed(const ParsedSource& source, size_t limit) {
  for (const SourceBlock& block : source.blocks) {
    ASSERT_EQ(block.text.origin.size(), block.text.text.size() + 1) << block.text.text;
    for (uint32_t origin : block.text.origin) ASSERT_LE(origin, limit) << block.text.text;
    EXPECT_FALSE(FindInvalidUtf8(block.text.text).has_value()) << block.text.text;
  }
}

// Returns the bytes of ingest/testdata/`name`; empty when missing.
inline std::string ReadFixture(std::string_view name) {
  const std::string path =
      std::string(DOSSIER_SOURCE_DIR) + "/ingest/testdata/" + std::string(name);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_TEST_UTIL_H_
