// Opening a SQLite store and its write path. Reads are in
// internal/sqlite_store_reads.cc, the schema in internal/schema.cc.
#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

#include "store/internal/compression.h"
#include "store/internal/near_duplicates.h"
#include "store/internal/packing.h"
#include "store/internal/schema.h"
#include "store/internal/source_checks.h"
#include "store/internal/sqlite_store_impl.h"
#include "store/internal/sqlite_util.h"

namespace dossier {
namespace store_internal {
namespace {

// lsh_bands keeps the low 31 bits of each band key (schema version 4): a
// SQLite integer of four bytes instead of eight. Keys that collide there
// only bring a candidate that NearDuplicatePicker compares and drops.
constexpr uint64_t kBandKeyMask = 0x7fffffff;

}  // namespace

StatusOr<std::unique_ptr<SqliteStore>> SqliteStore::Create(SqliteHandle db, std::string path) {
  std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(db), std::move(path)));
  RETURN_IF_ERROR(store->PrepareStatements());
  return store;
}

Status SqliteStore::PrepareStatements() {
  sqlite3* db = db_.get();
  struct Entry {
    Statement* statement;
    const char* sql;
  };
  Statements& s = statements_;
  const Entry entries[] = {
      {&s.find_source_by_sha, "SELECT id FROM sources WHERE sha256 = ?1"},
      {&s.insert_source,
       "INSERT INTO sources(sha256, path, kind, encoding, title, url, published, language, bytes, "
       "passage_count, duplicate_count, ingested_at, text, origin, sentences, raw, codec, "
       "text_codec, origin_codec, sentences_codec) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
       "?10, ?11, coalesce(nullif(?18, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?12, ?13, "
       "?14, ?15, ?16, ?17, ?19, ?20)"},
      {&s.insert_section,
       "INSERT INTO sections(source_id, idx, title, level, heading_passage) VALUES (?1, ?2, ?3, "
       "?4, ?5)"},
      {&s.insert_passage,
       "INSERT INTO passages(source_id, idx, span_start, span_end, kind, section, first_sentence, "
       "sentence_count, exact_key, minhash, dup_source_id, dup_passage_idx, dup_exact, "
       "dup_similarity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
      {&s.insert_fts, "INSERT INTO passages_fts(rowid, text) VALUES (?1, ?2)"},
      {&s.insert_band, "INSERT OR IGNORE INTO lsh_bands(band_key, passage_id) VALUES (?1, ?2)"},
      {&s.find_exact,
       "SELECT p.source_id, s.sha256, p.idx FROM passages p JOIN sources s ON s.id = p.source_id "
       "WHERE p.exact_key = ?1 AND p.dup_source_id IS NULL ORDER BY p.id LIMIT 1"},
      {&s.find_band_candidates,
       "SELECT DISTINCT p.id, p.source_id, s.sha256, p.idx, p.exact_key, "
       "CAST(substr(CAST(dossier_text(s.text, s.text_codec) AS BLOB), p.span_start + 1, "
       "p.span_end - p.span_start) AS TEXT) FROM lsh_bands b "
       "JOIN passages p ON p.id = b.passage_id JOIN sources s ON s.id = p.source_id "
       "WHERE b.band_key IN (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
       "?16)"},
      {&s.list_sources,
       "SELECT id, sha256, path, title, kind, language, bytes, passage_count, duplicate_count, "
       "ingested_at FROM sources ORDER BY id"},
      {&s.source_exists, "SELECT 1 FROM sources WHERE id = ?1"},
      {&s.get_source,
       "SELECT id, sha256, path, title, kind, language, bytes, passage_count, duplicate_count, "
       "ingested_at, encoding, url, published, text, origin, sentences, text_codec, "
       "origin_codec, sentences_codec FROM sources WHERE id = ?1"},
      {&s.find_source_by_sha_prefix,
       "SELECT id FROM sources WHERE sha256 >= ?1 AND sha256 < ?2 ORDER BY sha256 LIMIT 2"},
      {&s.get_sections,
       "SELECT idx, title, level, heading_passage FROM sections WHERE source_id = ?1 ORDER BY idx"},
      {&s.get_passages,
       "SELECT p.idx, p.span_start, p.span_end, p.kind, p.section, p.first_sentence, "
       "p.sentence_count, p.dup_source_id, d.sha256, p.dup_passage_idx, p.dup_exact, "
       "p.dup_similarity FROM passages p LEFT JOIN sources d ON d.id = p.dup_source_id "
       "WHERE p.source_id = ?1 ORDER BY p.idx"},
      {&s.get_raw, "SELECT raw, codec FROM sources WHERE id = ?1"},
      {&s.search,
       "SELECT p.source_id, s.sha256, s.title, s.path, p.idx, coalesce(sec.title, ''), "
       "snippet(passages_fts, 0, '[', ']', '\u2026', 64), passages_fts.rank, "
       "p.dup_source_id IS NOT NULL FROM passages_fts "
       "JOIN passages p ON p.id = passages_fts.rowid JOIN sources s ON s.id = p.source_id "
       "LEFT JOIN sections sec ON sec.source_id = p.source_id AND sec.idx = p.section "
       "WHERE passages_fts MATCH ?1 ORDER BY passages_fts.rank, p.id LIMIT ?2"},
  };
  for (const Entry& entry : entries) {
    ASSIGN_OR_RETURN(*entry.statement, Statement::Prepare(db, path_, entry.sql));
  }
  return PrepareEntityStatements();
}

StatusOr<int64_t> SqliteStore::FindSourceId(std::string_view sha256) {
  Statement& find = statements_.find_source_by_sha;
  StatementScope scope(&find);
  find.BindText(1, sha256);
  ASSIGN_OR_RETURN(bool row, find.Step());
  return row ? find.ColumnInt64(0) : int64_t{0};
}

StatusOr<bool> SqliteStore::HasSource(std::string_view sha256) {
  ASSIGN_OR_RETURN(int64_t id, FindSourceId(sha256));
  return id != 0;
}

StatusOr<std::optional<StoredDuplicate>> SqliteStore::FindDuplicate(
    const PassageFingerprint& fingerprint, const DedupeOptions& options) {
  {
    Statement& exact = statements_.find_exact;
    StatementScope scope(&exact);
    exact.BindInt64(1, static_cast<int64_t>(fingerprint.exact_key));
    ASSIGN_OR_RETURN(bool row, exact.Step());
    if (row) {
      return std::optional<StoredDuplicate>(
          StoredDuplicate{.source_id = exact.ColumnInt64(0),
                          .source_sha256 = std::string(exact.ColumnText(1)),
                          .passage_index = static_cast<int>(exact.ColumnInt64(2)),
                          .exact = true,
                          .similarity = 1});
    }
  }
  const std::vector<uint64_t> band_keys = LshBandKeys(fingerprint);
  if (band_keys.empty()) return std::optional<StoredDuplicate>();

  Statement& candidates = statements_.find_band_candidates;
  StatementScope scope(&candidates);
  for (int band = 0; band < kLshBands; ++band) {
    candidates.BindInt64(band + 1, static_cast<int64_t>(band_keys[band] & kBandKeyMask));
  }
  NearDuplicatePicker picker(fingerprint, options, path_);
  while (true) {
    ASSIGN_OR_RETURN(bool row, candidates.Step());
    if (!row) break;
    RETURN_IF_ERROR(picker.Offer({.passage_id = candidates.ColumnInt64(0),
                                  .source_id = candidates.ColumnInt64(1),
                                  .source_sha256 = candidates.ColumnText(2),
                                  .passage_index = static_cast<int>(candidates.ColumnInt64(3)),
                                  .exact_key = static_cast<uint64_t>(candidates.ColumnInt64(4)),
                                  .text = candidates.ColumnText(5)}));
  }
  return picker.best();
}

Status SqliteStore::BeginBatch() {
  if (sqlite3_get_autocommit(db_.get()) == 0) {
    return FailedPreconditionError(path_ + ": a batch is already open");
  }
  return Exec(db_.get(), path_, "BEGIN IMMEDIATE");
}

Status SqliteStore::CommitBatch() {
  if (sqlite3_get_autocommit(db_.get()) != 0) {
    return FailedPreconditionError(path_ + ": no batch is open");
  }
  return Exec(db_.get(), path_, "COMMIT");
}

Status SqliteStore::LinkExclusively(const std::function<Status()>& link) {
  if (sqlite3_get_autocommit(db_.get()) == 0) {
    return FailedPreconditionError(path_ + ": cannot re-link with a batch open");
  }
  // The write lock keeps every other process from committing until the
  // re-link is stored; the reads inside see one state.
  RETURN_IF_ERROR(Exec(db_.get(), path_, "BEGIN IMMEDIATE"));
  linking_ = true;
  Status linked = link();
  linking_ = false;
  if (linked.ok()) linked = Exec(db_.get(), path_, "COMMIT");
  if (!linked.ok() && sqlite3_get_autocommit(db_.get()) == 0) {
    Exec(db_.get(), path_, "ROLLBACK").IgnoreError();
  }
  return linked;
}

SqliteStore::~SqliteStore() {
  if (db_ != nullptr && sqlite3_get_autocommit(db_.get()) == 0) CommitBatch().IgnoreError();
}

StatusOr<int64_t> SqliteStore::AddSource(const SourceToStore& source) {
  RETURN_IF_ERROR(ValidateSource(source));
  Transaction transaction(db_.get(), path_);
  RETURN_IF_ERROR(transaction.Begin());
  ASSIGN_OR_RETURN(int64_t existing, FindSourceId(source.sha256));
  if (existing != 0) {
    return AlreadyExistsError(source.path + ": already stored as source " +
                              std::to_string(existing) + " (" + source.sha256.substr(0, 12) + ")");
  }
  if (!source.keep_marks) RETURN_IF_ERROR(CheckFirstOccurrences(source));
  int64_t id = 0;
  RETURN_IF_ERROR(WriteSource(source, &id));
  RETURN_IF_ERROR(WritePassages(source, id));
  RETURN_IF_ERROR(
      WriteExtraction(id, source.extraction_json, source.extractor_version, source.entities));
  RETURN_IF_ERROR(transaction.Commit());
  return id;
}

Status SqliteStore::CheckFirstOccurrences(const SourceToStore& source) {
  // Under the write lock (AddSource's transaction): no other process can
  // store a first occurrence between this check and the commit.
  const NormalizedDocument& doc = *source.document;
  Statement& exact = statements_.find_exact;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    if (doc.passages[i].duplicate_of.has_value()) continue;
    StatementScope scope(&exact);
    exact.BindInt64(1, static_cast<int64_t>((*source.fingerprints)[i].exact_key));
    ASSIGN_OR_RETURN(bool row, exact.Step());
    if (row) return RepeatsStoredError(source.path, i, exact.ColumnInt64(0), exact.ColumnInt64(2));
  }
  return Status::Ok();
}

