// LoadCorpus: sources with their stored extractions, entities with members
// mapped to those sources.
#include "dossier/corpus_from_store.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dossier/testing/ingested_store.h"
#include "pipeline/entity_linking.h"

namespace dossier {
namespace {

class LoadCorpusTest : public testing::IngestedStoreTest {};

TEST_F(LoadCorpusTest, SourcesCarryTheirExtractionAndEntitiesTheirMembers) {
  Ingest("a.txt", "Ismail Igilmanov met Serik Medetbekov in Almaty on 5 May 2005.\n");
  Ingest("b.txt", "Ismail Igelmanov left Almaty. Igelmanov said nothing.\n");
  ASSERT_TRUE(RelinkEntities(store_.get()).ok());

  StatusOr<Corpus> corpus = LoadCorpus(*store_);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  ASSERT_EQ(corpus->sources.size(), 2u);
  const CorpusSource& a = corpus->sources[0];
  EXPECT_EQ(a.source_id, 1);
  EXPECT_EQ(a.path, "a.txt");
  EXPECT_EQ(a.sha256.size(), 64u);
  EXPECT_EQ(a.document.text, "Ismail Igilmanov met Serik Medetbekov in Almaty on 5 May 2005.");
  EXPECT_FALSE(a.extraction.entities.empty());
  ASSERT_EQ(a.extraction.times.size(), 1u);
  EXPECT_EQ(a.extraction.times[0].text, "5 May 2005");

  const auto person =
      std::find_if(corpus->entities.begin(), corpus->entities.end(), [](const CorpusEntity& e) {
        return std::count(e.names.begin(), e.names.end(), "Ismail Igilmanov") > 0;
      });
  ASSERT_NE(person, corpus->entities.end());
  EXPECT_EQ(person->type, EntityType::kPerson);
  EXPECT_EQ(person->id.substr(0, 2), "P-");
  EXPECT_NE(std::find(person->names.begin(), person->names.end(), "Ismail Igelmanov"),
            person->names.end());
  ASSERT_EQ(person->members.size(), 2u);
  for (const EntityMember& member : person->members) {
    const CorpusSource& source = corpus->sources[member.source];
    const auto local =
        std::find_if(source.extraction.entities.begin(), source.extraction.entities.end(),
                     [&](const Entity& e) { return e.id == member.local_id; });
    ASSERT_NE(local, source.extraction.entities.end());
    EXPECT_NE(local->name.find("Ismail"), std::string::npos) << local->name;
  }
  EXPECT_TRUE(person->lists.empty());
}

TEST_F(LoadCorpusTest, UnreadableExtractionIsDataLossNamingTheSource) {
  Ingest("a.txt", "Ismail Igilmanov met Serik Medetbekov.\n");
  ASSERT_TRUE(store_->ReplaceExtraction(1, "{\"entities\": 7}", kExtractorVersion, {}).ok());
  const Status status = LoadCorpus(*store_).status();
  EXPECT_EQ(status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(status.message().rfind("a.txt: the stored extraction cannot be read back (", 0), 0u)
      << status.message();
  ASSERT_TRUE(store_->ReplaceExtraction(1, "{", kExtractorVersion, {}).ok());
  EXPECT_EQ(LoadCorpus(*store_).status(),
            DataLossError("a.txt: the stored extraction is not valid JSON"));
}

TEST_F(LoadCorpusTest, EmptyStoreIsAnEmptyCorpus) {
  StatusOr<Corpus> corpus = LoadCorpus(*store_);
  ASSERT_TRUE(corpus.ok());
  EXPECT_TRUE(corpus->sources.empty());
  EXPECT_TRUE(corpus->entities.empty());
}

}  // namespace
}  // namespace dossier
