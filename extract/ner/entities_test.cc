#include "extract/ner/entities.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "extract/testing/shipped_model.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

class EntitiesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { model_ = ShippedNerModel(); }
  void SetUp() override { ASSERT_NE(model_, nullptr) << ShippedNerModelError(); }
  static const NerModel* model_;
};
const NerModel* EntitiesTest::model_ = nullptr;

// One line per entity: "TYPE name: mention@start, ...".
std::vector<std::string> Describe(const std::vector<Entity>& entities) {
  std::vector<std::string> lines;
  for (const Entity& e : entities) {
    std::string line = std::string(ContractTypeName(e.type)) + " " + e.name + ":";
    for (const EntityMention& m : e.mentions) {
      line += " " + m.text + "@" + std::to_string(m.span.start);
    }
    lines.push_back(line);
  }
  return lines;
}

struct TaggingCase {
  const char* text;
  std::vector<std::string> expected;
};

TEST_F(EntitiesTest, RegionNamesGoldenTable) {
  const TaggingCase cases[] = {
      {"Serik Medetbekov was born in Ust-Kamenogorsk. Medetbekov later moved to Almaty.",
       {"PERSON Serik Medetbekov: Serik Medetbekov@0 Medetbekov@46",
        "LOCATION Ust-Kamenogorsk: Ust-Kamenogorsk@29", "LOCATION Almaty: Almaty@72"}},
      {"Akezhan Kazhegeldin met Gulnara Baiseitova in Astana on Monday.",
       {"PERSON Akezhan Kazhegeldin: Akezhan Kazhegeldin@0",
        "PERSON Gulnara Baiseitova: Gulnara Baiseitova@24", "LOCATION Astana: Astana@46"}},
      {"The decree was signed by I.P. Yegarmin. Igilmanov I.A. objected.",
       {"PERSON I.P. Yegarmin: I.P. Yegarmin@25", "PERSON Igilmanov I.A.: Igilmanov I.A.@40"}},
      {"Kairat Satybaldy, the nephew of President Nursultan Nazarbayev, was arrested.",
       {"PERSON Kairat Satybaldy: Kairat Satybaldy@0",
        "PERSON Nursultan Nazarbayev: Nursultan Nazarbayev@42"}},
      {"Steppe Media LLP opened an office in Karaganda.",
       {"ORGANIZATION Steppe Media LLP: Steppe Media LLP@0", "LOCATION Karaganda: Karaganda@37"}},
  };
  for (const TaggingCase& c : cases) {
    const NormalizedDocument doc = MakeTestDocument(c.text);
    const std::vector<Entity> entities = ExtractEntities(doc, *model_);
    EXPECT_EQ(Describe(entities), c.expected) << c.text;
    for (const Entity& e : entities) {
      for (const EntityMention& m : e.mentions) {
        EXPECT_EQ(doc.text.substr(m.span.start, m.span.size()), m.text);  // offsets hold
      }
    }
  }
}

// Encyclopedic prose: a person beside an organization named for them, and a
// participle opening a sentence (document_rules.h).
TEST_F(EntitiesTest, EncyclopedicProseGoldenTable) {
  const TaggingCase cases[] = {
      {"Fryderyk Chopin was a Polish composer and pianist. The Fryderyk Chopin Institute "
       "publishes his works. The Chopin Institute said the manuscripts were safe.",
       {"PERSON Fryderyk Chopin: Fryderyk Chopin@0", "OTHER Polish: Polish@22",
        "ORGANIZATION Fryderyk Chopin Institute: Fryderyk Chopin Institute@55",
        "ORGANIZATION Chopin Institute: Chopin Institute@106"}},
      {"Born in 1950, she studied in Warsaw.", {"LOCATION Warsaw: Warsaw@29"}},
  };
  for (const TaggingCase& c : cases) {
    EXPECT_EQ(Describe(ExtractEntities(MakeTestDocument(c.text), *model_)), c.expected) << c.text;
  }
}

