#include "base/utf8.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

struct DecodeCase {
  std::string bytes;
  int length;  // expected DecodeUtf8 result at offset 0
  char32_t code_point;
};

TEST(Utf8Test, DecodeGoldenTable) {
  const DecodeCase cases[] = {
      {"A", 1, U'A'},
      {"\xD0\x96", 2, U'\u0416'},              // Ж
      {"\xD2\x9B", 2, U'\u049B'},              // қ
      {"\xE2\x80\x93", 3, U'\u2013'},          // –
      {"\xF0\x9F\x98\x80", 4, U'\U0001F600'},  // emoji
      {"\xC0\xAF", 0, 0},                      // overlong '/'
      {"\xED\xA0\x80", 0, 0},                  // surrogate
      {"\xD0", 0, 0},                          // truncated
      {"\xFF", 0, 0},                          // never valid
      {"\xF4\x90\x80\x80", 0, 0},              // above U+10FFFF
  };
  for (const DecodeCase& c : cases) {
    char32_t cp = 0;
    EXPECT_EQ(DecodeUtf8(c.bytes, 0, &cp), c.length) << c.bytes;
    if (c.length > 0) EXPECT_EQ(cp, c.code_point);
  }
}

TEST(Utf8Test, AppendRoundTrips) {
  for (char32_t cp : {U'a', U'\u00E9', U'\u0416', U'\u20B8', U'\U0001F600'}) {
    std::string out;
    AppendUtf8(cp, &out);
    char32_t back = 0;
    EXPECT_EQ(DecodeUtf8(out, 0, &back), static_cast<int>(out.size()));
    EXPECT_EQ(back, cp);
  }
}

TEST(Utf8Test, FindInvalidReportsFirstBadOffset) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("Назарбаев"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xD0\x96x\xE0\x80"), 3u);
}

}  // namespace
}  // namespace dossier
