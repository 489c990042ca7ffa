#include "store/open_store.h"

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace dossier {

StatusOr<std::unique_ptr<EvidenceStore>> OpenStore(std::string_view db,
                                                   const OpenStoreOptions& options) {
  if (IsPostgresUri(db)) return OpenPostgresStore(db, {.must_exist = options.must_exist});
  return OpenSqliteStore(db, {.must_exist = options.must_exist});
}

}  // namespace dossier
