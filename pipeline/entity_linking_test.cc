// Extraction kept with each ingested source, cross-document linking of the
// store, judgments across re-links and re-extractions, stable ids across
// re-ingests, and screening against the store.
#include "pipeline/entity_linking.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "extract/extraction_json.h"
#include "extract/testing/shipped_model.h"
#include "pipeline/ingest_pipeline.h"
#include "pipeline/input_files.h"
#include "pipeline/reextract.h"
#include "pipeline/store_screening.h"
#include "store/sqlite_store.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

const std::string kExamples = std::string(DOSSIER_SOURCE_DIR) + "/examples";

class EntityLinkingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(ShippedNerModels(), nullptr) << ShippedNerModelError();
    dir_ = fs::temp_directory_path() /
           ("dossier_linking_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<EvidenceStore> Open(const std::string& name) {
    StatusOr<std::unique_ptr<EvidenceStore>> store = OpenSqliteStore((dir_ / name).string());
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return std::move(*store);
  }

  std::string Write(const std::string& name, std::string_view bytes) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  // Ingests `paths` with the model and re-links.
  void Ingest(EvidenceStore* store, const std::vector<std::string>& paths) {
    Pipeline pipeline({.ner_models = ShippedNerModels()}, store);
    for (const std::string& file : ExpandInputs(paths).files) {
      StatusOr<IngestOutcome> outcome = pipeline.IngestFile(file);
      ASSERT_TRUE(outcome.ok()) << file << ": " << outcome.status().ToString();
    }
    StatusOr<RelinkSummary> linked = RelinkEntities(store);
    ASSERT_TRUE(linked.ok()) << linked.status().ToString();
  }

  fs::path dir_;
};

// The entity of `type` one of whose names is `name`, or null.
const LinkedEntity* WithName(const std::vector<LinkedEntity>& entities, const std::string& name,
                             EntityType type = EntityType::kPerson) {
  for (const LinkedEntity& entity : entities) {
    if (entity.type != type) continue;
    for (const LinkedEntityName& each : entity.names) {
      if (each.name == name) return &entity;
    }
  }
  return nullptr;
}

bool HasName(const LinkedEntity& entity, const std::string& name) {
  return std::any_of(entity.names.begin(), entity.names.end(),
                     [&](const LinkedEntityName& each) { return each.name == name; });
}

const char kStatement[] =
    "Statement of LLP Telefabrika Dala\n\n"
    "Ismail Igilmanov, director of LLP Telefabrika Dala, met Serik Medetbekov in Almaty. "
    "Igilmanov said the company owes nothing.\n";
const char kReport[] =
    "Court report\n\n"
    "Ismail Igelmanov told the court in Almaty that Serik Medetbekov had signed the contract. "
    "Dariga Nazarbayeva did not comment.\n";

TEST_F(EntityLinkingTest, ExtractionIsStoredWithTheSourceAndReadsBack) {
  std::unique_ptr<EvidenceStore> store = Open("a.db");
  Ingest(store.get(), {Write("statement.txt", kStatement)});
  StatusOr<std::optional<StoredExtraction>> stored = store->GetExtraction(1);
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->extractor_version, kExtractorVersion);
  StatusOr<DocumentExtraction> extraction =
      ExtractionFromJson(nlohmann::json::parse((*stored)->json));
  ASSERT_TRUE(extraction.ok()) << extraction.status().ToString();
  StatusOr<std::vector<SourceEntity>> entities = store->ListSourceEntities();
  ASSERT_TRUE(entities.ok());
  ASSERT_EQ(entities->size(), extraction->entities.size());
  for (size_t i = 0; i < entities->size(); ++i) {
    EXPECT_EQ((*entities)[i].local_id, extraction->entities[i].id);
    EXPECT_EQ((*entities)[i].name, extraction->entities[i].name);
  }
  const SourceEntity* igilmanov = nullptr;
  for (const SourceEntity& entity : *entities) {
    if (entity.name == "Ismail Igilmanov") igilmanov = &entity;
  }
  ASSERT_NE(igilmanov, nullptr);
  EXPECT_EQ(igilmanov->aliases, std::vector<std::string>{"Igilmanov"});
}

