#include "cli/progress.h"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>

namespace dossier::cli {

ProgressBar::ProgressBar(uint64_t total_files, uint64_t total_bytes, bool enabled)
    : total_files_(total_files),
      total_bytes_(total_bytes),
      enabled_(enabled && isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double ProgressBar::ElapsedSeconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressBar::Advance(uint64_t bytes) {
  ++done_files_;
  done_bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && done_files_ != total_files_) return;
  last_draw_ = now;
  Draw();
}

void ProgressBar::Draw() {
  constexpr int kWidth = 30;
  const double fraction =
      total_bytes_ > 0 ? static_cast<double>(done_bytes_) / static_cast<double>(total_bytes_) : 1.0;
  const int filled = static_cast<int>(fraction * kWidth);
  const double seconds = std::max(ElapsedSeconds(), 1e-6);
  fmt::print(stderr, "\r[{:=<{}}{: <{}}] {}/{} files  {:.1f} files/s  {:.1f} MB/s ", "", filled, "",
             kWidth - filled, done_files_, total_files_, done_files_ / seconds,
             done_bytes_ / 1e6 / seconds);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::Finish() {
  if (!drawn_) return;
  fmt::print(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace dossier::cli
