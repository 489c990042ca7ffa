#include "extract/quotes/internal/quote_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::internal {
namespace {

struct FitCase {
  const char* name;
  const char* fuller;
  bool fits;
};

TEST(QuoteNamesTest, NameFitsGoldenTable) {
  const FitCase cases[] = {
      {"Igilmanov", "Ismail Igilmanov", true},
      {"Igilmanov I.A.", "Ismail Igilmanov", true},
      {"I.P. Yegarmin", "Yegarmin Igor Petrovich", true},
      {"Bill Clinton", "Hillary Clinton", false},
      {"Igilmanov", "Ismail Igelmanov", false},  // another spelling: not the same
      {"I.", "Ismail Igilmanov", false},         // initials alone name nobody
  };
  for (const FitCase& c : cases) EXPECT_EQ(NameFits(c.name, c.fuller), c.fits) << c.name;
}

Entity Person(std::string id, std::string name, int mentions) {
  Entity e;
  e.id = std::move(id);
  e.type = EntityType::kPerson;
  e.name = name;
  for (int i = 0; i < mentions; ++i) e.mentions.push_back({{0, 1}, name});
  return e;
}

TEST(QuoteNamesTest, BestPersonForNameGoldenTable) {
  const std::vector<Entity> entities = {
      Person("e1", "Igilmanov I.A.", 6),  Person("e2", "Ismail Igilmanov", 2),
      Person("e3", "Hillary Clinton", 9), Person("e4", "Bill Clinton", 2),
      Person("e5", "John Smith", 3),      Person("e6", "Jane Smith", 3)};
  // The tagger's "Igilmanov I.A." gives way to the full name.
  EXPECT_EQ(BestPersonForName(entities, "Igilmanov", 0), 1);
  EXPECT_EQ(BestPersonForName(entities, "Igilmanov", -1), 1);
  // A full name the tagger chose stays.
  EXPECT_EQ(BestPersonForName(entities, "Clinton", 3), 3);
  // Untagged: the most mentioned of the full names.
  EXPECT_EQ(BestPersonForName(entities, "Clinton", -1), 2);
  // A tie names nobody.
  EXPECT_EQ(BestPersonForName(entities, "Smith", -1), -1);
  EXPECT_EQ(BestPersonForName(entities, "Nazarbayev", -1), -1);
}

}  // namespace
}  // namespace dossier::internal
