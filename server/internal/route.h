// Splitting a request path into its segments, for the workbench's routes.
#ifndef DOSSIER_SERVER_INTERNAL_ROUTE_H_
#define DOSSIER_SERVER_INTERNAL_ROUTE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::server::internal {

// "/api/entities/P-1/graph" -> {"api", "entities", "P-1", "graph"}. Empty
// segments are dropped; nullopt when a segment is "." or ".." or holds a
// byte below 0x20 or a backslash (nothing we serve is named so).
std::optional<std::vector<std::string>> PathSegments(std::string_view path);

// A non-negative decimal number below 2^53, or nullopt.
std::optional<int64_t> ParseCount(std::string_view text);

}  // namespace dossier::server::internal

#endif  // DOSSIER_SERVER_INTERNAL_ROUTE_H_
