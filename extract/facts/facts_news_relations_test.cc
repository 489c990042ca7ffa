// Golden tables for the constructions of round 5 of issue 16: coordinated
// subjects, parents named together, memberships of bands, teams and
// parties, employers, education. Each construction has a sentence that
// must yield nothing. Names are invented.
#include <gtest/gtest.h>

#include "extract/facts/facts_golden.h"

namespace dossier {
namespace {

TEST(FactsNewsRelationsTest, CoordinatedSubjects) {
  ExpectGolden({
      {"[Bolat Seitov] and his wife [Aigul Seitova] founded {Temir Invest} in 1998.",
       {"Aigul Seitova spouse Bolat Seitov", "Aigul Seitova founded Temir Invest 1998-01-01..",
        "Bolat Seitov founded Temir Invest 1998-01-01.."}},
      {"[Bolat Seitov]. He and his brother [Nurlan Seitov] founded {Temir Invest}.",
       {"Nurlan Seitov sibling_of Bolat Seitov", "Nurlan Seitov founded Temir Invest",
        "Bolat Seitov founded Temir Invest"}},
      {"[Marat Zhakenov], [Ruslan Ibraev] and [Dana Omarova] joined {Ak Zhol}.",
       {"Dana Omarova member_of Ak Zhol", "Ruslan Ibraev member_of Ak Zhol",
        "Marat Zhakenov member_of Ak Zhol"}},
      {"[Marat Zhakenov] and [Ruslan Ibraev] were appointed deputy ministers of <Kazakhstan>.",
       {"Ruslan Ibraev position Kazakhstan [deputy ministers]",
        "Ruslan Ibraev citizen_of Kazakhstan",
        "Marat Zhakenov position Kazakhstan [deputy ministers]",
        "Marat Zhakenov citizen_of Kazakhstan"}},
      {"In 2009, [Marat Zhakenov] and [Ruslan Ibraev] were appointed directors of {Temir Bank}.",
       {"Ruslan Ibraev position Temir Bank [directors] 2009-01-01..",
        "Marat Zhakenov position Temir Bank [directors] 2009-01-01.."}},
      {"[Marat Zhakenov] and [Ruslan Ibraev], who founded {Temir Bank}, left.",
       {"Ruslan Ibraev founded Temir Bank", "Marat Zhakenov founded Temir Bank"}},
      {"[Marat Zhakenov] and [Ruslan Ibraev] are the sons of [Yerlan Dauletov].",
       {"Ruslan Ibraev child_of Yerlan Dauletov", "Marat Zhakenov child_of Yerlan Dauletov"}},
      // A negation, a list that is a verb's object, an apposition of the
      // last name alone: no share.
      {"[Marat Zhakenov] and [Ruslan Ibraev] never joined {Ak Zhol}.", {}},
      {"[Marat Zhakenov] and [Ruslan Ibraev] were not appointed directors of {Temir Bank}.", {}},
      {"[Aliya Nurova] met [Marat Zhakenov] and [Ruslan Ibraev] joined {Ak Zhol}.",
       {"Ruslan Ibraev member_of Ak Zhol"}},
      {"[Marat Zhakenov] and [Ruslan Ibraev], the son of [Yerlan Dauletov], left.",
       {"Ruslan Ibraev child_of Yerlan Dauletov"}},
  });
}

TEST(FactsNewsRelationsTest, ParentsNamedTogether) {
  ExpectGolden({
      {"He was the son of [Marat Seitov] (1820–1888) and his wife [Aliya Seitova] (1830–1904). "
       "[Bolat Seitov] left.",
       {"Marat Seitov born_on '1820'", "Marat Seitov died_on '1888'",
        "Aliya Seitova spouse Marat Seitov", "Aliya Seitova born_on '1830'",
        "Aliya Seitova died_on '1904'"}},
      {"[Bolat Seitov] is the son of [Marat Seitov] (1820–1888) and his wife [Aliya Seitova].",
       {"Bolat Seitov child_of Marat Seitov", "Bolat Seitov child_of Aliya Seitova",
        "Aliya Seitova spouse Marat Seitov", "Marat Seitov born_on '1820'",
        "Marat Seitov died_on '1888'"}},
      {"Born in <Almaty>, the daughter of actors [Marat Seitov] and [Aliya Seitova], [Dana "
       "Seitova] "
       "sang.",
       {"Dana Seitova born_in Almaty", "Dana Seitova child_of Marat Seitov",
        "Dana Seitova child_of Aliya Seitova", "Aliya Seitova spouse Marat Seitov"}},
      {"[Bolat Seitov] is son of the singer and actor [Marat Seitov].",
       {"Bolat Seitov child_of Marat Seitov"}},
      {"[Bolat Seitov] was born in <Taraz>, <Kazakhstan>, to [Marat Seitov] and [Aliya Seitova].",
       {"Bolat Seitov born_in Taraz", "Bolat Seitov citizen_of Kazakhstan",
        "Bolat Seitov child_of Marat Seitov", "Bolat Seitov child_of Aliya Seitova",
        "Aliya Seitova spouse Marat Seitov"}},
      {"His brother was [Nurlan Seitov]. [Bolat Seitov] left.", {}},
      {"[Bolat Seitov] spoke. His brother was [Nurlan Seitov].",
       {"Nurlan Seitov sibling_of Bolat Seitov"}},
      {"[Arjun Rao] was married to [Mira Rao], [Uma Rao] and [Sita Rao] at different times.",
       {"Arjun Rao spouse Mira Rao", "Arjun Rao spouse Uma Rao", "Arjun Rao spouse Sita Rao"}},
      // A second clause after the parent, a grandparent, a parent of two
      // children: no second parent, no couple.
      {"[Bolat Seitov] is the son of [Marat Seitov] and moved to <Almaty>.",
       {"Bolat Seitov child_of Marat Seitov", "Bolat Seitov moved_to Almaty"}},
      {"[Bolat Seitov] is the son of [Marat Seitov] and the grandson of [Yerlan Seitov].",
       {"Bolat Seitov child_of Marat Seitov"}},
      {"[Marat Seitov] is the father of [Bolat Seitov] and [Nurlan Seitov].",
       {"Marat Seitov parent_of Bolat Seitov", "Marat Seitov parent_of Nurlan Seitov"}},
      {"His brother was not [Nurlan Seitov].", {}},
  });
}

TEST(FactsNewsRelationsTest, BandsTeamsAndParties) {
  ExpectGolden({
      {"Formed in 1991, the band {Steppe Wolves} has toured. The band consists of vocalist "
       "[Aidos Bekov], guitarist [Marat Nurov] and drummer [Ilyas Omarov].",
       {"Aidos Bekov member_of Steppe Wolves", "Marat Nurov member_of Steppe Wolves",
        "Ilyas Omarov member_of Steppe Wolves"}},
      {"{Steppe Wolves} was formed in 1976 by guitarist [Aidos Bekov] and bassist [Marat Nurov], "
       "later recruiting singer [Ilyas Omarov].",
       {"Aidos Bekov founded Steppe Wolves 1976-01-01..",
        "Marat Nurov founded Steppe Wolves 1976-01-01..",
        "Aidos Bekov member_of Steppe Wolves 1976-01-01..1976-12-31",
        "Marat Nurov member_of Steppe Wolves 1976-01-01..1976-12-31",
        "Ilyas Omarov member_of Steppe Wolves 1976-01-01..1976-12-31"}},
      {"[Aidos Bekov] of the Kazakh rock band {Steppe Wolves} sang.",
       {"Aidos Bekov member_of Steppe Wolves"}},
      {"[Aidos Bekov] is a footballer who plays for Premier League club {Kairat Almaty}.",
       {"Aidos Bekov member_of Kairat Almaty"}},
      {"[Aidos Bekov] plays as a defender for Premier League side {Kairat Almaty}.",
       {"Aidos Bekov member_of Kairat Almaty"}},
      {"[Aidos Bekov] began his career at <Taraz> before joining {Kairat Almaty} in 2001.",
       {"Aidos Bekov member_of Kairat Almaty 2001-01-01.."}},
      {"[Aidos Bekov] was elected as a {Whig} to the {Congress}.", {"Aidos Bekov member_of Whig"}},
      {"[Aidos Bekov] was a Republican member of the House.",
       {"Aidos Bekov member_of 'Republican Party'"}},
      {"[Dana Omarova] is an Irish {Labour Party} politician.",
       {"Dana Omarova member_of Labour Party"}},
      {"In 2013, [Dana Omarova] was elected representing the {Ak Zhol} party.",
       {"Dana Omarova member_of Ak Zhol 2013-01-01..2013-12-31"}},
      // A member noun after a preposition, a team in a verb's future, a
      // representation of no party, a shape formed: nothing.
      {"{Steppe Wolves} was formed after the death of singer [Ilyas Omarov].", {}},
      {"[Aidos Bekov] hopes to play for Premier League club {Kairat Almaty}.", {}},
      {"[Dana Omarova] represented the <Kazakhstan> team at the games.", {}},
      {"[Marco Rubio] has been called a Republican [Barack Obama].", {}},
      {"[Barack Obama] attacked the Republican nominee on Tuesday.", {}},
      {"She met [Joe Scarborough], the Democratic candidate said.", {}},
      {"[Ben Cardin], a Democrat, said so.", {"Ben Cardin member_of 'Democratic Party'"}},
      {"[Mark Moore] said it represents a big expansion of the Republican Party.", {}},
      {"The river flows past {Plentywood}, forming the eastern border of {Fort Peck}.", {}},
  });
}

TEST(FactsNewsRelationsTest, FoundersEmployersAndSchools) {
  ExpectGolden({
      {"{Cinema Verity} was a British film production company, founded in 1985 by [Vera Lamb].",
       {"Vera Lamb founded Cinema Verity 1985-01-01.."}},
      {"{Sappy Records} is a record company, started by [Julie Doiron] in 1990.",
       {"Julie Doiron founded Sappy Records 1990-01-01.."}},
      {"The party was established in 1994 by the then president [Miguel Trovoada].", {}},
      {"[Marat Nurov] joined the faculty of the {University of Hamburg} in 1962.",
       {"Marat Nurov employed_by University of Hamburg 1962-01-01.."}},
      {"After the war, [Marat Nurov] received an {MBA} from the {University of Toronto}.",
       {"Marat Nurov educated_at University of Toronto"}},
      {"[Marat Nurov] won a prize while a student at the {Curtis Institute of Music}.",
       {"Marat Nurov educated_at Curtis Institute of Music"}},
      // A work created, a career started, a student at an unnamed school:
      // no founding, no school (a career at a bank is employment:
      // fact_careers_en.cc).
      {"[Michel Ancel], creator of the Rayman series, spoke.", {}},
      {"{Ubisoft} created the Rayman series.", {}},
      {"[Marat Nurov] started his career at {Temir Bank}.", {"Marat Nurov employed_by Temir Bank"}},
      {"[Marat Nurov] met her while a student at the school.", {}},
      // An adviser of a person is tied to that person; a thing headed that
      // its phrase does not name is no organization.
      {"[Guido Bonatti] was advisor of [Frederick Stone].",
       {"Guido Bonatti associate_of Frederick Stone"}},
      {"[Dan Ajayi] heads the expansion of the {Redeemed Church} in <Canada>.", {}},
  });
}

TEST(FactsNewsRelationsTest, TeamMovesCountriesAndSecondBodies) {
  ExpectGolden({
      {"After four years, [Aidos Bekov] was traded to the {Astana Lions}.",
       {"Aidos Bekov member_of Astana Lions"}},
      {"[Aidos Bekov] was drafted by the {Astana Lions} in 2004.",
       {"Aidos Bekov member_of Astana Lions 2004-01-01.."}},
      {"It was read by <Kazakhstan>'s national poet [Aidos Bekov].",
       {"Aidos Bekov citizen_of Kazakhstan"}},
      {"[Marat Nurov] is a member of the {Kazakh Academy} (since 2008) and of the {Turkic "
       "Society}.",
       {"Marat Nurov member_of Kazakh Academy", "Marat Nurov member_of Turkic Society"}},
      {"[Marat Nurov] attended a lyceum, then went to {Almaty Law College}.",
       {"Marat Nurov educated_at 'lyceum'", "Marat Nurov educated_at Almaty Law College"}},
      {"Sir [George Prevost], 1st Baronet (19 May 1767 – 5 January 1816) was an officer.",
       {"George Prevost born_on '1767-05-19'", "George Prevost died_on '1816-01-05'"}},
      {"[Vicente Quesada] (1782 <Havana> – 15 August 1836 <Madrid>) was a soldier.",
       {"Vicente Quesada born_in Havana", "Vicente Quesada born_on '1782'",
        "Vicente Quesada died_on '1836-08-15'", "Vicente Quesada died_in Madrid"}},
      {"[Vicente Quesada] (1782 – 15 August 1836) was a soldier.",
       {"Vicente Quesada born_on '1782'", "Vicente Quesada died_on '1836-08-15'"}},
      {"[Marat Zhakenov] moved to <Astana> in 2004, where he died in 2010.",
       {"Marat Zhakenov moved_to Astana 2004-01-01..", "Marat Zhakenov died_on '2010'",
        "Marat Zhakenov died_in Astana"}},
      {"[Marat Zhakenov] visited <Taraz>, where he was born.", {"Marat Zhakenov born_in Taraz"}},
      {"[Marat Zhakenov] moved to <Wilmington>, <Delaware>, where he died.",
       {"Marat Zhakenov moved_to Wilmington", "Marat Zhakenov died_in Wilmington"}},
      // The clause's own place; a "where" clause of another's death: no
      // place from before it.
      {"[Marat Zhakenov] moved to <Astana>, where he died in <Paris>.",
       {"Marat Zhakenov moved_to Astana", "Marat Zhakenov died_in Paris"}},
      {"[Marat Zhakenov] visited <Taraz>, where his father died.", {}},
      // A trade denied, a rival of the country, a trip that is no
      // schooling: nothing.
      {"[Aidos Bekov] was not traded to the {Astana Lions}.", {}},
      {"It was read by <Kazakhstan>'s rival [Aidos Bekov].", {}},
      {"[Marat Nurov] went to {Temir Bank} in 2004.", {}},
  });
}

TEST(FactsNewsRelationsTest, CoordinatedSubjectsRu) {
  ExpectGoldenIn(
      "ru",
      {
          {"[Болат Сеитов] и [Нурлан Сеитов] основали компанию {Темир Инвест}.",
           {"Нурлан Сеитов founded Темир Инвест", "Болат Сеитов founded Темир Инвест"}},
          {"[Болат Сеитов] и его жена [Айгуль Сеитова] владеют компанией {Темир Инвест}.",
           {"Айгуль Сеитова spouse Болат Сеитов", "Болат Сеитов owns Темир Инвест",
            "Айгуль Сеитова owns Темир Инвест"}},
          // Subjects listed after a plural verb.
          {"Компанию {Темир Инвест} основали [Болат Сеитов] и [Нурлан Сеитов].",
           {"Болат Сеитов founded Темир Инвест", "Нурлан Сеитов founded Темир Инвест"}},
          // A date after the list ends it and dates the founding.
          {"Компанию {Темир Инвест} основали [Болат Сеитов], [Нурлан Сеитов] и [Айгуль Сеитова] "
           "в ⟦1998 году;1998-01-01;1998-12-31;year⟧.",
           {"Болат Сеитов founded Темир Инвест 1998-01-01..",
            "Нурлан Сеитов founded Темир Инвест 1998-01-01..",
            "Айгуль Сеитова founded Темир Инвест 1998-01-01.."}},
          // A negation: no share; after a singular verb the list is no
          // subjects': nothing shared.
          {"[Болат Сеитов] и [Нурлан Сеитов] не основали компанию {Темир Инвест}.", {}},
          {"Компанию {Темир Инвест} основал [Болат Сеитов] и [Нурлан Сеитов].",
           {"Болат Сеитов founded Темир Инвест"}},
      });
}

// A surname alone the tagger left untagged names the one person of the
// document who has it.
TEST(FactsNewsRelationsTest, SurnamesAlone) {
  ExpectGolden({
      {"[Marat Zhakenov] is a banker. In 1990, Zhakenov founded {Temir Bank}.",
       {"Marat Zhakenov founded Temir Bank 1990-01-01.."}},
      {"[Marat Zhakenov] is a banker. Zhakenov's wife [Aigul Nurova] left.",
       {"Aigul Nurova spouse Marat Zhakenov"}},
      // Two persons of the surname, a surname inside another name: nothing.
      {"[Marat Zhakenov] met [Ruslan Zhakenov]. In 1990, Zhakenov founded {Temir Bank}.", {}},
      {"[Marat Zhakenov] is a banker. In 1990, Uma Zhakenov founded {Temir Bank}.", {}},
  });
}

}  // namespace
}  // namespace dossier
