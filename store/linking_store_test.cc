// The store's part of incremental linking, on both backends: what is not
// linked yet, the blocking index, point reads of linked entities and their
// units, and replacing some entities while keeping the others' relations.
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

class LinkingStoreTest : public store_testing::StoreTest {};
INSTANTIATE_STORE_BACKENDS(LinkingStoreTest);

int64_t AddWithEntities(EvidenceStore& store, const std::string& path,
                        const std::vector<SourceEntity>& entities) {
  const TestSource source = MakeSource(path, {Paragraph("Text of " + path + ".")});
  SourceToStore to_store = source.ToStore();
  to_store.extraction_json = "{}";
  to_store.entities = &entities;
  StatusOr<int64_t> id = store.AddSource(to_store);
  EXPECT_TRUE(id.ok()) << id.status().ToString();
  return id.ok() ? *id : 0;
}

std::vector<std::string> Names(const std::vector<SourceEntity>& entities) {
  std::vector<std::string> out;
  for (const SourceEntity& entity : entities) {
    out.push_back(std::to_string(entity.source_id) + "/" + entity.local_id + " " + entity.name);
  }
  return out;
}

std::vector<std::string> Ids(const std::vector<LinkedEntity>& entities) {
  std::vector<std::string> out;
  for (const LinkedEntity& entity : entities) out.push_back(entity.id);
  return out;
}

LinkedEntity Serik(const std::string& id, int64_t source) {
  LinkedEntity serik{.id = id, .type = EntityType::kPerson, .name = "Serik Medetbekov"};
  serik.names = {{"Serik Medetbekov", "P:medetbekov serik", 1}, {"Medetbekov", "P:medetbekov", 0}};
  serik.members = {{source, "e1"}};
  serik.blocks = {{"Pmdtbkv", true}, {"Pmdtbkv|s", true}, {"Psrk", true}};
  return serik;
}

// The organization "Dala Media" of `source` ("e2"), blocked by "Odl".
LinkedEntity DalaMedia(int64_t source) {
  LinkedEntity dala{.id = "O-1", .type = EntityType::kOrganization, .name = "Dala Media"};
  dala.names = {{"Dala Media", "O:dala media", 1}};
  dala.members = {{source, "e2"}};
  dala.blocks = {{"Odl", true}};
  return dala;
}

// Stores a source "a.txt" naming Serik Medetbekov ("e1") and Dala Media ("e2").
int64_t AddSerikAndDala(EvidenceStore& store) {
  return AddWithEntities(
      store, "a.txt",
      {{.local_id = "e1", .name = "Serik Medetbekov"},
       {.local_id = "e2", .type = EntityType::kOrganization, .name = "Dala Media"}});
}

TEST_P(LinkingStoreTest, NewSourcesAndListsAreUnlinkedUntilLinked) {
  EvidenceStore* store = store_.get();
  const int64_t a =
      AddWithEntities(*store, "a.txt",
                      {{.local_id = "e2", .type = EntityType::kOrganization, .name = "Dala Media"},
                       {.local_id = "e1", .name = "Serik Medetbekov", .aliases = {"Medetbekov"}}});
  EXPECT_TRUE(*store->HasLinkIndex());  // nothing linked yet: nothing to index
  EXPECT_EQ(Names(*store->ListUnlinkedSourceEntities()),
            (std::vector<std::string>{"1/e2 Dala Media", "1/e1 Serik Medetbekov"}));

  LinkedEntity dala = DalaMedia(a);
  dala.blocks.push_back({"Omd", true});
  LinkedEntity serik = Serik("P-1", a);
  serik.related = {{"O-1", "works for"}};
  ASSERT_TRUE(store->LinkExclusively([&] {
                     return store->UpdateLinkedEntities({}, {dala, serik});
                   })
                  .ok());
  EXPECT_TRUE(store->ListUnlinkedSourceEntities()->empty());

  const int64_t b = AddWithEntities(*store, "b.txt", {{.local_id = "e1", .name = "Medetbekov S."}});
  EXPECT_EQ(Names(*store->ListUnlinkedSourceEntities()),
            (std::vector<std::string>{"2/e1 Medetbekov S."}));
  EXPECT_EQ(
      Names(*store->GetSourceEntities({{a, "e1"}, {b, "e1"}, {a, "e2"}, {a, "e9"}})),
      (std::vector<std::string>{"1/e2 Dala Media", "1/e1 Serik Medetbekov", "2/e1 Medetbekov S."}));

  ASSERT_TRUE(
      store->ImportList("pep", "pep.csv", {{.name = "Aigul Omarova"}, {.name = "Dala Media"}})
          .ok());
  StatusOr<std::vector<ListEntry>> listed = store->ListUnlinkedListEntries();
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[1].name, "Dala Media");
  EXPECT_EQ((*listed)[1].index, 1);
  EXPECT_EQ(store->GetListEntries({{(*listed)[1].list_id, 1}})->front().name, "Dala Media");
  dala.list_entries = {{(*listed)[1].list_id, 1}};
  dala.origin = EntityOrigin::kBoth;
  StatusOr<std::vector<LinkedEntity>> old = store->GetLinkedEntities({"O-1"});
  ASSERT_TRUE(old.ok() && old->size() == 1u);
  (*old)[0].blocks = dala.blocks;
  dala.related = {};
  ASSERT_TRUE(
      store->LinkExclusively([&] { return store->UpdateLinkedEntities(*old, {dala}); }).ok());
  EXPECT_TRUE(store->ListUnlinkedListEntries()->empty());
}

