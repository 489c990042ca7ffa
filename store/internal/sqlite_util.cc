#include "store/internal/sqlite_util.h"

#include <utility>

namespace dossier::store_internal {

Status SqliteError(sqlite3* db, int rc, std::string_view path, std::string_view what) {
  std::string message(path);
  message += ": ";
  message += what;
  message += ": ";
  // The connection's message describes `rc` only when it was the last error.
  message += (db != nullptr && sqlite3_errcode(db) == rc) ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
      return FailedPreconditionError(std::move(message));
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return IoError(std::move(message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLossError(std::move(message));
    case SQLITE_TOOBIG:
      return ResourceExhaustedError(std::move(message));
    default:
      return InternalError(std::move(message));
  }
}

Status Exec(sqlite3* db, std::string_view path, const char* sql) {
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db, rc, path, std::string("executing ") + sql);
  return Status::Ok();
}

StatusOr<Statement> Statement::Prepare(sqlite3* db, const std::string& path, std::string_view sql) {
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(raw);
    return SqliteError(db, rc, path, "preparing \"" + std::string(sql) + "\"");
  }
  Statement statement;
  statement.stmt_.reset(raw);
  statement.db_ = db;
  statement.path_ = &path;
  return statement;
}

void Statement::NoteBind(int rc, int index) {
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) {
    bind_rc_ = rc;
    bind_index_ = index;
  }
}

void Statement::BindInt64(int index, int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_.get(), index, value), index);
}

void Statement::BindDouble(int index, double value) {
  NoteBind(sqlite3_bind_double(stmt_.get(), index, value), index);
}

void Statement::BindText(int index, std::string_view value) {
  NoteBind(sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(), SQLITE_STATIC,
                               SQLITE_UTF8),
           index);
}

void Statement::BindBlob(int index, std::string_view bytes) {
  // A null pointer would bind NULL; an empty blob must stay a blob.
  static constexpr char kEmpty = 0;
  NoteBind(sqlite3_bind_blob64(stmt_.get(), index, bytes.empty() ? &kEmpty : bytes.data(),
                               bytes.size(), SQLITE_STATIC),
           index);
}

void Statement::BindNull(int index) { NoteBind(sqlite3_bind_null(stmt_.get(), index), index); }

StatusOr<bool> Statement::Step() {
  if (bind_rc_ != SQLITE_OK) {
    return SqliteError(db_, bind_rc_, *path_,
                       "binding parameter " + std::to_string(bind_index_) + " of \"" +
                           sqlite3_sql(stmt_.get()) + "\"");
  }
  const int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, rc, *path_, std::string("running \"") + sqlite3_sql(stmt_.get()) + "\"");
}

Status Statement::Run() {
  ASSIGN_OR_RETURN(bool row, Step());
  if (row) {
    return InternalError(*path_ + ": \"" + sqlite3_sql(stmt_.get()) + "\" returned rows");
  }
  return Status::Ok();
}

void Statement::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  bind_rc_ = SQLITE_OK;
  bind_index_ = 0;
}

int64_t Statement::ColumnInt64(int column) const {
  return sqlite3_column_int64(stmt_.get(), column);
}

double Statement::ColumnDouble(int column) const {
  return sqlite3_column_double(stmt_.get(), column);
}

bool Statement::ColumnIsNull(int column) const {
  return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

std::string_view Statement::ColumnText(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_.get(), column));
  const int size = sqlite3_column_bytes(stmt_.get(), column);
  return text == nullptr ? std::string_view() : std::string_view(text, size);
}

std::string_view Statement::ColumnBlob(int column) const {
  const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt_.get(), column));
  const int size = sqlite3_column_bytes(stmt_.get(), column);
  return blob == nullptr ? std::string_view() : std::string_view(blob, size);
}

Transaction::~Transaction() {
  if (!active_) return;
  const char* undo = nested_ ? "ROLLBACK TO dossier_write; RELEASE dossier_write" : "ROLLBACK";
  sqlite3_exec(db_, undo, nullptr, nullptr, nullptr);
}

Status Transaction::Begin() {
  nested_ = sqlite3_get_autocommit(db_) == 0;
  RETURN_IF_ERROR(Exec(db_, *path_, nested_ ? "SAVEPOINT dossier_write" : "BEGIN IMMEDIATE"));
  active_ = true;
  return Status::Ok();
}

Status Transaction::Commit() {
  RETURN_IF_ERROR(Exec(db_, *path_, nested_ ? "RELEASE dossier_write" : "COMMIT"));
  active_ = false;
  return Status::Ok();
}

}  // namespace dossier::store_internal
