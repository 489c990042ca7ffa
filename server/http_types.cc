#include "server/http_types.h"

#include <nlohmann/json.hpp>

namespace dossier::server {

std::string HttpRequest::Header(std::string_view name) const {
  const auto it = headers.find(std::string(name));
  return it == headers.end() ? "" : it->second;
}

std::string HttpRequest::Query(std::string_view name) const {
  const auto it = query.find(std::string(name));
  return it == query.end() ? "" : it->second;
}

bool HttpRequest::HasQuery(std::string_view name) const {
  return query.count(std::string(name)) > 0;
}

HttpResponse JsonText(int status, std::string json) {
  return HttpResponse{status, "application/json; charset=utf-8", std::move(json), {}};
}

HttpResponse JsonError(int http_status, std::string_view message) {
  return JsonText(http_status, nlohmann::json{{"error", message}}.dump(
                                   -1, ' ', false, nlohmann::json::error_handler_t::replace));
}

HttpResponse ErrorResponse(const Status& status) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kDataLoss:
      return JsonError(400, status.message());
    case StatusCode::kNotFound:
      return JsonError(404, status.message());
    case StatusCode::kAlreadyExists:
    case StatusCode::kFailedPrecondition:
      return JsonError(409, status.message());
    case StatusCode::kResourceExhausted:
      return JsonError(413, status.message());
    case StatusCode::kUnimplemented:
      return JsonError(415, status.message());
    default:
      return JsonError(500, "internal error");
  }
}

}  // namespace dossier::server
