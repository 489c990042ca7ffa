// Thin RAII wrappers over the sqlite3 C API for the SQLite store: an owned
// connection, prepared statements that report errors as Status values naming
// the database file, and a transaction that rolls back unless committed.
//
// Thread-compatible: a connection and its statements belong to one thread.
//
//   ASSIGN_OR_RETURN(Statement stmt, Statement::Prepare(db, path, "SELECT ?1"));
//   StatementScope scope(&stmt);  // resets the statement when done
//   stmt.BindInt64(1, 42);
//   ASSIGN_OR_RETURN(bool row, stmt.Step());
#ifndef DOSSIER_STORE_INTERNAL_SQLITE_UTIL_H_
#define DOSSIER_STORE_INTERNAL_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier::store_internal {

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

// Returns the Status for SQLite result code `rc` (not SQLITE_OK), with the
// message "PATH: WHAT: <sqlite3_errmsg>". Busy and locked databases map to
// kFailedPrecondition, I/O and full disks to kIoError, corruption to
// kDataLoss, everything else to kInternal.
Status SqliteError(sqlite3* db, int rc, std::string_view path, std::string_view what);

// Runs one or more SQL statements that return no rows.
Status Exec(sqlite3* db, std::string_view path, const char* sql);

// A prepared statement. Bind* calls remember the first failure, which the
// next Step() returns, so call sites bind without checking each call.
class Statement {
 public:
  Statement() = default;

  // Prepares `sql` for repeated use. `path` names the database in errors and
  // must outlive the statement.
  static StatusOr<Statement> Prepare(sqlite3* db, const std::string& path, std::string_view sql);

  // Parameters are 1-based. Text and blobs are NOT copied: REQUIRES the bytes
  // stay valid until the statement is reset.
  void BindInt64(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindText(int index, std::string_view value);
  void BindBlob(int index, std::string_view bytes);
  void BindNull(int index);

  // Advances: true when a row is available, false when done.
  StatusOr<bool> Step();
  // Steps a statement that returns no rows to completion.
  Status Run();
  // Clears bindings and rewinds, releasing any read snapshot it held.
  void Reset();

  // Columns are 0-based; views stay valid until the next Step() or Reset().
  int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;
  bool ColumnIsNull(int column) const;
  std::string_view ColumnText(int column) const;
  std::string_view ColumnBlob(int column) const;

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };

  void NoteBind(int rc, int index);

  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
  sqlite3* db_ = nullptr;
  const std::string* path_ = nullptr;
  int bind_rc_ = SQLITE_OK;
  int bind_index_ = 0;
};

// Resets a statement when leaving the scope, so that a cached statement never
// keeps a read transaction open.
class StatementScope {
 public:
  explicit StatementScope(Statement* statement) : statement_(statement) {}
  ~StatementScope() { statement_->Reset(); }
  StatementScope(const StatementScope&) = delete;
  StatementScope& operator=(const StatementScope&) = delete;

 private:
  Statement* statement_;
};

// A write transaction that is rolled back when destroyed uncommitted. Begun
// outside any transaction it is BEGIN IMMEDIATE ... COMMIT; begun inside one
// (a batch) it is a savepoint, so a failure undoes only its own writes and a
// success becomes durable when the enclosing transaction commits.
class Transaction {
 public:
  Transaction(sqlite3* db, const std::string& path) : db_(db), path_(&path) {}
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  Status Begin();
  Status Commit();

 private:
  sqlite3* db_;
  const std::string* path_;
  bool active_ = false;
  bool nested_ = false;  // a savepoint inside an enclosing transaction
};

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_SQLITE_UTIL_H_
