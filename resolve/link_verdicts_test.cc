// LinkEntities gives the same result whatever threads compare its names
// (LinkOptions::threads) and whatever verdicts an earlier call kept
// (LinkOptions::verdicts, resolve/link_verdicts.h), on a corpus where rules 3
// and 4 decide.
#include "resolve/link_verdicts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "resolve/internal/link_unit_info.h"
#include "resolve/link_entities.h"
#include "resolve/link_name_cache.h"

namespace dossier {
namespace {

// Given names and surnames, each written as news writes them (spelling
// variants, Cyrillic, gendered forms), so that blocks hold namesakes,
// spellings of one person and relatives.
const std::vector<std::string> kGiven = {"Arman",  "Nurlan", "Marat", "Ismail",
                                         "Dariga", "Askar",  "Арман", "Нурлан"};
const std::vector<std::string> kSurnames = {"Tulegenov",  "Tulegenova", "Igilmanov", "Igelmanov",
                                            "Nazarbayev", "Nazarbaev",  "Seitov",    "Тулегенов",
                                            "Игильманов", "Сеитов"};

// One full name per source, then in later sources the surnames alone, with
// initials, and an organization's name that reads as a person's.
std::vector<LinkUnit> Corpus() {
  std::vector<LinkUnit> units;
  int64_t source = 1;
  for (const std::string& given : kGiven) {
    for (const std::string& surname : kSurnames) {
      units.push_back({.name = given + " " + surname, .source = source});
      units.push_back({.name = surname, .source = source + 1});
      ++source;
    }
  }
  for (const std::string& surname : kSurnames) {
    units.push_back({.name = surname, .source = ++source});
    units.push_back({.name = surname + " A.", .source = ++source});
    units.push_back(
        {.type = EntityType::kOrganization, .name = "Arman " + surname, .source = ++source});
  }
  // Surnames one full name has: their partial names join it across sources.
  for (const std::string name : {"Marat Zhakenov", "Bulat Abilov", "Мухтар Аблязов"}) {
    units.push_back({.name = name, .source = ++source});
    units.push_back({.name = name.substr(name.find(' ') + 1), .source = ++source});
  }
  return units;
}

void ExpectSameLink(const LinkResult& got, const LinkResult& want, const std::string& what) {
  EXPECT_EQ(got.group_of, want.group_of) << what;
  EXPECT_EQ(got.loose, want.loose) << what;
  ASSERT_EQ(got.groups.size(), want.groups.size()) << what;
  for (size_t g = 0; g < want.groups.size(); ++g) {
    EXPECT_EQ(got.groups[g].id, want.groups[g].id) << what;
    EXPECT_EQ(got.groups[g].names, want.groups[g].names) << what;
    EXPECT_EQ(got.groups[g].settled, want.groups[g].settled) << what;
  }
  ASSERT_EQ(got.related.size(), want.related.size()) << what;
  for (size_t r = 0; r < want.related.size(); ++r) {
    EXPECT_EQ(got.related[r].a, want.related[r].a) << what;
    EXPECT_EQ(got.related[r].b, want.related[r].b) << what;
    EXPECT_EQ(got.related[r].reason, want.related[r].reason) << what;
  }
}

TEST(LinkVerdictsTest, LinksAsAloneWhateverThreads) {
  std::vector<LinkUnit> units = Corpus();
  for (const std::string& surname : kSurnames) {
    units.push_back({.name = "Bolat " + surname, .source = 1000});
  }
  // A second full name parts a partial name from the one it joined.
  units.push_back({.name = "Aidos Zhakenov", .source = 1001});
  const LinkResult alone = LinkEntities(units, {});
  // Names joined across sources, partial names joined and left apart.
  EXPECT_LT(alone.groups.size(), units.size());
  EXPECT_GT(std::count(alone.loose.begin(), alone.loose.end(), true), 0);
  EXPECT_TRUE(std::any_of(alone.groups.begin(), alone.groups.end(),
                          [](const LinkedGroup& group) { return group.settled; }));
  for (int threads : {1, 2, 4}) {
    LinkNameCache names(threads);
    ExpectSameLink(LinkEntities(units, {}, {.names = &names, .threads = threads}), alone,
                   std::to_string(threads) + " threads");
    ExpectSameLink(LinkEntities(units, {}, {.threads = threads}), alone,
                   std::to_string(threads) + " threads, no cache");
    // A second call over more names, with the verdicts the first kept: an
    // incremental link's second pass.
    LinkVerdicts verdicts;
    const LinkOptions options{.names = &names, .verdicts = &verdicts, .threads = threads};
    const std::vector<LinkUnit> first(units.begin(), units.end() - 11);
    ExpectSameLink(LinkEntities(first, {}, options), LinkEntities(first, {}),
                   std::to_string(threads) + " threads, first call");
    const size_t kept = verdicts.size();
    EXPECT_GT(kept, 0u);
    ExpectSameLink(LinkEntities(units, {}, options), alone,
                   std::to_string(threads) + " threads, second call");
    EXPECT_GT(verdicts.size(), kept);
  }
}

TEST(LinkVerdictsTest, KeepsEachVerdictOnce) {
  LinkNameCache names;
  LinkVerdicts verdicts;
  const LinkUnit a{.name = "Ismail Igilmanov"}, b{.name = "Исмаил Игильманов"},
      c{.name = "Dariga Nazarbayeva"}, d{.name = "Nursultan Nazarbayev"};
  const std::vector<LinkVerdicts::Pair> pairs = {{&names.Get(a), &names.Get(b)},
                                                 {&names.Get(c), &names.Get(d)}};
  EXPECT_EQ(verdicts.CompareAll(pairs, {}, 2),
            (std::vector<MatchVerdict>{MatchVerdict::kSame, MatchVerdict::kRelated}));
  EXPECT_EQ(verdicts.size(), 2u);
  // Kept: asked again, nothing is added.
  EXPECT_EQ(verdicts.Verdict(pairs[1], {}), MatchVerdict::kRelated);
  EXPECT_EQ(verdicts.size(), 2u);
  // The other way round is another comparison.
  EXPECT_EQ(verdicts.Verdict({pairs[1].b, pairs[1].a}, {}), MatchVerdict::kRelated);
  EXPECT_EQ(verdicts.size(), 3u);
  // Enough pairs to grow the table several times, on four threads: every
  // verdict stays as it was compared.
  std::vector<LinkUnit> people;
  for (int i = 0; i < 3000; ++i) {
    people.push_back(
        {.name = "Arman Tulegen" + std::string(i % 7, 'o') + "v " + std::to_string(i)});
  }
  std::vector<LinkVerdicts::Pair> many;
  for (size_t i = 0; i + 1 < people.size(); ++i) {
    many.push_back({&names.Get(people[i]), &names.Get(people[i + 1])});
  }
  const std::vector<MatchVerdict> compared = verdicts.CompareAll(many, {}, 4);
  EXPECT_EQ(verdicts.size(), 3u + many.size());
  for (size_t i = 0; i < many.size(); ++i) {
    EXPECT_EQ(verdicts.Verdict(many[i], {}), compared[i]) << i;
    EXPECT_EQ(compared[i], ComparePrepared(many[i].a->prepared, many[i].b->prepared).verdict) << i;
  }
  EXPECT_EQ(verdicts.size(), 3u + many.size());
}

}  // namespace
}  // namespace dossier
