#include "store/internal/schema.h"

#include <cstdio>
#include <iterator>
#include <string_view>

#include "store/internal/compression.h"
#include "store/internal/sqlite_util.h"

namespace dossier::store_internal {
namespace {

struct Migration {
  int version;      // the user_version after this migration
  const char* sql;  // statements run inside the migration transaction
};

// Version 1: the initial schema.
//  - sources: one row per ingested file; small columns first so that listing
//    never reads the blobs. origin is the NormalizedDocument::origin vector,
//    run-length encoded (PackOrigin in packing.h), and sentences the
//    (start, end) pairs of sentence spans as little-endian uint32s. passage_count and
//    duplicate_count never change: sources are immutable once stored.
//  - passages: one row per passage, with its fingerprint (exact_key, and the
//    MinHash signature as little-endian uint32s or NULL when too short) and
//    its duplicate mark. dup_source_id is the source's own id for a repeat
//    within the same source; NULL marks a first occurrence.
//  - lsh_bands: the LSH band keys of first-occurrence passages that have a
//    signature, clustered by key for near-duplicate candidate lookups.
//  - passages_fts: the passage text for full-text search, rowid = passages.id.
constexpr char kSchemaV1[] = R"sql(
CREATE TABLE sources(
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  kind TEXT NOT NULL,
  encoding TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  published TEXT NOT NULL,
  language TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  passage_count INTEGER NOT NULL,
  duplicate_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL,
  text TEXT NOT NULL,
  origin BLOB NOT NULL,
  sentences BLOB NOT NULL,
  raw BLOB NOT NULL
);
CREATE TABLE sections(
  source_id INTEGER NOT NULL REFERENCES sources(id),
  idx INTEGER NOT NULL,
  title TEXT NOT NULL,
  level INTEGER NOT NULL,
  heading_passage INTEGER NOT NULL,
  PRIMARY KEY(source_id, idx)
) WITHOUT ROWID;
CREATE TABLE passages(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  idx INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('heading', 'paragraph')),
  section INTEGER NOT NULL,
  first_sentence INTEGER NOT NULL,
  sentence_count INTEGER NOT NULL,
  exact_key INTEGER NOT NULL,
  minhash BLOB,
  dup_source_id INTEGER REFERENCES sources(id),
  dup_passage_idx INTEGER,
  dup_exact INTEGER,
  dup_similarity REAL,
  UNIQUE(source_id, idx)
);
CREATE INDEX passages_by_exact_key ON passages(exact_key);
CREATE TABLE lsh_bands(
  band_key INTEGER NOT NULL,
  passage_id INTEGER NOT NULL REFERENCES passages(id),
  PRIMARY KEY(band_key, passage_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE passages_fts USING fts5(text, tokenize = "unicode61 remove_diacritics 2");
)sql";

// Version 2: extractions and entities (store/entity_records.h).
//  - extractions: each source's extraction as the JSON of
//    extract/extraction_json.h, with the version of the extractors.
//  - source_entities: the entities of each extraction, the input of
//    cross-document linking; aliases are joined with U+001F. position orders
//    them as the extraction lists them.
//  - lists, list_entries: imported name lists; after_source is the highest
//    source id when the list was imported, so linking sees sources and lists
//    in the order they arrived.
//  - judgments: the user's merges and splits, applied in id order on every
//    re-link; keys are matching keys joined with U+001F.
//  - entities, entity_names, entity_members, entity_list_members,
//    entity_relations: the cross-document entities of the last re-link,
//    replaced whole by each one.
constexpr char kSchemaV2[] = R"sql(
CREATE TABLE extractions(
  source_id INTEGER PRIMARY KEY REFERENCES sources(id),
  extractor_version INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE source_entities(
  source_id INTEGER NOT NULL REFERENCES sources(id),
  local_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY(source_id, local_id)
) WITHOUT ROWID;
CREATE TABLE lists(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  after_source INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE TABLE list_entries(
  list_id INTEGER NOT NULL REFERENCES lists(id),
  idx INTEGER NOT NULL,
  record_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  aliases TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  nationality TEXT NOT NULL,
  gender TEXT NOT NULL,
  PRIMARY KEY(list_id, idx)
) WITHOUT ROWID;
CREATE TABLE judgments(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK(kind IN ('merge', 'split')),
  keys_a TEXT NOT NULL,
  keys_b TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE entities(
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  origin TEXT NOT NULL CHECK(origin IN ('extracted', 'list', 'both'))
) WITHOUT ROWID;
CREATE TABLE entity_names(
  entity_id TEXT NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  units INTEGER NOT NULL,
  PRIMARY KEY(entity_id, position)
) WITHOUT ROWID;
CREATE INDEX entity_names_by_key ON entity_names(key);
CREATE TABLE entity_members(
  source_id INTEGER NOT NULL REFERENCES sources(id),
  local_id TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY(source_id, local_id)
) WITHOUT ROWID;
CREATE INDEX entity_members_by_entity ON entity_members(entity_id);
CREATE TABLE entity_list_members(
  list_id INTEGER NOT NULL REFERENCES lists(id),
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id),
  PRIMARY KEY(list_id, idx)
) WITHOUT ROWID;
CREATE INDEX entity_list_members_by_entity ON entity_list_members(entity_id);
CREATE TABLE entity_relations(
  entity_id TEXT NOT NULL REFERENCES entities(id),
  other_id TEXT NOT NULL REFERENCES entities(id),
  reason TEXT NOT NULL,
  PRIMARY KEY(entity_id, other_id)
) WITHOUT ROWID;
)sql";

// Version 3: a smaller store (about half the size for news text).
//  - sources.raw, sources.text and extractions.json are deflated when their
//    row's codec says so (internal/compression.h); rows written before keep
//    codec 0.
//  - passages keep no MinHash signature (minhash is NULL): FindDuplicate
//    recomputes the signatures of the few candidates its bands find from
//    their text, which costs less than 256 bytes per passage.
//  - passages_fts indexes the passages without a copy of their text
//    (external content): the text comes from passage_texts, a view cutting
//    each passage's span out of its source's text (dossier_text(), a
//    function every connection registers, inflates it). The old index is moved
//    over row by row, not rebuilt from the view, which would read a whole
//    source text per passage.
constexpr char kSchemaV3[] = R"sql(
ALTER TABLE sources ADD COLUMN codec INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN text_codec INTEGER NOT NULL DEFAULT 0;
ALTER TABLE extractions ADD COLUMN codec INTEGER NOT NULL DEFAULT 0;
UPDATE passages SET minhash = NULL;
CREATE VIEW passage_texts(id, text) AS
  SELECT p.id, CAST(substr(CAST(dossier_text(s.text, s.text_codec) AS BLOB), p.span_start + 1,
                           p.span_end - p.span_start) AS TEXT)
  FROM passages p JOIN sources s ON s.id = p.source_id;
ALTER TABLE passages_fts RENAME TO passages_fts_v2;
CREATE VIRTUAL TABLE passages_fts USING fts5(text, content = 'passage_texts',
  content_rowid = 'id', tokenize = "unicode61 remove_diacritics 2");
INSERT INTO passages_fts(rowid, text) SELECT rowid, text FROM passages_fts_v2;
DROP TABLE passages_fts_v2;
)sql";

// Version 4: incremental linking, and a smaller store.
//  - entity_blocks indexes the linked entities
//    by the blocking keys of their names (BlockHash of EntityBlockKey::key;
//    is_full = 1 for a full name's keys), so that a new name finds the
//    entities it may join without reading them all. Rows are dropped with
//    their entity by the key they were written under (no index by entity: a
//    row whose entity is gone only adds a candidate that is not found).
//    Entities linked before this version have no rows: the next link
//    re-links the whole store and writes them (EvidenceStore::HasLinkIndex).
//  - entity_relations holds each related pair once, entity_id < other_id
//    (bytewise), read from both ends through entity_relations_by_other: its
//    reasons are a tenth of a store of news.
//  - lsh_bands keys are the low 31 bits of the band keys (kBandKeyMask in
//    sqlite_store.cc), four bytes instead of eight in every row; a
//    collision only adds a candidate that FindDuplicate compares and drops.
constexpr char kSchemaV4[] = R"sql(
CREATE TABLE entity_blocks(
  block INTEGER NOT NULL,
  is_full INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY(block, is_full, entity_id)
) WITHOUT ROWID;
DELETE FROM entity_relations WHERE entity_id > other_id;
CREATE INDEX entity_relations_by_other ON entity_relations(other_id);
CREATE TABLE lsh_bands_v4(
  band_key INTEGER NOT NULL,
  passage_id INTEGER NOT NULL REFERENCES passages(id),
  PRIMARY KEY(band_key, passage_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO lsh_bands_v4(band_key, passage_id)
  SELECT band_key & 2147483647, passage_id FROM lsh_bands;
DROP TABLE lsh_bands;
ALTER TABLE lsh_bands_v4 RENAME TO lsh_bands;
)sql";

// Version 5: a smaller store. sources.origin and sources.sentences (packed
// offsets, internal/packing.h) are deflated when their row's origin_codec /
// sentences_codec says so (internal/compression.h): an origin map repeats
// itself and deflates to about a twentieth (it was 5% of a store of news
// text, sentence spans 2%, deflating to half). Rows written before keep
// codec 0 (`dossier migrate` into a new store deflates them).
constexpr char kSchemaV5[] = R"sql(
ALTER TABLE sources ADD COLUMN origin_codec INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN sentences_codec INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 6: flat-cost linking. entities.summary holds each linked
// entity's shapes (EntityShape, internal/entity_fields.h WriteShapes): its
// distinct spellings with their types, counts, aliases, lists and dates of
// birth, which an incremental link reads instead of the entity's units.
// Entities linked before have none, so the blocking index is emptied: the
// next link re-links the whole store and writes both
// (EvidenceStore::HasLinkIndex).
constexpr char kSchemaV6[] = R"sql(
ALTER TABLE entities ADD COLUMN summary TEXT NOT NULL DEFAULT '';
DELETE FROM entity_blocks;
)sql";

// Append only: kMigrations[i].version == i + 1.
constexpr Migration kMigrations[] = {
    {1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}, {4, kSchemaV4}, {5, kSchemaV5}, {6, kSchemaV6},
};

constexpr bool MigrationsAreNumberedInOrder() {
  for (size_t i = 0; i < std::size(kMigrations); ++i) {
    if (kMigrations[i].version != static_cast<int>(i) + 1) return false;
  }
  return true;
}
static_assert(MigrationsAreNumberedInOrder(), "kMigrations must be numbered 1, 2, ... in order");

// Runs a PRAGMA that returns one value and stores it as text.
Status QueryPragma(sqlite3* db, const std::string& path, std::string_view sql, std::string* out) {
  ASSIGN_OR_RETURN(Statement statement, Statement::Prepare(db, path, sql));
  ASSIGN_OR_RETURN(bool row, statement.Step());
  if (!row) return InternalError(path + ": \"" + std::string(sql) + "\" returned no value");
  *out = std::string(statement.ColumnText(0));
  return Status::Ok();
}

Status QueryInt(sqlite3* db, const std::string& path, std::string_view sql, int64_t* out) {
  ASSIGN_OR_RETURN(Statement statement, Statement::Prepare(db, path, sql));
  ASSIGN_OR_RETURN(bool row, statement.Step());
  if (!row) return InternalError(path + ": \"" + std::string(sql) + "\" returned no value");
  *out = statement.ColumnInt64(0);
  return Status::Ok();
}

Status NewerSchemaError(const std::string& path, int64_t version) {
  return FailedPreconditionError(path + ": database schema version " + std::to_string(version) +
                                 " is newer than this program supports (version " +
                                 std::to_string(CurrentSchemaVersion()) + "); use a newer Dossier");
}

// Checks that the file is a Dossier database (or a new, empty one) whose
// schema this program understands. Returns its schema version.
Status Recognise(sqlite3* db, const std::string& path, int64_t* version) {
  int64_t application_id = 0;
  Status status = QueryInt(db, path, "PRAGMA application_id", &application_id);
  if (!status.ok()) {
    if (sqlite3_errcode(db) == SQLITE_NOTADB) {
      return InvalidArgumentError(path + ": not a Dossier database (" + sqlite3_errmsg(db) + ")");
    }
    return status;
  }
  RETURN_IF_ERROR(QueryInt(db, path, "PRAGMA user_version", version));
  if (application_id != kApplicationId) {
    if (application_id != 0) {
      char hex[16];
      std::snprintf(hex, sizeof(hex), "0x%08x", static_cast<uint32_t>(application_id));
      return InvalidArgumentError(path + ": not a Dossier database (application_id " + hex + ")");
    }
    int64_t objects = 0;
    RETURN_IF_ERROR(QueryInt(db, path, "SELECT count(*) FROM sqlite_schema", &objects));
    if (objects > 0 || *version != 0) {
      return InvalidArgumentError(path +
                                  ": not a Dossier database (a SQLite database of another "
                                  "application: no Dossier application_id)");
    }
  }
  if (*version > CurrentSchemaVersion()) return NewerSchemaError(path, *version);
  return Status::Ok();
}

// Brings the schema from its version to CurrentSchemaVersion() in one
// transaction. Another process may have migrated it since it was read, so
// the version is read again under the write lock.
Status Migrate(sqlite3* db, const std::string& path) {
  Transaction transaction(db, path);
  RETURN_IF_ERROR(transaction.Begin());
  int64_t version = 0;
  RETURN_IF_ERROR(QueryInt(db, path, "PRAGMA user_version", &version));
  if (version > CurrentSchemaVersion()) return NewerSchemaError(path, version);
  for (const Migration& migration : kMigrations) {
    if (migration.version <= version) continue;
    const int rc = sqlite3_exec(db, migration.sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
      return SqliteError(db, rc, path,
                         "migrating the schema to version " + std::to_string(migration.version));
    }
  }
  const std::string stamp = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                            "; PRAGMA user_version = " + std::to_string(CurrentSchemaVersion());
  RETURN_IF_ERROR(Exec(db, path, stamp.c_str()));
  return transaction.Commit();
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

Status OpenDatabase(sqlite3* db, const std::string& path, const ConnectionSettings& settings) {
  sqlite3_busy_timeout(db, 5000);
  RETURN_IF_ERROR(RegisterTextFunction(db, path));
  int64_t version = 0;
  RETURN_IF_ERROR(Recognise(db, path, &version));

  std::string journal_mode;
  RETURN_IF_ERROR(QueryPragma(db, path, "PRAGMA journal_mode = WAL", &journal_mode));
  const bool in_memory = path.empty() || path == ":memory:";
  if (journal_mode != "wal" && !in_memory) {
    return FailedPreconditionError(path + ": cannot use the WAL journal (journal_mode stays '" +
                                   journal_mode + "')");
  }
  // A 64 MiB page cache keeps the randomly keyed indexes (exact keys, LSH
  // bands, the FTS5 segments) in memory during an ingest: with SQLite's 2 MiB
  // default, every insert into them misses once the database outgrows it.
  // Checkpointing every 64 MiB of WAL instead of 4 MiB writes a page that many
  // small transactions touch (an index leaf) back to the database once, not
  // once per few transactions.
  RETURN_IF_ERROR(Exec(
      db, path,
      "PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16384; "
      "PRAGMA temp_store = MEMORY"));
  RETURN_IF_ERROR(Exec(
      db, path,
      settings.fully_synchronous ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"));
  if (version < CurrentSchemaVersion()) RETURN_IF_ERROR(Migrate(db, path));
  return Status::Ok();
}

}  // namespace dossier::store_internal