TEST_F(EntityLinkingTest, SpellingsLinkAcrossSourcesAndRelativesStayApart) {
  std::unique_ptr<EvidenceStore> store = Open("a.db");
  Ingest(store.get(), {Write("statement.txt", kStatement), Write("report.txt", kReport)});
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  ASSERT_TRUE(entities.ok());
  const LinkedEntity* igilmanov = WithName(*entities, "Ismail Igilmanov");
  ASSERT_NE(igilmanov, nullptr);
  EXPECT_TRUE(HasName(*igilmanov, "Ismail Igelmanov"));
  EXPECT_EQ(igilmanov->source_count, 2);
  EXPECT_EQ(igilmanov->type, EntityType::kPerson);
  const LinkedEntity* medetbekov = WithName(*entities, "Serik Medetbekov");
  ASSERT_NE(medetbekov, nullptr);
  EXPECT_EQ(medetbekov->source_count, 2);
  EXPECT_NE(medetbekov, igilmanov);
  EXPECT_EQ(WithName(*entities, "Almaty", EntityType::kLocation)->source_count, 2);
}

TEST_F(EntityLinkingTest, IdsSurviveReingestIntoAFreshStoreAndReextraction) {
  const std::vector<std::string> files = {Write("statement.txt", kStatement),
                                          Write("report.txt", kReport)};
  std::unique_ptr<EvidenceStore> first = Open("first.db");
  Ingest(first.get(), files);
  std::unique_ptr<EvidenceStore> second = Open("second.db");
  Ingest(second.get(), files);
  StatusOr<std::vector<LinkedEntity>> a = first->ListLinkedEntities(std::nullopt);
  StatusOr<std::vector<LinkedEntity>> b = second->ListLinkedEntities(std::nullopt);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), b->size());
  for (size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ((*a)[i].id, (*b)[i].id);
    EXPECT_EQ((*a)[i].name, (*b)[i].name);
  }
  // Re-extracting and re-linking keeps them too.
  StatusOr<ReextractSummary> redone = ReextractAll(first.get(), ShippedNerModels());
  ASSERT_TRUE(redone.ok()) << redone.status().ToString();
  EXPECT_EQ(redone->sources, 2);
  ASSERT_TRUE(RelinkEntities(first.get()).ok());
  StatusOr<std::vector<LinkedEntity>> again = first->ListLinkedEntities(std::nullopt);
  ASSERT_EQ(again->size(), a->size());
  for (size_t i = 0; i < a->size(); ++i) EXPECT_EQ((*again)[i].id, (*a)[i].id);
}

TEST_F(EntityLinkingTest, JudgmentsHoldThroughReextractionAndNewSources) {
  std::unique_ptr<EvidenceStore> store = Open("a.db");
  Ingest(store.get(), {Write("statement.txt", kStatement), Write("report.txt", kReport)});
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  const std::string igilmanov = WithName(*entities, "Ismail Igilmanov")->id;
  const std::string medetbekov = WithName(*entities, "Serik Medetbekov")->id;

  // Split: each spelling stands alone, through re-extraction and new sources.
  ASSERT_TRUE(SplitEntity(store.get(), igilmanov).ok());
  ASSERT_TRUE(ReextractAll(store.get(), ShippedNerModels()).ok());
  Ingest(store.get(), {Write("more.txt", "Ismail Igelmanov and Ismail Igilmanov spoke.\n")});
  entities = store->ListLinkedEntities(std::nullopt);
  const LinkedEntity* split = WithName(*entities, "Ismail Igilmanov");
  ASSERT_NE(split, nullptr);
  EXPECT_FALSE(HasName(*split, "Ismail Igelmanov"));
  EXPECT_EQ(split->id, igilmanov);  // the earliest spelling keeps the id
  EXPECT_EQ(split->source_count, 2);

  // Merge: two different people become one because the user said so.
  const std::string igelmanov = WithName(*entities, "Ismail Igelmanov")->id;
  StatusOr<RelinkSummary> merge = MergeEntities(store.get(), igelmanov, medetbekov);
  ASSERT_TRUE(merge.ok()) << merge.status().ToString();
  entities = store->ListLinkedEntities(std::nullopt);
  const LinkedEntity* merged = WithName(*entities, "Ismail Igelmanov");
  EXPECT_TRUE(HasName(*merged, "Serik Medetbekov"));
  EXPECT_FALSE(HasName(*merged, "Ismail Igilmanov"));
  EXPECT_EQ(store->ListJudgments()->size(), 2u);
}

