// What the SQLite store does beyond the contract (store_contract_test.cc):
// a batch is one transaction that other connections see only when committed.
#include "store/sqlite_store.h"

#include <gtest/gtest.h>

#include "store/test_documents.h"

namespace dossier {
namespace {

using store_testing::MakeSource;
using store_testing::Paragraph;
using store_testing::ScratchDir;

TEST(SqliteStoreBatchTest, BatchCommitsTogetherAndAFailedDocumentLeavesTheRest) {
  ScratchDir dir;
  auto writer = OpenSqliteStore(dir.File("batch.db"));
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  auto reader = OpenSqliteStore(dir.File("batch.db"));
  ASSERT_TRUE(reader.ok());

  const auto first = MakeSource("first.txt", {Paragraph("The first document of the batch.")});
  const auto second = MakeSource("second.txt", {Paragraph("The second document of the batch.")});
  ASSERT_TRUE((*writer)->BeginBatch().ok());
  EXPECT_EQ((*writer)->BeginBatch().code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE((*writer)->AddSource(first.ToStore()).ok());
  // A failing document inside the batch undoes only itself.
  EXPECT_EQ((*writer)->AddSource(first.ToStore()).status().code(), StatusCode::kAlreadyExists);
  ASSERT_TRUE((*writer)->AddSource(second.ToStore()).ok());
  // Within the batch the writer sees its own documents; others do not yet.
  EXPECT_TRUE(*(*writer)->HasSource(second.sha256));
  EXPECT_FALSE(*(*reader)->HasSource(first.sha256));
  ASSERT_TRUE((*writer)->CommitBatch().ok());
  EXPECT_EQ((*writer)->CommitBatch().code(), StatusCode::kFailedPrecondition);

  auto sources = (*reader)->ListSources();
  ASSERT_TRUE(sources.ok());
  ASSERT_EQ(sources->size(), 2u);
  EXPECT_EQ((*sources)[0].path, "first.txt");
  EXPECT_EQ((*sources)[1].path, "second.txt");
}

}  // namespace
}  // namespace dossier
