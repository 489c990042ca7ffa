// Opening a PostgreSQL store and its write path. Reads are in
// pg_store_reads.cc, the entity tables in pg_store_entities.cc, the schema
// in pg_schema.cc.
#include <algorithm>
#include <string>
#include <utility>

#include "store/internal/near_duplicates.h"
#include "store/internal/packing.h"
#include "store/internal/source_checks.h"
#include "store/postgres/pg_schema.h"
#include "store/postgres/pg_store_impl.h"
#include "store/postgres_store.h"

namespace dossier {
namespace store_internal {
namespace {

constexpr char kFindExact[] =
    "SELECT p.source_id, s.sha256, p.idx FROM first_occurrences f "
    "JOIN passages p ON p.id = f.passage_id JOIN sources s ON s.id = p.source_id "
    "WHERE f.exact_key = $1::int8";

constexpr char kFindBandCandidates[] =
    "SELECT DISTINCT p.id, p.source_id, s.sha256, p.idx, p.exact_key, " DOSSIER_PG_PASSAGE_TEXT
    " FROM lsh_bands b JOIN passages p ON p.id = b.passage_id JOIN sources s ON s.id = "
    "p.source_id WHERE b.band_key = ANY($1::int8[])";

constexpr char kInsertSource[] =
    "INSERT INTO sources(sha256, path, kind, encoding, title, url, published, language, bytes, "
    "passage_count, duplicate_count, ingested_at, text, origin, sentences, raw) VALUES ($1, $2, "
    "$3, $4, $5, $6, $7, $8, $9::int8, $10::int4, $11::int4, coalesce(nullif($12, ''), "
    "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')), $13, $14, $15, $16) "
    "ON CONFLICT (sha256) DO NOTHING RETURNING id";

constexpr char kInsertSections[] =
    "INSERT INTO sections(source_id, idx, title, level, heading_passage) SELECT $1::int8, t.* "
    "FROM unnest($2::int4[], $3::text[], $4::int4[], $5::int4[]) AS t";

constexpr char kInsertPassages[] =
    "INSERT INTO passages(source_id, idx, span_start, span_end, kind, section, first_sentence, "
    "sentence_count, exact_key, dup_source_id, dup_passage_idx, dup_exact, dup_similarity, "
    "search) SELECT $1::int8, t.idx, t.span_start, t.span_end, t.kind, t.section, "
    "t.first_sentence, t.sentence_count, t.exact_key, t.dup_source_id, t.dup_passage_idx, "
    "t.dup_exact::boolean, t.dup_similarity, to_tsvector('dossier_search', t.body) "
    "FROM unnest($2::int4[], $3::int4[], $4::int4[], $5::text[], $6::int4[], $7::int4[], "
    "$8::int4[], $9::int8[], $10::int8[], $11::int4[], $12::int4[], $13::float8[], $14::text[]) "
    "AS t(idx, span_start, span_end, kind, section, first_sentence, sentence_count, exact_key, "
    "dup_source_id, dup_passage_idx, dup_exact, dup_similarity, body) "
    "ORDER BY t.idx RETURNING id, idx";

constexpr char kInsertBands[] =
    "INSERT INTO lsh_bands(band_key, passage_id) SELECT * FROM unnest($1::int8[], $2::int8[]) "
    "ON CONFLICT DO NOTHING";

// In key order, so that two writers claiming overlapping keys wait on each
// other in one direction and never deadlock.
constexpr char kClaimFirstOccurrences[] =
    "INSERT INTO first_occurrences(exact_key, passage_id) SELECT t.k, t.p FROM "
    "unnest($1::int8[], $2::int8[]) AS t(k, p) ORDER BY t.k "
    "ON CONFLICT (exact_key) DO NOTHING RETURNING exact_key";

constexpr char kFindClaim[] =
    "SELECT p.source_id, p.idx FROM first_occurrences f JOIN passages p ON p.id = f.passage_id "
    "WHERE f.exact_key = $1::int8";

}  // namespace

Status PostgresStore::BeginWrite(PgTransaction* transaction, bool changes_link_inputs) {
  RETURN_IF_ERROR(transaction->Begin());
  if (!changes_link_inputs || linking_) return Status::Ok();
  PgParams lock;
  lock.Int(kPgLockSpace).Int(kPgLinkLock);
  return db_->Run("SELECT pg_advisory_xact_lock_shared($1::int4, $2::int4)", lock);
}

StatusOr<int64_t> PostgresStore::FindSourceId(std::string_view sha256) {
  PgParams params;
  params.Text(sha256);
  ASSIGN_OR_RETURN(
      PgResult row,
      db_->ExecPrepared("find_source", "SELECT id FROM sources WHERE sha256 = $1", params));
  return row.rows() == 0 ? int64_t{0} : row.Int(0, 0);
}

StatusOr<bool> PostgresStore::HasSource(std::string_view sha256) {
  ASSIGN_OR_RETURN(int64_t id, FindSourceId(sha256));
  return id != 0;
}

StatusOr<std::optional<StoredDuplicate>> PostgresStore::FindDuplicate(
    const PassageFingerprint& fingerprint, const DedupeOptions& options) {
  {
    PgParams params;
    params.Int(static_cast<int64_t>(fingerprint.exact_key));
    ASSIGN_OR_RETURN(PgResult exact, db_->ExecPrepared("find_exact", kFindExact, params));
    if (exact.rows() > 0) {
      return std::optional<StoredDuplicate>(
          StoredDuplicate{.source_id = exact.Int(0, 0),
                          .source_sha256 = exact.String(0, 1),
                          .passage_index = static_cast<int>(exact.Int(0, 2)),
                          .exact = true,
                          .similarity = 1});
    }
  }
  const std::vector<uint64_t> band_keys = LshBandKeys(fingerprint);
  if (band_keys.empty()) return std::optional<StoredDuplicate>();
  PgParams params;
  params.Text(IntArray(std::vector<int64_t>(band_keys.begin(), band_keys.end())));
  ASSIGN_OR_RETURN(PgResult rows, db_->ExecPrepared("find_bands", kFindBandCandidates, params));
  NearDuplicatePicker picker(fingerprint, options, name());
  for (int row = 0; row < rows.rows(); ++row) {
    RETURN_IF_ERROR(picker.Offer({.passage_id = rows.Int(row, 0),
                                  .source_id = rows.Int(row, 1),
                                  .source_sha256 = rows.Bytes(row, 2),
                                  .passage_index = static_cast<int>(rows.Int(row, 3)),
                                  .exact_key = static_cast<uint64_t>(rows.Int(row, 4)),
                                  .text = rows.Bytes(row, 5)}));
  }
  return picker.best();
}

Status PostgresStore::BeginBatch() {
  if (batch_open_) return FailedPreconditionError(name() + ": a batch is already open");
  batch_open_ = true;
  return Status::Ok();
}

Status PostgresStore::CommitBatch() {
  if (!batch_open_) return FailedPreconditionError(name() + ": no batch is open");
  batch_open_ = false;
  return Status::Ok();
}

Status PostgresStore::LinkExclusively(const std::function<Status()>& link) {
  if (batch_open_ || db_->InTransaction()) {
    return FailedPreconditionError(name() + ": cannot re-link with a batch open");
  }
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(transaction.Begin());
  // Read committed: after the lock is granted, every statement sees all
  // that the writers who held the shared lock committed.
  PgParams lock;
  lock.Int(kPgLockSpace).Int(kPgLinkLock);
  RETURN_IF_ERROR(db_->Run("SELECT pg_advisory_xact_lock($1::int4, $2::int4)", lock));
  linking_ = true;
  Status linked = link();
  linking_ = false;
  RETURN_IF_ERROR(linked);
  return transaction.Commit();
}

StatusOr<int64_t> PostgresStore::AddSource(const SourceToStore& source) {
  RETURN_IF_ERROR(ValidateSource(source));
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginWrite(&transaction, /*changes_link_inputs=*/true));
  ASSIGN_OR_RETURN(int64_t id, WriteSource(source));
  RETURN_IF_ERROR(WritePassages(source, id));
  RETURN_IF_ERROR(
      WriteExtraction(id, source.extraction_json, source.extractor_version, source.entities));
  RETURN_IF_ERROR(transaction.Commit());
  return id;
}

StatusOr<int64_t> PostgresStore::WriteSource(const SourceToStore& source) {
  const NormalizedDocument& doc = *source.document;
  std::string scratch;
  PgParams params;
  params.Text(source.sha256)
      .Text(source.path)
      .Text(source.kind)
      .Text(source.encoding)
      .Text(source.title)
      .Text(source.url)
      .Text(source.published)
      .Text(doc.language)
      .Int(static_cast<int64_t>(source.raw.size()))
      .Int(static_cast<int64_t>(doc.passages.size()))
      .Int(CountDuplicates(doc))
      .Text(source.ingested_at)
      .Bytes(doc.text)
      .Bytes(PackOrigin(doc.origin))
      .Bytes(PackSpans(doc.sentences, &scratch))
      .Bytes(source.raw);
  ASSIGN_OR_RETURN(PgResult inserted, db_->ExecPrepared("insert_source", kInsertSource, params));
  if (inserted.rows() == 0) {
    // Another writer holds these bytes (committed: ON CONFLICT waited).
    ASSIGN_OR_RETURN(int64_t existing, FindSourceId(source.sha256));
    return AlreadyExistsError(source.path + ": already stored as source " +
                              std::to_string(existing) + " (" + source.sha256.substr(0, 12) + ")");
  }
  const int64_t id = inserted.Int(0, 0);
  if (doc.sections.empty()) return id;
  std::vector<int64_t> indices, levels, headings;
  std::vector<std::string_view> titles;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    indices.push_back(static_cast<int64_t>(i));
    titles.push_back(doc.sections[i].title);
    levels.push_back(doc.sections[i].level);
    headings.push_back(doc.sections[i].heading_passage);
  }
  PgParams sections;
  sections.Int(id)
      .Text(IntArray(indices))
      .Text(TextArray(titles))
      .Text(IntArray(levels))
      .Text(IntArray(headings));
  RETURN_IF_ERROR(db_->ExecPrepared("insert_sections", kInsertSections, sections).status());
  return id;
}

