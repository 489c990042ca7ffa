// The entity tables of the store, on both backends: extractions kept with
// their source, lists, judgments and cross-document entities, written and
// read back.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/test_documents.h"
#include "store/testing/store_backends.h"

namespace dossier {
namespace {

using store_testing::MakeSource;
using store_testing::Paragraph;
using store_testing::TestSource;

class EntityStoreTest : public store_testing::StoreTest {};
INSTANTIATE_STORE_BACKENDS(EntityStoreTest);

// Adds a one-paragraph source with an extraction holding `entities`.
int64_t AddWithEntities(EvidenceStore& store, const std::string& path,
                        const std::vector<SourceEntity>& entities) {
  const TestSource source = MakeSource(path, {Paragraph("Text of " + path + ".")});
  SourceToStore to_store = source.ToStore();
  const std::string json = R"({"entities":[],"from":")" + path + "\"}";
  to_store.extraction_json = json;
  to_store.extractor_version = 3;
  to_store.entities = &entities;
  StatusOr<int64_t> id = store.AddSource(to_store);
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : 0;
}

const std::vector<SourceEntity> kSerikAndDala = {
    {.local_id = "e1",
     .type = EntityType::kPerson,
     .name = "Serik Medetbekov",
     .aliases = {"Medetbekov", "S. Medetbekov"},
     .mentions = 4},
    {.local_id = "e2", .type = EntityType::kOrganization, .name = "LLP Telefabrika Dala"},
};

TEST_P(EntityStoreTest, ExtractionIsStoredWithItsSource) {
  EvidenceStore* store = store_.get();
  const int64_t id = AddWithEntities(*store, "a.txt", kSerikAndDala);
  StatusOr<std::optional<StoredExtraction>> extraction = store->GetExtraction(id);
  ASSERT_TRUE(extraction.ok() && extraction->has_value());
  EXPECT_EQ((*extraction)->extractor_version, 3);
  EXPECT_EQ((*extraction)->json, R"({"entities":[],"from":"a.txt"})");

  StatusOr<std::vector<SourceEntity>> entities = store->ListSourceEntities();
  ASSERT_TRUE(entities.ok());
  std::vector<SourceEntity> expected = kSerikAndDala;
  for (SourceEntity& entity : expected) entity.source_id = id;
  EXPECT_EQ(*entities, expected);
}

TEST_P(EntityStoreTest, SourceWithoutExtractionHasNone) {
  EvidenceStore* store = store_.get();
  const TestSource source = MakeSource("plain.txt", {Paragraph("No extraction.")});
  StatusOr<int64_t> id = store->AddSource(source.ToStore());
  ASSERT_TRUE(id.ok());
  StatusOr<std::optional<StoredExtraction>> extraction = store->GetExtraction(*id);
  ASSERT_TRUE(extraction.ok());
  EXPECT_FALSE(extraction->has_value());
}

// A bad extraction (two entities with one id) fails the whole AddSource:
// the source is not stored either.
TEST_P(EntityStoreTest, FailedExtractionLeavesNoSource) {
  EvidenceStore* store = store_.get();
  const std::vector<SourceEntity> twice = {{.local_id = "e1", .name = "A"},
                                           {.local_id = "e1", .name = "B"}};
  const TestSource source = MakeSource("bad.txt", {Paragraph("Bad extraction.")});
  SourceToStore to_store = source.ToStore();
  to_store.extraction_json = "{}";
  to_store.entities = &twice;
  const Status status = store->AddSource(to_store).status();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << status.ToString();
  EXPECT_EQ(status.message().rfind(name_ + ": source 1 entity 'e1': ", 0), 0u) << status.message();
  EXPECT_TRUE(store->ListSources()->empty());
  EXPECT_TRUE(store->ListSourceEntities()->empty());
}

TEST_P(EntityStoreTest, ReplaceExtractionReplacesEntitiesAndMemberships) {
  EvidenceStore* store = store_.get();
  const int64_t id = AddWithEntities(*store, "a.txt", kSerikAndDala);
  LinkedEntity serik{.id = "P-1", .name = "Serik Medetbekov"};
  serik.members = {{id, "e1"}};
  ASSERT_TRUE(store->ReplaceLinkedEntities({serik}).ok());

  const std::vector<SourceEntity> again = {{.local_id = "e1", .name = "Serik Medetbekov"}};
  ASSERT_TRUE(store->ReplaceExtraction(id, R"({"v":4})", 4, again).ok());
  EXPECT_EQ((*store->GetExtraction(id))->json, R"({"v":4})");
  EXPECT_EQ((*store->GetExtraction(id))->extractor_version, 4);
  ASSERT_EQ(store->ListSourceEntities()->size(), 1u);
  EXPECT_TRUE(store->ListLinkedEntities(std::nullopt)->front().members.empty());

  EXPECT_EQ(store->ReplaceExtraction(99, "{}", 4, {}), NotFoundError(name_ + ": no source 99"));
}

TEST_P(EntityStoreTest, ListsAreImportedAndReplacedByName) {
  EvidenceStore* store = store_.get();
  AddWithEntities(*store, "a.txt", kSerikAndDala);
  const std::vector<ListEntry> entries = {
      {.record_id = "Q1",
       .name = "Salek, Abdulhai",
       .aliases = {"Abdulhai Salek", "Салек Абдулхай"},
       .date_of_birth = "1961-07-06",
       .nationality = "af",
       .gender = "male"},
      {.record_id = "Q2", .type = EntityType::kOrganization, .name = "Dala TV Factory"},
  };
  StatusOr<int64_t> list = store->ImportList("sanctions", "lists/s.csv", entries);
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  StatusOr<std::vector<ListEntry>> read = store->ListListEntries();
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->size(), 2u);
  std::vector<ListEntry> expected = entries;
  for (int i = 0; i < 2; ++i) {
    expected[i].list_id = *list;
    expected[i].index = i;
  }
  EXPECT_EQ(*read, expected);
  StatusOr<std::vector<StoredList>> lists = store->ListLists();
  ASSERT_EQ(lists->size(), 1u);
  EXPECT_EQ(lists->front().name, "sanctions");
  EXPECT_EQ(lists->front().path, "lists/s.csv");
  EXPECT_EQ(lists->front().after_source, 1);
  EXPECT_EQ(lists->front().entries, 2);

