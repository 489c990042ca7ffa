// RunOrderedSteps: in-order steps see items in order, worker steps run
// concurrently, at most a window of items is in flight, errors stop the run.
#include "pipeline/ordered_steps.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

namespace dossier {
namespace {

struct Item {
  int value = 0;
};

TEST(OrderedStepsTest, InOrderStepsSeeEveryItemInOrderWhateverTheJobs) {
  for (int jobs : {1, 2, 4, 8}) {
    std::vector<size_t> first_order, last_order;
    std::vector<int> values;
    const std::vector<Step<Item>> steps = {
        {StepPlace::kWorkers,
         [](size_t i, Item& item) {
           item.value = static_cast<int>(i) * 10;
           return Status::Ok();
         }},
        {StepPlace::kInOrder,
         [&](size_t i, Item& item) {
           first_order.push_back(i);
           ++item.value;
           return Status::Ok();
         }},
        {StepPlace::kWorkers,
         [](size_t, Item& item) {
           item.value *= 2;
           return Status::Ok();
         }},
        {StepPlace::kInOrder,
         [&](size_t i, Item& item) {
           last_order.push_back(i);
           values.push_back(item.value);
           return Status::Ok();
         }},
    };
    ASSERT_TRUE(RunOrderedSteps<Item>(50, steps, {.jobs = jobs}).ok());
    ASSERT_EQ(first_order.size(), 50u) << jobs;
    for (size_t i = 0; i < 50; ++i) {
      EXPECT_EQ(first_order[i], i) << jobs;
      EXPECT_EQ(last_order[i], i) << jobs;
      EXPECT_EQ(values[i], (static_cast<int>(i) * 10 + 1) * 2) << jobs;
    }
  }
}

TEST(OrderedStepsTest, AtMostTheWindowIsInFlight) {
  std::atomic<int> in_flight = 0;
  std::atomic<int> most = 0;
  const std::vector<Step<Item>> steps = {
      {StepPlace::kWorkers,
       [&](size_t, Item&) {
         const int now = ++in_flight;
         int seen = most.load();
         while (now > seen && !most.compare_exchange_weak(seen, now)) {
         }
         return Status::Ok();
       }},
      {StepPlace::kInOrder,
       [&](size_t, Item&) {
         --in_flight;
         return Status::Ok();
       }},
  };
  ASSERT_TRUE(RunOrderedSteps<Item>(200, steps, {.jobs = 4, .window = 3}).ok());
  EXPECT_LE(most.load(), 3);
  EXPECT_GE(most.load(), 1);
}

TEST(OrderedStepsTest, AnErrorStopsTheRunAndIsReturned) {
  for (int jobs : {1, 3}) {
    std::vector<size_t> stored;
    const std::vector<Step<Item>> steps = {
        {StepPlace::kWorkers, [](size_t, Item&) { return Status::Ok(); }},
        {StepPlace::kInOrder,
         [&](size_t i, Item&) {
           if (i == 7) return IoError("disk full at item 7");
           stored.push_back(i);
           return Status::Ok();
         }},
    };
    const Status status = RunOrderedSteps<Item>(100, steps, {.jobs = jobs});
    EXPECT_EQ(status, IoError("disk full at item 7")) << jobs;
    EXPECT_EQ(stored, (std::vector<size_t>{0, 1, 2, 3, 4, 5, 6})) << jobs;
  }
}

TEST(OrderedStepsTest, ZeroItemsRunNoStep) {
  int calls = 0;
  const std::vector<Step<Item>> steps = {{StepPlace::kInOrder, [&](size_t, Item&) {
                                            ++calls;
                                            return Status::Ok();
                                          }}};
  EXPECT_TRUE(RunOrderedSteps<Item>(0, steps, {.jobs = 4}).ok());
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace dossier
