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
}  // namespace dossier::store_internal
