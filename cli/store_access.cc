#include "cli/store_access.h"

#include <fmt/core.h>

#include "cli/commands.h"
#include "pipeline/ordered_steps.h"
#include "store/open_store.h"

namespace dossier::cli {

int JobsOf(const GlobalOptions& global) { return global.jobs > 0 ? global.jobs : DefaultJobs(); }

void ReportError(const Status& status) { fmt::print(stderr, "dossier: {}\n", status.message()); }

std::unique_ptr<EvidenceStore> OpenStoreOrReport(const std::string& path, bool must_exist) {
  StatusOr<std::unique_ptr<EvidenceStore>> store =
      OpenStore(path, OpenStoreOptions{.must_exist = must_exist});
  if (!store.ok()) {
    ReportError(store.status());
    return nullptr;
  }
  return std::move(store).value();
}

}  // namespace dossier::cli
