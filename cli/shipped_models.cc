#include "cli/shipped_models.h"

#include <cstdlib>
#include <filesystem>

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;

// The folder `env` names, else share/dossier/<name> beside the executable,
// else `fallback` (see shipped_models.h).
std::string ShippedDir(const char* env, const char* name, const fs::path& fallback) {
  if (const char* dir = std::getenv(env); dir != nullptr && *dir != '\0') return dir;
  std::error_code ec;
  fs::path installed;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    installed = (exe.parent_path() / ".." / "share" / "dossier" / name).lexically_normal();
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  if (!fallback.empty() && (fs::is_directory(fallback, ec) || installed.empty())) {
    return fallback.string();
  }
  return installed.string();
}

}  // namespace

std::string ShippedModelDir() {
  return ShippedDir("DOSSIER_MODELS", "models", DOSSIER_SOURCE_MODELS_DIR);
}

std::string ShippedWebDir() { return ShippedDir("DOSSIER_WEB", "web", fs::path()); }

std::string ShippedNerModelPath(std::string_view language) {
  return (fs::path(ShippedModelDir()) / NerModelFileName(language)).string();
}

StatusOr<NerModels> LoadShippedNerModels() {
  return LoadNerModels(ShippedModelDir(), ShippedNerLanguages());
}

}  // namespace dossier::cli
