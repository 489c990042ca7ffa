#include "store/postgres/pg_connection.h"

#include <cstdio>
#include <cstring>

namespace dossier::store_internal {
namespace {

// Type oids of the columns PgResult reads (pg_type.h).
constexpr Oid kBoolOid = 16;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kFloat8Oid = 701;

uint64_t BigEndian(const char* bytes, int size) {
  uint64_t value = 0;
  for (int i = 0; i < size; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[i]);
  return value;
}

// The first line of a libpq message (they end in newlines, some carry more).
std::string FirstLine(const char* message) {
  std::string line = message == nullptr ? "" : message;
  const size_t end = line.find('\n');
  if (end != std::string::npos) line.resize(end);
  return line;
}

void IgnoreNotice(void*, const char*) {}

}  // namespace

std::string RedactUri(std::string_view uri) {
  std::string out(uri);
  const size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const size_t start = scheme + 3;
    const size_t at = out.find('@', start);
    const size_t slash = out.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      const size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
    }
  }
  const size_t password = out.find("password=");
  if (password != std::string::npos) {
    const size_t end = out.find('&', password);
    out.replace(password, (end == std::string::npos ? out.size() : end) - password, "password=***");
  }
  return out;
}

PgParams& PgParams::Add(std::string value, int format, bool null) {
  values_.push_back(std::move(value));
  pointers_.push_back(null ? nullptr : values_.back().c_str());
  lengths_.push_back(static_cast<int>(values_.back().size()));
  formats_.push_back(format);
  return *this;
}

PgParams& PgParams::Text(std::string_view value) { return Add(std::string(value), 0, false); }
PgParams& PgParams::Bytes(std::string_view value) { return Add(std::string(value), 1, false); }
PgParams& PgParams::Int(int64_t value) { return Add(std::to_string(value), 0, false); }
PgParams& PgParams::Bool(bool value) { return Add(value ? "t" : "f", 0, false); }
PgParams& PgParams::Null() { return Add("", 0, true); }

PgParams& PgParams::Double(double value) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.17g", value);
  return Add(text, 0, false);
}

std::string IntArray(const std::vector<int64_t>& values, const std::vector<bool>* nulls) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    out += nulls != nullptr && (*nulls)[i] ? "NULL" : std::to_string(values[i]);
  }
  out.push_back('}');
  return out;
}

std::string DoubleArray(const std::vector<double>& values, const std::vector<bool>* nulls) {
  std::string out = "{";
  char text[32];
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    if (nulls != nullptr && (*nulls)[i]) {
      out += "NULL";
      continue;
    }
    std::snprintf(text, sizeof(text), "%.17g", values[i]);
    out += text;
  }
  out.push_back('}');
  return out;
}

std::string TextArray(const std::vector<std::string_view>& values) {
  std::string out = "{";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    out.push_back('"');
    for (char c : values[i]) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back('}');
  return out;
}

bool PgResult::IsNull(int row, int column) const {
  return PQgetisnull(result_.get(), row, column) != 0;
}

int64_t PgResult::Int(int row, int column) const {
  if (IsNull(row, column)) return 0;
  const char* bytes = PQgetvalue(result_.get(), row, column);
  switch (PQftype(result_.get(), column)) {
    case kInt2Oid:
      return static_cast<int16_t>(BigEndian(bytes, 2));
    case kInt4Oid:
      return static_cast<int32_t>(BigEndian(bytes, 4));
    case kInt8Oid:
      return static_cast<int64_t>(BigEndian(bytes, 8));
    case kBoolOid:
      return bytes[0] != 0 ? 1 : 0;
  }
  return 0;  // a query reading a column of another type: a programming error
}

