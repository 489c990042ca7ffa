#include "server/access_guard.h"

#include <algorithm>

#include "base/html.h"

namespace dossier::server {
namespace {

constexpr std::string_view kCookie = "dossier_token=";

// The value of cookie dossier_token in a Cookie header, or "".
std::string TokenCookie(std::string_view cookies) {
  size_t at = 0;
  while (at < cookies.size()) {
    while (at < cookies.size() && (cookies[at] == ' ' || cookies[at] == ';')) ++at;
    const size_t end = std::min(cookies.find(';', at), cookies.size());
    const std::string_view pair = cookies.substr(at, end - at);
    if (pair.substr(0, kCookie.size()) == kCookie) return std::string(pair.substr(kCookie.size()));
    at = end;
  }
  return "";
}

// The path and query of the request without its token parameter.
std::string WithoutToken(const HttpRequest& request) {
  std::string query;
  for (const auto& [name, value] : request.query) {
    if (name == "token") continue;
    query += (query.empty() ? "?" : "&") + UrlEncode(name) + "=" + UrlEncode(value);
  }
  return request.path + query;
}

bool IsJson(std::string_view content_type) {
  return content_type.substr(0, content_type.find(';')) == "application/json";
}

}  // namespace

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

AccessGuard::AccessGuard(GuardOptions options) : options_(std::move(options)) {}

bool AccessGuard::HasToken(const HttpRequest& request) const {
  const std::string authorization = request.Header("authorization");
  if (authorization.rfind("Bearer ", 0) == 0 &&
      ConstantTimeEquals(authorization.substr(7), options_.token)) {
    return true;
  }
  return ConstantTimeEquals(TokenCookie(request.Header("cookie")), options_.token);
}

bool AccessGuard::Allowed(const std::string& peer) {
  const auto now = std::chrono::steady_clock::now();
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, inserted] = buckets_.try_emplace(peer, Bucket{options_.burst, now});
  Bucket& bucket = it->second;
  const double seconds = std::chrono::duration<double>(now - bucket.last).count();
  bucket.tokens = std::min(options_.burst, bucket.tokens + seconds * options_.requests_per_second);
  bucket.last = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}

std::optional<HttpResponse> AccessGuard::Check(const HttpRequest& request) {
  if (!Allowed(request.remote_address)) return JsonError(429, "too many requests; slow down");
  if (!options_.token.empty() && !HasToken(request)) {
    if (request.method == "GET" && ConstantTimeEquals(request.Query("token"), options_.token)) {
      HttpResponse redirect{303, "text/plain; charset=utf-8", "", {}};
      redirect.headers.push_back({"Location", WithoutToken(request)});
      redirect.headers.push_back({"Set-Cookie", std::string(kCookie) + options_.token +
                                                    "; HttpOnly; SameSite=Strict; Path=/"});
      return redirect;
    }
    return JsonError(401, "this server needs its token (Authorization: Bearer, or ?token=)");
  }
  if (request.method != "GET" && request.method != "HEAD") {
    const std::string origin = request.Header("origin");
    const std::string host = request.Header("host");
    if (!origin.empty() && origin != "http://" + host && origin != "https://" + host) {
      return JsonError(403, "cross-site request refused (Origin " + origin + ")");
    }
    const std::string site = request.Header("sec-fetch-site");
    if (!site.empty() && site != "same-origin" && site != "none") {
      return JsonError(403, "cross-site request refused (Sec-Fetch-Site " + site + ")");
    }
    if (!IsJson(request.Header("content-type")) && request.Header("x-dossier-request").empty()) {
      return JsonError(403,
                       "a POST needs a JSON body (Content-Type: application/json) or the "
                       "X-Dossier-Request header");
    }
  }
  return std::nullopt;
}

}  // namespace dossier::server
