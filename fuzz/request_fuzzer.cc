// The parsing and routing the workbench does itself, over arbitrary bytes:
// the input is split at its first two newlines into a --listen address, a
// request path and header lines ("name: value"); the address is parsed, the
// path split into segments, and a request made of them passed through the
// AccessGuard (with a token) and the snippet marking of the search page.
// Nothing may crash, and a refused path never reaches a handler.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/access_guard.h"
#include "server/internal/route.h"
#include "server/listen_address.h"
#include "web/pages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t first = input.find('\n');
  const std::string_view address = input.substr(0, first);
  const std::string_view rest = first == std::string_view::npos ? "" : input.substr(first + 1);
  const size_t second = rest.find('\n');
  const std::string_view path = rest.substr(0, second);
  const std::string_view headers = second == std::string_view::npos ? "" : rest.substr(second + 1);

  dossier::server::ParseListenAddress(address).status().IgnoreError();
  dossier::server::IsLoopback(address);
  if (auto segments = dossier::server::internal::PathSegments(path)) {
    for (const std::string& segment : *segments) {
      if (segment == "." || segment == "..") __builtin_trap();
    }
  }
  dossier::server::internal::ParseCount(path);

  dossier::server::HttpRequest request;
  request.method = headers.empty() ? "GET" : "POST";
  request.path = std::string(path);
  request.remote_address = "127.0.0.1";
  size_t at = 0;
  while (at < headers.size()) {
    size_t end = headers.find('\n', at);
    if (end == std::string_view::npos) end = headers.size();
    const std::string_view line = headers.substr(at, end - at);
    const size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      request.headers[std::string(line.substr(0, colon))] = std::string(line.substr(colon + 1));
    }
    request.query.emplace("token", std::string(line));
    at = end + 1;
  }
  static dossier::server::AccessGuard guard({.token = "fuzz-token-0123456789"});
  guard.Check(request);
  dossier::SearchHit hit;
  hit.snippet = std::string(path);
  dossier::web::RenderSearchPage(address, {hit}, dossier::web::PageLinks::Workbench(),
                                 dossier::web::PageMode::kWorkbench);
  return 0;
}
