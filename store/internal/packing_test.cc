#include "store/internal/packing.h"

#include <gtest/gtest.h>

namespace dossier::store_internal {
namespace {

TEST(PackingTest, Uint32sAreLittleEndian) {
  std::string scratch;
  const std::vector<uint32_t> values = {0x01020304, 0, 0xffffffff};
  const std::string_view bytes = PackUint32s(values, &scratch);
  EXPECT_EQ(bytes, std::string_view("\x04\x03\x02\x01\0\0\0\0\xff\xff\xff\xff", 12));
  std::vector<uint32_t> back;
  ASSERT_TRUE(UnpackUint32s(bytes, &back));
  EXPECT_EQ(back, values);
  EXPECT_TRUE(UnpackUint32s("", &back));
  EXPECT_TRUE(back.empty());
  EXPECT_FALSE(UnpackUint32s("abcde", &back));
}

TEST(PackingTest, SpansArePairs) {
  std::string scratch;
  const std::vector<Span> spans = {{1, 2}, {0x100, 0x10000}};
  const std::string_view bytes = PackSpans(spans, &scratch);
  EXPECT_EQ(bytes, std::string_view("\x01\0\0\0\x02\0\0\0\0\x01\0\0\0\0\x01\0", 16));
  std::vector<Span> back;
  ASSERT_TRUE(UnpackSpans(bytes, &back));
  EXPECT_EQ(back, spans);
  EXPECT_FALSE(UnpackSpans(std::string_view("\0\0\0\0", 4), &back));
}

}  // namespace
TEST(PackingTest, OriginRoundTripsAndCompressesRuns) {
  struct Row {
    const char* what;
    std::vector<uint32_t> origin;
    size_t max_packed_bytes;
  };
  std::vector<uint32_t> copied(100000);
  for (uint32_t i = 0; i < copied.size(); ++i) copied[i] = i + 3;  // UTF-8 after a BOM
  std::vector<uint32_t> two_byte_letters;  // windows-1251: two UTF-8 bytes per raw byte
  for (uint32_t i = 0; i < 1000; ++i) two_byte_letters.insert(two_byte_letters.end(), {i, i});
  const Row rows[] = {
      {"empty", {}, 0},
      {"end mark only", {7}, 2},
      {"copied text", copied, 8},
      {"two-byte letters", two_byte_letters, 4 * 1000},
      {"going back", {10, 11, 12, 5, 6, 100000, 0, 4294967295u}, 40},
  };
  for (const Row& row : rows) {
    const std::string packed = PackOrigin(row.origin);
    EXPECT_LE(packed.size(), row.max_packed_bytes) << row.what;
    std::vector<uint32_t> back;
    ASSERT_TRUE(UnpackOrigin(packed, row.origin.size(), &back)) << row.what;
    EXPECT_FALSE(UnpackOrigin(packed, row.origin.size() + 1, &back)) << row.what;
    EXPECT_EQ(back, row.origin) << row.what;
  }
}

TEST(PackingTest, OriginRejectsTruncatedOrOutOfRangeBytes) {
  std::vector<uint32_t> back;
  EXPECT_FALSE(UnpackOrigin("\x02", 1, &back));      // a difference without its repeat
  EXPECT_FALSE(UnpackOrigin("\x02\x80", 1, &back));  // a varint cut short
  EXPECT_FALSE(UnpackOrigin("\x01\x01", 1, &back));  // -1: below zero
  EXPECT_FALSE(UnpackOrigin("\x02\x00", 1, &back));  // repeat 0
  EXPECT_FALSE(UnpackOrigin("\x02\xff\xff\xff\xff\x0f", 10, &back));  // 2^32 values, not 10
}

}  // namespace dossier::store_internal
