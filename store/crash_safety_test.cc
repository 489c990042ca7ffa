// Crash safety: a writer process killed with SIGKILL at random moments
// leaves a database that passes SQLite's and FTS5's integrity checks and
// holds every committed document whole, and no document in part.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <string>
#include <vector>

#include "store/internal/compression.h"
#include "store/sqlite_store.h"
#include "store/test_documents.h"

namespace dossier {
namespace {

using store_testing::MakeSource;
using store_testing::Paragraph;
using store_testing::TestSource;

// Document n: a heading and 8 to 27 paragraphs of 12 to 41 words, one of
// them shared by every document, so that writers also record duplicates.
TestSource CrashDocument(int n) {
  static const char* const kWords[] = {
      "budget", "tender",  "minister", "river", "court",  "akimat",  "contract", "bridge",
      "report", "village", "election", "audit", "school", "council", "harvest",  "pipeline"};
  std::mt19937 rng(static_cast<unsigned>(n) * 2654435761u);
  std::vector<store_testing::Block> blocks = {
      store_testing::Heading(1, "Doc " + std::to_string(n))};
  const int paragraphs = 8 + n % 20;
  for (int p = 0; p < paragraphs; ++p) {
    if (p == 3) {
      blocks.push_back(
          Paragraph("This paragraph is syndicated in every document of the test and "
                    "so it is stored once and marked as a repeat everywhere else."));
      continue;
    }
    std::string text = "Doc " + std::to_string(n) + " part " + std::to_string(p) + ".";
    const int words = 12 + static_cast<int>(rng() % 30);
    for (int w = 0; w < words; ++w) text += std::string(" ") + kWords[rng() % 16];
    blocks.push_back(Paragraph(text + "."));
  }
  return MakeSource("doc-" + std::to_string(n) + ".txt", blocks);
}

// The entities of document n's extraction: 1 + n % 5 of them.
std::vector<SourceEntity> CrashEntities(int n) {
  std::vector<SourceEntity> entities;
  for (int i = 0; i <= n % 5; ++i) {
    entities.push_back(SourceEntity{.local_id = "e" + std::to_string(i + 1),
                                    .name = "Person " + std::to_string(n) + "-" + std::to_string(i),
                                    .aliases = {"Person"},
                                    .mentions = 2});
  }
  return entities;
}

// The child: adds documents first, first+1, ... like the ingest pipeline
// (looking up stored duplicates first), `batch` documents per transaction
// (1: each AddSource its own transaction; more: BeginBatch/CommitBatch as
// `dossier ingest` does), and writes one byte to `progress` per document
// once it is committed. Never returns.
[[noreturn]] void RunWriter(const std::string& path, int first, int batch, int progress) {
  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path);
  if (!store.ok()) _exit(2);
  for (int n = first; n < first + 100000; n += batch) {
    if (batch > 1 && !(*store)->BeginBatch().ok()) _exit(6);
    for (int k = n; k < n + batch; ++k) {
      TestSource source = CrashDocument(k);
      if (!store_testing::MarkStoredDuplicates(store->get(), &source).ok()) _exit(3);
      SourceToStore to_store = source.ToStore();
      const std::vector<SourceEntity> entities = CrashEntities(k);
      const std::string json = "{\"doc\":" + std::to_string(k) + "}";
      to_store.extraction_json = json;
      to_store.extractor_version = 1;
      to_store.entities = &entities;
      if (!(*store)->AddSource(to_store).ok()) _exit(4);
    }
    if (batch > 1 && !(*store)->CommitBatch().ok()) _exit(7);
    const std::string committed(batch, '+');
    if (write(progress, committed.data(), committed.size()) != batch) _exit(5);
  }
  _exit(0);
}

// Integer results of `sql` on `db`, one per row.
std::vector<int64_t> Column(sqlite3* db, const char* sql) {
  std::vector<int64_t> out;
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  while (sqlite3_step(stmt) == SQLITE_ROW) out.push_back(sqlite3_column_int64(stmt, 0));
  sqlite3_finalize(stmt);
  return out;
}

// Checks the database after a kill; returns the number of stored sources.
// Every source has its extraction and entities, and nothing else has any.
int64_t VerifyDatabase(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  // The full-text index reads passage texts through it.
  EXPECT_TRUE(store_internal::RegisterTextFunction(db, path).ok());
  sqlite3_stmt* stmt = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr), SQLITE_OK);
  EXPECT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "ok");
  sqlite3_finalize(stmt);
  EXPECT_EQ(sqlite3_exec(db, "INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);

  // Every source has exactly the passages and sections its document has.
  sqlite3_stmt* sources = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db,
                               "SELECT s.path, s.passage_count, "
                               "(SELECT count(*) FROM passages p WHERE p.source_id = s.id), "
                               "(SELECT count(*) FROM sections c WHERE c.source_id = s.id), "
                               "(SELECT json FROM extractions x WHERE x.source_id = s.id), "
                               "(SELECT count(*) FROM source_entities e WHERE e.source_id = "
                               "s.id) FROM sources s",
                               -1, &sources, nullptr),
            SQLITE_OK);
  int64_t count = 0;
  while (sqlite3_step(sources) == SQLITE_ROW) {
    ++count;
    const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(sources, 0));
    const int n = std::stoi(name.substr(4));  // "doc-N.txt"
    const TestSource expected = CrashDocument(n);
    EXPECT_EQ(sqlite3_column_int64(sources, 1),
              static_cast<int64_t>(expected.document.passages.size()))
        << name;
    EXPECT_EQ(sqlite3_column_int64(sources, 2),
              static_cast<int64_t>(expected.document.passages.size()))
        << name;
    EXPECT_EQ(sqlite3_column_int64(sources, 3),
              static_cast<int64_t>(expected.document.sections.size()))
        << name;
    const unsigned char* json = sqlite3_column_text(sources, 4);
    EXPECT_EQ(json == nullptr ? "(none)" : reinterpret_cast<const char*>(json),
              "{\"doc\":" + std::to_string(n) + "}")
        << name;
    EXPECT_EQ(sqlite3_column_int64(sources, 5), static_cast<int64_t>(CrashEntities(n).size()))
        << name;
  }
  sqlite3_finalize(sources);

  // The search index (one docsize row per indexed passage) and the band
  // table match the passages exactly.
  EXPECT_EQ(Column(db, "SELECT count(*) FROM passages_fts_docsize"),
            Column(db, "SELECT count(*) FROM passages"));
  EXPECT_EQ(Column(db,
                   "SELECT count(*) FROM passages_fts_docsize WHERE id NOT IN "
                   "(SELECT id FROM passages)"),
            std::vector<int64_t>{0});
  // Every band names a first occurrence, and each has all 16 of its bands.
  EXPECT_EQ(Column(db,
                   "SELECT count(*) FROM lsh_bands b JOIN passages p ON p.id = b.passage_id "
                   "WHERE p.dup_source_id IS NOT NULL"),
            std::vector<int64_t>{0});
  EXPECT_EQ(Column(db,
                   "SELECT count(*) FROM (SELECT passage_id FROM lsh_bands GROUP BY passage_id "
                   "HAVING count(*) != 16)"),
            std::vector<int64_t>{0});
  EXPECT_EQ(Column(db, "SELECT count(*) FROM extractions"),
            Column(db, "SELECT count(*) FROM sources"));
  EXPECT_EQ(Column(db,
                   "SELECT count(*) FROM source_entities WHERE source_id NOT IN "
                   "(SELECT id FROM sources)"),
            std::vector<int64_t>{0});
  // The syndicated paragraph is stored as a first occurrence exactly once.
  if (count > 0) {
    EXPECT_EQ(Column(db, "SELECT count(*) FROM passages WHERE idx = 4 AND dup_source_id IS NULL"),
              std::vector<int64_t>{1});
  }
  sqlite3_close(db);
  return count;
}

