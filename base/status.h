// Status and StatusOr<T>: the one error currency of Dossier.
//
// Expected failures (bad input, missing files, storage errors) travel as
// values; exceptions never cross a module boundary. A message names the object
// and the broken condition: "report.pdf: not a PDF (starts with 'PK')".
//
// Thread-compatible value types.
//
//   StatusOr<std::string> ReadAll(std::string_view path);
//   ASSIGN_OR_RETURN(std::string bytes, ReadAll(path));
//   RETURN_IF_ERROR(store.Put(doc));
#ifndef DOSSIER_BASE_STATUS_H_
#define DOSSIER_BASE_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dossier {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // the caller passed something malformed (bad input bytes included)
  kNotFound,            // a named file, source or record does not exist
  kAlreadyExists,       // the object is already there (e.g. the same source bytes)
  kFailedPrecondition,  // the system is not in a state to do this (e.g. encrypted PDF)
  kResourceExhausted,   // a configured limit was exceeded (e.g. file size)
  kDataLoss,            // input is truncated or corrupt
  kUnimplemented,       // the format or feature is not supported
  kIoError,             // the operating system refused a read or write
  kInternal,            // a bug or a broken invariant in a library we call
  kAborted,             // a concurrent writer got there first: redo the work and retry
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "<prefix>: <message>"; used to name the file.
  Status WithPrefix(std::string_view prefix) const;

  // "OK" or "<CodeName>: <message>".
  std::string ToString() const;

  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline bool operator==(const Status& a, const Status& b) {
  return a.code() == b.code() && a.message() == b.message();
}

Status InvalidArgumentError(std::string message);
Status NotFoundError(std::string message);
Status AlreadyExistsError(std::string message);
Status FailedPreconditionError(std::string message);
Status ResourceExhaustedError(std::string message);
Status DataLossError(std::string message);
Status UnimplementedError(std::string message);
Status IoError(std::string message);
Status InternalError(std::string message);
Status AbortedError(std::string message);

// Holds either a value or a non-OK Status. REQUIRES: a Status given to the
// constructor is not OK.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(Status status) : rep_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(rep_).ok());
  }
  StatusOr(T value) : rep_(std::move(value)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(rep_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(rep_); }

  // REQUIRES: ok().
  T& value() & { return std::get<T>(rep_); }
  const T& value() const& { return std::get<T>(rep_); }
  T&& value() && { return std::get<T>(std::move(rep_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<Status, T> rep_;
};

}  // namespace dossier

#define DOSSIER_CONCAT_INNER_(a, b) a##b
#define DOSSIER_CONCAT_(a, b) DOSSIER_CONCAT_INNER_(a, b)

#define RETURN_IF_ERROR(expr)                          \
  do {                                                 \
    ::dossier::Status dossier_status_ = (expr);        \
    if (!dossier_status_.ok()) return dossier_status_; \
  } while (false)

#define DOSSIER_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                   \
  if (!tmp.ok()) return tmp.status();                  \
  lhs = std::move(tmp).value()

#define ASSIGN_OR_RETURN(lhs, expr) \
  DOSSIER_ASSIGN_OR_RETURN_IMPL_(DOSSIER_CONCAT_(dossier_statusor_, __LINE__), lhs, expr)

#endif  // DOSSIER_BASE_STATUS_H_
