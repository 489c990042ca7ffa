// Opening the store a --db argument names: a PostgreSQL database for a
// postgresql:// or postgres:// URI (postgres_store.h), else a SQLite file
// (sqlite_store.h). The one place where the backend is chosen.
#ifndef DOSSIER_STORE_OPEN_STORE_H_
#define DOSSIER_STORE_OPEN_STORE_H_

#include <memory>
#include <string_view>

#include "base/status.h"
#include "store/store.h"

namespace dossier {

struct OpenStoreOptions {
  // Refuse a missing SQLite file, or a PostgreSQL database without a
  // Dossier store, instead of creating one (read-only commands).
  bool must_exist = false;
};

// Opens the store `db` names, with the errors of OpenPostgresStore or
// OpenSqliteStore.
StatusOr<std::unique_ptr<EvidenceStore>> OpenStore(std::string_view db,
                                                   const OpenStoreOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_STORE_OPEN_STORE_H_
