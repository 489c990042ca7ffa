// Opening the store from a command, with the error reported the CLI way.
#ifndef DOSSIER_CLI_STORE_ACCESS_H_
#define DOSSIER_CLI_STORE_ACCESS_H_

#include <memory>
#include <string>

#include "store/store.h"

namespace dossier::cli {

// Opens the store `path` names (store/open_store.h: a postgresql:// URI or a
// SQLite file). With `must_exist`, a missing file or store is an error
// (read-only commands must not create one). On failure prints one line
// "dossier: <message>" to stderr and returns null.
std::unique_ptr<EvidenceStore> OpenStoreOrReport(const std::string& path, bool must_exist);

// Prints "dossier: <message>" on stderr: the one format of every diagnostic.
void ReportError(const Status& status);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_STORE_ACCESS_H_