  // Importing the same name again replaces the entries and keeps the id.
  StatusOr<int64_t> again = store->ImportList("sanctions", "lists/s2.csv", {entries[1]});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *list);
  EXPECT_EQ(store->ListListEntries()->size(), 1u);
  EXPECT_EQ(store->ListLists()->front().path, "lists/s2.csv");

  EXPECT_EQ(store->ImportList("", "x.csv", {}).status(),
            InvalidArgumentError(name_ + ": a list needs a name"));
}

TEST_P(EntityStoreTest, JudgmentsAreKeptInOrder) {
  EvidenceStore* store = store_.get();
  const EntityJudgment merge{.kind = JudgmentKind::kMerge,
                             .keys_a = {"P:igilmanov ismail"},
                             .keys_b = {"P:igelmanov ismail", "P:igelmanov"},
                             .note = "merge P-1 P-2"};
  const EntityJudgment split{
      .kind = JudgmentKind::kSplit, .keys_a = {"P:nazarbaev", "P:nazarbaeva"}, .note = "split P-3"};
  ASSERT_EQ(*store->AddJudgment(merge), 1);
  ASSERT_EQ(*store->AddJudgment(split), 2);
  StatusOr<std::vector<EntityJudgment>> judgments = store->ListJudgments();
  ASSERT_TRUE(judgments.ok());
  ASSERT_EQ(judgments->size(), 2u);
  EXPECT_EQ((*judgments)[0].kind, JudgmentKind::kMerge);
  EXPECT_EQ((*judgments)[0].keys_b, merge.keys_b);
  EXPECT_EQ((*judgments)[0].note, "merge P-1 P-2");
  EXPECT_EQ((*judgments)[1].kind, JudgmentKind::kSplit);
  EXPECT_EQ((*judgments)[1].keys_a, split.keys_a);
  EXPECT_TRUE((*judgments)[1].keys_b.empty());
  EXPECT_EQ((*judgments)[1].created_at.size(), 20u);  // 2024-01-02T03:04:05Z

  EXPECT_EQ(store->AddJudgment({.kind = JudgmentKind::kMerge, .keys_a = {"P:x"}, .note = "m"})
                .status()
                .code(),
            StatusCode::kInvalidArgument);
}

