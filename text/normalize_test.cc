#include "text/normalize.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/internal/nfc_stable.h"

namespace dossier {
namespace {

using ::testing::ElementsAre;

// A MappedText whose byte i came from original byte i.
MappedText Identity(std::string_view s) {
  MappedText m;
  m.AppendCopied(s, 0);
  return m;
}

struct NormalizeRow {
  std::string_view input;
  bool collapse;
  std::string_view expected;
};

// Golden table: input -> normalized text.
const NormalizeRow kRows[] = {
    // Plain ASCII is untouched.
    {"Hello, world.\nSecond line.", false, "Hello, world.\nSecond line."},
    // NFC composition.
    {"e\u0301", false, "\u00E9"},
    {"Caf"
     "e\u0301 cre\u0300me",
     false, "Caf\u00E9 cr\u00E8me"},
    {"\u0438\u0306", false, "\u0439"},                                      // й decomposed
    {"\u0418\u0306\u0435\u0308", false, "\u0419\u0451"},                    // Й, ё
    {"\u0435\u0308\u043B\u043A\u0430", false, "\u0451\u043B\u043A\u0430"},  // ёлка
    {"\u212B", false, "\u00C5"},                                            // Angstrom sign -> Å
    {"a\u0307\u0323", false, "\u1EA1\u0307"},  // canonical reordering, then composition
    {"\u0301start", false, "\u0301start"},     // leading combining mark stays
    {"Already NFC: \u00E9\u0439\u0451 \u049B\u0430\u0437\u0430\u049B", false,
     "Already NFC: \u00E9\u0439\u0451 \u049B\u0430\u0437\u0430\u049B"},
    // Line ends.
    {"a\r\nb\rc\nd", false, "a\nb\nc\nd"},
    {"a\u2028b\u0085c\u2029d", false, "a\nb\nc\n\nd"},
    {"page1\fpage2\vx", false, "page1\npage2\nx"},
    // Spaces.
    {"a\u00A0b\u2009c\u3000d\u202Fe\u2003f", false, "a b c d e f"},
    {"a\tb", false, "a b"},
    {"\u041F\u0440\u0438\u200B\u0432\u0435\u0442\u00A0\u043C\u0438\u0440", false,
     "\u041F\u0440\u0438\u0432\u0435\u0442 \u043C\u0438\u0440"},  // При<ZWSP>вет<NBSP>мир
    // Removed characters.
    {"\uFEFFText", false, "Text"},
    {"zero\u200Bwidth\u200C\u200Djoin\u2060er", false, "zerowidthjoiner"},
    {"soft\u00ADhyphen", false, "softhyphen"},
    {"ctrl\x01\x07\x1B\x7F!", false, "ctrl!"},
    {"c1\u0080\u009F!", false, "c1!"},
    // Invalid UTF-8 becomes U+FFFD, one per bad byte.
    {"a\xFF"
     "b",
     false,
     "a\uFFFD"
     "b"},
    {"a\xE2\x80"
     "b",
     false,
     "a\uFFFD\uFFFD"
     "b"},
    {"\xC0\xAF", false, "\uFFFD\uFFFD"},            // overlong "/"
    {"\xED\xA0\x80", false, "\uFFFD\uFFFD\uFFFD"},  // surrogate
    // Whitespace collapsing.
    {"  Head\t\tline \n\n next  ", true, "Head line next"},
    {"\u00A0\u2003x\u3000\u3000y\r\n", true, "x y"},
    {"a \u200B b", true, "a b"},
    {" \n\t ", true, ""},
    {"\u0438\u0306  \u0438\u0306", true, "\u0439 \u0439"},
    // Keep-whitespace mode keeps runs and ends as they are.
    {"  a  \n\n b ", false, "  a  \n\n b "},
    {"", false, ""},
};

TEST(NormalizeTextTest, GoldenTable) {
  for (const NormalizeRow& row : kRows) {
    const MappedText out =
        NormalizeText(Identity(row.input), {.collapse_whitespace = row.collapse});
    EXPECT_EQ(out.text, row.expected) << "input: " << row.input;
    EXPECT_EQ(out.origin.size(), out.text.size() + 1) << "input: " << row.input;
  }
}

TEST(NormalizeTextTest, ComposedSegmentMapsToItsFirstInputByte) {
  // "xe\u0301y": x at 0, e at 1, U+0301 at 2-3, y at 4.
  const MappedText out = NormalizeText(Identity("xe\u0301y"));
  ASSERT_EQ(out.text, "x\u00E9y");
  EXPECT_THAT(out.origin, ElementsAre(0, 1, 1, 4, 5));
}

TEST(NormalizeTextTest, DecomposedCyrillicMapsToBaseLetter) {
  // "ди" + U+0306 + "к": д 0-1, и 2-3, breve 4-5, к 6-7.
  const MappedText out = NormalizeText(Identity("\u0434\u0438\u0306\u043A"));
  ASSERT_EQ(out.text, "\u0434\u0439\u043A");
  EXPECT_THAT(out.origin, ElementsAre(0, 1, 2, 2, 6, 7, 8));
}

TEST(NormalizeTextTest, CopiedBytesKeepTheirOwnOrigins) {
  const MappedText out = NormalizeText(Identity("\u00E9a\u0439"));  // already NFC
  EXPECT_THAT(out.origin, ElementsAre(0, 1, 2, 3, 4, 5));
}

TEST(NormalizeTextTest, CrLfMapsToCarriageReturn) {
  const MappedText out = NormalizeText(Identity("a\r\nb"));
  ASSERT_EQ(out.text, "a\nb");
  EXPECT_THAT(out.origin, ElementsAre(0, 1, 3, 4));
}

TEST(NormalizeTextTest, RemovedCharactersShiftLaterOrigins) {
  // BOM (3 bytes) then "Hi", soft hyphen (2 bytes), "!".
  const MappedText out = NormalizeText(Identity("\uFEFFHi\u00AD!"));
  ASSERT_EQ(out.text, "Hi!");
  EXPECT_THAT(out.origin, ElementsAre(3, 4, 7, 8));
}

TEST(NormalizeTextTest, InvalidByteMapsToItself) {
  const MappedText out =
      NormalizeText(Identity("ab\xFF"
                             "c"));
  ASSERT_EQ(out.text,
            "ab\uFFFD"
            "c");
  EXPECT_THAT(out.origin, ElementsAre(0, 1, 2, 2, 2, 3, 4));
}

TEST(NormalizeTextTest, CollapsedSpaceMapsToFirstWhitespaceByte) {
  const MappedText out = NormalizeText(Identity("  a \t\n b  "), {.collapse_whitespace = true});
  ASSERT_EQ(out.text, "a b");
  EXPECT_EQ(out.origin[0], 2u);
  EXPECT_EQ(out.origin[1], 3u);  // the " " at byte 3 starts the run
  EXPECT_EQ(out.origin[2], 7u);
  EXPECT_EQ(out.origin[3], 8u);  // end mark: just past "b"; trailing spaces dropped
}

TEST(NormalizeTextTest, OriginsIndexTheInputsOriginal) {
  // A decoded windows-1251 text: every Cyrillic letter (2 UTF-8 bytes) came
  // from one raw byte at 100, 101, ...
  MappedText decoded;
  decoded.origin = {100};
  decoded.AppendReplacement("\u0438", 100, 101);
  decoded.AppendReplacement("\u0306", 101, 102);  // a combining breve
  decoded.AppendReplacement("\u043A", 102, 103);
  const MappedText out = NormalizeText(decoded);
  ASSERT_EQ(out.text, "\u0439\u043A");
  EXPECT_THAT(out.origin, ElementsAre(100, 100, 102, 102, 103));
}

TEST(NormalizeTextTest, LongMixedTextKeepsOffsetsAcrossChunks) {
  // Longer than the normalizer's internal chunk, with a decomposed letter
  // near every chunk edge.
  std::string input;
  std::string expected;
  for (int i = 0; i < 3000; ++i) {
    input += "\u0434\u0438\u0306 ";
    expected += "\u0434\u0439 ";
  }
  const MappedText out = NormalizeText(Identity(input));
  ASSERT_EQ(out.text, expected);
  ASSERT_EQ(out.origin.size(), expected.size() + 1);
  // Every "й" (2 bytes) maps to the "и" of its group of 7 input bytes.
  for (int i = 0; i < 3000; ++i) {
    EXPECT_EQ(out.origin[i * 5 + 2], static_cast<uint32_t>(i * 7 + 2));
    EXPECT_EQ(out.origin[i * 5 + 4], static_cast<uint32_t>(i * 7 + 6));
  }
}

TEST(NormalizeTextTest, KnownNfcStableRangesAgreeWithIcu) {
  int checked = 0;
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (!text_internal::IsKnownNfcStable(cp)) continue;
    ++checked;
    const UChar32 c = static_cast<UChar32>(cp);
    ASSERT_EQ(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK), UNORM_YES)
        << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ(u_getCombiningClass(c), 0) << std::hex << static_cast<uint32_t>(cp);
  }
  EXPECT_GT(checked, 1000);
  EXPECT_FALSE(text_internal::IsNfcStable(0x0301));  // combining acute
  EXPECT_FALSE(text_internal::IsNfcStable(0x212B));  // Angstrom sign
  EXPECT_FALSE(text_internal::IsNfcStable(0x0483));  // Cyrillic titlo
  EXPECT_TRUE(text_internal::IsNfcStable(0x4E2D));   // 中
}

}  // namespace
}  // namespace dossier
