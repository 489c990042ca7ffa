// The name subcommands of `dossier`: screening a list of names against
// another, and measuring name matching on the public reference sets. Each
// returns the process exit status: 0 success, 1 failure (one line on stderr
// naming the file), 2 a usage error.
//
//   dossier screen [NAMES...] [--file QUERIES] --list LISTFILE [--threshold X] [--explain]
//                  [--json|--csv]
//   dossier eval names ../shared/datasets/names
#ifndef DOSSIER_CLI_RESOLVE_COMMANDS_H_
#define DOSSIER_CLI_RESOLVE_COMMANDS_H_

#include <string>
#include <vector>

namespace dossier::cli {

struct ScreenOptions {
  std::vector<std::string> names;  // query names given on the command line
  std::string file;                // --file: queries in any name_list.h format
  std::string list;                // --list (alias --against): the list screened against
  std::string db;                  // --db: screen against every entity of this store instead
  double threshold = 0.70;         // --threshold: lowest score printed
  int max_hits = 20;               // --limit: most matches per query
  bool json = false;               // --json: one object per query line
  bool csv = false;                // --csv: query,id,name,score,verdict,why,name_score,
                                   //   why_attributes,readings,vetoed
  bool explain = false;            // --explain: readings, name and attribute reasons
                                   //   apart, and the hits the attributes set aside
};

// Screens every query against the list (or, with `db`, against every entity
// stored there, extracted or imported): per query, its matches at or above the
// threshold, best first, with score, verdict and reasons. Queries from --file
// and list entries bring their dates of birth, countries and gender; stored
// persons their born_on facts. A table on stdout, or `--json`: one line per
// query {"query", "matches": [{"id", "name", "matched_name", "score",
// "verdict", "why", "name_score", "why_name", "why_attributes", "readings",
// "weak_alias", "vetoed"}]}.
int RunScreen(const ScreenOptions& options);

// Measures transliteration and matching on the folder of
// ../shared/datasets/names (README.md there) and prints the figures: per
// iuliia scheme and interscript map, the share of sample words whose skeleton
// equals that of our romanization; the Putin spellings that match "Vladimir
// Putin"; the OpenSanctions logic-v2 cases we agree with.
int RunEvalNames(const std::string& dir);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_RESOLVE_COMMANDS_H_
