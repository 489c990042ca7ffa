#include "pipeline/input_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace dossier {
namespace {

namespace fs = std::filesystem;

Status FromErrorCode(const std::string& path, const std::error_code& error) {
  std::string message = path + ": " + error.message();
  if (error == std::errc::no_such_file_or_directory) return NotFoundError(std::move(message));
  return IoError(std::move(message));
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

void WalkFolder(const std::string& root, InputList* out) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::none, error);
  if (error) {
    out->errors.push_back(FromErrorCode(root, error));
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(error)) {
    if (error) {
      out->errors.push_back(FromErrorCode(it->path().string(), error));
      error.clear();
      continue;
    }
    if (IsHidden(it->path())) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error)) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  out->files.insert(out->files.end(), found.begin(), found.end());
}

}  // namespace

InputList ExpandInputs(const std::vector<std::string>& paths) {
  InputList out;
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error) {
      out.errors.push_back(FromErrorCode(path, error));
    } else if (fs::is_directory(status)) {
      WalkFolder(path, &out);
    } else if (fs::is_regular_file(status)) {
      out.files.push_back(path);
    } else {
      out.errors.push_back(IoError(path + ": not a regular file or folder"));
    }
  }
  return out;
}

StatusOr<std::string> ReadInputFile(const std::string& path, uint64_t max_bytes) {
  std::error_code error;
  if (fs::is_directory(path, error)) return IoError(path + ": is a folder, not a file");
  const uintmax_t size = fs::file_size(path, error);
  if (error) return FromErrorCode(path, error);
  if (size > max_bytes) {
    return ResourceExhaustedError(path + ": file is " + std::to_string(size) +
                                  " bytes, over the limit of " + std::to_string(max_bytes) +
                                  " bytes");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return IoError(path + ": cannot open (" + std::strerror(errno) + ")");
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<uintmax_t>(in.gcount()) != size) {
    return IoError(path + ": read " + std::to_string(in.gcount()) + " of " + std::to_string(size) +
                   " bytes");
  }
  return bytes;
}

}  // namespace dossier
