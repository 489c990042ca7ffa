// Golden table for the English word lists' filter (fact_lexicon_en.h): a
// list asked through InList<>() answers as a scan of the whole list.
#include "extract/facts/internal/fact_lexicon_en.h"

#include <gtest/gtest.h>

#include <string_view>

namespace dossier::internal {
namespace {

constexpr std::string_view kTestList[] = {
    "president", "ceo", "editor-in-chief", "ex-", "a", "é", "long-time-coordinator-of-things"};

struct FilterRow {
  std::string_view word;
  bool listed;
};

const FilterRow kRows[] = {
    {"president", true},
    {"ceo", true},
    {"editor-in-chief", true},
    {"ex-", true},
    {"a", true},
    {"é", true},  // a first byte past ASCII
    // Past 31 bytes every length shares one row of the filter.
    {"long-time-coordinator-of-things", true},
    {"long-time-coordinator-of-thing", false},
    {"long-time-coordinator-of-thingss", false},
    // The same length and first byte as an entry: the scan decides.
    {"presidenT", false},
    {"prisident", false},
    {"cfo", false},
    // No entry of the same length and first byte.
    {"the", false},
    {"", false},
    {"President", false},  // lists are compared in lower case
    {"ё", false},
};

TEST(WordListFilterTest, AnswersAsTheScan) {
  for (const FilterRow& row : kRows) {
    EXPECT_EQ(InList<kTestList>(row.word), row.listed) << row.word;
    EXPECT_EQ(InWordList(std::begin(kTestList), std::end(kTestList), row.word), row.listed)
        << row.word;
  }
}

TEST(WordListFilterTest, EveryEntryPassesItsFilter) {
  constexpr WordListFilter kFilter = WordListFilter::Of(kTestList);
  for (std::string_view w : kTestList) EXPECT_TRUE(kFilter.MayHold(w)) << w;
  EXPECT_FALSE(kFilter.MayHold("the"));
}

}  // namespace
}  // namespace dossier::internal
