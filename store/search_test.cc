// Full-text search, on both backends: golden tables of queries and the
// passages they must find.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "store/test_documents.h"
#include "store/testing/store_backends.h"

namespace dossier {
namespace {

using store_testing::Heading;
using store_testing::MakeSource;
using store_testing::Paragraph;

constexpr char kCoffee[] =
    "The new café on Abai Avenue serves coffee roasted in Almaty and stays open until midnight.";

class SearchTest : public store_testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    Add(MakeSource("en.txt", {Heading(1, "Café culture"),  // 0
                              Paragraph(kCoffee),          // 1
                              Paragraph("The council will hold an open tender for the "
                                        "bridge. Bids close in May."),                 // 2
                              Paragraph("The tender was not open to foreign firms."),  // 3
                              Paragraph("Tendering rules changed, and whether to appeal "
                                        "or not is undecided."),      // 4
                              Paragraph("Tender tender tender.")}));  // 5
    Add(MakeSource("ru.txt",
                   {Heading(1, "Новости"),                                                // 0
                    Paragraph("Назарбаев встретился с делегацией из Астаны."),            // 1
                    Paragraph("ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ жаңа заң қабылдады.")},  // 2
                   "ru"));
    store_testing::TestSource copy = MakeSource("copy.txt", {Paragraph(kCoffee)});
    ASSERT_TRUE(store_testing::MarkStoredDuplicates(store_.get(), &copy).ok());
    ASSERT_TRUE(copy.document.passages[0].duplicate_of.has_value());  // repeats en.txt #1
    Add(copy);
  }

  // Returns "path#passage" per hit, sorted, so that rows do not depend on rank.
  std::vector<std::string> Find(const std::string& query) {
    StatusOr<std::vector<SearchHit>> hits = store_->Search(query, 50);
    EXPECT_TRUE(hits.ok()) << query << ": " << hits.status().ToString();
    std::vector<std::string> found;
    if (!hits.ok()) return found;
    for (const SearchHit& hit : *hits) {
      found.push_back(hit.path + "#" + std::to_string(hit.passage_index));
    }
    std::sort(found.begin(), found.end());
    return found;
  }
};
INSTANTIATE_STORE_BACKENDS(SearchTest);

TEST_P(SearchTest, GoldenQueries) {
  struct Row {
    const char* query;
    std::vector<std::string> hits;
  };
  const Row rows[] = {
      // Case and diacritics, both ways.
      {"cafe", {"copy.txt#0", "en.txt#0", "en.txt#1"}},
      {"CAFÉ", {"copy.txt#0", "en.txt#0", "en.txt#1"}},
      {"Café culture", {"en.txt#0"}},
      // Cyrillic, Kazakh letters included.
      {"назарбаев", {"ru.txt#1"}},
      {"НАЗАРБАЕВ делегацией", {"ru.txt#1"}},
      {"қазақстан", {"ru.txt#2"}},
      {"үкіметі", {"ru.txt#2"}},
      // Words match in any order; phrases only in order.
      {"open tender", {"en.txt#2", "en.txt#3"}},
      {"\"open tender\"", {"en.txt#2"}},
      {"\"tender was\" open", {"en.txt#3"}},
      // Prefixes.
      {"tender*", {"en.txt#2", "en.txt#3", "en.txt#4", "en.txt#5"}},
      {"назар*", {"ru.txt#1"}},
      {"\"open ten\"*", {"en.txt#2"}},
      {"tender", {"en.txt#2", "en.txt#3", "en.txt#5"}},
      // FTS5 syntax in user input is taken literally, never an error.
      {"\"open tender", {"en.txt#2"}},  // unbalanced quote: phrase to the end
      {"\"unbalanced", {}},
      {"AND OR NOT", {"en.txt#4"}},  // the words "and", "or" and "not"
      {"or not", {"en.txt#4"}},
      {"whether AND appeal", {"en.txt#4"}},
      {"OR open", {}},  // not "or": both words must match
      {"col:thing", {}},
      {"NEAR(open tender)", {}},
      {"^cafe", {"copy.txt#0", "en.txt#0", "en.txt#1"}},
      {"*", {}},
      {"-", {}},
      {"\"\"", {}},
      {"()", {}},
      {"\u2014*", {}},
      {"", {}},
      {"   ", {}},
      {"midnight)", {"copy.txt#0", "en.txt#1"}},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Find(row.query), row.hits) << "query: " << row.query;
  }
}

TEST_P(SearchTest, HitsCarrySnippetSectionAndDuplicateFlag) {
  StatusOr<std::vector<SearchHit>> hits = store_->Search("almaty", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 2u);
  for (const SearchHit& hit : *hits) {
    SCOPED_TRACE(hit.path);
    EXPECT_EQ(hit.passage_index, hit.path == "en.txt" ? 1 : 0);
    EXPECT_EQ(hit.section, hit.path == "en.txt" ? "Café culture" : "");
    EXPECT_EQ(hit.title, hit.path == "en.txt" ? "Café culture" : "");
    EXPECT_EQ(hit.snippet,
              "The new café on Abai Avenue serves coffee roasted in [Almaty] and stays open until "
              "midnight.");
    EXPECT_EQ(hit.duplicate, hit.path == "copy.txt");
    EXPECT_EQ(hit.sha256.size(), 64u);
    EXPECT_GT(hit.score, 0);
  }

  hits = store_->Search("назарбаев", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].snippet, "[Назарбаев] встретился с делегацией из Астаны.");
  EXPECT_EQ((*hits)[0].section, "Новости");
}

TEST_P(SearchTest, BestMatchFirstAndLimit) {
  StatusOr<std::vector<SearchHit>> hits = store_->Search("tender", 10);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 3u);
  EXPECT_EQ((*hits)[0].passage_index, 5);  // "Tender tender tender."
  EXPECT_EQ((*hits)[0].snippet, "[Tender] [tender] [tender].");
  for (size_t i = 1; i < hits->size(); ++i) EXPECT_GE((*hits)[i - 1].score, (*hits)[i].score);

  hits = store_->Search("tender", 1);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].passage_index, 5);

  EXPECT_EQ(store_->Search("tender", 0).status(),
            InvalidArgumentError("search limit must be positive (got 0)"));
}

}  // namespace
}  // namespace dossier
