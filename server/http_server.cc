#include "server/http_server.h"

#include <httplib.h>

#include <cctype>

namespace dossier::server {
namespace {

HttpRequest FromHttplib(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [name, value] : in.params) out.query.emplace(name, value);
  for (const auto& [name, value] : in.headers) {
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers.emplace(std::move(lower), value);
  }
  out.body = in.body;
  for (const auto& [field, part] : in.files) {
    if (!part.filename.empty()) out.files.push_back({field, part.filename, part.content});
  }
  out.remote_address = in.remote_addr;
  return out;
}

void SecurityHeaders(httplib::Response& res) {
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
  res.set_header("Cross-Origin-Resource-Policy", "same-origin");
}

}  // namespace

Status RunHttpServer(const HttpServerOptions& options, AccessGuard* guard, Workbench* workbench) {
  httplib::Server server;
  server.set_payload_max_length(options.max_request_bytes);
  server.set_read_timeout(std::chrono::seconds(30));
  const auto handle = [&](const httplib::Request& req, httplib::Response& res) {
    const HttpRequest request = FromHttplib(req);
    HttpResponse response;
    if (std::optional<HttpResponse> refused = guard->Check(request)) {
      response = std::move(*refused);
    } else {
      response = workbench->Handle(request);
    }
    res.status = response.status;
    for (const auto& [name, value] : response.headers) res.set_header(name.c_str(), value);
    res.set_content(std::move(response.body), response.content_type.c_str());
    SecurityHeaders(res);
  };
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Delete(".*", handle);
  server.Options(".*", handle);
  // Errors the library answers itself (malformed request 400, body too
  // large 413, no route 404): a JSON body, the security headers.
  const httplib::Server::HandlerWithResponse on_error = [](const httplib::Request&,
                                                           httplib::Response& res) {
    if (res.body.empty()) {
      const char* what = res.status == 413   ? "request too large"
                         : res.status == 400 ? "malformed request"
                                             : "request refused";
      res.set_content(std::string("{\"error\": \"") + what + "\"}", "application/json");
    }
    SecurityHeaders(res);
    return httplib::Server::HandlerResponse::Handled;
  };
  server.set_error_handler(on_error);
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content("{\"error\": \"internal error\"}", "application/json");
        SecurityHeaders(res);
      });

  const std::string& host = options.address.host;
  int port = options.address.port;
  if (port == 0) {
    port = server.bind_to_any_port(host);
    if (port < 0) {
      return FailedPreconditionError("cannot listen on " + host + " (no free port)");
    }
  } else if (!server.bind_to_port(host, port)) {
    return FailedPreconditionError("cannot listen on " + host + ":" + std::to_string(port) +
                                   " (in use, or not an address of this machine)");
  }
  if (options.on_listening) options.on_listening(port);
  if (!server.listen_after_bind()) return FailedPreconditionError("the server stopped");
  return Status::Ok();
}

}  // namespace dossier::server
