// `dossier eval facts FILE`: scores the fact extractor on a corpus of
// document-level relations (Re-DocRED/DocRED JSON, e.g.
// ../shared/datasets/redocred-dev/dev_revised.json) with the scorer of
// extract/eval/fact_eval.h: each document's sentences are joined into text
// (JoinTokens), read as a plain-text file by the pipeline and run through
// every extractor with the shipped models; our facts meet the annotated
// relations by family (born_on P569, position P108/P463/P102, ...).
//
// Printed: per family and overall, the annotated person relations, those
// found (recall), our distinct facts whose subject and object are annotated
// entities, those right (precision), and facts naming unannotated entities.
#ifndef DOSSIER_CLI_FACT_COMMANDS_H_
#define DOSSIER_CLI_FACT_COMMANDS_H_

#include <string>

namespace dossier::cli {

// Runs the evaluation over FILE. `verbose` prints each document's missed
// relations and wrong facts. Returns 0, or 1 when FILE or the models cannot
// be read (one line on stderr naming it).
int RunEvalFacts(const std::string& file, bool verbose);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_FACT_COMMANDS_H_
