// Evaluation of the time and money grammars against public corpora read from
// disk (never copied into the repository):
//  - TimeML (.tml, TempEval-3 TimeBank/AQUAINT): strict and relaxed span F1
//    and value accuracy over TIMEX3 DATE expressions, each document anchored
//    at its DCT;
//  - Duckling's English corpora (time-en.jsonl, money-en.jsonl): accuracy per
//    group of expected values, over the groups the grammars support.
//
// Thread-safe (pure functions; they read files).
//
//   StatusOr<TimexScores> s = EvaluateTimeMlDir(".../TBAQ-cleaned");
#ifndef DOSSIER_EXTRACT_EVAL_TIMEX_EVAL_H_
#define DOSSIER_EXTRACT_EVAL_TIMEX_EVAL_H_

#include <map>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier {

struct TimexScores {
  int documents = 0;
  int gold = 0;             // gold TIMEX3 DATE expressions
  int predicted = 0;        // our date components
  int strict_matches = 0;   // same span
  int relaxed_matches = 0;  // overlapping spans
  int value_matches = 0;    // same span and same TIMEX3 value
  double StrictF1() const;
  double RelaxedF1() const;
  double ValueAccuracy() const;  // value_matches / strict_matches
  double ValueF1() const;        // F1 counting only matches with the right value
};

// Scores one TimeML document's text. Returns InvalidArgument naming `name`
// when it has no DCT or no <TEXT>.
StatusOr<TimexScores> EvaluateTimeMl(std::string_view name, std::string_view tml);

// Scores every .tml file under `dir` (recursively), summed.
StatusOr<TimexScores> EvaluateTimeMlDir(const std::string& dir);

struct GroupScore {
  int total = 0;
  int correct = 0;
};

struct DucklingScores {
  std::map<std::string, GroupScore> supported;  // group name -> score
  std::map<std::string, int> unsupported;       // group name -> strings skipped
};

// Reads a Duckling corpus file (time-en.jsonl or money-en.jsonl, one object
// per line) and scores every input string of the supported groups: the whole
// string must yield one mention with the expected value. Reference time
// 2013-02-12 (2013-02-15 for the section diffCorpus).
StatusOr<DucklingScores> EvaluateDucklingFile(const std::string& path);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EVAL_TIMEX_EVAL_H_
