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
  EXPECT_EQ(store_internal::CurrentSchemaVersion(), 2);
  EXPECT_EQ(Query(path, "PRAGMA application_id"), std::to_string(store_internal::kApplicationId));
  EXPECT_EQ(Query(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(Query(path,
                  "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema WHERE "
                  "type = 'table' AND name NOT LIKE 'passages_fts_%' ORDER BY name)"),
            "entities entity_list_members entity_members entity_names entity_relations "
            "extractions judgments list_entries lists lsh_bands passages passages_fts sections "
            "source_entities sources");
  // Reopening migrates nothing and keeps the version.
  ASSERT_TRUE(OpenSqliteStore(path, {.must_exist = true}).ok());
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "2");
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
                                           "program supports (version 2); use a newer Dossier"));
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "99");  // left untouched
}

// A version 1 database (sources only) is migrated to version 2 on open: its
// sources stay readable, have no extraction, and entities can be added.
TEST(SchemaTest, VersionOneDatabaseMigratesForward) {
  ScratchDir dir;
  const std::string path = dir.File("v1.db");
  const store_testing::TestSource source = store_testing::MakeSource(
      "old.txt", {store_testing::Paragraph("Stored before extractions were kept.")});
  {
    StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->AddSource(source.ToStore()).ok());
  }
  // Back to exactly the version 1 schema: the tables of version 2 dropped.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP TABLE entity_relations; DROP TABLE entity_list_members; "
                         "DROP TABLE entity_members; DROP TABLE entity_names; DROP TABLE entities; "
                         "DROP TABLE judgments; DROP TABLE list_entries; DROP TABLE lists; "
                         "DROP TABLE source_entities; "
                         "DROP TABLE extractions; PRAGMA user_version = 1",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  ASSERT_EQ(Query(path, "PRAGMA user_version"), "1");
  ASSERT_EQ(Query(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'extractions'"), "0");

  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(Query(path, "PRAGMA user_version"), "2");
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
