// The embedded SQLite implementation of EvidenceStore (WAL journal, FTS5
// search, versioned schema migrated forward on open).
#ifndef DOSSIER_STORE_SQLITE_STORE_H_
#define DOSSIER_STORE_SQLITE_STORE_H_

#include <memory>
#include <string_view>

#include "base/status.h"
#include "store/store.h"

namespace dossier {

struct SqliteStoreOptions {
  // Open an existing database only; kNotFound when the file is missing.
  // Read-only commands set it so a typo in --db does not create a file.
  bool must_exist = false;
  // synchronous=FULL survives power loss; NORMAL (the default, safe in WAL
  // mode against crashes and kills) is several times faster for many small
  // transactions.
  bool fully_synchronous = false;
};

// Opens (creating if needed, unless options.must_exist) the store at `path`
// and migrates its schema to the current version. kFailedPrecondition when
// the file's schema is newer than this program knows; kInvalidArgument when
// the file is not a Dossier database.
StatusOr<std::unique_ptr<EvidenceStore>> OpenSqliteStore(std::string_view path,
                                                         const SqliteStoreOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_STORE_SQLITE_STORE_H_
