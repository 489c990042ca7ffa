// dossier sources: lists what is stored.

#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/document_json.h"
#include "cli/store_access.h"
#include "web/api_json.h"

namespace dossier::cli {
namespace {

// Returns `text` cut to at most `width` code points, "..." marking a cut.
std::string Abbreviate(const std::string& text, size_t width) {
  size_t code_points = 0;
  size_t cut = 0;  // byte offset after width - 3 code points
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (code_points == width - 3) cut = i;
    ++code_points;
  }
  if (code_points <= width) return text;
  return text.substr(0, cut) + "...";
}

}  // namespace

int RunSources(const GlobalOptions& global) {
  std::unique_ptr<EvidenceStore> store = OpenStoreOrReport(global.db, /*must_exist=*/true);
  if (store == nullptr) return 1;
  StatusOr<std::vector<SourceSummary>> sources = store->ListSources();
  if (!sources.ok()) {
    ReportError(sources.status());
    return 1;
  }
  if (global.json) {
    for (const SourceSummary& s : *sources) {
      const nlohmann::json line = web::SourceSummaryJson(s);
      fmt::print("{}\n", ToJsonText(line));
    }
    return 0;
  }
  fmt::print("{:>4}  {:<12}  {:<40}  {:<8}  {:>9}  {:>8}  {:>10}\n", "id", "sha256", "title",
             "kind", "bytes", "passages", "duplicates");
  for (const SourceSummary& s : *sources) {
    std::string title = s.title.empty() ? s.path : s.title;
    title = Abbreviate(title, 40);
    fmt::print("{:>4}  {:<12}  {:<40}  {:<8}  {:>9}  {:>8}  {:>10}\n", s.id, s.sha256.substr(0, 12),
               title, s.kind, s.bytes, s.passages, s.duplicates);
  }
  return 0;
}

}  // namespace dossier::cli
