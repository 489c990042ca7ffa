// dossier migrate --from A --to B: copies a store into an empty one, SQLite
// to PostgreSQL or back (store/copy_store.h).

#include <fmt/core.h>

#include "cli/commands.h"
#include "cli/store_access.h"
#include "store/copy_store.h"

namespace dossier::cli {

int RunMigrate(const std::string& from, const std::string& to) {
  if (from == to) {
    ReportError(InvalidArgumentError("--from and --to name the same store (" + from + ")"));
    return 2;  // usage
  }
  std::unique_ptr<EvidenceStore> source = OpenStoreOrReport(from, /*must_exist=*/true);
  if (source == nullptr) return 1;
  std::unique_ptr<EvidenceStore> target = OpenStoreOrReport(to, /*must_exist=*/false);
  if (target == nullptr) return 1;
  StatusOr<CopySummary> copied = CopyStore(source.get(), target.get());
  if (!copied.ok()) {
    ReportError(copied.status().WithPrefix("migrating " + from));
    return 1;
  }
  fmt::print(stderr, "migrated {} sources, {} lists, {} judgments, {} entities\n", copied->sources,
             copied->lists, copied->judgments, copied->entities);
  return 0;
}

}  // namespace dossier::cli