double PgResult::Double(int row, int column) const {
  if (IsNull(row, column) || PQftype(result_.get(), column) != kFloat8Oid) return 0;
  const uint64_t bits = BigEndian(PQgetvalue(result_.get(), row, column), 8);
  double value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

bool PgResult::Bool(int row, int column) const { return Int(row, column) != 0; }

std::string_view PgResult::Bytes(int row, int column) const {
  if (IsNull(row, column)) return {};
  return std::string_view(PQgetvalue(result_.get(), row, column),
                          PQgetlength(result_.get(), row, column));
}

StatusOr<std::unique_ptr<PgConnection>> PgConnection::Connect(std::string_view uri) {
  const std::string name = RedactUri(uri);
  PGconn* raw = PQconnectdb(std::string(uri).c_str());
  std::unique_ptr<PgConnection> connection(new PgConnection(raw, name));
  if (raw == nullptr) return InternalError(name + ": out of memory connecting");
  if (PQstatus(raw) != CONNECTION_OK) {
    const std::string message = FirstLine(PQerrorMessage(raw));
    const std::string what = name + ": cannot connect: " + message;
    if (message.find("does not exist") != std::string::npos) return NotFoundError(what);
    if (message.find("authentication") != std::string::npos ||
        message.find("permission") != std::string::npos ||
        message.find("password") != std::string::npos) {
      return FailedPreconditionError(what);
    }
    return IoError(what);
  }
  PQsetNoticeProcessor(raw, IgnoreNotice, nullptr);
  return connection;
}

Status PgConnection::Failure(const PGresult* result, std::string_view sql) const {
  const char* state = result == nullptr ? nullptr : PQresultErrorField(result, PG_DIAG_SQLSTATE);
  const std::string code = state == nullptr ? "" : state;
  std::string message = FirstLine(result == nullptr ? PQerrorMessage(connection_.get())
                                                    : PQresultErrorMessage(result));
  if (message.rfind("ERROR:  ", 0) == 0) message.erase(0, 8);
  std::string what = name_ + ": " + message;
  if (code.rfind("23", 0) == 0) return InvalidArgumentError(what);  // integrity constraints
  if (code == "40001" || code == "40P01") return AbortedError(what);
  if (code.rfind("08", 0) == 0 || PQstatus(connection_.get()) != CONNECTION_OK) {
    return IoError(what);
  }
  if (code.rfind("42", 0) == 0 || code.rfind("22", 0) == 0) {
    // Syntax or data errors in our own statements: name the statement.
    what += " (in \"" + std::string(sql.substr(0, 80)) + "\")";
  }
  return InternalError(what);
}

StatusOr<PgResult> PgConnection::Check(PGresult* raw, std::string_view sql) {
  PgResult result(raw);
  const ExecStatusType status = raw == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(raw);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return Failure(raw, sql);
  return result;
}

StatusOr<PgResult> PgConnection::Exec(std::string_view sql, const PgParams& params) {
  const std::string text(sql);
  return Check(PQexecParams(connection_.get(), text.c_str(), params.size(), nullptr,
                            params.values(), params.lengths(), params.formats(), /*binary=*/1),
               sql);
}

Status PgConnection::RunScript(const std::string& sql) {
  return Check(PQexec(connection_.get(), sql.c_str()), sql).status();
}

StatusOr<PgResult> PgConnection::ExecPrepared(const char* key, std::string_view sql,
                                              const PgParams& params) {
  if (!prepared_.contains(key)) {
    const std::string text(sql);
    RETURN_IF_ERROR(
        Check(PQprepare(connection_.get(), key, text.c_str(), params.size(), nullptr), sql)
            .status());
    prepared_.insert(key);
  }
  return Check(PQexecPrepared(connection_.get(), key, params.size(), params.values(),
                              params.lengths(), params.formats(), /*binary=*/1),
               sql);
}

bool PgConnection::InTransaction() const {
  return PQtransactionStatus(connection_.get()) != PQTRANS_IDLE;
}

PgTransaction::~PgTransaction() {
  if (!active_) return;
  connection_
      ->RunScript(nested_ ? "ROLLBACK TO SAVEPOINT dossier_write; RELEASE SAVEPOINT dossier_write"
                          : "ROLLBACK")
      .IgnoreError();
}

Status PgTransaction::Begin() {
  nested_ = connection_->InTransaction();
  RETURN_IF_ERROR(connection_->Run(nested_ ? "SAVEPOINT dossier_write" : "BEGIN"));
  active_ = true;
  return Status::Ok();
}

Status PgTransaction::Commit() {
  active_ = false;
  return connection_->Run(nested_ ? "RELEASE SAVEPOINT dossier_write" : "COMMIT");
}

}  // namespace dossier::store_internal
