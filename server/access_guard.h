// AccessGuard: what every request passes before a handler sees it.
//  - The token: when the server has one (it must when it listens beyond
//    loopback), a request carries it as "Authorization: Bearer T", as the
//    cookie dossier_token=T, or as ?token=T (answered by a redirect that sets
//    the cookie and drops the token from the address).
//  - Cross-site requests: a POST must come from our own pages (Origin, when
//    sent, names the Host; Sec-Fetch-Site, when sent, is same-origin or none)
//    and carry a JSON body or the X-Dossier-Request header, which no page of
//    another site can send without a CORS preflight we never approve.
//  - A rate limit per peer address (a token bucket).
// Thread-safe.
//
//   AccessGuard guard({.token = "s3cret"});
//   if (std::optional<HttpResponse> refused = guard.Check(request)) return *refused;
#ifndef DOSSIER_SERVER_ACCESS_GUARD_H_
#define DOSSIER_SERVER_ACCESS_GUARD_H_

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "server/http_types.h"

namespace dossier::server {

struct GuardOptions {
  std::string token;  // "" when no token is needed (loopback only)
  // Requests per second a peer may make on average, and the burst it may
  // make at once. Generous: a person clicking never meets it; a runaway
  // script or a load test beyond it gets 429.
  double requests_per_second = 5000;
  double burst = 10000;
};

class AccessGuard {
 public:
  explicit AccessGuard(GuardOptions options);

  // nullopt when the request may go on; else the answer to send instead
  // (401 no or wrong token, 403 cross-site, 429 too many, or the 303 that
  // turns ?token= into a cookie).
  std::optional<HttpResponse> Check(const HttpRequest& request);

 private:
  bool HasToken(const HttpRequest& request) const;
  bool Allowed(const std::string& peer);

  const GuardOptions options_;
  std::mutex mu_;
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point last;
  };
  std::map<std::string, Bucket> buckets_;  // GUARDED_BY(mu_)
};

// Whether a and b are equal, in a time that depends on their sizes only.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_ACCESS_GUARD_H_
