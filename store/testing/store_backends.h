// The store contract tests run against both backends: a value-parameterized
// fixture whose every test gets a fresh, empty store of its backend. SQLite
// stores are files in a scratch directory; PostgreSQL stores are databases
// created on the server named by the environment variable
// DOSSIER_TEST_POSTGRES (a libpq URI of a database the test user may create
// databases from, e.g. `scripts/pg-scratch start DIR`'s), dropped after the
// test. Without that variable the PostgreSQL tests are skipped, saying why.
// Not part of the library.
//
//   INSTANTIATE_STORE_BACKENDS(StoreContractTest);
//   TEST_P(StoreContractTest, Something) { store_->AddSource(...); }
#ifndef DOSSIER_STORE_TESTING_STORE_BACKENDS_H_
#define DOSSIER_STORE_TESTING_STORE_BACKENDS_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "store/store.h"
#include "store/test_documents.h"

namespace dossier::store_testing {

enum class Backend { kSqlite, kPostgres };

// "Sqlite" or "Postgres", for test names.
std::string BackendName(const ::testing::TestParamInfo<Backend>& info);

// The URI of the test server, or "" when DOSSIER_TEST_POSTGRES is unset.
std::string TestPostgresUri();

// A fresh PostgreSQL database on the test server: created empty, dropped
// (its connections ended) when destroyed. REQUIRES: TestPostgresUri() set.
class ScratchDatabase {
 public:
  ScratchDatabase();
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  const std::string& uri() const { return uri_; }

 private:
  std::string name_;
  std::string uri_;
};

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;

  // Another store on the same database (another connection).
  std::unique_ptr<EvidenceStore> OpenAgain(bool must_exist = false);

  // Adds `source`, expecting success; returns its id (0 on failure).
  int64_t Add(const TestSource& source);

  std::string db_;    // the --db argument: a file path or a URI
  std::string name_;  // how the store names itself in errors
  std::unique_ptr<EvidenceStore> store_;

 private:
  ScratchDir dir_;
  std::unique_ptr<ScratchDatabase> database_;
};

}  // namespace dossier::store_testing

// Runs the TEST_Ps of `fixture` (a StoreTest) on both backends.
#define INSTANTIATE_STORE_BACKENDS(fixture)                                                 \
  INSTANTIATE_TEST_SUITE_P(Backends, fixture,                                               \
                           ::testing::Values(::dossier::store_testing::Backend::kSqlite,    \
                                             ::dossier::store_testing::Backend::kPostgres), \
                           ::dossier::store_testing::BackendName)

#endif  // DOSSIER_STORE_TESTING_STORE_BACKENDS_H_
