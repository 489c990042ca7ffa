// The name cache gives what the functions it stands for give, name by name,
// and LinkEntities the same result with it or without, whatever threads
// prepared it.
#include "resolve/link_name_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "resolve/link_entities.h"

namespace dossier {
namespace {

struct NameRow {
  EntityType type;
  std::string name;
  std::vector<std::string> aliases;
};

// English, Russian and Kazakh names, partial names, an organization with a
// stated acronym and the same name without it, a country, a description.
const std::vector<NameRow> kNames = {
    {EntityType::kPerson, "Ismail Igilmanov", {}},
    {EntityType::kPerson, "Igilmanov I.A.", {}},
    {EntityType::kPerson, "Исмаил Игильманов", {}},
    {EntityType::kPerson, "Нұрсұлтан Назарбаев", {}},
    {EntityType::kPerson, "Tuyakbai", {}},
    {EntityType::kPerson, "Marat", {}},
    {EntityType::kOrganization, "National Security Committee", {"KNB"}},
    {EntityType::kOrganization, "National Security Committee", {}},
    {EntityType::kOrganization, "Арман Тулегенов", {}},
    {EntityType::kOrganization, "ТОО «Дала Медиа»", {}},
    {EntityType::kLocation, "Великобритании", {}},
    {EntityType::kOther, "a friend", {}},
};

LinkUnit UnitOf(const NameRow& row, int64_t source) {
  return LinkUnit{.type = row.type, .name = row.name, .aliases = row.aliases, .source = source};
}

TEST(LinkNameCacheTest, GivesWhatEachNameGivesAlone) {
  LinkNameCache names;
  for (const NameRow& row : kNames) {
    const LinkUnit unit = UnitOf(row, 1);
    const LinkBlocking alone = LinkBlockingOf(row.name, row.type);
    const LinkBlocking cached = names.BlockingOf(unit);
    EXPECT_EQ(cached.keys, alone.keys) << row.name;
    EXPECT_EQ(cached.full, alone.full) << row.name;
    EXPECT_EQ(names.KeyOf(unit), NameKey(row.name, row.type)) << row.name;
    EXPECT_EQ(names.StatedAcronymsOf(unit), StatedAcronymKeys(unit)) << row.name;
  }
  // The organization with its acronym and without is two entries.
  EXPECT_EQ(names.size(), kNames.size());
  EXPECT_EQ(names.StatedAcronymsOf(UnitOf(kNames[6], 1)), std::vector<std::string>{"O:knb"});
  EXPECT_TRUE(names.StatedAcronymsOf(UnitOf(kNames[7], 1)).empty());
}

TEST(LinkNameCacheTest, LinksAsWithoutItWhateverThreadsPreparedIt) {
  std::vector<LinkUnit> units;
  for (int source = 1; source <= 12; ++source) {
    for (const NameRow& row : kNames) units.push_back(UnitOf(row, source));
  }
  units.push_back(LinkUnit{.type = EntityType::kOrganization, .name = "KNB", .source = 13});
  ASSERT_GE(units.size(), 64u);  // enough for Prepare to use its threads
  const LinkResult alone = LinkEntities(units, {});
  for (int threads : {1, 4}) {
    LinkNameCache names(threads);
    names.Prepare(units);
    EXPECT_EQ(names.size(), kNames.size() + 1);
    const LinkResult cached = LinkEntities(units, {}, {.names = &names});
    EXPECT_EQ(cached.group_of, alone.group_of) << threads << " threads";
    ASSERT_EQ(cached.groups.size(), alone.groups.size());
    for (size_t g = 0; g < alone.groups.size(); ++g) {
      EXPECT_EQ(cached.groups[g].id, alone.groups[g].id);
      EXPECT_EQ(cached.groups[g].names, alone.groups[g].names);
      EXPECT_EQ(cached.groups[g].keys, alone.groups[g].keys);
    }
    EXPECT_EQ(cached.loose, alone.loose);
  }
  // "KNB" alone joined the committee whose sources state it.
  const int knb = alone.group_of.back();
  EXPECT_EQ(alone.group_of[6], knb);
}

TEST(LinkNameCacheTest, PreparesAheadUpToItsBoundAndEveryNameALinkAsks) {
  std::vector<LinkUnit> units;
  for (const NameRow& row : kNames) units.push_back(UnitOf(row, 1));
  LinkNameCache names(/*threads=*/1, /*max_names=*/5);
  names.PrepareAhead(units);
  EXPECT_EQ(names.size(), 5u);
  names.PrepareAhead(units);
  EXPECT_EQ(names.size(), 5u);
  // A link's names are all kept, past the bound.
  const LinkResult cached = LinkEntities(units, {}, {.names = &names});
  EXPECT_EQ(names.size(), kNames.size());
  EXPECT_EQ(cached.group_of, LinkEntities(units, {}).group_of);
}

}  // namespace
}  // namespace dossier
