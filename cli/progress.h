// A progress bar for long batches, drawn on stderr only when stderr is a
// terminal (never in pipes or logs), with files/s and MB/s.
// Not thread-safe.
#ifndef DOSSIER_CLI_PROGRESS_H_
#define DOSSIER_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>

namespace dossier::cli {

class ProgressBar {
 public:
  // `enabled` is further limited to a terminal on stderr.
  ProgressBar(uint64_t total_files, uint64_t total_bytes, bool enabled);

  // Records one finished file of `bytes` bytes; redraws at most 10 times a second.
  void Advance(uint64_t bytes);

  // Clears the bar line (if drawn).
  void Finish();

  double ElapsedSeconds() const;

 private:
  void Draw();

  uint64_t total_files_;
  uint64_t total_bytes_;
  uint64_t done_files_ = 0;
  uint64_t done_bytes_ = 0;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_PROGRESS_H_
