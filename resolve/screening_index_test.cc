#include "resolve/screening_index.h"

#include <gtest/gtest.h>

#include <thread>

namespace dossier {
namespace {

ScreeningIndex SeedIndex() {
  ScreeningIndex index;
  index.Add(1, "Nursultan Nazarbayev", EntityType::kPerson);
  index.Add(1, "Назарбаев Нурсултан Абишевич", EntityType::kPerson);
  index.Add(2, "Dariga Nursultanovna Nazarbayeva", EntityType::kPerson);
  index.Add(3, "Ismail Igilmanov", EntityType::kPerson);
  index.Add(4, "Medetbekov Serik Rakhimbaevich", EntityType::kPerson);
  index.Add(5, "Nursultan Nazarbekov", EntityType::kPerson);
  index.Add(6, "LLP Telefabrika Dala", EntityType::kOrganization);
  index.Add(7, "SALEK, ABDULHAI", EntityType::kPerson);
  index.Add(8, "Akezhan Kazhegeldin", EntityType::kPerson);
  index.Add(9, "   ", EntityType::kPerson);  // ignored: no letters
  index.Build();
  return index;
}

struct QueryCase {
  const char* query;
  std::vector<uint32_t> records;  // best first
};

TEST(ScreeningIndexTest, GoldenQueries) {
  const ScreeningIndex index = SeedIndex();
  EXPECT_EQ(index.size(), 9u);
  const QueryCase cases[] = {
      {"Nazarbaev Nursultan", {1}}, {"Нурсултан Назарбаев", {1}}, {"Ismail Igelmanov", {3}},
      {"Исмаил Игильманов", {3}},   {"Igilmanov I.A.", {3}},      {"Serik Medetbekov", {4}},
      {"Abdulhai Salek", {7}},      {"Салек Абдулхай", {7}},      {"A. M. Kazhegeldin", {8}},
      {"Dala TV Factory", {6}},     {"John Smith", {}},
  };
  for (const QueryCase& c : cases) {
    std::vector<uint32_t> records;
    for (const ScreeningHit& hit : index.Query(c.query, std::nullopt)) {
      records.push_back(hit.record);
    }
    EXPECT_EQ(records, c.records) << c.query;
  }
}

TEST(ScreeningIndexTest, HitsCarryNameScoreAndReasons) {
  const ScreeningIndex index = SeedIndex();
  const std::vector<ScreeningHit> hits =
      index.Query("Ismail Igelmanov", EntityType::kPerson, ScreeningOptions());
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].matched_name, "Ismail Igilmanov");
  EXPECT_EQ(hits[0].match.verdict, MatchVerdict::kSame);
  EXPECT_EQ(hits[0].match.reasons,
            "surname: Igelmanov ~ Igilmanov, 1 vowel; given name: Ismail = Ismail");
  // An organization query does not find persons.
  EXPECT_TRUE(index.Query("Ismail Igelmanov", EntityType::kOrganization).empty());
}

TEST(ScreeningIndexTest, RelatedOnlyWhenAsked) {
  const ScreeningIndex index = SeedIndex();
  ScreeningOptions options;
  options.include_related = true;
  std::vector<uint32_t> records;
  for (const ScreeningHit& hit :
       index.Query("Nursultan Nazarbayev", EntityType::kPerson, options)) {
    records.push_back(hit.record);
  }
  EXPECT_EQ(records, (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(index.Query("Nursultan Nazarbayev", EntityType::kPerson).size(), 1u);
}

TEST(ScreeningIndexTest, ThresholdAndLimit) {
  const ScreeningIndex index = SeedIndex();
  ScreeningOptions options;
  options.threshold = 0.75;
  // A surname alone is a possible match at 0.85.
  EXPECT_EQ(index.Query("Medetbekov", EntityType::kPerson, options).size(), 1u);
  options.threshold = 0.9;
  EXPECT_TRUE(index.Query("Medetbekov", EntityType::kPerson, options).empty());
}

TEST(ScreeningIndexTest, ConcurrentQueries) {
  const ScreeningIndex index = SeedIndex();
  std::vector<std::thread> threads;
  std::vector<int> found(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        found[t] += static_cast<int>(index.Query("Ismail Igelmanov", std::nullopt).size());
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(found[t], 200);
}

}  // namespace
}  // namespace dossier
