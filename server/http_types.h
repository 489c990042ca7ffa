// The request and response the workbench's handlers see: plain structs, so
// handlers are plain functions and the HTTP library stays in
// http_server.cc. One place (ErrorResponse) maps a Status to an HTTP status.
//
// Value types; thread-compatible.
#ifndef DOSSIER_SERVER_HTTP_TYPES_H_
#define DOSSIER_SERVER_HTTP_TYPES_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dossier::server {

struct UploadedFile {
  std::string field;     // the form field ("files")
  std::string filename;  // as the browser sent it; never used as a path
  std::string content;
};

struct HttpRequest {
  std::string method;                             // "GET", "POST", ...
  std::string path;                               // percent-decoded, without the query
  std::multimap<std::string, std::string> query;  // decoded parameters
  std::map<std::string, std::string> headers;     // names in lower case
  std::string body;
  std::vector<UploadedFile> files;  // the parts of a multipart/form-data body
  std::string remote_address;       // the peer's IP address

  // The header's value, or "" when absent. `name` in lower case.
  std::string Header(std::string_view name) const;
  // The first value of query parameter `name`, or "".
  std::string Query(std::string_view name) const;
  bool HasQuery(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // added to the security headers
};

// A JSON body (already serialized) with status `status`.
HttpResponse JsonText(int status, std::string json);

// {"error": message} with the HTTP status of the Status code:
// kInvalidArgument and kDataLoss 400, kNotFound 404, kAlreadyExists and
// kFailedPrecondition 409, kResourceExhausted 413, kUnimplemented 415;
// kIoError, kInternal and anything else 500 with the message "internal
// error" (such messages may name files of the machine: none leaves it).
HttpResponse ErrorResponse(const Status& status);

// {"error": message} with `http_status`.
HttpResponse JsonError(int http_status, std::string_view message);

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_HTTP_TYPES_H_
