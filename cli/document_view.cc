#include "cli/document_view.h"

namespace dossier::cli {

DocumentView ViewOf(const ProcessedSource& processed) {
  return DocumentView{.source_id = 0,
                      .sha256 = processed.sha256,
                      .path = processed.path,
                      .title = processed.parsed.title,
                      .kind = SourceKindName(processed.parsed.kind),
                      .encoding = processed.parsed.encoding,
                      .url = processed.parsed.url,
                      .published = processed.parsed.published,
                      .bytes = processed.raw.size(),
                      .document = &processed.document};
}

DocumentView ViewOf(const StoredSource& stored) {
  return DocumentView{.source_id = stored.summary.id,
                      .sha256 = stored.summary.sha256,
                      .path = stored.summary.path,
                      .title = stored.summary.title,
                      .kind = stored.summary.kind,
                      .encoding = stored.encoding,
                      .url = stored.url,
                      .published = stored.published,
                      .bytes = stored.summary.bytes,
                      .document = &stored.document};
}

}  // namespace dossier::cli
