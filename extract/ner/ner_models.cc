#include "extract/ner/ner_models.h"

#include <array>
#include <filesystem>

namespace dossier {

void NerModels::Add(std::string language, NerModel model) {
  models_[std::move(language)] = std::make_unique<const NerModel>(std::move(model));
}

const NerModel* NerModels::For(std::string_view language) const {
  auto found = models_.find(language);
  if (found == models_.end()) found = models_.find(std::string_view("en"));
  return found == models_.end() ? nullptr : found->second.get();
}

std::span<const std::string_view> ShippedNerLanguages() {
  static constexpr std::array<std::string_view, 3> kLanguages = {"en", "ru", "kk"};
  return kLanguages;
}

std::string NerModelFileName(std::string_view language) {
  return "ner-" + std::string(language) + ".bin";
}

StatusOr<NerModels> LoadNerModels(const std::string& dir,
                                  std::span<const std::string_view> languages) {
  NerModels models;
  for (std::string_view language : languages) {
    const std::string path = (std::filesystem::path(dir) / NerModelFileName(language)).string();
    StatusOr<NerModel> model = NerModel::Load(path);
    if (!model.ok()) return model.status();
    models.Add(std::string(language), std::move(model).value());
  }
  return models;
}

}  // namespace dossier