Status SqliteStore::WriteSource(const SourceToStore& source, int64_t* id) {
  const NormalizedDocument& doc = *source.document;
  const int duplicates = CountDuplicates(doc);

  std::string sentence_scratch;
  Statement& insert = statements_.insert_source;
  {
    StatementScope scope(&insert);
    insert.BindText(1, source.sha256);
    insert.BindText(2, source.path);
    insert.BindText(3, source.kind);
    insert.BindText(4, source.encoding);
    insert.BindText(5, source.title);
    insert.BindText(6, source.url);
    insert.BindText(7, source.published);
    insert.BindText(8, doc.language);
    insert.BindInt64(9, static_cast<int64_t>(source.raw.size()));
    insert.BindInt64(10, static_cast<int64_t>(doc.passages.size()));
    insert.BindInt64(11, duplicates);
    const Encoded text = Encode(doc.text);
    if (text.codec == kCodecPlain) {
      insert.BindText(12, doc.text);
    } else {
      insert.BindBlob(12, text.bytes);
    }
    insert.BindInt64(17, text.codec);
    // Packed offsets repeat: an origin map deflates to about a twentieth.
    const std::string origin = PackOrigin(doc.origin);
    const Encoded packed_origin = Encode(origin);
    insert.BindBlob(13, packed_origin.codec == kCodecPlain ? std::string_view(origin)
                                                           : std::string_view(packed_origin.bytes));
    insert.BindInt64(19, packed_origin.codec);
    const std::string_view sentences = PackSpans(doc.sentences, &sentence_scratch);
    const Encoded packed_sentences = Encode(sentences);
    insert.BindBlob(14, packed_sentences.codec == kCodecPlain
                            ? sentences
                            : std::string_view(packed_sentences.bytes));
    insert.BindInt64(20, packed_sentences.codec);
    const Encoded raw = Encode(source.raw);
    insert.BindBlob(15, raw.codec == kCodecPlain ? source.raw : std::string_view(raw.bytes));
    insert.BindInt64(16, raw.codec);
    insert.BindText(18, source.ingested_at);
    RETURN_IF_ERROR(insert.Run());
  }
  *id = sqlite3_last_insert_rowid(db_.get());

  Statement& section = statements_.insert_section;
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    StatementScope scope(&section);
    section.BindInt64(1, *id);
    section.BindInt64(2, static_cast<int64_t>(i));
    section.BindText(3, doc.sections[i].title);
    section.BindInt64(4, doc.sections[i].level);
    section.BindInt64(5, doc.sections[i].heading_passage);
    RETURN_IF_ERROR(section.Run());
  }
  return Status::Ok();
}

