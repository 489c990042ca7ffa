// Measuring transliteration and name matching on the public reference sets of
// ../shared/datasets/names (its README.md): iuliia's Russian schemes and
// interscript's Russian and Kazakh maps (sample pairs of Cyrillic and Latin),
// nomenklatura's 80 spellings of one name and OpenSanctions' logic-v2 cases.
//
// Thread-safe (pure function).
//
//   ASSIGN_OR_RETURN(NamesEvalReport report, EvaluateNamesDataset("../shared/datasets/names"));
#ifndef DOSSIER_RESOLVE_NAMES_EVAL_H_
#define DOSSIER_RESOLVE_NAMES_EVAL_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace dossier {

// Words of one transliteration scheme: each sample pair is split into words,
// and a word counts when the skeleton of the Cyrillic word equals (or is one
// close edit from, name_match.h's rule for one spelling) that of the Latin.
struct SchemeResult {
  std::string scheme;  // "iuliia/wikipedia", "interscript/bgnpcgn-kaz-Cyrl-Latn-1979"
  int words = 0;
  int same_skeleton = 0;
  int close_skeleton = 0;  // same or close
};

struct NamesEvalReport {
  std::vector<SchemeResult> schemes;
  int putin_spellings = 0;       // lines of putin_names.txt
  int putin_latin_cyrillic = 0;  // of them, in Latin or Cyrillic script
  int putin_matched = 0;         // kSame or kPossible against "Vladimir Putin"
  int putin_matched_latin_cyrillic = 0;
  int logic_cases = 0;   // logic-v2 cases with a name on both sides
  int logic_agreed = 0;  // our match (score >= possible threshold) == theirs
  std::vector<std::string> logic_disagreements;  // "query / result: expected X, got Y (why)"
};

// Reads the dataset folder `dir` and measures. Errors name the missing or
// malformed file.
StatusOr<NamesEvalReport> EvaluateNamesDataset(const std::string& dir);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_NAMES_EVAL_H_
