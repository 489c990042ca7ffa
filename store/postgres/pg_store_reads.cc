// PostgresStore's read path: listing sources, rebuilding a stored document,
// raw bytes and full-text search.
#include <string>
#include <utility>

#include "store/internal/fts_query.h"
#include "store/internal/packing.h"
#include "store/internal/source_checks.h"
#include "store/postgres/pg_store_impl.h"
#include "text/language.h"

namespace dossier::store_internal {
namespace {

constexpr char kSummaryColumns[] =
    "id, sha256, path, title, kind, language, bytes, passage_count, duplicate_count, ingested_at";

// Fills the SourceSummary of kSummaryColumns (columns 0-9).
SourceSummary ReadSummary(const PgResult& rows, int row) {
  return SourceSummary{.id = rows.Int(row, 0),
                       .sha256 = rows.String(row, 1),
                       .path = rows.String(row, 2),
                       .title = rows.String(row, 3),
                       .kind = rows.String(row, 4),
                       .language = rows.String(row, 5),
                       .bytes = static_cast<uint64_t>(rows.Int(row, 6)),
                       .passages = static_cast<int>(rows.Int(row, 7)),
                       .duplicates = static_cast<int>(rows.Int(row, 8)),
                       .ingested_at = rows.String(row, 9)};
}

// The hits of a query, best first: the terms (ParseSearchTerms) become one
// tsquery, each a phrase (phraseto_tsquery), its last word a prefix when
// typed with *; terms without a word are dropped. Snippets are cut by
// ts_headline between \x01 and \x02 (SearchHit::snippet's form is made
// from them in C++).
constexpr char kSearch[] = R"sql(
WITH terms AS (
  SELECT phraseto_tsquery('dossier_search', t.term) AS q, t.prefix
  FROM unnest($1::text[], $2::int4[]) AS t(term, prefix)),
query AS (
  SELECT string_agg('(' || CASE WHEN prefix <> 0 THEN q::text || ':*' ELSE q::text END || ')',
                    ' & ')::tsquery AS q
  FROM terms WHERE numnode(q) > 0),
hits AS (
  SELECT p.id, p.source_id, p.idx, p.section, p.span_start, p.span_end,
         ts_rank(p.search, query.q) AS rank, p.dup_source_id IS NOT NULL AS duplicate, query.q
  FROM query, passages p
  WHERE query.q IS NOT NULL AND p.search @@ query.q
  ORDER BY rank DESC, p.id LIMIT $3::int8),
texts AS (  -- cut from the source's text for the hits only: it is read whole
  SELECT p.*, s.sha256, s.title, s.path, )sql" DOSSIER_PG_PASSAGE_TEXT R"sql( AS body
  FROM hits p JOIN sources s ON s.id = p.source_id)
SELECT h.source_id, h.sha256, h.title, h.path, h.idx, coalesce(sec.title, ''), h.rank::float8,
       h.duplicate, h.body,
       ts_headline('dossier_search', h.body, h.q,
                   'StartSel=' || chr(1) || ', StopSel=' || chr(2) ||
                   ', MaxWords=64, MinWords=63, ShortWord=0')
FROM texts h LEFT JOIN sections sec ON sec.source_id = h.source_id AND sec.idx = h.section
ORDER BY h.rank DESC, h.id
)sql";

// SearchHit::snippet from a ts_headline fragment of `body` with matches
// between \x01 and \x02: matches in [ and ], "…" where the fragment cuts the
// passage.
std::string Snippet(std::string_view body, std::string_view fragment) {
  std::string plain, marked;
  for (char c : fragment) {
    if (c == '\x01' || c == '\x02') {
      marked.push_back(c == '\x01' ? '[' : ']');
      continue;
    }
    plain.push_back(c);
    marked.push_back(c);
  }
  const size_t at = body.find(plain);
  std::string out;
  if (at == std::string_view::npos) return marked;
  if (at > 0) out += "\u2026";
  out += marked;
  if (at + plain.size() < body.size()) out += "\u2026";
  return out;
}

}  // namespace

StatusOr<std::vector<SourceSummary>> PostgresStore::ListSources() {
  ASSIGN_OR_RETURN(PgResult rows, db_->Exec(std::string("SELECT ") + kSummaryColumns +
                                            " FROM sources ORDER BY id"));
  std::vector<SourceSummary> sources;
  for (int row = 0; row < rows.rows(); ++row) sources.push_back(ReadSummary(rows, row));
  return sources;
}

