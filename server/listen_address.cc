#include "server/listen_address.h"

namespace dossier::server {
namespace {

bool IsHostCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == ':';
}

}  // namespace

StatusOr<ListenAddress> ParseListenAddress(std::string_view text) {
  const std::string quoted = "--listen '" + std::string(text) + "'";
  const size_t colon = text.rfind(':');
  if (colon == std::string_view::npos) return InvalidArgumentError(quoted + ": expected ADDR:PORT");
  std::string_view host = text.substr(0, colon);
  const std::string_view port = text.substr(colon + 1);
  if (port.empty() || port.size() > 5) return InvalidArgumentError(quoted + ": bad port");
  int number = 0;
  for (char c : port) {
    if (c < '0' || c > '9') return InvalidArgumentError(quoted + ": bad port");
    number = number * 10 + (c - '0');
  }
  if (number > 65535) return InvalidArgumentError(quoted + ": port above 65535");
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
    if (host.empty()) return InvalidArgumentError(quoted + ": empty address");
  } else if (host.find(':') != std::string_view::npos) {
    return InvalidArgumentError(quoted + ": write an IPv6 address in brackets, [::1]:8080");
  }
  for (char c : host) {
    if (!IsHostCharacter(c)) return InvalidArgumentError(quoted + ": bad address");
  }
  return ListenAddress{host.empty() ? "127.0.0.1" : std::string(host), number};
}

bool IsLoopback(std::string_view host) {
  return host == "localhost" || host == "::1" || host.substr(0, 4) == "127.";
}

}  // namespace dossier::server
