#include "extract/testing/shipped_model.h"

namespace dossier {
namespace {

struct Loaded {
  const NerModels* models = nullptr;
  std::string error;
};

const Loaded& Load() {
  static const Loaded* loaded = [] {
    auto* out = new Loaded();
    StatusOr<NerModels> models =
        LoadNerModels(std::string(DOSSIER_SOURCE_DIR) + "/models", ShippedNerLanguages());
    if (models.ok()) {
      out->models = new NerModels(std::move(*models));
    } else {
      out->error = models.status().ToString();
    }
    return out;
  }();
  return *loaded;
}

}  // namespace

const NerModel* ShippedNerModel() {
  return Load().models != nullptr ? Load().models->For("en") : nullptr;
}

const NerModels* ShippedNerModels() { return Load().models; }

const std::string& ShippedNerModelError() { return Load().error; }

}  // namespace dossier
