// SqliteStore's read path: listing sources, rebuilding a stored document,
// raw bytes and full-text search.
#include <string>
#include <utility>

#include "store/internal/compression.h"
#include "store/internal/fts_query.h"
#include "store/internal/packing.h"
#include "store/internal/source_checks.h"
#include "store/internal/sqlite_store_impl.h"
#include "text/language.h"

namespace dossier::store_internal {
namespace {

// Fills the SourceSummary columns that list_sources and get_source share
// (columns 0-9).
SourceSummary ReadSummary(const Statement& row) {
  SourceSummary summary;
  summary.id = row.ColumnInt64(0);
  summary.sha256 = std::string(row.ColumnText(1));
  summary.path = std::string(row.ColumnText(2));
  summary.title = std::string(row.ColumnText(3));
  summary.kind = std::string(row.ColumnText(4));
  summary.language = std::string(row.ColumnText(5));
  summary.bytes = static_cast<uint64_t>(row.ColumnInt64(6));
  summary.passages = static_cast<int>(row.ColumnInt64(7));
  summary.duplicates = static_cast<int>(row.ColumnInt64(8));
  summary.ingested_at = std::string(row.ColumnText(9));
  return summary;
}

}  // namespace

StatusOr<std::vector<SourceSummary>> SqliteStore::ListSources() {
  Statement& list = statements_.list_sources;
  StatementScope scope(&list);
  std::vector<SourceSummary> sources;
  while (true) {
    ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    sources.push_back(ReadSummary(list));
  }
  return sources;
}

StatusOr<int64_t> SqliteStore::ResolveSource(std::string_view id_or_sha) {
  const SourceLookups lookups{
      .exists = [&](int64_t id) -> StatusOr<bool> {
        Statement& exists = statements_.source_exists;
        StatementScope scope(&exists);
        exists.BindInt64(1, id);
        return exists.Step();
      },
      .by_sha_range = [&](const std::string& low,
                          const std::string& high) -> StatusOr<std::vector<int64_t>> {
        Statement& find = statements_.find_source_by_sha_prefix;
        StatementScope scope(&find);
        find.BindText(1, low);
        find.BindText(2, high);
        std::vector<int64_t> ids;
        while (true) {
          ASSIGN_OR_RETURN(bool row, find.Step());
          if (!row) break;
          ids.push_back(find.ColumnInt64(0));
        }
        return ids;
      }};
  return ResolveSourceRef(id_or_sha, path_, lookups);
}

StatusOr<StoredSource> SqliteStore::GetSource(std::string_view id_or_sha) {
  ASSIGN_OR_RETURN(int64_t id, ResolveSource(id_or_sha));
  return ReadSource(id, /*whole=*/true);
}

StatusOr<StoredSource> SqliteStore::GetSourceText(int64_t id) {
  return ReadSource(id, /*whole=*/false);
}

StatusOr<StoredSource> SqliteStore::ReadSource(int64_t id, bool whole) {
  StoredSource stored;
  {
    Statement& get = statements_.get_source;
    StatementScope scope(&get);
    get.BindInt64(1, id);
    ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) return NotFoundError(path_ + ": no source " + std::to_string(id));
    stored.summary = ReadSummary(get);
    stored.encoding = std::string(get.ColumnText(10));
    stored.url = std::string(get.ColumnText(11));
    stored.published = std::string(get.ColumnText(12));
    NormalizedDocument& doc = stored.document;
    const std::string where = path_ + ": source " + std::to_string(id);
    ASSIGN_OR_RETURN(doc.text, Decode(get.ColumnBlob(13), get.ColumnInt64(16), where + " text"));
    doc.language = stored.summary.language;
    // Origin map and sentence spans only when asked for (neither is decoded else).
    if (whole) {
      ASSIGN_OR_RETURN(const std::string origin,
                       Decode(get.ColumnBlob(14), get.ColumnInt64(17), where + " origin map"));
      if (!UnpackOrigin(origin, doc.text.size() + 1, &doc.origin) ||
          doc.origin.size() != doc.text.size() + 1) {
        return DataLossError(where + ": origin map does not match its text");
      }
      ASSIGN_OR_RETURN(const std::string sentences,
                       Decode(get.ColumnBlob(15), get.ColumnInt64(18), where + " sentence spans"));
      if (!UnpackSpans(sentences, &doc.sentences)) {
        return DataLossError(where + ": malformed sentence spans");
      }
    }
  }
  if (whole) RETURN_IF_ERROR(ReadSections(id, &stored.document));
  RETURN_IF_ERROR(ReadPassages(id, &stored.document));
  if (whole) AssignPassageLanguages(&stored.document);  // not stored: read off the text again
  if (stored.document.passages.size() != static_cast<size_t>(stored.summary.passages)) {
    return DataLossError(path_ + ": source " + std::to_string(id) + " has " +
                         std::to_string(stored.document.passages.size()) + " passages, expected " +
                         std::to_string(stored.summary.passages));
  }
  return stored;
}

