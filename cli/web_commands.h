// The browser faces of `dossier`: the workbench server and the static site.
// Each returns the process exit status: 0 success, 1 failure (one line on
// stderr), 2 a usage error.
//
//   dossier serve [--db STORE] [--port N] [--listen ADDR:PORT] [--token T]
//   dossier site --db STORE --out DIR [--only ENTITY...]
#ifndef DOSSIER_CLI_WEB_COMMANDS_H_
#define DOSSIER_CLI_WEB_COMMANDS_H_

#include <string>
#include <vector>

namespace dossier::cli {

struct ServeOptions {
  std::string db = "dossier.db";
  int port = 8080;     // --port; 0: any free port (printed)
  std::string listen;  // --listen ADDR:PORT; overrides --port
  std::string token;   // --token: required beyond loopback; then every request needs it
};

// Serves the workbench and the JSON API (docs/api.md) until killed. Prints
// "dossier: serving STORE on http://HOST:PORT/" on stdout once listening.
int RunServe(const ServeOptions& options);

struct SiteOptions {
  std::string db = "dossier.db";
  std::string out;                // --out DIR, created when missing
  std::vector<std::string> only;  // --only: names or ids; default every person and organization
};

// Writes the static site: index.html, search.html (with assets/search-index.js),
// entities/ID.html per person and organization, sources/ID.html per source,
// assets/ (our files and the npm libraries). Relative links only.
int RunSite(const SiteOptions& options);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_WEB_COMMANDS_H_
