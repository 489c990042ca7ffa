// Input discovery and reading: expands the paths a user names into the files
// to ingest, and reads one file under a size limit.
//
// Thread-safe (no shared state).
//
//   InputList inputs = ExpandInputs({"corpus/", "extra.pdf"});
//   for (const InputError& e : inputs.errors) std::cerr << e.status.message();
//   for (const std::string& path : inputs.files) { ... ReadInputFile(path, limit) ... }
#ifndef DOSSIER_PIPELINE_INPUT_FILES_H_
#define DOSSIER_PIPELINE_INPUT_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace dossier {

struct InputList {
  std::vector<std::string> files;  // regular files, each folder's in path order
  std::vector<Status> errors;      // one per path that could not be listed
};

// Expands each of `paths`: a regular file is taken as it is; a folder is
// walked recursively (hidden entries, whose names start with ".", are
// skipped), its files sorted by path. A missing or unreadable path gives an
// error naming it ("PATH: no such file or directory") and the rest go on.
InputList ExpandInputs(const std::vector<std::string>& paths);

// Returns the whole content of `path`. Errors: kNotFound (missing),
// kIoError (unreadable, a folder), kResourceExhausted when the file is
// larger than `max_bytes` (checked before reading). Messages start with path.
StatusOr<std::string> ReadInputFile(const std::string& path, uint64_t max_bytes);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_INPUT_FILES_H_
