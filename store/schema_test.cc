// Opening databases: new files, foreign files, newer schemas, missing files.
#include "store/internal/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "store/sqlite_store.h"
#include "store/test_documents.h"

namespace dossier {
namespace {

using store_testing::ScratchDir;

// Runs SQL on a separate connection and returns the first column of the
// first row as text ("" when there is none).
std::string Query(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::string out;
  const int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
  EXPECT_EQ(rc, SQLITE_OK) << sql << ": " << sqlite3_errmsg(db);
  if (rc == SQLITE_OK) {
    const int step = sqlite3_step(stmt);
    EXPECT_TRUE(step == SQLITE_ROW || step == SQLITE_DONE) << sql << ": " << sqlite3_errmsg(db);
    if (step == SQLITE_ROW && sqlite3_column_text(stmt, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return out;
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST(SchemaTest, NewDatabaseIsStampedAndUsesWal) {
  ScratchDir dir;
  const std::string path = dir.File("new.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  EXPECT_EQ(Query(path, "PRAGMA user_version"),
            std::to_string(store_internal::CurrentSchemaVersion()));
  EXPECT_EQ(store_internal::CurrentSchemaVersion(), 6);
  EXPECT_EQ(Query(path, "PRAGMA application_id"), std::to_string(store_internal::kApplicationId));
  EXPECT_EQ(Query(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(
      Query(path,
            "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE "
            "type = 'table' AND name NOT LIKE 'passages_fts_%' ORDER BY name)"),
      "entities entity_blocks entity_list_members entity_members entity_names entity_relations "
      "extractions judgments list_entries lists lsh_bands passages passages_fts sections "
      "source_entities sources");
  // Reopening migrates nothing and keeps the version.
  ASSERT_TRUE(OpenSqliteStore(path, {.must_exist = true}).ok());
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "6");
}

TEST(SchemaTest, EmptyFileBecomesADatabase) {
  ScratchDir dir;
  const std::string path = dir.File("empty.db");
  WriteFile(path, "");
  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_TRUE((*store)->ListSources()->empty());
}

TEST(SchemaTest, NewerSchemaIsFailedPrecondition) {
  ScratchDir dir;
  const std::string path = dir.File("future.db");
  ASSERT_TRUE(OpenSqliteStore(path).ok());
  Query(path, "PRAGMA user_version = 99");
  const Status status = OpenSqliteStore(path).status();
  EXPECT_EQ(status,
            FailedPreconditionError(path + ": database schema version 99 is newer than this "
                                           "program supports (version 6); use a newer Dossier"));
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "99");  // left untouched
}

// Runs `sql` on a separate connection, `blob` bound to ?1 when given.
void Exec(const std::string& path, const std::string& sql, const std::string* blob = nullptr) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  const char* rest = sql.c_str();
  while (*rest != '\0') {
    ASSERT_EQ(sqlite3_prepare_v2(db, rest, -1, &stmt, &rest), SQLITE_OK) << sqlite3_errmsg(db);
    if (stmt == nullptr) break;
    if (blob != nullptr && sqlite3_bind_parameter_count(stmt) > 0) {
      sqlite3_bind_blob(stmt, 1, blob->data(), static_cast<int>(blob->size()), SQLITE_TRANSIENT);
    }
    const int rc = sqlite3_step(stmt);
    EXPECT_TRUE(rc == SQLITE_DONE || rc == SQLITE_ROW) << sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
}

// Creates a store at `path` holding `source` with `extraction_json`.
void StoreOneSource(const std::string& path, const store_testing::TestSource& source,
                    std::string_view extraction_json) {
  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path);
  ASSERT_TRUE(store.ok());
  SourceToStore to_store = source.ToStore();
  to_store.extraction_json = extraction_json;
  ASSERT_TRUE((*store)->AddSource(to_store).ok());
}

// Turns a database written by this program back into exactly the version 5
// schema: entities without summaries.
void DowngradeToVersion5(const std::string& path) {
  Exec(path, "ALTER TABLE entities DROP COLUMN summary; PRAGMA user_version = 5");
  ASSERT_EQ(Query(path, "PRAGMA user_version"), "5");
}

// Turns a database written by this program back into exactly the version 4
// schema: origin maps and sentence spans stored as they are.
void DowngradeToVersion4(const std::string& path) {
  DowngradeToVersion5(path);
  ASSERT_EQ(
      Query(path, "SELECT count(*) FROM sources WHERE origin_codec != 0 OR sentences_codec != 0"),
      "0")
      << "spans too short to deflate were deflated";
  Exec(path,
       "ALTER TABLE sources DROP COLUMN origin_codec; "
       "ALTER TABLE sources DROP COLUMN sentences_codec; PRAGMA user_version = 4");
  ASSERT_EQ(Query(path, "PRAGMA user_version"), "4");
}

// Turns a database written by this program, holding one source whose raw
// bytes are `raw`, back into exactly the version 2 schema: raw bytes and
// extraction JSON stored as they are, the full-text index with its own
// copy of the text.
void DowngradeToVersion2(const std::string& path, const std::string& raw) {
  DowngradeToVersion4(path);
  ASSERT_EQ(Query(path, "SELECT count(*) FROM sources WHERE text_codec != 0"), "0")
      << "a text too short to deflate was deflated";
  Exec(path,
       "DROP TABLE entity_blocks; DROP INDEX entity_relations_by_other; "
       "UPDATE sources SET raw = ?1; "
       "UPDATE extractions SET json = '{\"entities\":[],\"old\":true}'; "
       "CREATE TABLE old_texts AS SELECT p.id, CAST(substr(CAST(s.text AS BLOB), "
       "p.span_start + 1, p.span_end - p.span_start) AS TEXT) AS text "
       "FROM passages p JOIN sources s ON s.id = p.source_id; "
       "DROP TABLE passages_fts; DROP VIEW passage_texts; "
       "ALTER TABLE sources DROP COLUMN codec; ALTER TABLE extractions DROP COLUMN codec; "
       "ALTER TABLE sources DROP COLUMN text_codec; "
       "CREATE VIRTUAL TABLE passages_fts USING fts5(text, tokenize = \"unicode61 "
       "remove_diacritics 2\"); "
       "INSERT INTO passages_fts(rowid, text) SELECT id, text FROM old_texts; "
       "DROP TABLE old_texts; PRAGMA user_version = 2",
       &raw);
  ASSERT_EQ(Query(path, "PRAGMA user_version"), "2");
}

// A version 1 database (sources only) is migrated to the current version on
// open: its sources stay readable, have no extraction, and entities can be
// added.
TEST(SchemaTest, VersionOneDatabaseMigratesForward) {
  ScratchDir dir;
  const std::string path = dir.File("v1.db");
  const store_testing::TestSource source = store_testing::MakeSource(
      "old.txt", {store_testing::Paragraph("Stored before extractions were kept.")});
  StoreOneSource(path, source, "");
  // Back to exactly the version 1 schema: version 2 without its tables.
  DowngradeToVersion2(path, source.raw);
  Exec(path,
       "DROP TABLE entity_relations; DROP TABLE entity_list_members; "
       "DROP TABLE entity_members; DROP TABLE entity_names; DROP TABLE entities; "
       "DROP TABLE judgments; DROP TABLE list_entries; DROP TABLE lists; "
       "DROP TABLE source_entities; DROP TABLE extractions; PRAGMA user_version = 1");
  ASSERT_EQ(Query(path, "PRAGMA user_version"), "1");
  ASSERT_EQ(Query(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'extractions'"), "0");

  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "6");
  StatusOr<StoredSource> stored = (*store)->GetSource("1");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->document.text, source.document.text);
  StatusOr<std::optional<StoredExtraction>> extraction = (*store)->GetExtraction(1);
  ASSERT_TRUE(extraction.ok());
  EXPECT_FALSE(extraction->has_value());
  EXPECT_TRUE((*store)->ListSourceEntities()->empty());
  ASSERT_TRUE((*store)
                  ->ReplaceExtraction(1, R"({"entities":[]})", 1,
                                      {SourceEntity{.local_id = "e1", .name = "Serik Medetbekov"}})
                  .ok());
  EXPECT_EQ((*store)->ListSourceEntities()->size(), 1u);
}

// A version 2 store (plain raw bytes and JSON, a full-text index holding its
// own copy of the text) opens, migrates to version 3 and reads back the same.
TEST(SchemaTest, VersionTwoDatabaseMigratesForward) {
  ScratchDir dir;
  const std::string path = dir.File("v2.db");
  const store_testing::TestSource source = store_testing::MakeSource(
      "old.txt", {store_testing::Paragraph("Stored in the café of version two.")});
  StoreOneSource(path, source, R"({"entities":[]})");
  DowngradeToVersion2(path, source.raw);

  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "6");
  EXPECT_EQ(Query(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'passages_fts_v2'"), "0");
  EXPECT_EQ(*(*store)->GetRawBytes(1), source.raw);
  EXPECT_EQ((*(*store)->GetExtraction(1))->json, R"({"entities":[],"old":true})");
  StatusOr<std::vector<SearchHit>> hits = (*store)->Search("cafe", 5);
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ(hits->front().snippet, "Stored in the [café] of version two.");
  // New sources are stored the version 3 way beside the old one.
  const store_testing::TestSource newer = store_testing::MakeSource(
      "new.txt", {store_testing::Paragraph("A newer café, stored compressed, and long enough "
                                           "that deflating it pays: a newer café again.")});
  ASSERT_TRUE((*store)->AddSource(newer.ToStore()).ok());
  EXPECT_EQ(*(*store)->GetRawBytes(2), newer.raw);
  EXPECT_EQ((*store)->Search("cafe", 5)->size(), 2u);
}

// A version 3 store (each relation stored both ways, 64-bit band keys, no
// blocking index) opens, migrates to version 4, finds its near duplicates
// through the shortened band keys, reads each relation from both ends, and
// asks for a whole re-link (no index).
TEST(SchemaTest, VersionThreeDatabaseMigratesForward) {
  ScratchDir dir;
  const std::string path = dir.File("v3.db");
  const std::string text =
      "The committee met on Tuesday to review the procurement contracts signed by the regional "
      "administration during the previous fiscal year, and asked why three of them had no tender.";
  const store_testing::TestSource source =
      store_testing::MakeSource("old.txt", {store_testing::Paragraph(text)});
  StoreOneSource(path, source, R"({"entities":[]})");
  ASSERT_NE(Query(path, "SELECT count(*) FROM lsh_bands"), "0");
  DowngradeToVersion4(path);
  Exec(path,
       "DROP TABLE entity_blocks; DROP INDEX entity_relations_by_other; "
       "UPDATE lsh_bands SET band_key = band_key + 1099511627776; "
       "INSERT INTO entities VALUES ('P-a', 'PERSON', 'Dariga Nazarbayeva', 'extracted'), "
       "('P-b', 'PERSON', 'Nursultan Nazarbayev', 'extracted'); "
       "INSERT INTO entity_relations VALUES ('P-a', 'P-b', 'gendered surname form'), "
       "('P-b', 'P-a', 'gendered surname form'); PRAGMA user_version = 3",
       nullptr);

  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "6");
  EXPECT_EQ(Query(path, "SELECT max(band_key) < 2147483648 FROM lsh_bands"), "1");
  EXPECT_EQ(Query(path, "SELECT count(*) FROM entity_relations"), "1");
  const store_testing::TestSource again = store_testing::MakeSource(
      "again.txt", {store_testing::Paragraph(text + " Nothing else changed.")});
  StatusOr<std::optional<StoredDuplicate>> found =
      (*store)->FindDuplicate(again.fingerprints[0], DedupeOptions());
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->source_id, 1);
  EXPECT_FALSE((*found)->exact);
  StatusOr<std::vector<LinkedEntity>> entities = (*store)->ListLinkedEntities(std::nullopt);
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), 2u);
  ASSERT_EQ((*entities)[0].related.size(), 1u);
  EXPECT_EQ((*entities)[0].related[0].other_id, "P-b");
  ASSERT_EQ((*entities)[1].related.size(), 1u);
  EXPECT_EQ((*entities)[1].related[0].other_id, "P-a");
  EXPECT_FALSE(*(*store)->HasLinkIndex());
}

// A version 4 store (origin maps and sentence spans as they are) migrates
// to version 5: its source reads back the same, and a new source long
// enough stores its sentence spans deflated and reads them back.
TEST(SchemaTest, VersionFourDatabaseMigratesForward) {
  ScratchDir dir;
  const std::string path = dir.File("v4.db");
  const store_testing::TestSource old_source = store_testing::MakeSource(
      "old.txt", {store_testing::Paragraph("Stored before spans were deflated.")});
  StoreOneSource(path, old_source, "");
  DowngradeToVersion4(path);

  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "6");
  std::string long_text;
  for (int i = 0; i < 40; ++i)
    long_text += "The committee met again on day " + std::to_string(i) + ". ";
  const store_testing::TestSource new_source =
      store_testing::MakeSource("new.txt", {store_testing::Paragraph(long_text)});
  ASSERT_TRUE((*store)->AddSource(new_source.ToStore()).ok());
  EXPECT_EQ(Query(path,
                  "SELECT group_concat(origin_codec || '/' || sentences_codec, ' ') FROM "
                  "(SELECT * FROM sources ORDER BY id)"),
            "0/0 0/1");  // a test document's origin map is one run (origin[i] = i + 3),
                         // packed to a few bytes already: kept as it is
  for (const store_testing::TestSource* source : {&old_source, &new_source}) {
    StatusOr<StoredSource> back = (*store)->GetSource(source->sha256.substr(0, 12));
    ASSERT_TRUE(back.ok()) << source->path << ": " << back.status().ToString();
    EXPECT_EQ(back->document.text, source->document.text) << source->path;
    EXPECT_EQ(back->document.origin, source->document.origin) << source->path;
    EXPECT_EQ(back->document.sentences, source->document.sentences) << source->path;
  }
}

// A version 5 store (linked entities without summaries, a blocking index)
// opens, migrates to version 6 and asks for a whole re-link, which writes
// the summaries.
TEST(SchemaTest, VersionFiveDatabaseMigratesForward) {
  ScratchDir dir;
  const std::string path = dir.File("v5.db");
  StoreOneSource(path, store_testing::MakeSource("old.txt", {store_testing::Paragraph("Old.")}),
                 "");
  DowngradeToVersion5(path);
  Exec(path,
       "INSERT INTO entities VALUES ('P-a', 'PERSON', 'Dariga Nazarbayeva', 'extracted'); "
       "INSERT INTO entity_blocks VALUES (12345, 1, 'P-a')");

  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "6");
  EXPECT_EQ(Query(path, "SELECT count(*) FROM entity_blocks"), "0");
  EXPECT_EQ(Query(path, "SELECT summary FROM entities"), "");
  EXPECT_FALSE(*(*store)->HasLinkIndex());
  StatusOr<std::vector<LinkedEntity>> read = (*store)->GetEntitySummaries({"P-a"});
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->size(), 1u);
  EXPECT_TRUE(read->front().shapes.empty());
}

