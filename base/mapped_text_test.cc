#include "base/mapped_text.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(MappedTextTest, CopiedBytesMapOneToOne) {
  MappedText text;
  text.AppendCopied("abc", 10);
  EXPECT_EQ(text.text, "abc");
  EXPECT_EQ(text.origin, (std::vector<uint32_t>{10, 11, 12, 13}));
}

TEST(MappedTextTest, ReplacementMapsEveryByteToItsSource) {
  MappedText text;
  text.AppendCopied("x", 0);
  text.AppendReplacement("\xD0\x96", 1, 2);  // one windows-1251 byte became two UTF-8 bytes
  text.AppendCopied("y", 2);
  EXPECT_EQ(text.origin, (std::vector<uint32_t>{0, 1, 1, 2, 3}));
  EXPECT_EQ(text.OriginalBegin(1), 1u);
  EXPECT_EQ(text.OriginalEnd(3), 2u);
}

TEST(MappedTextTest, SliceKeepsOrigins) {
  MappedText text;
  text.AppendCopied("hello world", 100);
  MappedText world = text.Slice(6, 11);
  EXPECT_EQ(world.text, "world");
  EXPECT_EQ(world.origin.front(), 106u);
  EXPECT_EQ(world.origin.back(), 111u);
}

TEST(MappedTextTest, AppendSliceEqualsAppendOfSlice) {
  MappedText source;
  source.AppendCopied("ab", 0);
  source.AppendReplacement("\xD0\x96", 2, 3);
  source.AppendCopied("cd", 3);
  for (size_t begin = 0; begin <= source.text.size(); ++begin) {
    for (size_t end = begin; end <= source.text.size(); ++end) {
      MappedText sliced, direct;
      sliced.AppendCopied("x", 100);
      direct.AppendCopied("x", 100);
      sliced.Append(source.Slice(begin, end));
      direct.AppendSlice(source, begin, end);
      EXPECT_EQ(direct.text, sliced.text) << begin << "-" << end;
      EXPECT_EQ(direct.origin, sliced.origin) << begin << "-" << end;
    }
  }
}

TEST(MappedTextTest, ComposeTracesThroughTwoSteps) {
  MappedText decoded;  // raw "&amp;b" decoded to "&b"
  decoded.AppendReplacement("&", 0, 5);
  decoded.AppendCopied("b", 5);
  MappedText normalized;  // normalization dropped nothing but re-indexed
  normalized.AppendCopied("&b", 0);
  MappedText composed = ComposeOrigins(normalized, decoded);
  EXPECT_EQ(composed.origin, (std::vector<uint32_t>{0, 5, 6}));
}

}  // namespace
}  // namespace dossier