class CrashSafetyTest : public ::testing::TestWithParam<int> {};

// Param: documents per transaction (1, or batches as `dossier ingest` uses).
TEST_P(CrashSafetyTest, KilledWriterLeavesOnlyWholeDocuments) {
  const int batch = GetParam();
  store_testing::ScratchDir dir;
  const std::string path = dir.File("crash.db");
  std::mt19937 rng(12345);
  int64_t reported_total = 0;
  for (int round = 0; round < 5; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    int pipe_fds[2];
    ASSERT_EQ(pipe(pipe_fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(pipe_fds[0]);
      RunWriter(path, round * 100000, batch, pipe_fds[1]);
    }
    close(pipe_fds[1]);
    // Let it commit a few documents, then kill it at a random moment.
    const int commits = 1 + static_cast<int>(rng() % 8);
    int reported = 0;
    char byte;
    while (reported < commits && read(pipe_fds[0], &byte, 1) == 1) ++reported;
    usleep(static_cast<useconds_t>(rng() % 4000));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    while (read(pipe_fds[0], &byte, 1) == 1) ++reported;  // commits reported before the kill
    close(pipe_fds[0]);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "writer exited on its own with status " << status;
    reported_total += reported;

    const int64_t stored = VerifyDatabase(path);
    // Every reported commit survived; at most one more transaction
    // committed unreported; a batch is all there or all gone.
    EXPECT_GE(stored, reported_total);
    EXPECT_LE(stored, reported_total + batch);
    EXPECT_EQ(stored % batch, 0);
    reported_total = stored;
  }
  // The store opens and reads normally after the kills.
  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(path, {.must_exist = true});
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  StatusOr<std::vector<SourceSummary>> sources = (*store)->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_FALSE(sources->empty());
  StatusOr<StoredSource> last = (*store)->GetSource(std::to_string(sources->back().id));
  ASSERT_TRUE(last.ok()) << last.status().ToString();
  const TestSource expected = CrashDocument(std::stoi(sources->back().path.substr(4)));
  EXPECT_EQ(last->document.text, expected.document.text);
  EXPECT_EQ(last->document.passages.size(), expected.document.passages.size());
}

INSTANTIATE_TEST_SUITE_P(DocumentsPerTransaction, CrashSafetyTest, ::testing::Values(1, 3));

}  // namespace
}  // namespace dossier