TEST_F(EntitiesTest, GroupsShorterFormsIdsAndAliases) {
  const NormalizedDocument doc = MakeTestDocument(
      "Serik Medetbekov founded the company. S. Medetbekov's lawyer declined to comment. "
      "Medetbekov did not reply.");
  const std::vector<Entity> entities = ExtractEntities(doc, *model_);
  ASSERT_FALSE(entities.empty());
  const Entity& person = entities[0];
  EXPECT_EQ(person.id, "e1");
  EXPECT_EQ(person.type, EntityType::kPerson);
  EXPECT_EQ(person.name, "Serik Medetbekov");
  EXPECT_EQ(person.aliases, (std::vector<std::string>{"S. Medetbekov", "Medetbekov"}));
  ASSERT_EQ(person.mentions.size(), 3u);
  EXPECT_EQ(person.mentions[1].span, (Span{38, 51}));  // the possessive stays outside
}

// A given name after a named person's kinship word is that person's
// relative: it joins no fuller name without the person's name; after a
// pronoun it joins the nearest as any given name does.
TEST_F(EntitiesTest, GivenNameAfterKinshipWordGoldenTable) {
  const TaggingCase cases[] = {
      {"His lawyer Marat Zhakenov spoke. Bolat Seitov's father, Marat, was a diplomat.",
       {"PERSON Marat Zhakenov: Marat Zhakenov@11", "PERSON Bolat Seitov: Bolat Seitov@33",
        "PERSON Marat: Marat@56"}},
      {"Marat Seitov spoke. Bolat Seitov's father, Marat, was a diplomat.",
       {"PERSON Marat Seitov: Marat Seitov@0 Marat@43", "PERSON Bolat Seitov: Bolat Seitov@20"}},
      {"Prince Michael Carol was crowned. He was succeeded by his son Michael.",
       {"PERSON Michael Carol: Michael Carol@7 Michael@62"}},
  };
  for (const TaggingCase& c : cases) {
    const std::vector<Entity> entities = ExtractEntities(MakeTestDocument(c.text), *model_);
    EXPECT_EQ(Describe(entities), c.expected) << c.text;
  }
}

TEST_F(EntitiesTest, DuplicatePassagesAddNothing) {
  NormalizedDocument doc = MakeTestDocument(
      "Gulnara Baiseitova spoke in Astana.\n\nGulnara Baiseitova spoke in Astana.");
  ASSERT_EQ(doc.passages.size(), 2u);
  doc.passages[1].duplicate_of = DuplicateRef{};
  const std::vector<Entity> entities = ExtractEntities(doc, *model_);
  EXPECT_EQ(Describe(entities),
            (std::vector<std::string>{"PERSON Gulnara Baiseitova: Gulnara Baiseitova@0",
                                      "LOCATION Astana: Astana@28"}));
}

