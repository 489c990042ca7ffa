// The shipped named-entity models (models/ner-*.bin) for tests that run the
// real tagger: loaded once per test binary and kept for its lifetime. The
// model is part of the repository, so a test that cannot load it fails.
//
//   static void SetUpTestSuite() { model_ = ShippedNerModel(); }
//   void SetUp() override { ASSERT_NE(model_, nullptr) << ShippedNerModelError(); }
#ifndef DOSSIER_EXTRACT_TESTING_SHIPPED_MODEL_H_
#define DOSSIER_EXTRACT_TESTING_SHIPPED_MODEL_H_

#include <string>

#include "extract/ner/ner_model.h"
#include "extract/ner/ner_models.h"

namespace dossier {

// The English model, or null when it could not be loaded (see ShippedNerModelError).
const NerModel* ShippedNerModel();

// Every shipped model (ShippedNerLanguages()), or null when one could not be
// loaded (see ShippedNerModelError).
const NerModels* ShippedNerModels();

// Why ShippedNerModel() returned null; empty when it did not.
const std::string& ShippedNerModelError();

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TESTING_SHIPPED_MODEL_H_
