// RunHttpServer: the HTTP edge of `dossier serve` (cpp-httplib, Debian's
// libcpp-httplib-dev). It turns each request into our HttpRequest, passes it
// through the AccessGuard and the Workbench, and adds the security headers
// to every answer: a Content-Security-Policy that allows our own files only
// (default-src 'self': no inline script or style, no outside origin),
// nosniff, no framing, no referrer. Requests larger than
// `max_request_bytes` get 413; malformed ones 400; an exception in a handler
// 500 with {"error": "internal error"} (no stack trace, no path).
// Thread-safe: requests run on the library's thread pool.
#ifndef DOSSIER_SERVER_HTTP_SERVER_H_
#define DOSSIER_SERVER_HTTP_SERVER_H_

#include <cstddef>
#include <functional>

#include "base/status.h"
#include "server/access_guard.h"
#include "server/listen_address.h"
#include "server/workbench.h"

namespace dossier::server {

struct HttpServerOptions {
  ListenAddress address;
  size_t max_request_bytes = 64u << 20;  // the largest body (uploads): beyond, 413
  // Called once the socket is bound, with the port (the chosen one when
  // address.port is 0), before requests are served.
  std::function<void(int port)> on_listening;
};

// The Content-Security-Policy of every answer.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

// Serves until the process ends. kFailedPrecondition naming the address when
// it cannot be bound.
Status RunHttpServer(const HttpServerOptions& options, AccessGuard* guard, Workbench* workbench);

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_HTTP_SERVER_H_