TEST(EntitiesNoModelTest, EmptyModelFindsNothing) {
  const NormalizedDocument doc = MakeTestDocument("Serik Medetbekov lives in Almaty.");
  EXPECT_TRUE(ExtractEntities(doc, NerModel()).empty());
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Russian and Kazakh documents, tagged with the model of their language.
class CyrillicEntitiesTest : public testing::Test {
 protected:
  void SetUp() override { ASSERT_NE(ShippedNerModels(), nullptr) << ShippedNerModelError(); }
  std::vector<Entity> Extract(const char* text, const char* language) {
    NormalizedDocument doc = MakeTestDocument(text);
    doc.language = language;
    return ExtractEntities(doc, *ShippedNerModels()->For(language));
  }
};

TEST_F(CyrillicEntitiesTest, NameFormsInEveryCaseAreOneEntityWithNominativeAliases) {
  const std::vector<Entity> entities = Extract(
      "Бывший мэр Москвы Юрий Лужков выступил в Думе. Лужкова поддержали депутаты. "
      "Журналисты спросили Лужкова о выборах.",
      "ru");
  const Entity* luzhkov = nullptr;
  for (const Entity& e : entities) {
    if (e.name == "Юрий Лужков") luzhkov = &e;
  }
  ASSERT_NE(luzhkov, nullptr);
  EXPECT_EQ(luzhkov->type, EntityType::kPerson);
  EXPECT_EQ(luzhkov->mentions.size(), 3u);
  EXPECT_NE(std::find(luzhkov->aliases.begin(), luzhkov->aliases.end(), "Лужков"),
            luzhkov->aliases.end());
}

TEST_F(CyrillicEntitiesTest, NamesInGuillemetsAndAfterDesignatorsAreOrganizations) {
  const TaggingCase cases[] = {
      {"Представитель компании «Кызыл Медиа Групп» отказалась от комментариев.",
       {"ORGANIZATION Кызыл Медиа Групп: Кызыл Медиа Групп@46"}},
      {"В 2009 году он основал ТОО «Ертис Медиа».", {"ORGANIZATION Ертис Медиа: Ертис Медиа@46"}},
  };
  for (const TaggingCase& c : cases) {
    EXPECT_EQ(Describe(Extract(c.text, "ru")), c.expected) << c.text;
  }
}

// A Russian headline in capitals names only what the text below it names too.
TEST_F(CyrillicEntitiesTest, CapsHeadlinesKeepOnlyNamesTheTextConfirms) {
  EXPECT_EQ(
      Describe(Extract("НАЗАРБАЕВ ПОКИНУЛ АСТАНУ\n\n"
                       "Нурсултан Назарбаев прилетел в Алматы во вторник.",
                       "ru")),
      (std::vector<std::string>{"PERSON Нурсултан Назарбаев: НАЗАРБАЕВ@0 Нурсултан Назарбаев@48",
                                "LOCATION Алматы: Алматы@106"}));
  // The English model learned capitals from its training news: its
  // headlines are left to it.
  EXPECT_EQ(
      Describe(Extract("KAZAKH BANKER FLEES TO LONDON\n\n"
                       "The banker Mukhtar Ablyazov flew to London on Monday.",
                       "en")),
      (std::vector<std::string>{"OTHER KAZAKH: KAZAKH@0", "LOCATION LONDON: LONDON@23 London@67",
                                "PERSON Mukhtar Ablyazov: Mukhtar Ablyazov@42"}));
}

// A place written only in another case is named by its dictionary form,
// the written form kept as an alias (needs hunspell-ru and hunspell-kk).
TEST_F(CyrillicEntitiesTest, PlacesInAnotherCaseAreNamedByTheirDictionaryForm) {
  if (!std::filesystem::exists("/usr/share/hunspell/ru_RU.dic") ||
      !std::filesystem::exists("/usr/share/hunspell/kk_KZ.dic")) {
    GTEST_SKIP() << "hunspell-ru or hunspell-kk not installed";
  }
  struct PlaceCase {
    const char* text;
    const char* language;
    const char* name;   // of the LOCATION entity
    const char* alias;  // "" when none
  };
  const PlaceCase cases[] = {
      {"В 2009 году он открыл радиостанцию в Павлодаре.", "ru", "Павлодар", "Павлодаре"},
      {"Арман Тулегенов 2011 жылы Литваға көшіп кетті.", "kk", "Литва", "Литваға"},
      {"Бизнесмен прилетел в Алматы во вторник.", "ru", "Алматы", ""},
  };
  for (const PlaceCase& c : cases) {
    const Entity* place = nullptr;
    const std::vector<Entity> entities = Extract(c.text, c.language);
    for (const Entity& e : entities) {
      if (e.type == EntityType::kLocation) place = &e;
    }
    ASSERT_NE(place, nullptr) << c.text << testing::PrintToString(Describe(entities));
    EXPECT_EQ(place->name, c.name) << c.text;
    EXPECT_EQ(place->aliases,
              *c.alias ? std::vector<std::string>{c.alias} : std::vector<std::string>{})
        << c.text;
  }
}

// A Kazakh text writes places in their cases: a country with a case ending
// is a place even where the tagger took it for a person (the case forms of
// one place join later, in MergeSpellingVariants).
TEST_F(CyrillicEntitiesTest, KazakhCasesOfCountriesArePlaces) {
  const std::vector<Entity> entities = Extract(
      "Болат Сейітов Венада ұсталды. Ол Вена қаласында тұрады. 2012 жылы ол "
      "Австрияға көшіп кетті.",
      "kk");
  EXPECT_EQ(Describe(entities),
            (std::vector<std::string>{"PERSON Болат Сейітов: Болат Сейітов@0",
                                      "LOCATION Венада: Венада@26", "LOCATION Вена: Вена@60",
                                      "LOCATION Австрия: Австрияға@121"}));
}

// After a kinship word, a man's surname in the genitive and a given name
// are two people: the anchor and the relative.
TEST_F(CyrillicEntitiesTest, KinshipWordBeforeGenitiveAndGivenNameIsTwoPeople) {
  const std::vector<Entity> entities = Extract(
      "Нурсултан Назарбаев выступил в Астане.\n\nДочь Назарбаева Дарига выступила в сенате.", "ru");
  std::vector<std::string> people;
  for (const Entity& e : entities) {
    if (e.type == EntityType::kPerson) people.push_back(e.name);
  }
  EXPECT_EQ(people, (std::vector<std::string>{"Нурсултан Назарбаев", "Дарига"}))
      << testing::PrintToString(Describe(entities));
}

// The same with the relative's full name after the genitive: the family's
// surname again ends it.
TEST_F(CyrillicEntitiesTest, KinshipWordBeforeGenitiveAndFullNameIsTwoPeople) {
  std::vector<std::string> people;
  for (const Entity& e : Extract("Ерлан Даулетов выступил в суде.\n\nЖена Даулетова Айгуль "
                                 "Даулетова выступила в суде.",
                                 "ru")) {
    if (e.type == EntityType::kPerson) people.push_back(e.name);
  }
  EXPECT_NE(std::find(people.begin(), people.end(), "Айгуль Даулетова"), people.end())
      << testing::PrintToString(people);
  EXPECT_EQ(std::find(people.begin(), people.end(), "Даулетова Айгуль Даулетова"), people.end());
}

// A person or an organization written only in oblique cases is named by its
// nominative when it is certain; the mentions keep the text as written.
TEST_F(CyrillicEntitiesTest, NamesWrittenOnlyInObliqueCasesShowTheNominative) {
  struct Case {
    const char* text;
    const char* language;
    std::vector<std::string> names;  // "TYPE name | aliases"
  };
  const Case kCases[] = {
      {"Представители Генеральной прокуратуры встретились с Ерланом Даулетовым в Астане. "
       "Журналисты спросили Ерлана Даулетова о встрече. Сотрудники Генеральной прокуратуры "
       "отказались от комментариев.",
       "ru",
       {"ORGANIZATION Генеральная прокуратура | Генеральной прокуратуры",
        "PERSON Ерлан Даулетов | Ерлана Даулетова Ерланом Даулетовым", "LOCATION Астана | Астане"}},
      {"Тоқаевтың айтуынша, Үкімет жаңа бағдарламаны қабылдады. Тоқаевқа хат жолданды.",
       "kk",
       {"PERSON Тоқаев | Тоқаевтың Тоқаевқа", "ORGANIZATION Үкімет | "}},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> names;
    for (const Entity& e : Extract(c.text, c.language)) {
      std::vector<std::string> aliases = e.aliases;
      std::sort(aliases.begin(), aliases.end());
      std::string line = std::string(ContractTypeName(e.type)) + " " + e.name + " |";
      for (const std::string& a : aliases) line += " " + a;
      if (aliases.empty()) line += " ";
      names.push_back(line);
    }
    EXPECT_EQ(names, c.names) << c.text;
  }
}

TEST_F(CyrillicEntitiesTest, KazakhCaseSuffixesJoinTheName) {
  const std::vector<Entity> entities = Extract(
      "Арман Тулегенов 1968 жылы Қарағанды қаласында туған. «Дала Медиа» компаниясы бұрын "
      "Тулегеновтың станцияға ешқашан иелік етпегенін мәлімдеді.",
      "kk");
  ASSERT_FALSE(entities.empty());
  EXPECT_EQ(entities[0].name, "Арман Тулегенов");
  EXPECT_EQ(entities[0].mentions.size(), 2u) << testing::PrintToString(Describe(entities));
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(MixedLanguageEntitiesTest, EachPassageIsTaggedWithTheModelOfItsLanguage) {
  ASSERT_NE(ShippedNerModels(), nullptr) << ShippedNerModelError();
  NormalizedDocument doc = MakeTestDocument(
      "Бывший аким Алматы Виктор Храпунов покинул Казахстан в 2007 году.\n\n"
      "Former Almaty mayor Viktor Khrapunov left Kazakhstan in 2007 and settled in Geneva.");
  doc.language = "ru";
  const std::vector<Entity> entities = ExtractEntities(doc, *ShippedNerModels());
  std::vector<std::string> names;
  for (const Entity& e : entities)
    names.push_back(std::string(ContractTypeName(e.type)) + " " + e.name);
  for (const char* want :
       {"PERSON Виктор Храпунов", "PERSON Viktor Khrapunov", "LOCATION Geneva"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), want), names.end())
        << want << " in " << testing::PrintToString(names);
  }
}

}  // namespace
}  // namespace dossier
