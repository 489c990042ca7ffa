// RunOrderedSteps: a bounded, ordered work queue. Items 0..count-1 go through
// the same sequence of steps; a step runs either on worker threads (any item,
// any order: the pure work, such as decoding or extraction) or on the calling
// thread in item order (what needs order or owns a resource, such as the
// store). Item i runs an in-order step only after item i-1 has run it, so the
// in-order steps see exactly what a single-threaded loop would.
//
// At most `window` items are in flight (admitted and not yet through the last
// step), so memory is bounded by the window, not by `count`. With jobs <= 1
// no thread is started: the calling thread runs every step of item 0, then
// of item 1, and so on.
//
// Thread-safety: worker steps run concurrently with each other and with the
// in-order steps of other items, never with another step of the same item.
// A step must only touch its own item and what is safe to share.
//
//   std::vector<Step<Doc>> steps = {
//       {StepPlace::kWorkers, [&](size_t i, Doc& d) { d.text = Read(paths[i]); return Ok(); }},
//       {StepPlace::kInOrder, [&](size_t i, Doc& d) { return store.Add(d); }}};
//   RETURN_IF_ERROR(RunOrderedSteps<Doc>(paths.size(), steps, {.jobs = 4}));
#ifndef DOSSIER_PIPELINE_ORDERED_STEPS_H_
#define DOSSIER_PIPELINE_ORDERED_STEPS_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "base/status.h"

namespace dossier {

enum class StepPlace { kWorkers, kInOrder };

template <typename Item>
struct Step {
  StepPlace place = StepPlace::kWorkers;
  // Runs the step on item `index`. An error stops the run: no step starts
  // after it, and RunOrderedSteps returns it (the first one, if several).
  std::function<Status(size_t index, Item& item)> run;
};

struct OrderedStepsOptions {
  // Worker threads; <= 1: everything on the calling thread, one item at a time.
  int jobs = 1;
  // Items in flight at most; 0: 2 * jobs + 2 (enough to keep every worker
  // busy while the in-order steps catch up).
  size_t window = 0;
};

// Returns the number of hardware threads, at least 1.
inline int DefaultJobs() {
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs every step on every item (Item must be default-constructible; each
// starts as Item{}). Returns the first error a step returned, else OK.
template <typename Item>
Status RunOrderedSteps(size_t count, const std::vector<Step<Item>>& steps,
                       const OrderedStepsOptions& options);

// --- Implementation.

namespace internal {

template <typename Item>
class OrderedStepsRun {
 public:
  OrderedStepsRun(size_t count, const std::vector<Step<Item>>& steps, size_t window)
      : count_(count), steps_(steps), slots_(window), next_in_order_(steps.size(), 0) {}

  // Runs on the calling thread with `jobs` workers; returns the first error.
  Status Run(int jobs) {
    std::vector<std::thread> workers;
    workers.reserve(jobs);
    for (int i = 0; i < jobs; ++i) workers.emplace_back([this] { WorkerLoop(); });
    CallerLoop();
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& worker : workers) worker.join();
    return first_error_;
  }

 private:
  struct Slot {
    bool used = false;
    bool busy = false;  // a step is running on it
    size_t index = 0;
    size_t step = 0;  // the next step to run
    Item item;
  };

  // The slot whose next step the calling thread may run: an in-order step
  // whose turn it is, the latest step first (it frees a slot soonest).
  // REQUIRES: mu_ held.
  Slot* NextInOrder() {
    Slot* best = nullptr;
    for (Slot& slot : slots_) {
      if (!slot.used || slot.busy || steps_[slot.step].place != StepPlace::kInOrder) continue;
      if (next_in_order_[slot.step] != slot.index) continue;
      if (best == nullptr || slot.step > best->step) best = &slot;
    }
    return best;
  }

  // The earliest item whose next step is a worker step. REQUIRES: mu_ held.
  Slot* NextForWorkers() {
    Slot* best = nullptr;
    for (Slot& slot : slots_) {
      if (!slot.used || slot.busy || steps_[slot.step].place != StepPlace::kWorkers) continue;
      if (best == nullptr || slot.index < best->index) best = &slot;
    }
    return best;
  }

  // Starts items while slots are free; returns whether it started any.
  // REQUIRES: mu_ held.
  bool Admit() {
    const size_t before = admitted_;
    for (Slot& slot : slots_) {
      if (admitted_ == count_) break;
      if (slot.used) continue;
      slot = Slot{.used = true, .index = admitted_++};
    }
    return admitted_ != before;
  }

  // Runs the next step of `slot` with mu_ released. REQUIRES: mu_ held
  // through `lock`, slot->busy set by the caller.
  void RunStep(Slot* slot, std::unique_lock<std::mutex>& lock) {
    const Step<Item>& step = steps_[slot->step];
    lock.unlock();
    Status status = step.run(slot->index, slot->item);
    lock.lock();
    slot->busy = false;
    if (!status.ok() && first_error_.ok()) first_error_ = std::move(status);
    if (step.place == StepPlace::kInOrder) ++next_in_order_[slot->step];
    if (++slot->step == steps_.size()) {
      slot->used = false;
      slot->item = Item{};  // frees the item's memory now
      ++finished_;
    }
  }

  // Runs the next step of `slot`, when there is a slot; returns whether it
  // ran one. REQUIRES: mu_ held through `lock`.
  bool TryRun(Slot* slot, std::unique_lock<std::mutex>& lock) {
    if (slot == nullptr) return false;
    slot->busy = true;
    RunStep(slot, lock);
    changed_.notify_all();
    return true;
  }

  void CallerLoop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (finished_ < count_ && first_error_.ok()) {
      if (Admit()) changed_.notify_all();  // work for the workers
      if (!TryRun(NextInOrder(), lock)) changed_.wait(lock);
    }
  }

  void WorkerLoop() {
    std::unique_lock<std::mutex> lock(mu_);
    while (!stopping_ && first_error_.ok()) {
      if (!TryRun(NextForWorkers(), lock)) changed_.wait(lock);
    }
    changed_.notify_all();  // wakes the caller on an error
  }

  const size_t count_;
  const std::vector<Step<Item>>& steps_;
  std::mutex mu_;
  std::condition_variable changed_;    // any slot changed; guarded by mu_
  std::vector<Slot> slots_;            // guarded by mu_ (an item's own data: by its busy flag)
  std::vector<size_t> next_in_order_;  // per step: the item whose turn it is; guarded by mu_
  size_t admitted_ = 0;                // guarded by mu_
  size_t finished_ = 0;                // guarded by mu_
  bool stopping_ = false;              // guarded by mu_
  Status first_error_;                 // guarded by mu_
};

}  // namespace internal

template <typename Item>
Status RunOrderedSteps(size_t count, const std::vector<Step<Item>>& steps,
                       const OrderedStepsOptions& options) {
  if (count == 0 || steps.empty()) return Status::Ok();
  if (options.jobs <= 1) {
    for (size_t i = 0; i < count; ++i) {
      Item item{};
      for (const Step<Item>& step : steps) RETURN_IF_ERROR(step.run(i, item));
    }
    return Status::Ok();
  }
  const size_t window =
      options.window > 0 ? options.window : 2 * static_cast<size_t>(options.jobs) + 2;
  internal::OrderedStepsRun<Item> run(count, steps, window);
  return run.Run(options.jobs);
}

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_ORDERED_STEPS_H_