TEST_F(EntityLinkingTest, JudgmentErrorsNameTheEntity) {
  std::unique_ptr<EvidenceStore> store = Open("a.db");
  Ingest(store.get(), {Write("statement.txt", kStatement)});
  EXPECT_EQ(MergeEntities(store.get(), "P-0000000000", "P-0000000001").status(),
            NotFoundError("no entity P-0000000000 (see `dossier entities`)"));
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  const LinkedEntity* almaty = WithName(*entities, "Almaty", EntityType::kLocation);
  ASSERT_NE(almaty, nullptr);
  EXPECT_EQ(SplitEntity(store.get(), almaty->id).status(),
            InvalidArgumentError("cannot split " + almaty->id +
                                 ": all its names are one spelling ('Almaty')"));
  const LinkedEntity* person = WithName(*entities, "Ismail Igilmanov");
  EXPECT_EQ(MergeEntities(store.get(), person->id, almaty->id).status(),
            InvalidArgumentError("cannot merge " + person->id + " (PERSON) with " + almaty->id +
                                 " (LOCATION): types differ"));
  EXPECT_EQ(MergeEntities(store.get(), person->id, person->id).status(),
            InvalidArgumentError("cannot merge " + person->id + " with itself"));
  EXPECT_TRUE(store->ListJudgments()->empty());
}

TEST_F(EntityLinkingTest, ImportedListsLinkWithDocumentsAndScreen) {
  std::unique_ptr<EvidenceStore> store = Open("a.db");
  Ingest(store.get(), {Write("statement.txt", kStatement)});
  const std::vector<ListEntry> entries = {
      {.record_id = "1", .name = "Igilmanov, Ismail", .aliases = {"Исмаил Игильманов"}},
      {.record_id = "2", .name = "Aigul Omarova", .date_of_birth = "1970-01-01"},
  };
  ASSERT_TRUE(store->ImportList("pep", "pep.csv", entries).ok());
  ASSERT_TRUE(RelinkEntities(store.get()).ok());
  StatusOr<std::vector<LinkedEntity>> entities = store->ListLinkedEntities(std::nullopt);
  const LinkedEntity* igilmanov = WithName(*entities, "Ismail Igilmanov");
  ASSERT_NE(igilmanov, nullptr);
  EXPECT_EQ(igilmanov->origin, EntityOrigin::kBoth);
  EXPECT_EQ(igilmanov->lists, std::vector<std::string>{"pep"});
  EXPECT_TRUE(HasName(*igilmanov, "Исмаил Игильманов"));
  const LinkedEntity* omarova = WithName(*entities, "Aigul Omarova");
  ASSERT_NE(omarova, nullptr);
  EXPECT_EQ(omarova->origin, EntityOrigin::kList);
  EXPECT_EQ(omarova->source_count, 0);

  StatusOr<StoreScreening> screening = LoadScreeningRecords(store.get());
  ASSERT_TRUE(screening.ok()) << screening.status().ToString();
  EXPECT_EQ(screening->entities.size(), entities->size());
  const std::vector<ScreeningHit> hits =
      screening->index.Query("Игильманов Исмаил", EntityType::kPerson);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(screening->entities[hits[0].record].id, igilmanov->id);
  EXPECT_TRUE(screening->index.Query("Vladimir Putin", EntityType::kPerson).empty());
}

}  // namespace
}  // namespace dossier