TEST(SchemaTest, NotSqliteIsInvalidArgument) {
  ScratchDir dir;
  const std::string path = dir.File("notes.txt");
  WriteFile(path, std::string(4096, 'x'));
  EXPECT_EQ(OpenSqliteStore(path).status(),
            InvalidArgumentError(path + ": not a Dossier database (file is not a database)"));
  std::ifstream in(path, std::ios::binary);
  const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(after, std::string(4096, 'x'));  // not modified
}

TEST(SchemaTest, OtherApplicationsDatabasesAreInvalidArgument) {
  ScratchDir dir;
  const std::string tables = dir.File("tables.db");
  Query(tables, "CREATE TABLE contacts(name TEXT)");
  EXPECT_EQ(OpenSqliteStore(tables).status(),
            InvalidArgumentError(tables + ": not a Dossier database (a SQLite database of another "
                                          "application: no Dossier application_id)"));

  const std::string stamped = dir.File("stamped.db");
  Query(stamped, "PRAGMA application_id = 305419896");  // 0x12345678
  EXPECT_EQ(OpenSqliteStore(stamped).status(),
            InvalidArgumentError(stamped + ": not a Dossier database (application_id 0x12345678)"));
}

TEST(SchemaTest, MustExistRefusesMissingFiles) {
  ScratchDir dir;
  const std::string path = dir.File("typo.db");
  EXPECT_EQ(OpenSqliteStore(path, {.must_exist = true}).status(),
            NotFoundError(path + ": no such database"));
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(SchemaTest, UnopenablePathsAreIoErrors) {
  ScratchDir dir;
  const Status status = OpenSqliteStore(dir.File("missing-dir/x.db")).status();
  EXPECT_EQ(status.code(), StatusCode::kIoError) << status.ToString();
  EXPECT_EQ(status.message().rfind(dir.File("missing-dir/x.db") + ": opening the database: ", 0),
            0u)
      << status.message();
  EXPECT_EQ(OpenSqliteStore("").status().code(), StatusCode::kInvalidArgument);
}

TEST(SchemaTest, TwoConnectionsShareOneFile) {
  ScratchDir dir;
  const std::string path = dir.File("shared.db");
  StatusOr<std::unique_ptr<EvidenceStore>> a = OpenSqliteStore(path);
  StatusOr<std::unique_ptr<EvidenceStore>> b = OpenSqliteStore(path);
  ASSERT_TRUE(a.ok() && b.ok());
  const store_testing::TestSource first =
      store_testing::MakeSource("one.txt", {store_testing::Paragraph("One.")});
  const store_testing::TestSource second =
      store_testing::MakeSource("two.txt", {store_testing::Paragraph("Two.")});
  ASSERT_TRUE((*a)->AddSource(first.ToStore()).ok());
  ASSERT_TRUE((*b)->AddSource(second.ToStore()).ok());
  EXPECT_EQ((*b)->AddSource(first.ToStore()).status().code(), StatusCode::kAlreadyExists);
  EXPECT_EQ((*a)->ListSources()->size(), 2u);
}

TEST(SchemaTest, InMemoryDatabaseWorks) {
  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(":memory:");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  const store_testing::TestSource source =
      store_testing::MakeSource("m.txt", {store_testing::Paragraph("In memory.")});
  ASSERT_TRUE((*store)->AddSource(source.ToStore()).ok());
  EXPECT_EQ((*store)->Search("memory", 5)->size(), 1u);
}

}  // namespace
}  // namespace dossier