Status PostgresStore::WritePassages(const SourceToStore& source, int64_t source_id) {
  const NormalizedDocument& doc = *source.document;
  MarkedSources marked(source_id, source.path,
                       [&](std::string_view sha256) { return FindSourceId(sha256); });
  const size_t n = doc.passages.size();
  std::vector<int64_t> idx(n), start(n), end(n), section(n), first(n), count(n), key(n);
  std::vector<int64_t> dup_source(n), dup_index(n), dup_exact(n);
  std::vector<double> dup_similarity(n);
  std::vector<bool> unmarked(n);
  std::vector<std::string_view> kinds(n), bodies(n);
  for (size_t i = 0; i < n; ++i) {
    const Passage& passage = doc.passages[i];
    idx[i] = static_cast<int64_t>(i);
    start[i] = passage.span.start;
    end[i] = passage.span.end;
    kinds[i] = PassageKindName(passage.kind);
    section[i] = passage.section;
    first[i] = passage.first_sentence;
    count[i] = passage.sentence_count;
    key[i] = static_cast<int64_t>((*source.fingerprints)[i].exact_key);
    bodies[i] = std::string_view(doc.text).substr(passage.span.start, passage.span.size());
    unmarked[i] = !passage.duplicate_of.has_value();
    if (unmarked[i]) continue;
    const DuplicateRef& ref = *passage.duplicate_of;
    ASSIGN_OR_RETURN(dup_source[i], marked.Resolve(ref));
    dup_index[i] = ref.passage_index;
    dup_exact[i] = ref.exact ? 1 : 0;
    dup_similarity[i] = ref.similarity;
  }
  PgParams params;
  params.Int(source_id)
      .Text(IntArray(idx))
      .Text(IntArray(start))
      .Text(IntArray(end))
      .Text(TextArray(kinds))
      .Text(IntArray(section))
      .Text(IntArray(first))
      .Text(IntArray(count))
      .Text(IntArray(key))
      .Text(IntArray(dup_source, &unmarked))
      .Text(IntArray(dup_index, &unmarked))
      .Text(IntArray(dup_exact, &unmarked))
      .Text(DoubleArray(dup_similarity, &unmarked))
      .Text(TextArray(bodies));
  ASSIGN_OR_RETURN(PgResult ids, db_->ExecPrepared("insert_passages", kInsertPassages, params));
  std::vector<int64_t> passage_ids(n);
  for (int row = 0; row < ids.rows(); ++row) passage_ids[ids.Int(row, 1)] = ids.Int(row, 0);

  // Only first occurrences are candidates.
  std::vector<int64_t> band_keys, band_passages, first_keys, first_passages;
  std::vector<int> first_indices;
  for (size_t i = 0; i < n; ++i) {
    if (!unmarked[i]) continue;
    first_keys.push_back(key[i]);
    first_passages.push_back(passage_ids[i]);
    first_indices.push_back(static_cast<int>(i));
    for (uint64_t band : LshBandKeys((*source.fingerprints)[i])) {
      band_keys.push_back(static_cast<int64_t>(band));
      band_passages.push_back(passage_ids[i]);
    }
  }
  if (!band_keys.empty()) {
    PgParams bands;
    bands.Text(IntArray(band_keys)).Text(IntArray(band_passages));
    RETURN_IF_ERROR(db_->ExecPrepared("insert_bands", kInsertBands, bands).status());
  }
  if (first_keys.empty()) return Status::Ok();
  if (source.keep_marks) {
    PgParams claims;
    claims.Text(IntArray(first_keys)).Text(IntArray(first_passages));
    return db_->ExecPrepared("claim_first", kClaimFirstOccurrences, claims).status();
  }
  return ClaimFirstOccurrences(source, first_keys, first_passages, first_indices);
}

