#include "extract/testing/shipped_model.h"

namespace dossier {
namespace {

struct Loaded {
  const NerModel* model = nullptr;
  std::string error;
};

const Loaded& Load() {
  static const Loaded* loaded = [] {
    auto* out = new Loaded();
    StatusOr<NerModel> model =
        NerModel::Load(std::string(DOSSIER_SOURCE_DIR) + "/models/ner-en.bin");
    if (model.ok()) {
      out->model = new NerModel(std::move(*model));
    } else {
      out->error = model.status().ToString();
    }
    return out;
  }();
  return *loaded;
}

}  // namespace

const NerModel* ShippedNerModel() { return Load().model; }

const std::string& ShippedNerModelError() { return Load().error; }

}  // namespace dossier
