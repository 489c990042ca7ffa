// LoadCorpus: sources with their stored extractions, entities with members
// mapped to those sources.
#include "dossier/corpus_from_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "dossier/testing/ingested_store.h"
#include "extract/extraction_json.h"
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

// Screening reads of each extraction its entities (no mentions) and facts.
TEST(ReadStoredEntitiesAndFactsTest, KeepsEntitiesWithoutMentionsAndFacts) {
  DocumentExtraction found;
  Entity serik{.id = "e1", .type = EntityType::kPerson, .name = "Serik Medetbekov"};
  serik.aliases = {"Medetbekov"};
  serik.mentions = {{.span = {0, 16}, .text = "Serik Medetbekov"}};
  serik.references = {{.span = {20, 22}, .text = "he"}};
  found.entities = {serik};
  found.times = {{.span = {30, 34}, .text = "1961", .precision = "year"}};
  found.facts = {{.subject = "e1", .predicate = "born_on", .object = "1961"}};
  const StoredExtraction stored{.source_id = 3, .json = ExtractionToJson(found).dump()};
  StatusOr<DocumentExtraction> read = ReadStoredEntitiesAndFacts(stored, "a.txt");
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(read->entities.size(), 1u);
  EXPECT_EQ(read->entities[0].id, "e1");
  EXPECT_EQ(read->entities[0].name, "Serik Medetbekov");
  EXPECT_EQ(read->entities[0].aliases, std::vector<std::string>{"Medetbekov"});
  EXPECT_TRUE(read->entities[0].mentions.empty());
  EXPECT_TRUE(read->entities[0].references.empty());
  EXPECT_TRUE(read->times.empty());
  ASSERT_EQ(read->facts.size(), 1u);
  EXPECT_EQ(read->facts[0].subject, "e1");
  EXPECT_EQ(read->facts[0].predicate, "born_on");
  EXPECT_EQ(read->facts[0].object, "1961");
  // The whole extraction keeps what this one leaves out.
  StatusOr<DocumentExtraction> whole = ReadStoredExtraction(stored, "a.txt");
  ASSERT_TRUE(whole.ok()) << whole.status().ToString();
  EXPECT_EQ(whole->entities[0].mentions.size(), 1u);
  EXPECT_EQ(whole->times.size(), 1u);

  EXPECT_EQ(ReadStoredEntitiesAndFacts({.json = "{"}, "b.txt").status(),
            DataLossError("b.txt: the stored extraction is not valid JSON"));
  EXPECT_EQ(ReadStoredEntitiesAndFacts({.json = R"({"facts":{"x":1}})"}, "c.txt").status().code(),
            StatusCode::kDataLoss);
}

TEST_F(LoadCorpusTest, EmptyStoreIsAnEmptyCorpus) {
  StatusOr<Corpus> corpus = LoadCorpus(*store_);
  ASSERT_TRUE(corpus.ok());
  EXPECT_TRUE(corpus->sources.empty());
  EXPECT_TRUE(corpus->entities.empty());
}

}  // namespace
}  // namespace dossier