Status PostgresStore::ClaimFirstOccurrences(const SourceToStore& source,
                                            const std::vector<int64_t>& keys,
                                            const std::vector<int64_t>& passage_ids,
                                            const std::vector<int>& indices) {
  PgParams claims;
  claims.Text(IntArray(keys)).Text(IntArray(passage_ids));
  ASSIGN_OR_RETURN(PgResult claimed,
                   db_->ExecPrepared("claim_first", kClaimFirstOccurrences, claims));
  std::vector<int64_t> distinct = keys;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  if (static_cast<size_t>(claimed.rows()) == distinct.size()) return Status::Ok();
  std::vector<int64_t> won;
  for (int row = 0; row < claimed.rows(); ++row) won.push_back(claimed.Int(row, 0));
  std::sort(won.begin(), won.end());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (std::binary_search(won.begin(), won.end(), keys[i])) continue;
    PgParams find;
    find.Int(keys[i]);
    ASSIGN_OR_RETURN(PgResult owner, db_->ExecPrepared("find_claim", kFindClaim, find));
    if (owner.rows() == 0) break;  // claimed by a writer that rolled back since: retry
    return RepeatsStoredError(source.path, indices[i], owner.Int(0, 0), owner.Int(0, 1));
  }
  return AbortedError(source.path + ": a first occurrence was claimed by another writer; retry");
}

}  // namespace store_internal

bool IsPostgresUri(std::string_view db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

StatusOr<std::unique_ptr<EvidenceStore>> OpenPostgresStore(std::string_view uri,
                                                           const PostgresStoreOptions& options) {
  if (!IsPostgresUri(uri)) {
    return InvalidArgumentError(std::string(uri) +
                                ": not a PostgreSQL URI (postgresql://... or postgres://...)");
  }
  ASSIGN_OR_RETURN(std::unique_ptr<store_internal::PgConnection> db,
                   store_internal::PgConnection::Connect(uri));
  RETURN_IF_ERROR(db->RunScript(std::string("SET synchronous_commit = ") +
                                (options.fully_synchronous ? "on" : "off") +
                                "; SET client_min_messages = warning"));
  RETURN_IF_ERROR(store_internal::OpenPgSchema(db.get(), {.must_exist = options.must_exist}));
  return std::unique_ptr<EvidenceStore>(
      std::make_unique<store_internal::PostgresStore>(std::move(db)));
}

}  // namespace dossier
