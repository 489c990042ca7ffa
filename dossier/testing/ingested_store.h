// A test fixture holding an in-memory SQLite evidence store that files are
// ingested into through the real pipeline with the shipped models, for tests
// of what the dossier reads back from a store. Test-only.
//
//   class MyTest : public testing::IngestedStoreTest {};
//   TEST_F(MyTest, X) { Ingest("a.txt", "..."); ... LoadCorpus(*store_) ... }
//
// Not thread-safe.
#ifndef DOSSIER_DOSSIER_TESTING_INGESTED_STORE_H_
#define DOSSIER_DOSSIER_TESTING_INGESTED_STORE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>

#include "extract/testing/shipped_model.h"
#include "pipeline/ingest_pipeline.h"
#include "store/sqlite_store.h"

namespace dossier::testing {

class IngestedStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(ShippedNerModels(), nullptr) << ShippedNerModelError();
    StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore(":memory:");
    ASSERT_TRUE(store.ok());
    store_ = std::move(*store);
  }

  // Ingests `text` as the file `path`; the test fails when the pipeline does.
  void Ingest(const std::string& path, const std::string& text) {
    PipelineOptions options;
    options.ner_models = ShippedNerModels();
    Pipeline pipeline(options, store_.get());
    StatusOr<IngestOutcome> outcome = pipeline.IngestBytes(path, text);
    ASSERT_TRUE(outcome.ok()) << outcome.status().ToString();
  }

  std::unique_ptr<EvidenceStore> store_;
};

}  // namespace dossier::testing

#endif  // DOSSIER_DOSSIER_TESTING_INGESTED_STORE_H_
