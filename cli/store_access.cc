#include "cli/store_access.h"

#include <fmt/core.h>

#include "store/sqlite_store.h"

namespace dossier::cli {

void ReportError(const Status& status) { fmt::print(stderr, "dossier: {}\n", status.message()); }

std::unique_ptr<EvidenceStore> OpenStoreOrReport(const std::string& path, bool must_exist) {
  StatusOr<std::unique_ptr<EvidenceStore>> store =
      OpenSqliteStore(path, SqliteStoreOptions{.must_exist = must_exist});
  if (!store.ok()) {
    ReportError(store.status());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace dossier::cli