StatusOr<StoredSource> PostgresStore::GetSource(std::string_view id_or_sha) {
  const SourceLookups lookups{
      .exists = [&](int64_t id) -> StatusOr<bool> {
        PgParams params;
        params.Int(id);
        ASSIGN_OR_RETURN(PgResult row,
                         db_->ExecPrepared("source_exists",
                                           "SELECT 1 FROM sources WHERE id = $1::int8", params));
        return row.rows() > 0;
      },
      .by_sha_range = [&](const std::string& low,
                          const std::string& high) -> StatusOr<std::vector<int64_t>> {
        PgParams params;
        params.Text(low).Text(high);
        ASSIGN_OR_RETURN(PgResult rows,
                         db_->Exec("SELECT id FROM sources WHERE sha256 >= $1 AND sha256 < $2 "
                                   "ORDER BY sha256 LIMIT 2",
                                   params));
        std::vector<int64_t> ids;
        for (int row = 0; row < rows.rows(); ++row) ids.push_back(rows.Int(row, 0));
        return ids;
      }};
  ASSIGN_OR_RETURN(int64_t id, ResolveSourceRef(id_or_sha, name(), lookups));
  return ReadSource(id, /*whole=*/true);
}

StatusOr<StoredSource> PostgresStore::GetSourceText(int64_t id) {
  return ReadSource(id, /*whole=*/false);
}

StatusOr<StoredSource> PostgresStore::ReadSource(int64_t id, bool whole) {
  StoredSource stored;
  {
    PgParams params;
    params.Int(id);
    // Origin map and sentence spans only when asked for (not even fetched else).
    ASSIGN_OR_RETURN(
        PgResult row,
        whole ? db_->ExecPrepared("get_source",
                                  std::string("SELECT ") + kSummaryColumns +
                                      ", encoding, url, published, text, origin, sentences FROM "
                                      "sources WHERE id = $1::int8",
                                  params)
              : db_->ExecPrepared("get_source_text",
                                  std::string("SELECT ") + kSummaryColumns +
                                      ", encoding, url, published, text FROM "
                                      "sources WHERE id = $1::int8",
                                  params));
    if (row.rows() == 0) return NotFoundError(name() + ": no source " + std::to_string(id));
    stored.summary = ReadSummary(row, 0);
    stored.encoding = row.String(0, 10);
    stored.url = row.String(0, 11);
    stored.published = row.String(0, 12);
    NormalizedDocument& doc = stored.document;
    const std::string where = name() + ": source " + std::to_string(id);
    doc.text = row.String(0, 13);
    doc.language = stored.summary.language;
    if (whole) {
      if (!UnpackOrigin(row.Bytes(0, 14), doc.text.size() + 1, &doc.origin) ||
          doc.origin.size() != doc.text.size() + 1) {
        return DataLossError(where + ": origin map does not match its text");
      }
      if (!UnpackSpans(row.Bytes(0, 15), &doc.sentences)) {
        return DataLossError(where + ": malformed sentence spans");
      }
    }
  }
  if (whole) RETURN_IF_ERROR(ReadSections(id, &stored.document));
  RETURN_IF_ERROR(ReadPassages(id, &stored.document));
  if (whole) AssignPassageLanguages(&stored.document);  // not stored: read off the text again
  if (stored.document.passages.size() != static_cast<size_t>(stored.summary.passages)) {
    return DataLossError(name() + ": source " + std::to_string(id) + " has " +
                         std::to_string(stored.document.passages.size()) + " passages, expected " +
                         std::to_string(stored.summary.passages));
  }
  return stored;
}

Status PostgresStore::ReadSections(int64_t source_id, NormalizedDocument* document) {
  PgParams params;
  params.Int(source_id);
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->ExecPrepared("get_sections",
                        "SELECT idx, title, level, heading_passage FROM sections WHERE "
                        "source_id = $1::int8 ORDER BY idx",
                        params));
  for (int row = 0; row < rows.rows(); ++row) {
    if (rows.Int(row, 0) != row) {
      return DataLossError(name() + ": source " + std::to_string(source_id) +
                           ": sections are not numbered in order");
    }
    document->sections.push_back(Section{.title = rows.String(row, 1),
                                         .level = static_cast<int>(rows.Int(row, 2)),
                                         .heading_passage = static_cast<int>(rows.Int(row, 3))});
  }
  return Status::Ok();
}

