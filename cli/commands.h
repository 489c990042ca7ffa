// The dossier subcommands. Each returns the process exit status: 0 success,
// 1 when some input failed (each failure already reported on stderr as one
// line naming the file), 2 for a usage error.
#ifndef DOSSIER_CLI_COMMANDS_H_
#define DOSSIER_CLI_COMMANDS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::cli {

struct GlobalOptions {
  std::string db = "dossier.db";  // --db
  bool json = false;              // --json
  // --jobs: worker threads of ingest, extract and reextract; 0: one per core.
  // The result is the same whatever the number.
  int jobs = 0;
};

// The worker threads `global` asks for: --jobs, else one per core.
int JobsOf(const GlobalOptions& global);

struct IngestOptions {
  std::vector<std::string> paths;
  uint64_t max_bytes = 256ull << 20;  // --max-bytes
  bool progress = true;               // --no-progress turns the bar off
};
int RunIngest(const GlobalOptions& global, const IngestOptions& options);

int RunSources(const GlobalOptions& global);

int RunShow(const GlobalOptions& global, const std::string& source);

struct SearchOptions {
  std::string query;
  int limit = 20;
};
int RunSearch(const GlobalOptions& global, const SearchOptions& options);

// dossier migrate --from A --to B: copies store A into the empty store B,
// each a SQLite file or a postgresql:// URI (store/copy_store.h).
int RunMigrate(const std::string& from, const std::string& to);

struct ExtractOptions {
  std::vector<std::string> paths;
  bool use_db = false;  // --db given: mark duplicates of stored passages too
  uint64_t max_bytes = 256ull << 20;
};
int RunExtract(const GlobalOptions& global, const ExtractOptions& options);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_COMMANDS_H_
