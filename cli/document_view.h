// A read-only view of one document for output, whether it was just processed
// (extract) or loaded from the store (show): its metadata and its
// NormalizedDocument. Views borrow; they stay valid while the source object
// they were made from lives.
#ifndef DOSSIER_CLI_DOCUMENT_VIEW_H_
#define DOSSIER_CLI_DOCUMENT_VIEW_H_

#include <cstdint>
#include <string_view>

#include "pipeline/ingest_pipeline.h"
#include "store/store.h"
#include "text/document.h"

namespace dossier::cli {

struct DocumentView {
  int64_t source_id = 0;  // 0 when not stored
  std::string_view sha256;
  std::string_view path;
  std::string_view title;
  std::string_view kind;
  std::string_view encoding;
  std::string_view url;
  std::string_view published;
  uint64_t bytes = 0;
  const NormalizedDocument* document = nullptr;
};

DocumentView ViewOf(const ProcessedSource& processed);
DocumentView ViewOf(const StoredSource& stored);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_DOCUMENT_VIEW_H_
