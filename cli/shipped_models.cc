#include "cli/shipped_models.h"

#include <cstdlib>
#include <filesystem>

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;

}  // namespace

std::string ShippedModelDir() {
  if (const char* dir = std::getenv("DOSSIER_MODELS"); dir != nullptr && *dir != '\0') return dir;
  std::error_code ec;
  fs::path installed;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    installed = (exe.parent_path() / ".." / "share" / "dossier" / "models").lexically_normal();
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  const fs::path source_tree = DOSSIER_SOURCE_MODELS_DIR;
  if (fs::is_directory(source_tree, ec) || installed.empty()) return source_tree.string();
  return installed.string();
}

std::string ShippedNerModelPath(std::string_view language) {
  return (fs::path(ShippedModelDir()) / NerModelFileName(language)).string();
}

StatusOr<NerModels> LoadShippedNerModels() {
  return LoadNerModels(ShippedModelDir(), ShippedNerLanguages());
}

}  // namespace dossier::cli
