// The shipped named-entity model (models/ner-en.bin) for tests that run the
// real tagger: loaded once per test binary and kept for its lifetime. The
// model is part of the repository, so a test that cannot load it fails.
//
//   static void SetUpTestSuite() { model_ = ShippedNerModel(); }
//   void SetUp() override { ASSERT_NE(model_, nullptr) << ShippedNerModelError(); }
#ifndef DOSSIER_EXTRACT_TESTING_SHIPPED_MODEL_H_
#define DOSSIER_EXTRACT_TESTING_SHIPPED_MODEL_H_

#include <string>

#include "extract/ner_model.h"

namespace dossier {

// The model, or null when it could not be loaded (see ShippedNerModelError).
const NerModel* ShippedNerModel();

// Why ShippedNerModel() returned null; empty when it did not.
const std::string& ShippedNerModelError();

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TESTING_SHIPPED_MODEL_H_
