// Thin RAII wrappers over libpq for the PostgreSQL store: an owned
// connection whose statements report errors as Status values naming the
// database (its URI without a password), parameters in libpq's text format
// (bytes in binary), and results read in binary.
//
// Thread-compatible: a connection and its results belong to one thread.
//
//   PgParams params;
//   params.Int(42).Text("x");
//   ASSIGN_OR_RETURN(PgResult rows, connection.Exec("SELECT $1::int8, $2", params));
//   int64_t v = rows.Int(0, 0);
#ifndef DOSSIER_STORE_POSTGRES_PG_CONNECTION_H_
#define DOSSIER_STORE_POSTGRES_PG_CONNECTION_H_

#include <libpq-fe.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dossier::store_internal {

// Returns `uri` with any password removed (user:secret@ and password=...),
// fit for messages.
std::string RedactUri(std::string_view uri);

// Statement parameters, in order ($1, $2, ...). Values are copied.
class PgParams {
 public:
  PgParams& Text(std::string_view value);
  PgParams& Bytes(std::string_view value);  // a bytea, sent in binary
  PgParams& Int(int64_t value);
  PgParams& Double(double value);  // round-trips exactly
  PgParams& Bool(bool value);
  PgParams& Null();

  int size() const { return static_cast<int>(values_.size()); }
  const char* const* values() const { return pointers_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  PgParams& Add(std::string value, int format, bool null);

  std::deque<std::string> values_;  // a deque: pointers into it stay valid
  std::vector<const char*> pointers_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
};

// Array literals for parameters of type int8[], text[], ... ("{1,NULL,3}").
std::string IntArray(const std::vector<int64_t>& values, const std::vector<bool>* nulls = nullptr);
std::string DoubleArray(const std::vector<double>& values,
                        const std::vector<bool>* nulls = nullptr);
std::string TextArray(const std::vector<std::string_view>& values);

// A query result (binary format). Rows and columns are 0-based; views stay
// valid while the result lives.
class PgResult {
 public:
  PgResult() = default;
  explicit PgResult(PGresult* result) : result_(result) {}

  int rows() const { return result_ ? PQntuples(result_.get()) : 0; }
  bool IsNull(int row, int column) const;
  // int2, int4 or int8 columns.
  int64_t Int(int row, int column) const;
  double Double(int row, int column) const;  // float8
  bool Bool(int row, int column) const;
  // text and bytea columns: the bytes as stored.
  std::string_view Bytes(int row, int column) const;
  std::string String(int row, int column) const { return std::string(Bytes(row, column)); }

 private:
  struct Clearer {
    void operator()(PGresult* result) const { PQclear(result); }
  };
  std::unique_ptr<PGresult, Clearer> result_;
};

// One connection. Errors name the database as RedactUri shows it.
class PgConnection {
 public:
  // Connects to `uri`. kNotFound when the database does not exist,
  // kFailedPrecondition when the server refuses (authentication,
  // permissions), kIoError when it cannot be reached.
  static StatusOr<std::unique_ptr<PgConnection>> Connect(std::string_view uri);

  const std::string& name() const { return name_; }

  // Runs one statement.
  StatusOr<PgResult> Exec(std::string_view sql, const PgParams& params = PgParams());
  // Runs statements separated by ';' that return no rows.
  Status RunScript(const std::string& sql);
  // Runs one statement prepared once per connection under `key` (a short
  // name, unique per SQL text).
  StatusOr<PgResult> ExecPrepared(const char* key, std::string_view sql, const PgParams& params);
  Status Run(std::string_view sql, const PgParams& params = PgParams()) {
    return Exec(sql, params).status();
  }

  // Whether a transaction is open (or failed and awaiting ROLLBACK).
  bool InTransaction() const;

 private:
  PgConnection(PGconn* connection, std::string name)
      : connection_(connection), name_(std::move(name)) {}
  // The Status of a failed result: SQLSTATE classes mapped to codes
  // (integrity violations kInvalidArgument, serialization failures and
  // deadlocks kAborted, connection loss kIoError, others kInternal).
  Status Failure(const PGresult* result, std::string_view sql) const;
  StatusOr<PgResult> Check(PGresult* raw, std::string_view sql);

  struct Closer {
    void operator()(PGconn* connection) const { PQfinish(connection); }
  };
  std::unique_ptr<PGconn, Closer> connection_;
  std::string name_;
  std::unordered_set<std::string> prepared_;
};

// A transaction on `connection`, rolled back when destroyed uncommitted.
// Begun inside an open transaction it is a savepoint, so a failure undoes
// only its own writes.
class PgTransaction {
 public:
  explicit PgTransaction(PgConnection* connection) : connection_(connection) {}
  ~PgTransaction();
  PgTransaction(const PgTransaction&) = delete;
  PgTransaction& operator=(const PgTransaction&) = delete;

  Status Begin();
  Status Commit();

 private:
  PgConnection* connection_;
  bool active_ = false;
  bool nested_ = false;
};

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_POSTGRES_PG_CONNECTION_H_
