// Where `dossier serve` listens: "--listen ADDR:PORT" and "--port N" read
// into an address, and whether it is loopback (the only addresses the
// server accepts without a token). Thread-safe (pure functions).
//
//   StatusOr<ListenAddress> at = ParseListenAddress("0.0.0.0:8080");
//   if (!IsLoopback(at->host) && token.empty()) refuse;
#ifndef DOSSIER_SERVER_LISTEN_ADDRESS_H_
#define DOSSIER_SERVER_LISTEN_ADDRESS_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier::server {

struct ListenAddress {
  std::string host;  // "127.0.0.1", "::1", "0.0.0.0", "localhost", ...
  int port = 0;      // 0: any free port
};

// "HOST:PORT", "[IPv6]:PORT" or ":PORT" (loopback). kInvalidArgument naming
// the text for anything else (a port outside 0-65535, an empty host in
// brackets, characters a host name cannot hold).
StatusOr<ListenAddress> ParseListenAddress(std::string_view text);

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(std::string_view host);

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_LISTEN_ADDRESS_H_
