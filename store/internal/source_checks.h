// What both store backends check the same way: a source is well-formed
// before anything is written, and the argument of GetSource names a source
// id or a SHA-256 prefix. Thread-safe (pure functions; the lookups are the
// caller's).
#ifndef DOSSIER_STORE_INTERNAL_SOURCE_CHECKS_H_
#define DOSSIER_STORE_INTERNAL_SOURCE_CHECKS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dossier::store_internal {

// Checks what AddSource relies on (hash, passages, spans, sections,
// signatures, repeats within the source), so that a malformed document is
// refused before anything is written. kInvalidArgument naming the source's path.
Status ValidateSource(const SourceToStore& source);

// AddSource's kAborted: passage `passage` of the source at `path` was to be
// stored as a first occurrence, but passage `stored_passage` of source
// `stored_source` has its exact key and was stored since the marking.
Status RepeatsStoredError(const std::string& path, size_t passage, int64_t stored_source,
                          int64_t stored_passage);

// The sources that a new source's duplicate marks name (DuplicateRef):
// by id, by SHA-256 (a document stored in the same run, looked up once
// each), or none (a repeat within the new source itself).
class MarkedSources {
 public:
  // `find` returns the id of the source with a SHA-256, or 0.
  MarkedSources(int64_t own_id, const std::string& path,
                std::function<StatusOr<int64_t>(std::string_view sha256)> find)
      : own_id_(own_id), path_(path), find_(std::move(find)) {}

  // Returns the id of the source `ref` names. kInvalidArgument when it names
  // a SHA-256 that is not stored.
  StatusOr<int64_t> Resolve(const DuplicateRef& ref);

 private:
  int64_t own_id_;
  const std::string& path_;
  std::function<StatusOr<int64_t>(std::string_view)> find_;
  std::vector<std::pair<std::string, int64_t>> resolved_;
};

// Returns `text` with A-F lower-cased, or nullopt when it is not all hex
// digits (SHA-256 prefixes typed by users, hashes given to the store).
std::optional<std::string> LowerHex(std::string_view text);

// The lookups ResolveSourceRef needs from a store.
struct SourceLookups {
  // Whether source `id` exists.
  std::function<StatusOr<bool>(int64_t id)> exists;
  // The ids of at most two sources whose SHA-256 is >= low and < high.
  std::function<StatusOr<std::vector<int64_t>>(const std::string& low, const std::string& high)>
      by_sha_range;
};

// Resolves GetSource's argument (store.h) to a source id: all digits name an
// id when that source exists, else (6 digits or more) a prefix. Errors name
// `store_name`.
StatusOr<int64_t> ResolveSourceRef(std::string_view id_or_sha, const std::string& store_name,
                                   const SourceLookups& lookups);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_SOURCE_CHECKS_H_