TEST_P(LinkingStoreTest, BlocksFindCandidatesAndUpdatesKeepOutsideRelations) {
  EvidenceStore* store = store_.get();
  const int64_t a = AddSerikAndDala(*store);
  LinkedEntity dala = DalaMedia(a);
  LinkedEntity serik = Serik("P-1", a);
  serik.related = {{"O-1", "works for"}};
  ASSERT_TRUE(store->LinkExclusively([&] {
                     return store->ReplaceLinkedEntities({dala, serik});
                   })
                  .ok());
  // A relation given at one end is read back at both.
  ASSERT_EQ(store->GetLinkedEntities({"O-1"})->front().related.size(), 1u);
  EXPECT_EQ(store->GetLinkedEntities({"O-1"})->front().related[0].other_id, "P-1");
  EXPECT_EQ(store->ListLinkedEntities(std::nullopt)->front().related[0].reason, "works for");

  StatusOr<EntityCandidates> found = store->FindLinkedEntities({}, {"Pmdtbkv", "Pnone"}, 5);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(found->ids, std::vector<std::string>{"P-1"});
  EXPECT_TRUE(found->oversized.empty());
  found = store->FindLinkedEntities({"O:dala media", "P:medetbekov"}, {}, 5);
  EXPECT_EQ(found->ids, (std::vector<std::string>{"O-1", "P-1"}));  // aliases' keys too
  found = store->FindLinkedEntities({}, {"Pmdtbkv", "Odl"}, 0);
  EXPECT_TRUE(found->ids.empty());
  EXPECT_EQ(found->oversized, (std::vector<std::string>{"Odl", "Pmdtbkv"}));

  StatusOr<std::vector<LinkedEntity>> read = store->GetLinkedEntities({"P-1", "P-9", "P-1"});
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(Ids(*read), std::vector<std::string>{"P-1"});
  const LinkedEntity& p1 = read->front();
  EXPECT_EQ(p1.name, "Serik Medetbekov");
  EXPECT_EQ(p1.names.size(), 2u);
  EXPECT_EQ(p1.members, (std::vector<EntityMemberRef>{{a, "e1"}}));
  EXPECT_EQ(p1.source_count, 1);
  ASSERT_EQ(p1.related.size(), 1u);
  EXPECT_EQ(p1.related[0].other_id, "O-1");

  // P-1 becomes P-2: its index rows and relations go, P-2's come.
  LinkedEntity removed = p1;
  removed.blocks = serik.blocks;
  LinkedEntity renamed = Serik("P-2", a);
  renamed.related = {{"O-1", "works for"}};
  ASSERT_TRUE(
      store->LinkExclusively([&] { return store->UpdateLinkedEntities({removed}, {renamed}); })
          .ok());
  EXPECT_EQ(store->FindLinkedEntities({}, {"Pmdtbkv"}, 5)->ids, std::vector<std::string>{"P-2"});
  EXPECT_EQ(Ids(*store->ListLinkedEntities(std::nullopt)),
            (std::vector<std::string>{"O-1", "P-2"}));
  StatusOr<std::vector<LinkedEntity>> o1 = store->GetLinkedEntities({"O-1"});
  ASSERT_EQ(o1->front().related.size(), 1u);
  EXPECT_EQ(o1->front().related[0].other_id, "P-2");
  EXPECT_TRUE(*store->HasLinkIndex());

  // An id that stays outside the update cannot be added again.
  const Status twice =
      store->LinkExclusively([&] { return store->UpdateLinkedEntities({}, {dala}); });
  EXPECT_EQ(twice.code(), StatusCode::kInvalidArgument) << twice.ToString();

  // Entities written without blocks (a store linked before the index): no index.
  ASSERT_TRUE(store
                  ->LinkExclusively([&] {
                    return store->ReplaceLinkedEntities(*store->ListLinkedEntities(std::nullopt));
                  })
                  .ok());
  EXPECT_FALSE(*store->HasLinkIndex());
}