Status PostgresStore::ReadPassages(int64_t source_id, NormalizedDocument* document) {
  PgParams params;
  params.Int(source_id);
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->ExecPrepared(
          "get_passages",
          "SELECT p.idx, p.span_start, p.span_end, p.kind, p.section, p.first_sentence, "
          "p.sentence_count, p.dup_source_id, d.sha256, p.dup_passage_idx, p.dup_exact, "
          "p.dup_similarity FROM passages p LEFT JOIN sources d ON d.id = p.dup_source_id "
          "WHERE p.source_id = $1::int8 ORDER BY p.idx",
          params));
  for (int row = 0; row < rows.rows(); ++row) {
    const std::string where =
        name() + ": source " + std::to_string(source_id) + ": passage " + std::to_string(row);
    if (rows.Int(row, 0) != row)
      return DataLossError(where + ": passages are not numbered in order");
    Passage& passage = document->passages.emplace_back();
    passage.span.start = static_cast<uint32_t>(rows.Int(row, 1));
    passage.span.end = static_cast<uint32_t>(rows.Int(row, 2));
    if (passage.span.start > passage.span.end || passage.span.end > document->text.size()) {
      return DataLossError(where + ": span lies outside the text");
    }
    passage.kind = rows.Bytes(row, 3) == PassageKindName(PassageKind::kHeading)
                       ? PassageKind::kHeading
                       : PassageKind::kParagraph;
    passage.section = static_cast<int>(rows.Int(row, 4));
    passage.first_sentence = static_cast<int>(rows.Int(row, 5));
    passage.sentence_count = static_cast<int>(rows.Int(row, 6));
    if (rows.IsNull(row, 7)) continue;
    DuplicateRef& ref = passage.duplicate_of.emplace();
    const int64_t referenced = rows.Int(row, 7);
    if (referenced != source_id) {  // a repeat within the source names no source
      ref.source_id = referenced;
      ref.source_sha256 = rows.String(row, 8);
    }
    ref.passage_index = static_cast<int>(rows.Int(row, 9));
    ref.exact = rows.Bool(row, 10);
    ref.similarity = rows.Double(row, 11);
  }
  return Status::Ok();
}

StatusOr<std::string> PostgresStore::GetRawBytes(int64_t source_id) {
  PgParams params;
  params.Int(source_id);
  ASSIGN_OR_RETURN(PgResult row, db_->Exec("SELECT raw FROM sources WHERE id = $1::int8", params));
  if (row.rows() == 0) return NotFoundError(name() + ": no source " + std::to_string(source_id));
  return row.String(0, 0);
}

StatusOr<std::vector<SearchHit>> PostgresStore::Search(std::string_view query, int limit) {
  if (limit <= 0) {
    return InvalidArgumentError("search limit must be positive (got " + std::to_string(limit) +
                                ")");
  }
  std::vector<SearchHit> hits;
  const std::vector<SearchTerm> terms = ParseSearchTerms(query);
  if (terms.empty()) return hits;  // nothing searchable: no word, number or phrase
  std::vector<std::string_view> texts;
  std::vector<int64_t> prefixes;
  for (const SearchTerm& term : terms) {
    texts.push_back(term.text);
    prefixes.push_back(term.prefix ? 1 : 0);
  }
  PgParams params;
  params.Text(TextArray(texts)).Text(IntArray(prefixes)).Int(limit);
  ASSIGN_OR_RETURN(PgResult rows, db_->ExecPrepared("search", kSearch, params));
  for (int row = 0; row < rows.rows(); ++row) {
    hits.push_back(SearchHit{.source_id = rows.Int(row, 0),
                             .sha256 = rows.String(row, 1),
                             .title = rows.String(row, 2),
                             .path = rows.String(row, 3),
                             .passage_index = static_cast<int>(rows.Int(row, 4)),
                             .section = rows.String(row, 5),
                             .snippet = Snippet(rows.Bytes(row, 8), rows.Bytes(row, 9)),
                             .score = rows.Double(row, 6),
                             .duplicate = rows.Bool(row, 7)});
  }
  return hits;
}

}  // namespace dossier::store_internal
