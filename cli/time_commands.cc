#include "cli/time_commands.h"

#include <fmt/core.h>

#include "extract/eval/timex_eval.h"

namespace dossier::cli {

int RunEvalTimex(const std::string& dir) {
  StatusOr<TimexScores> s = EvaluateTimeMlDir(dir);
  if (!s.ok()) {
    fmt::print(stderr, "{}\n", s.status().message());
    return 1;
  }
  fmt::print("documents {}  gold DATE {}  predicted {}\n", s->documents, s->gold, s->predicted);
  fmt::print("strict span F1 {:.1f}  relaxed span F1 {:.1f}\n", 100 * s->StrictF1(),
             100 * s->RelaxedF1());
  fmt::print("value accuracy (strict matches) {:.1f}  value F1 {:.1f}\n", 100 * s->ValueAccuracy(),
             100 * s->ValueF1());
  return 0;
}

int RunEvalDuckling(const std::string& file) {
  StatusOr<DucklingScores> s = EvaluateDucklingFile(file);
  if (!s.ok()) {
    fmt::print(stderr, "{}\n", s.status().message());
    return 1;
  }
  int total = 0, correct = 0;
  fmt::print("{:<24} {:>6} {:>8} {:>9}\n", "group", "total", "correct", "accuracy");
  for (const auto& [group, score] : s->supported) {
    total += score.total, correct += score.correct;
    fmt::print("{:<24} {:>6} {:>8} {:>8.1f}%\n", group, score.total, score.correct,
               score.total ? 100.0 * score.correct / score.total : 0.0);
  }
  fmt::print("{:<24} {:>6} {:>8} {:>8.1f}%\n", "supported, all", total, correct,
             total ? 100.0 * correct / total : 0.0);
  int skipped = 0;
  for (const auto& [group, count] : s->unsupported) skipped += count;
  fmt::print("unsupported groups: {} strings in {} groups\n", skipped, s->unsupported.size());
  return 0;
}

}  // namespace dossier::cli
