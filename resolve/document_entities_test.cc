#include "resolve/document_entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dossier {
namespace {

// An entity named `name` with one mention at `start`.
Entity Named(const std::string& id, EntityType type, const std::string& name, uint32_t start,
             std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = id;
  e.type = type;
  e.name = name;
  e.aliases = std::move(aliases);
  e.mentions = {{{start, start + static_cast<uint32_t>(name.size())}, name}};
  return e;
}

// A document whose sentences start at every mention: no two mentions share one.
NormalizedDocument OneSentencePerMention(const DocumentExtraction& x) {
  NormalizedDocument doc;
  std::vector<uint32_t> starts;
  for (const Entity& e : x.entities) {
    for (const EntityMention& m : e.mentions) starts.push_back(m.span.start);
  }
  std::sort(starts.begin(), starts.end());
  for (uint32_t start : starts) doc.sentences.push_back({start, start + 1});
  return doc;
}

// "name [aliases]" per entity, in order.
std::vector<std::string> Describe(const DocumentExtraction& x) {
  std::vector<std::string> out;
  for (const Entity& e : x.entities) {
    std::string line = e.id + " " + e.name;
    for (const std::string& alias : e.aliases) line += " | " + alias;
    out.push_back(line);
  }
  return out;
}

struct Case {
  const char* what;
  std::vector<Entity> entities;
  std::vector<std::string> expected;
};

TEST(MergeSpellingVariantsTest, GoldenTable) {
  const EntityType P = EntityType::kPerson, O = EntityType::kOrganization,
                   L = EntityType::kLocation;
  const Case cases[] = {
      {"one man, three spellings",
       {Named("e1", P, "Ismail Igilmanov", 0, {"Igilmanov"}), Named("e2", P, "Igilmanov I.A.", 40),
        Named("e3", P, "Ismail Igelmanov", 80)},
       {"e1 Ismail Igilmanov | Igilmanov | Igilmanov I.A. | Ismail Igelmanov"}},
      {"initials and transliteration",
       {Named("e1", P, "Yegarmin Igor Petrovich", 0), Named("e2", P, "I.P. Egarmin", 50)},
       {"e1 Yegarmin Igor Petrovich | I.P. Egarmin"}},
      {"the daughter is not the father",
       {Named("e1", P, "Nursultan Nazarbayev", 0), Named("e2", P, "Dariga Nazarbayeva", 30)},
       {"e1 Nursultan Nazarbayev", "e2 Dariga Nazarbayeva"}},
      {"an initial may not chain two different men",
       {Named("e1", P, "Alexei Ivanov", 0), Named("e2", P, "A. Ivanov", 20),
        Named("e3", P, "Andrei Ivanov", 40)},
       {"e1 Alexei Ivanov | A. Ivanov", "e2 Andrei Ivanov"}},
      {"organizations across legal forms and translations",
       {Named("e1", O, "LLP Telefabrika Dala", 0), Named("e2", O, "Telefactory Dala", 30)},
       {"e1 LLP Telefabrika Dala | Telefactory Dala"}},
      {"a translated generic word blocks with the original",
       {Named("e1", O, "Dala Telefabrika", 0), Named("e2", O, "Dala TV Factory", 30),
        Named("e3", O, "Telefactory Dala", 60)},
       {"e1 Dala TV Factory | Dala Telefabrika | Telefactory Dala"}},
      {"spellings of one organization",
       {Named("e1", O, "Europe Plus", 0), Named("e2", O, "Europa Plus", 30),
        Named("e3", O, "LLP Radio RIK", 60), Named("e4", O, "Radio RIK", 90)},
       {"e1 Europe Plus | Europa Plus", "e2 LLP Radio RIK | Radio RIK"}},
      {"an outlet's short name in its document",
       {Named("e1", O, "RIK LLP", 0), Named("e2", O, "LLP Radio RIK", 30),
        Named("e3", O, "Khabar", 60), Named("e4", O, "Khabar TV", 90),
        Named("e5", O, "Europe Plus Kazakhstan", 120), Named("e6", O, "Europa Plus", 150)},
       {"e1 LLP Radio RIK | RIK LLP", "e2 Khabar TV | Khabar",
        "e3 Europe Plus Kazakhstan | Europa Plus"}},
      {"not a generic name alone, nor a sister company",
       {Named("e1", O, "Radio", 0), Named("e2", O, "Radio Asia", 30),
        Named("e3", O, "Kazakh Radio", 60), Named("e4", O, "Kazakh Television", 90)},
       {"e1 Radio", "e2 Radio Asia", "e3 Kazakh Radio", "e4 Kazakh Television"}},
      {"one organization's name inside another's is another organization",
       {Named("e1", O, "Gazprom", 0), Named("e2", O, "Gazprom Neft", 30)},
       {"e1 Gazprom", "e2 Gazprom Neft"}},
      {"types never mix",
       {Named("e1", P, "Dala Media", 0), Named("e2", O, "Dala Media", 20)},
       {"e1 Dala Media", "e2 Dala Media"}},
      {"a place under one spelling, in any script or its dictionary form, is one place",
       {Named("e1", L, "Almaty", 0), Named("e2", L, "Almaty", 10),
        Named("e3", L, "Алматыда", 20, {"Алматы"}), Named("e4", L, "Алматы", 40),
        Named("e5", L, "Astana", 60)},
       {"e1 Almaty | Алматыда | Алматы", "e2 Astana"}},
      {"en: a country under its names is one place; its part is not",
       {Named("e1", L, "Kazakhstan", 0), Named("e2", L, "Republic of Kazakhstan", 20),
        Named("e3", L, "Switzerland", 50), Named("e4", L, "Swiss Confederation", 70),
        Named("e5", L, "UK", 90), Named("e6", L, "England", 100)},
       {"e1 Republic of Kazakhstan | Kazakhstan", "e2 Swiss Confederation | Switzerland", "e3 UK",
        "e4 England"}},
      {"ru and kk: a country in every case",
       {Named("e1", L, "Казахстане", 0), Named("e2", L, "Республики Казахстан", 20),
        Named("e3", L, "Қазақстанға", 50), Named("e4", L, "Великобритании", 70)},
       {"e1 Республики Казахстан | Казахстане | Қазақстанға", "e2 Великобритании"}},
      {"a place is never a person or an organization of that name",
       {Named("e1", L, "Kazakhstan", 0), Named("e2", O, "Kazakhstan", 20)},
       {"e1 Kazakhstan", "e2 Kazakhstan"}},
      {"a name typed OTHER joins the organization it names",
       {Named("e1", O, "Europe Plus Kazakhstan", 0),
        Named("e2", EntityType::kOther, "Europa Plus", 30),
        Named("e3", EntityType::kOther, "Magnitsky Act", 60),
        Named("e4", O, "Magnitsky Foundation", 90)},
       {"e1 Europe Plus Kazakhstan | Europa Plus", "e2 Magnitsky Act", "e3 Magnitsky Foundation"}},
      {"... and two OTHER names never join by themselves",
       {Named("e1", EntityType::kOther, "Europa Plus", 0),
        Named("e2", EntityType::kOther, "Europe Plus", 30)},
       {"e1 Europa Plus", "e2 Europe Plus"}},
  };
  for (const Case& c : cases) {
    DocumentExtraction x;
    x.entities = c.entities;
    MergeSpellingVariants(OneSentencePerMention(x), &x);
    EXPECT_EQ(Describe(x), c.expected) << c.what;
  }
}

// "National Security Committee (KNB)": the bracket names the organization
// before it, in whatever language its letters come from; a bracket after
// another kind of name, or with more in it, does not.
TEST(MergeSpellingVariantsTest, AcronymInBracketsAfterAnOrganizationJoinsIt) {
  const std::string text =
      "The National Security Committee (KNB) opened a case. The KNB said nothing. Astana (KNB) "
      "and the Foreign Ministry (KNB and others) too.";
  DocumentExtraction x;
  x.entities = {Named("e1", EntityType::kOrganization, "National Security Committee", 4),
                Named("e2", EntityType::kOrganization, "KNB", 33)};
  x.entities[1].mentions.push_back({{57, 60}, "KNB"});
  NormalizedDocument doc = OneSentencePerMention(x);
  doc.text = text;
  MergeSpellingVariants(doc, &x);
  EXPECT_EQ(Describe(x), std::vector<std::string>{"e1 National Security Committee | KNB"});

  DocumentExtraction apart;
  apart.entities = {Named("e1", EntityType::kLocation, "Astana", 75),
                    Named("e2", EntityType::kOrganization, "KNB", 83),
                    Named("e3", EntityType::kOrganization, "Foreign Ministry", 96),
                    Named("e4", EntityType::kOrganization, "KNB", 114)};
  doc = OneSentencePerMention(apart);
  doc.text = text;
  MergeSpellingVariants(doc, &apart);
  EXPECT_EQ(Describe(apart).size(), 3u) << ::testing::PrintToString(Describe(apart));
}

// An acronym joins its expansion when the text states it, not otherwise.
TEST(MergeSpellingVariantsTest, StatedAcronymJoinsItsExpansion) {
  const std::string text =
      "KTK (JSC \"Commercial Television Channel\") was sold. Later the Commercial Television "
      "Channel changed hands again, and KTK moved.";
  DocumentExtraction x;
  x.entities = {Named("e1", EntityType::kOrganization, "KTK", 0),
                Named("e2", EntityType::kOrganization, "Commercial Television Channel", 67),
                Named("e3", EntityType::kOrganization, "KTK", 124)};
  NormalizedDocument doc = OneSentencePerMention(x);
  doc.text = text;
  MergeSpellingVariants(doc, &x);
  EXPECT_EQ(Describe(x), std::vector<std::string>{"e1 Commercial Television Channel | KTK"});
  DocumentExtraction unstated;
  unstated.entities = {Named("e1", EntityType::kOrganization, "KTK", 0),
                       Named("e2", EntityType::kOrganization, "Commercial Television Channel", 67)};
  MergeSpellingVariants(OneSentencePerMention(unstated), &unstated);
  EXPECT_EQ(unstated.entities.size(), 2u);
}

// An organization's long and short forms in one sentence are one organization.
TEST(MergeSpellingVariantsTest, OrganizationFormsInOneSentenceJoin) {
  DocumentExtraction x;
  x.entities = {Named("e1", EntityType::kOrganization, "LLP Radio RIK", 0),
                Named("e2", EntityType::kOrganization, "Radio RIK", 20)};
  NormalizedDocument doc;
  doc.sentences = {{0, 40}};
  MergeSpellingVariants(doc, &x);
  EXPECT_EQ(Describe(x), std::vector<std::string>{"e1 LLP Radio RIK | Radio RIK"});
}

// A Kazakh text writes a place in its cases: a case form joins the place
// the text also writes bare, which names it, even where it is used more; a
// Russian text's "Канада" is no case form of anything.
TEST(MergeSpellingVariantsTest, KazakhCaseFormsOfAPlaceJoinTheBareName) {
  const EntityType L = EntityType::kLocation;
  DocumentExtraction kk;
  kk.entities = {Named("e1", L, "Венада", 0), Named("e2", L, "Вена", 40),
                 Named("e3", L, "Венгриядағы", 80)};
  kk.entities[0].mentions.push_back({{20, 32}, "Венада"});
  NormalizedDocument doc = OneSentencePerMention(kk);
  doc.language = "kk";
  MergeSpellingVariants(doc, &kk);
  EXPECT_EQ(Describe(kk), (std::vector<std::string>{"e1 Вена | Венада", "e2 Венгриядағы"}));

  DocumentExtraction ru;
  ru.entities = {Named("e1", L, "Канада", 0), Named("e2", L, "Кана", 40)};
  doc = OneSentencePerMention(ru);
  doc.language = "ru";
  MergeSpellingVariants(doc, &ru);
  EXPECT_EQ(Describe(ru), (std::vector<std::string>{"e1 Канада", "e2 Кана"}));
}

TEST(MergeSpellingVariantsTest, TwoSpellingsInOneSentenceAreTwoPeople) {
  DocumentExtraction x;
  x.entities = {Named("e1", EntityType::kPerson, "Ismail Igelmanov", 0),
                Named("e2", EntityType::kPerson, "Ismail Igilmanov", 21)};
  NormalizedDocument doc;
  doc.sentences = {{0, 44}};  // "Ismail Igelmanov and Ismail Igilmanov spoke."
  MergeSpellingVariants(doc, &x);
  EXPECT_EQ(x.entities.size(), 2u);
}

TEST(MergeSpellingVariantsTest, QuotesAndFactsFollowTheMergeAndIdsStayInOrder) {
  DocumentExtraction x;
  x.entities = {Named("e1", EntityType::kPerson, "Ismail Igilmanov", 0),
                Named("e2", EntityType::kOrganization, "Radio RIK", 20),
                Named("e3", EntityType::kPerson, "Ismail Igelmanov", 40)};
  Quote quote;
  quote.speaker = "e3";
  x.quotes.push_back(quote);
  Fact fact;
  fact.subject = "e3";
  fact.predicate = "employed_by";
  fact.object = "e2";
  fact.object_is_entity = true;
  fact.according_to = "e3";
  x.facts.push_back(fact);
  MergeSpellingVariants(OneSentencePerMention(x), &x);
  ASSERT_EQ(x.entities.size(), 2u);
  EXPECT_EQ(x.entities[0].id, "e1");
  EXPECT_EQ(x.entities[0].mentions.size(), 2u);
  EXPECT_EQ(x.entities[1].id, "e2");
  EXPECT_EQ(x.entities[1].name, "Radio RIK");
  EXPECT_EQ(x.quotes[0].speaker, "e1");
  EXPECT_EQ(x.facts[0].subject, "e1");
  EXPECT_EQ(x.facts[0].object, "e2");
  EXPECT_EQ(x.facts[0].according_to, "e1");
}

}  // namespace
}  // namespace dossier