Status SqliteStore::ReadSections(int64_t source_id, NormalizedDocument* document) {
  Statement& get = statements_.get_sections;
  StatementScope scope(&get);
  get.BindInt64(1, source_id);
  while (true) {
    ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) break;
    if (get.ColumnInt64(0) != static_cast<int64_t>(document->sections.size())) {
      return DataLossError(path_ + ": source " + std::to_string(source_id) +
                           ": sections are not numbered in order");
    }
    Section& section = document->sections.emplace_back();
    section.title = std::string(get.ColumnText(1));
    section.level = static_cast<int>(get.ColumnInt64(2));
    section.heading_passage = static_cast<int>(get.ColumnInt64(3));
  }
  return Status::Ok();
}

Status SqliteStore::ReadPassages(int64_t source_id, NormalizedDocument* document) {
  Statement& get = statements_.get_passages;
  StatementScope scope(&get);
  get.BindInt64(1, source_id);
  while (true) {
    ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) break;
    const std::string where = path_ + ": source " + std::to_string(source_id) + ": passage " +
                              std::to_string(document->passages.size());
    if (get.ColumnInt64(0) != static_cast<int64_t>(document->passages.size())) {
      return DataLossError(where + ": passages are not numbered in order");
    }
    Passage& passage = document->passages.emplace_back();
    passage.span.start = static_cast<uint32_t>(get.ColumnInt64(1));
    passage.span.end = static_cast<uint32_t>(get.ColumnInt64(2));
    if (passage.span.start > passage.span.end || passage.span.end > document->text.size()) {
      return DataLossError(where + ": span lies outside the text");
    }
    passage.kind = get.ColumnText(3) == PassageKindName(PassageKind::kHeading)
                       ? PassageKind::kHeading
                       : PassageKind::kParagraph;
    passage.section = static_cast<int>(get.ColumnInt64(4));
    passage.first_sentence = static_cast<int>(get.ColumnInt64(5));
    passage.sentence_count = static_cast<int>(get.ColumnInt64(6));
    if (get.ColumnIsNull(7)) continue;
    DuplicateRef& ref = passage.duplicate_of.emplace();
    const int64_t referenced = get.ColumnInt64(7);
    if (referenced != source_id) {  // a repeat within the source names no source
      ref.source_id = referenced;
      ref.source_sha256 = std::string(get.ColumnText(8));
    }
    ref.passage_index = static_cast<int>(get.ColumnInt64(9));
    ref.exact = get.ColumnInt64(10) != 0;
    ref.similarity = get.ColumnDouble(11);
  }
  return Status::Ok();
}

StatusOr<std::string> SqliteStore::GetRawBytes(int64_t source_id) {
  Statement& get = statements_.get_raw;
  StatementScope scope(&get);
  get.BindInt64(1, source_id);
  ASSIGN_OR_RETURN(bool row, get.Step());
  if (!row) return NotFoundError(path_ + ": no source " + std::to_string(source_id));
  return Decode(get.ColumnBlob(0), get.ColumnInt64(1),
                path_ + ": raw bytes of source " + std::to_string(source_id));
}

StatusOr<std::vector<SearchHit>> SqliteStore::Search(std::string_view query, int limit) {
  if (limit <= 0) {
    return InvalidArgumentError("search limit must be positive (got " + std::to_string(limit) +
                                ")");
  }
  const std::string match = BuildFtsQuery(query);
  std::vector<SearchHit> hits;
  if (match.empty()) return hits;  // nothing searchable: no word, number or phrase
  Statement& search = statements_.search;
  StatementScope scope(&search);
  search.BindText(1, match);
  search.BindInt64(2, limit);
  while (true) {
    ASSIGN_OR_RETURN(bool row, search.Step());
    if (!row) break;
    SearchHit& hit = hits.emplace_back();
    hit.source_id = search.ColumnInt64(0);
    hit.sha256 = std::string(search.ColumnText(1));
    hit.title = std::string(search.ColumnText(2));
    hit.path = std::string(search.ColumnText(3));
    hit.passage_index = static_cast<int>(search.ColumnInt64(4));
    hit.section = std::string(search.ColumnText(5));
    hit.snippet = std::string(search.ColumnText(6));
    hit.score = -search.ColumnDouble(7);  // bm25: lower is better
    hit.duplicate = search.ColumnInt64(8) != 0;
  }
  return hits;
}

}  // namespace dossier::store_internal
