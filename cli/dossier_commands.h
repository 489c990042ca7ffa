// The dossier subcommands of `dossier`: a profile, a timeline and exports
// built from the evidence store. Each returns the process exit status: 0
// success, 1 failure (one line on stderr), 2 a usage error.
//
//   dossier profile NAME [--format text|md|html|json] [--db FILE]
//   dossier timeline NAME [--db FILE]
//   dossier export --format ftm|json|csv [--out PATH] [--db FILE]
//
// NAME is any spelling of an entity the store knows, in any case; when it
// names several entities they are listed (id, type, name, sources) and the
// command exits 1.
#ifndef DOSSIER_CLI_DOSSIER_COMMANDS_H_
#define DOSSIER_CLI_DOSSIER_COMMANDS_H_

#include <optional>
#include <string>

#include "dossier/corpus.h"
#include "dossier/profile_from_store.h"

namespace dossier::cli {

struct ProfileOptions {
  std::string db = "dossier.db";  // --db
  std::string name;               // NAME
  std::string format = "text";    // --format: text, md, html, json
  // --sources: ProfileReadLimits' two limits (0: read everything, at a
  // cost that grows with the entity's sources).
  int max_sources = ProfileReadLimits{}.max_sources;
};

// Prints the profile of NAME to stdout.
int RunProfile(const ProfileOptions& options);

// Prints the timeline of NAME to stdout.
int RunTimeline(const ProfileOptions& options);

struct ExportOptions {
  std::string db = "dossier.db";  // --db
  std::string format = "ftm";     // --format: ftm (JSON lines), json (one document), csv
  // --out: the file (ftm, json; "" = stdout) or folder (csv; required).
  std::string out;
};

int RunExport(const ExportOptions& options);

// Opens the store `db` (it must exist) and loads its corpus; nullopt after
// reporting the failure on stderr.
std::optional<Corpus> LoadCorpusOrReport(const std::string& db);

// The one entity NAME (any spelling, or an entity id) stands for; null after
// reporting on stderr that there is none, or listing the candidates when
// several.
const CorpusEntity* ResolveEntityOrReport(const Corpus& corpus, const std::string& name);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_DOSSIER_COMMANDS_H_
