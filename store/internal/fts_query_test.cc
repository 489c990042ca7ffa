#include "store/internal/fts_query.h"

#include <gtest/gtest.h>

namespace dossier::store_internal {
namespace {

TEST(BuildFtsQueryTest, GoldenTable) {
  struct Row {
    const char* input;
    const char* match;
  };
  const Row rows[] = {
      {"tender", "\"tender\""},
      {"open  tender\n", "\"open\" \"tender\""},
      {"tend*", "\"tend\"*"},
      {"tend**", "\"tend\"*"},
      {"\"open tender\"", "\"open tender\""},
      {"\"open ten\"*", "\"open ten\"*"},
      {"\"unbalanced", "\"unbalanced\""},
      {"\"open tender", "\"open tender\""},
      {"a\"b c\"d", "\"a\" \"b c\" \"d\""},
      {"AND OR NOT", "\"AND\" \"OR\" \"NOT\""},
      {"col:thing", "\"col:thing\""},
      {"NEAR(a b)", "\"NEAR(a\" \"b)\""},
      {"^start", "\"^start\""},
      {"Назарбаев", "\"Назарбаев\""},
      {"\u2014", "\"\u2014\""},  // non-ASCII: left to the tokenizer
      {"*", ""},
      {"-", ""},
      {"\"\"", ""},
      {"\"  \"*", ""},
      {"( ) : ^", ""},
      {"", ""},
      {"x*y", "\"x*y\""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(BuildFtsQuery(row.input), row.match) << "input: " << row.input;
  }
}

}  // namespace
}  // namespace dossier::store_internal