TEST_P(EntityStoreTest, LinkedEntitiesRoundTrip) {
  EvidenceStore* store = store_.get();
  const int64_t a = AddWithEntities(*store, "a.txt", kSerikAndDala);
  const int64_t b = AddWithEntities(*store, "b.txt", kSerikAndDala);
  const int64_t list = *store->ImportList("pep", "pep.txt", {{.name = "Serik Medetbekov"}});

  LinkedEntity serik{.id = "P-0001",
                     .type = EntityType::kPerson,
                     .name = "Serik Medetbekov",
                     .origin = EntityOrigin::kBoth};
  serik.names = {{"Serik Medetbekov", "P:medetbekov serik", 3}, {"Medetbekov", "P:medetbekov", 0}};
  serik.members = {{a, "e1"}, {b, "e1"}};
  serik.list_entries = {{list, 0}};
  serik.related = {{"O-0002", "founder (test)"}};
  LinkedEntity dala{.id = "O-0002", .type = EntityType::kOrganization, .name = "Telefabrika Dala"};
  dala.members = {{a, "e2"}, {b, "e2"}};
  ASSERT_TRUE(store->ReplaceLinkedEntities({serik, dala}).ok());

  StatusOr<std::vector<LinkedEntity>> all = store->ListLinkedEntities(std::nullopt);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 2u);
  const LinkedEntity& read_dala = (*all)[0];  // by id: "O-..." before "P-..."
  const LinkedEntity& read_serik = (*all)[1];
  EXPECT_EQ(read_dala.id, "O-0002");
  EXPECT_EQ(read_dala.source_count, 2);
  EXPECT_TRUE(read_dala.lists.empty());
  EXPECT_EQ(read_serik.id, "P-0001");
  EXPECT_EQ(read_serik.origin, EntityOrigin::kBoth);
  ASSERT_EQ(read_serik.names.size(), 2u);
  EXPECT_EQ(read_serik.names[1].key, "P:medetbekov");
  EXPECT_EQ(read_serik.names[0].units, 3);
  EXPECT_EQ(read_serik.members, serik.members);
  EXPECT_EQ(read_serik.list_entries, serik.list_entries);
  EXPECT_EQ(read_serik.lists, std::vector<std::string>{"pep"});
  ASSERT_EQ(read_serik.related.size(), 1u);
  EXPECT_EQ(read_serik.related[0].reason, "founder (test)");
  EXPECT_EQ(read_serik.source_count, 2);

  StatusOr<std::vector<LinkedEntity>> people = store->ListLinkedEntities(EntityType::kPerson);
  ASSERT_EQ(people->size(), 1u);
  EXPECT_EQ(people->front().id, "P-0001");

  // A re-link replaces everything.
  ASSERT_TRUE(store->ReplaceLinkedEntities({dala}).ok());
  EXPECT_EQ(store->ListLinkedEntities(std::nullopt)->size(), 1u);
}

TEST_P(EntityStoreTest, BrokenLinkedEntitiesAreRefusedWhole) {
  EvidenceStore* store = store_.get();
  const int64_t a = AddWithEntities(*store, "a.txt", kSerikAndDala);
  LinkedEntity kept{.id = "P-1", .name = "Serik Medetbekov"};
  kept.members = {{a, "e1"}};
  ASSERT_TRUE(store->ReplaceLinkedEntities({kept}).ok());

  LinkedEntity twice{.id = "P-2"};
  EXPECT_EQ(store->ReplaceLinkedEntities({twice, twice}),
            InvalidArgumentError(name_ + ": entity P-2 is given twice"));
  LinkedEntity missing_source{.id = "P-3"};
  missing_source.members = {{77, "e1"}};
  const Status status = store->ReplaceLinkedEntities({missing_source});
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind(name_ + ": entity P-3 member 77/e1: ", 0), 0u)
      << status.message();
  LinkedEntity dangling{.id = "P-4"};
  dangling.related = {{"P-404", "sibling"}};
  EXPECT_EQ(store->ReplaceLinkedEntities({dangling}).code(), StatusCode::kInvalidArgument);

  // The failed replacements left the last good one.
  StatusOr<std::vector<LinkedEntity>> all = store->ListLinkedEntities(std::nullopt);
  ASSERT_EQ(all->size(), 1u);
  EXPECT_EQ(all->front().id, "P-1");
}

}  // namespace
}  // namespace dossier
