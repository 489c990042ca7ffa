// dossier show SOURCE: one stored source, as text or contract JSON.

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/document_json.h"
#include "cli/document_text.h"
#include "cli/ner_commands.h"
#include "cli/store_access.h"

namespace dossier::cli {

int RunShow(const GlobalOptions& global, const std::string& source) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  StatusOr<StoredSource> stored = store->GetSource(source);
  if (!stored.ok()) {
    ReportError(stored.status());
    return 1;
  }
  if (global.json) {
    const std::unique_ptr<NerModels> models = LoadShippedNerModelsOrReport();
    if (models == nullptr) return 1;
    fmt::print("{}\n", DocumentJsonText(ViewOf(*stored), models.get(), 2));
  } else {
    PrintDocumentText(ViewOf(*stored), stdout);
  }
  return 0;
}

}  // namespace dossier::cli