Status SqliteStore::WritePassages(const SourceToStore& source, int64_t source_id) {
  const NormalizedDocument& doc = *source.document;
  MarkedSources marked(source_id, source.path,
                       [&](std::string_view sha256) { return FindSourceId(sha256); });
  Statement& insert = statements_.insert_passage;
  Statement& fts = statements_.insert_fts;
  Statement& band = statements_.insert_band;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const Passage& passage = doc.passages[i];
    const PassageFingerprint& fingerprint = (*source.fingerprints)[i];
    {
      StatementScope scope(&insert);
      insert.BindInt64(1, source_id);
      insert.BindInt64(2, static_cast<int64_t>(i));
      insert.BindInt64(3, passage.span.start);
      insert.BindInt64(4, passage.span.end);
      insert.BindText(5, PassageKindName(passage.kind));
      insert.BindInt64(6, passage.section);
      insert.BindInt64(7, passage.first_sentence);
      insert.BindInt64(8, passage.sentence_count);
      insert.BindInt64(9, static_cast<int64_t>(fingerprint.exact_key));
      // Signatures are recomputed from the text when needed (FindDuplicate).
      insert.BindNull(10);
      if (passage.duplicate_of.has_value()) {
        const DuplicateRef& ref = *passage.duplicate_of;
        ASSIGN_OR_RETURN(int64_t referenced, marked.Resolve(ref));
        insert.BindInt64(11, referenced);
        insert.BindInt64(12, ref.passage_index);
        insert.BindInt64(13, ref.exact ? 1 : 0);
        insert.BindDouble(14, ref.similarity);
      }
      RETURN_IF_ERROR(insert.Run());
    }
    const int64_t passage_id = sqlite3_last_insert_rowid(db_.get());
    {
      StatementScope scope(&fts);
      fts.BindInt64(1, passage_id);
      fts.BindText(2, std::string_view(doc.text).substr(passage.span.start, passage.span.size()));
      RETURN_IF_ERROR(fts.Run());
    }
    if (passage.duplicate_of.has_value()) continue;  // only first occurrences are candidates
    for (uint64_t key : LshBandKeys(fingerprint)) {
      StatementScope scope(&band);
      band.BindInt64(1, static_cast<int64_t>(key & kBandKeyMask));
      band.BindInt64(2, passage_id);
      RETURN_IF_ERROR(band.Run());
    }
  }
  return Status::Ok();
}

}  // namespace store_internal

StatusOr<std::unique_ptr<EvidenceStore>> OpenSqliteStore(std::string_view path_view,
                                                         const SqliteStoreOptions& options) {
  std::string path(path_view);
  if (path.empty()) return InvalidArgumentError("database path is empty");
  const bool in_memory = path == ":memory:";
  if (options.must_exist && !in_memory) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      return NotFoundError(path + ": no such database");
    }
  }
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (!options.must_exist) flags |= SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  store_internal::SqliteHandle db(raw);
  if (rc != SQLITE_OK) return store_internal::SqliteError(raw, rc, path, "opening the database");
  RETURN_IF_ERROR(store_internal::OpenDatabase(db.get(), path,
                                               {.fully_synchronous = options.fully_synchronous}));
  ASSIGN_OR_RETURN(std::unique_ptr<store_internal::SqliteStore> store,
                   store_internal::SqliteStore::Create(std::move(db), std::move(path)));
  return std::unique_ptr<EvidenceStore>(std::move(store));
}

}  // namespace dossier
