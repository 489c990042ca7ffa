// Reading a few entities without reading them all (store.h): every entity's
// names alone, and the memberships of given sources, on both backends.
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

class EntityLookupStoreTest : public store_testing::StoreTest {
 protected:
  int64_t AddWithEntities(const std::string& path, const std::vector<SourceEntity>& entities) {
    const TestSource source = MakeSource(path, {Paragraph("Text of " + path + ".")});
    SourceToStore to_store = source.ToStore();
    to_store.extraction_json = "{}";
    to_store.entities = &entities;
    StatusOr<int64_t> id = store_->AddSource(to_store);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    return id.ok() ? *id : 0;
  }

  // Sources 1 and 2 and three entities: a person in both (two names), an
  // organization in the first and a location with no name row.
  void StoreThreeEntities() {
    const int64_t a = AddWithEntities(
        "a.txt", {{.local_id = "e1", .name = "Serik Medetbekov"},
                  {.local_id = "e2", .type = EntityType::kOrganization, .name = "Dala Media"},
                  {.local_id = "e10", .name = "Medetbekov"}});
    const int64_t b = AddWithEntities(
        "b.txt", {{.local_id = "e1", .type = EntityType::kLocation, .name = "Almaty"},
                  {.local_id = "e3", .name = "S. Medetbekov"}});
    LinkedEntity serik{.id = "P-b", .type = EntityType::kPerson, .name = "Serik Medetbekov"};
    serik.names = {{"Serik Medetbekov", "P:medetbekov serik", 1}, {"S. Medetbekov", "P:s", 1}};
    serik.members = {{a, "e1"}, {a, "e10"}, {b, "e3"}};
    LinkedEntity dala{.id = "O-a", .type = EntityType::kOrganization, .name = "Dala Media"};
    dala.names = {{"Dala Media", "O:dala media", 1}};
    dala.members = {{a, "e2"}};
    LinkedEntity almaty{.id = "L-c", .type = EntityType::kLocation, .name = "Almaty"};
    almaty.members = {{b, "e1"}};
    ASSERT_TRUE(store_->ReplaceLinkedEntities({serik, dala, almaty}).ok());
  }
};
INSTANTIATE_STORE_BACKENDS(EntityLookupStoreTest);

// "id TYPE name: spelling, spelling" per entity.
std::vector<std::string> NameLines(const std::vector<LinkedEntity>& entities) {
  std::vector<std::string> out;
  for (const LinkedEntity& entity : entities) {
    std::string line =
        entity.id + " " + std::string(ContractTypeName(entity.type)) + " " + entity.name + ":";
    for (const LinkedEntityName& name : entity.names) {
      line += " " + name.name + "=" + name.key + "/" + std::to_string(name.units);
    }
    if (!entity.members.empty() || !entity.related.empty()) line += " (more than names)";
    out.push_back(line);
  }
  return out;
}

// "source/local -> id TYPE name" per membership.
std::vector<std::string> MembershipLines(const std::vector<EntityMembership>& memberships) {
  std::vector<std::string> out;
  for (const EntityMembership& m : memberships) {
    out.push_back(std::to_string(m.member.source_id) + "/" + m.member.local_id + " -> " +
                  m.entity_id + " " + std::string(ContractTypeName(m.type)) + " " + m.entity_name);
  }
  return out;
}

TEST_P(EntityLookupStoreTest, ListEntityNamesGivesEveryEntityByIdWithItsNamesOnly) {
  StoreThreeEntities();
  StatusOr<std::vector<LinkedEntity>> named = store_->ListEntityNames();
  ASSERT_TRUE(named.ok()) << named.status().ToString();
  EXPECT_EQ(NameLines(*named),
            (std::vector<std::string>{
                "L-c LOCATION Almaty:",
                "O-a ORGANIZATION Dala Media: Dala Media=O:dala media/1",
                "P-b PERSON Serik Medetbekov: Serik Medetbekov=P:medetbekov serik/1 "
                "S. Medetbekov=P:s/1",
            }));
}

TEST_P(EntityLookupStoreTest, MembershipsOfSourcesBySourceThenLocalId) {
  StoreThreeEntities();
  const std::vector<std::pair<std::vector<int64_t>, std::vector<std::string>>> table = {
      {{2}, {"2/e1 -> L-c LOCATION Almaty", "2/e3 -> P-b PERSON Serik Medetbekov"}},
      // Asked twice and out of order: each source once, in id order; local ids bytewise.
      {{2, 1, 2},
       {"1/e1 -> P-b PERSON Serik Medetbekov", "1/e10 -> P-b PERSON Serik Medetbekov",
        "1/e2 -> O-a ORGANIZATION Dala Media", "2/e1 -> L-c LOCATION Almaty",
        "2/e3 -> P-b PERSON Serik Medetbekov"}},
      {{7}, {}},  // no such source
      {{}, {}},
  };
  for (const auto& [sources, expected] : table) {
    StatusOr<std::vector<EntityMembership>> found = store_->GetEntityMemberships(sources);
    ASSERT_TRUE(found.ok()) << found.status().ToString();
    EXPECT_EQ(MembershipLines(*found), expected) << ::testing::PrintToString(sources);
  }
}

TEST_P(EntityLookupStoreTest, EmptyStoreHasNoNamesAndNoMemberships) {
  EXPECT_TRUE(store_->ListEntityNames()->empty());
  EXPECT_TRUE(store_->GetEntityMemberships({1, 2})->empty());
}

}  // namespace
}  // namespace dossier
