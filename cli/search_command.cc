// dossier search QUERY: full-text search over stored passages.

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/document_json.h"
#include "cli/store_access.h"
#include "web/api_json.h"

namespace dossier::cli {

int RunSearch(const GlobalOptions& global, const SearchOptions& options) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  StatusOr<std::vector<SearchHit>> hits = store->Search(options.query, options.limit);
  if (!hits.ok()) {
    ReportError(hits.status());
    return 1;
  }
  if (global.json) {
    for (const SearchHit& hit : *hits) {
      const nlohmann::json line = web::SearchHitJson(hit);
      fmt::print("{}\n", ToJsonText(line));
    }
    return 0;
  }
  if (hits->empty()) {
    fmt::print("no passage matches \"{}\"\n", options.query);
    return 0;
  }
  for (const SearchHit& hit : *hits) {
    fmt::print("source {} [{}]  {}{}{}\n  {}\n", hit.source_id, hit.passage_index,
               hit.title.empty() ? hit.path : hit.title,
               hit.section.empty() || hit.section == hit.title ? "" : " / " + hit.section,
               hit.duplicate ? "  (duplicate)" : "", hit.snippet);
  }
  return 0;
}

}  // namespace dossier::cli