TEST_P(LinkingStoreTest, SummariesAreReadAndEntitiesGrowWithoutBeingRewritten) {
  EvidenceStore* store = store_.get();
  const int64_t a = AddSerikAndDala(*store);
  LinkedEntity dala = DalaMedia(a);
  dala.shapes = {{.type = EntityType::kOrganization,
                  .name = "Dala Media",
                  .aliases = {"DM", "Dala"},
                  .units = 1,
                  .mentions = 3,
                  .first_source = a,
                  .first_index = 1}};
  LinkedEntity serik = Serik("P-1", a);
  serik.shapes = {{.name = "Serik Medetbekov", .units = 1, .mentions = 1, .first_source = a},
                  {.type = EntityType::kOther,
                   .name = "Medetbekov",
                   .list_id = 7,
                   .date_of_birth = "1970-01-01",
                   .units = 2,
                   .mentions = 2,
                   .first_source = a,
                   .first_list = 7,
                   .first_index = 12}};
  ASSERT_TRUE(store->LinkExclusively([&] {
                     return store->ReplaceLinkedEntities({dala, serik});
                   })
                  .ok());
  StatusOr<std::vector<LinkedEntity>> read = store->GetEntitySummaries({"P-1", "P-9", "O-1"});
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  ASSERT_EQ(Ids(*read), (std::vector<std::string>{"O-1", "P-1"}));
  EXPECT_EQ((*read)[0].shapes, dala.shapes);
  EXPECT_EQ((*read)[1].shapes, serik.shapes);
  EXPECT_EQ((*read)[1].names.size(), 2u);
  EXPECT_EQ((*read)[1].names[0].key, "P:medetbekov serik");
  EXPECT_TRUE((*read)[1].members.empty());  // members are not read

  // Serik grows: a new member, name, block and relation; the old ones stay.
  const int64_t b = AddWithEntities(
      *store, "b.txt",
      {{.local_id = "e1", .name = "Serik Medetbekov"}, {.local_id = "e2", .name = "Medetbekova"}});
  LinkedEntity grown{.id = "P-1", .type = EntityType::kPerson, .name = "Serik Medetbekov"};
  grown.origin = EntityOrigin::kBoth;
  grown.names = {{"Serik Medetbekov", "P:medetbekov serik", 2}};
  grown.members = {{b, "e1"}};
  grown.blocks = {{"Psrk|m", true}};
  grown.related = {{"O-1", "works for"}};
  grown.shapes = serik.shapes;
  grown.shapes[0].units = 2;
  ASSERT_TRUE(store->LinkExclusively([&] { return store->GrowLinkedEntities({grown}); }).ok());
  StatusOr<std::vector<LinkedEntity>> p1 = store->GetLinkedEntities({"P-1"});
  ASSERT_TRUE(p1.ok()) << p1.status().ToString();
  EXPECT_EQ(p1->front().members, (std::vector<EntityMemberRef>{{a, "e1"}, {b, "e1"}}));
  EXPECT_EQ(p1->front().origin, EntityOrigin::kBoth);
  ASSERT_EQ(p1->front().names.size(), 1u);
  EXPECT_EQ(p1->front().names[0].units, 2);
  ASSERT_EQ(p1->front().related.size(), 1u);
  EXPECT_EQ(store->GetEntitySummaries({"P-1"})->front().shapes, grown.shapes);
  EXPECT_EQ(store->FindLinkedEntities({}, {"Psrk|m"}, 5)->ids, std::vector<std::string>{"P-1"});
  EXPECT_EQ(store->FindLinkedEntities({}, {"Pmdtbkv"}, 5)->ids, std::vector<std::string>{"P-1"});
  // Growing again with the same relation keeps one pair.
  grown.members = {{b, "e2"}};
  ASSERT_TRUE(store->LinkExclusively([&] { return store->GrowLinkedEntities({grown}); }).ok());
  EXPECT_EQ(store->GetLinkedEntities({"O-1"})->front().related.size(), 1u);
  EXPECT_EQ(store->GetLinkedEntities({"P-1"})->front().members.size(), 3u);

  // Errors: an entity not stored, a member already in an entity.
  LinkedEntity missing = grown;
  missing.id = "P-9";
  missing.members.clear();
  Status status = store->LinkExclusively([&] { return store->GrowLinkedEntities({missing}); });
  EXPECT_EQ(status.code(), StatusCode::kNotFound) << status.ToString();
  EXPECT_NE(status.message().find("P-9"), std::string::npos) << status.ToString();
  status = store->LinkExclusively([&] { return store->GrowLinkedEntities({grown}); });
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << status.ToString();
  EXPECT_EQ(store->GetLinkedEntities({"P-1"})->front().members.size(), 3u);  // undone
}

}  // namespace
}  // namespace dossier
