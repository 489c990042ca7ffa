#include "store/testing/store_backends.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "store/open_store.h"
#include "store/postgres/pg_connection.h"

namespace dossier::store_testing {
namespace {

// `base` with its database replaced by `database` (a query parameter
// overrides the URI's path).
std::string WithDatabase(const std::string& base, const std::string& database) {
  return base + (base.find('?') == std::string::npos ? "?" : "&") + "dbname=" + database;
}

}  // namespace

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

std::string TestPostgresUri() {
  const char* uri = std::getenv("DOSSIER_TEST_POSTGRES");
  return uri == nullptr ? "" : uri;
}

ScratchDatabase::ScratchDatabase() {
  static std::atomic<int> counter{0};
  name_ = "dossier_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  StatusOr<std::unique_ptr<store_internal::PgConnection>> admin =
      store_internal::PgConnection::Connect(TestPostgresUri());
  if (!admin.ok()) {
    ADD_FAILURE() << admin.status().ToString();
    return;
  }
  // One statement each: multi-statement strings run as one transaction.
  Status created = (*admin)->Run("DROP DATABASE IF EXISTS " + name_);
  if (created.ok()) created = (*admin)->Run("CREATE DATABASE " + name_);
  if (!created.ok()) ADD_FAILURE() << created.ToString();
  uri_ = WithDatabase(TestPostgresUri(), name_);
}

ScratchDatabase::~ScratchDatabase() {
  StatusOr<std::unique_ptr<store_internal::PgConnection>> admin =
      store_internal::PgConnection::Connect(TestPostgresUri());
  if (!admin.ok()) return;
  (*admin)->Run("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)").IgnoreError();
}

void StoreTest::SetUp() {
  if (GetParam() == Backend::kSqlite) {
    db_ = dir_.File("dossier.db");
    name_ = db_;
  } else {
    if (TestPostgresUri().empty()) {
      GTEST_SKIP() << "DOSSIER_TEST_POSTGRES is not set (scripts/test starts a scratch server "
                      "with scripts/pg-scratch and sets it)";
    }
    database_ = std::make_unique<ScratchDatabase>();
    if (HasFatalFailure()) return;
    db_ = database_->uri();
    name_ = store_internal::RedactUri(db_);
  }
  store_ = OpenAgain();
  ASSERT_NE(store_, nullptr);
}

std::unique_ptr<EvidenceStore> StoreTest::OpenAgain(bool must_exist) {
  StatusOr<std::unique_ptr<EvidenceStore>> store = OpenStore(db_, {.must_exist = must_exist});
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

int64_t StoreTest::Add(const TestSource& source) {
  StatusOr<int64_t> id = store_->AddSource(source.ToStore());
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : 0;
}

}  // namespace dossier::store_testing
