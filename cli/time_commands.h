// `dossier eval timex DIR` and `dossier eval duckling FILE`: scores of the
// time and money grammars on public corpora (extract/eval/timex_eval.h), printed
// to stdout as a table. Each returns the exit status: 0 scored, 1 the input
// could not be read (one line on stderr naming it).
#ifndef DOSSIER_CLI_TIME_COMMANDS_H_
#define DOSSIER_CLI_TIME_COMMANDS_H_

#include <string>

namespace dossier::cli {

// DIR: a folder of TimeML .tml files (e.g. tempeval3-train/TBAQ-cleaned).
int RunEvalTimex(const std::string& dir);

// FILE: Duckling's time-en.jsonl or money-en.jsonl.
int RunEvalDuckling(const std::string& file);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_TIME_COMMANDS_H_
