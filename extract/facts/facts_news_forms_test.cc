// Golden tables for the constructions of round 6 of issue 16: roles joined
// to a description by "and", a second title sharing the organization of
// the first, organizations the tagger typed OTHER in one sentence only,
// former groups in parentheses, lifespans whose year the time grammar left
// a number, birth dates with a place in parentheses, birth names, degrees
// with a date and a supervisor, descriptions after an opening "Born in".
// Each construction has a sentence that must yield nothing. Names are
// invented.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/facts/facts_golden.h"

namespace dossier {
namespace {

TEST(FactsNewsFormsTest, RolesJoinedByAnd) {
  ExpectGolden({
      // A description and a role after one copula.
      {"[Arman Tulegenov] is a Kazakh civil servant and former chief executive of {Temir Bank}.",
       {"Arman Tulegenov citizen_of 'Kazakhstan'",
        "Arman Tulegenov position Temir Bank [chief executive]"}},
      {"[Dana Omarova] was a lawyer, a writer and chairman of {Dala Media}.",
       {"Dana Omarova position Dala Media [chairman]"}},
      // A role sharing the group a second noun's "of" names.
      {"[Dana Omarova] is the guitarist and one of the songwriters of the rock band {Steppe "
       "Wolves}.",
       {"Dana Omarova member_of Steppe Wolves"}},
      {"[Erlan Bekov] was the lead vocalist and composer of the rock band {Dala Sound}.",
       {"Erlan Bekov member_of Dala Sound"}},
      // A verb between, no copula, a negation: nothing.
      {"[Arman Tulegenov] met a civil servant and former chief executive of {Temir Bank}.", {}},
      {"[Arman Tulegenov] is not a civil servant and former chief executive of {Temir Bank}.", {}},
      {"[Dana Omarova] is the guitarist and sang with the rock band {Steppe Wolves}.", {}},
  });
}

// Facts of a marked text in which an organization mark whose entity name
// starts with "~" ("{Labor=~Labor}") is an entity the tagger typed OTHER,
// named without the "~".
std::vector<std::string> RunWithOther(const std::string& marked) {
  std::string text;
  std::vector<Entity> entities = MarkedEntities(marked, &text);
  for (Entity& e : entities) {
    if (e.name.starts_with("~")) {
      e.name = e.name.substr(1);
      e.type = EntityType::kOther;
    }
  }
  NormalizedDocument doc = MakeTestDocument(text);
  std::vector<TimeMention> times = ExtractTimesAndMoney(doc, std::nullopt).times;
  return DescribeFacts(ExtractFacts(doc, entities, times, {}), entities);
}

TEST(FactsNewsFormsTest, TitlesSharingAnOrganization) {
  ExpectGolden({
      {"{Kaspi Bank} chairman [Ruslan Ibraev] and chief executive [Bolat Zhakenov] met.",
       {"Ruslan Ibraev position Kaspi Bank [chairman]",
        "Bolat Zhakenov position Kaspi Bank [chief executive]"}},
      // "its" after "ORG and" or "ORG,": the organization's.
      {"They praised {Ak Zhol} and its leader [Marat Seitov].",
       {"Marat Seitov position Ak Zhol [leader]"}},
      {"They praised <Almaty> and its leader [Marat Seitov].", {}},
      {"They praised its leader [Marat Seitov].", {}},
      // No title after "and": the second name holds nothing.
      {"{Kaspi Bank} chairman [Ruslan Ibraev] and [Bolat Zhakenov] met.",
       {"Ruslan Ibraev position Kaspi Bank [chairman]"}},
  });
  // "Labor" typed OTHER here and ORGANIZATION elsewhere in the document.
  EXPECT_EQ(RunWithOther("{Labor} won the vote. {Labor=~Labor} leader [Steve Bracks] spoke."),
            std::vector<std::string>{"Steve Bracks position Labor [leader]"});
  // A name typed OTHER and nowhere an organization: no office.
  EXPECT_EQ(RunWithOther("{Wagnerian=~Wagnerian} leader [Steve Bracks] spoke."),
            std::vector<std::string>{});
}

TEST(FactsNewsFormsTest, FormerGroupsInParentheses) {
  ExpectGolden({
      // (The tagger takes "ex-" into the name.)
      {"The song was covered by [Nurlan Abenov] ({ex-Steppe Wolves}).",
       {"Nurlan Abenov member_of 'Steppe Wolves'"}},
      {"The song was covered by [Nurlan Abenov] (ex - {Steppe Wolves}).",
       {"Nurlan Abenov member_of Steppe Wolves"}},
      // No "ex": a group in parentheses is no former membership; a place neither.
      {"The song was covered by [Nurlan Abenov] ({Steppe Wolves}).", {}},
      {"The song was covered by [Nurlan Abenov] (ex - <Almaty>).", {}},
  });
}

TEST(FactsNewsFormsTest, LifespansAndBirthNames) {
  ExpectGolden({
      // A year the time grammar leaves a number when a place follows it.
      {"[Marat Seitov] (1859 in <London> – 15 January 1932) was a designer.",
       {"Marat Seitov born_in London", "Marat Seitov born_on '1859'",
        "Marat Seitov died_on '1932-01-15'"}},
      // "c." glued to the year or written apart.
      {"He married [Catherine Puyd] (c.1680 – 1764).",
       {"Catherine Puyd born_on '1680'", "Catherine Puyd died_on '1764'"}},
      {"[Aigul Bekova] (c. 1680 – 1764) was a queen.",
       {"Aigul Bekova born_on '1680'", "Aigul Bekova died_on '1764'"}},
      // A year alone after "c.": no lifespan.
      {"He married [Catherine Puyd] (c.1680).", {}},
      // A native spelling, a full birth date and a place: a living person's birth.
      {"[Aleksandr Borov] ([Александр Боров], 6 March 1931, <Moscow>) is a mathematician.",
       {"Aleksandr Borov born_on '1931-03-06'", "Aleksandr Borov born_in Moscow"}},
      {"[Aleksandr Borov] (6 March 1931, <Moscow>) is a mathematician.",
       {"Aleksandr Borov born_on '1931-03-06'", "Aleksandr Borov born_in Moscow"}},
      // A year alone with a place may be anything's date; a number not a year.
      {"[Aleksandr Borov] (1931, <Moscow>) is a mathematician.", {}},
      {"[Aleksandr Borov] (12 in <Moscow>) is a mathematician.", {}},
      // A pseudonym the tagger left out: the birth name after "born".
      {"Zeta (born [Christophe Schwarz] on 17 November 1977 in <Saverne>) is a street artist.",
       {"Christophe Schwarz born_on '1977-11-17'", "Christophe Schwarz born_in Saverne"}},
      {"Zeta (born [Christophe Schwarz]'s friend) is a street artist.", {}},
      // A lifespan after an apposition of titles closed by a comma: the name
      // opening the sentence (the tagger took a title for a person).
      {"[Fatih Terim], [Commendatore Ossi], T.C, (born 4 September 1953) is a Turkish football "
       "manager.",
       {"Fatih Terim born_on '1953-09-04'", "Fatih Terim citizen_of 'Turkey'"}},
      {"[Marat Seitov], Marquis of Almaty, (1848 – 1905) was a statesman.",
       {"Marat Seitov born_on '1848'", "Marat Seitov died_on '1905'"}},
      // A verb after the first name: not the first name's.
      {"[Fatih Terim] met [Marat Seitov], a manager, (born 4 September 1953) in Rome.", {}},
  });
}

TEST(FactsNewsFormsTest, DegreesAndOpenings) {
  ExpectGolden({
      {"[Erlan Bekov] received his candidate degree in 1959 under [Marat Seitov] at {Moscow "
       "State University}.",
       {"Erlan Bekov educated_at Moscow State University ..1959-12-31",
        "Marat Seitov employed_by Moscow State University"}},
      // A degree and a job: the school must follow the degree.
      {"[Erlan Bekov] received his degree in 1959 and a job at {Kaspi Bank}.", {}},
      {"Born in <Venjan>, <Sweden>, the contralto [Kerstin Thorborg] was a singer.",
       {"Kerstin Thorborg born_in Venjan", "Kerstin Thorborg citizen_of Sweden"}},
      {"Born in <Venjan>, the young singer [Kerstin Thorborg] left.",
       {"Kerstin Thorborg born_in Venjan"}},
      // The description runs into a verb: no person follows.
      {"Born in <Venjan>, the town hosted [Kerstin Thorborg].", {}},
  });
}

TEST(FactsNewsFormsTest, CandidatesAfterACopula) {
  ExpectGolden({
      {"[Levy Mwanawasa] ran as the {MMD} candidate and won.", {"Levy Mwanawasa member_of MMD"}},
      {"[Levy Mwanawasa] was the {Ak Zhol Party} candidate in 2001.",
       {"Levy Mwanawasa member_of Ak Zhol Party 2001-01-01..2001-12-31"}},
      // Someone else's candidate, a negation, no party: nothing.
      {"[Levy Mwanawasa] attacked the {MMD} candidate.", {}},
      {"[Levy Mwanawasa] never ran as the {MMD} candidate.", {}},
      {"[Levy Mwanawasa] ran as the {Senate} candidate.", {}},
  });
}

TEST(FactsNewsFormsTest, KinAfterAnd) {
  ExpectGolden({
      // "X and his brother Y": the pronoun is X's, not the clause subject's.
      {"[Marat Seitov] came. He joined the party along with [Frederick Nell] and his brother "
       "[Louis Nell].",
       {"Louis Nell sibling_of Frederick Nell"}},
      // A singular kin word takes one name, not the list after it.
      {"[Aliya Omarova] met [Frederick Nell] and his brother [Louis Nell], [John Prins] and "
       "[Charles Lorens].",
       {"Louis Nell sibling_of Frederick Nell"}},
      // A plural kin word takes the list.
      {"[Frederick Nell] and his brothers [Louis Nell] and [John Nell] came.",
       {"Louis Nell sibling_of Frederick Nell", "John Nell sibling_of Frederick Nell",
        "Louis Nell sibling_of John Nell"}},
      // No kin word: nothing.
      {"[Frederick Nell] and his friend [Louis Nell] came.", {}},
  });
}

TEST(FactsNewsFormsTest, CareersWithoutARole) {
  ExpectGolden({
      {"After the war [Samuel Bright] took a position with the {Democratic National Committee}.",
       {"Samuel Bright employed_by Democratic National Committee"}},
      {"[Christian Atsu] began his career with {FC Porto} in 2009.",
       {"Christian Atsu employed_by FC Porto 2009-01-01.."}},
      {"[Hele Beji] went on to teach literature at the {University of Tunis}.",
       {"Hele Beji employed_by University of Tunis"}},
      {"After leaving Kazakhstan, [Abdul Sabet] worked in the <U.S.> for {Voice of America}.",
       {"Abdul Sabet employed_by Voice of America"}},
      // A wish, a negation, no school, a place: nothing.
      {"[Hele Beji] hopes to teach literature at the {University of Tunis}.", {}},
      {"[Samuel Bright] never took a position with the {Democratic National Committee}.", {}},
      {"[Hele Beji] taught at {Kaspi Bank}.", {}},
      {"[Christian Atsu] began his career with <Almaty>.", {}},
  });
}

TEST(FactsNewsFormsTest, TeamSpellsAndLoans) {
  ExpectGolden({
      {"[Martin Ulrich] returned to the league in 1999, with spells for the {Berlin Capitals} "
       "and the {DEG Metro Stars}.",
       {"Martin Ulrich member_of Berlin Capitals 1999-01-01..1999-12-31",
        "Martin Ulrich member_of DEG Metro Stars 1999-01-01..1999-12-31"}},
      {"After loan spells with {Metropolitano} and {Treze}, [Jefferson Madeira] joined "
       "{FK Teleoptik}.",
       {"Jefferson Madeira member_of Metropolitano", "Jefferson Madeira member_of Treze",
        "Jefferson Madeira member_of FK Teleoptik"}},
      {"[Christian Atsu] spent a season on loan at {Rio Ave}.",
       {"Christian Atsu member_of Rio Ave"}},
      {"After playing eight years for {Sanliurfa Wheelchair}, [Cetin Goz] moved.", {}},
      {"[Cetin Goz] played eight years for {Sanliurfa Wheelchair}.",
       {"Cetin Goz member_of Sanliurfa Wheelchair"}},
      {"[Martin Ulrich] was the captain of the {Austrian national ice hockey team}.",
       {"Martin Ulrich member_of Austrian national ice hockey team"}},
      {"After the sessions, drummer [Jay Zisk] left {Bad Religion}.",
       {"Jay Zisk member_of Bad Religion"}},
      {"Guitarist [Jay Zisk] rejoined the punk band {Bad Religion} in 1994.",
       {"Jay Zisk member_of Bad Religion 1994-01-01.."}},
      // A captain of no named body, a member who left a place: nothing.
      {"[Martin Ulrich] was the captain of the ship.", {}},
      {"Drummer [Jay Zisk] left <Los Angeles>.", {}},
      // A spell of something else, a place: nothing.
      {"[Martin Ulrich] had a dry spell in <Vienna>.", {}},
      {"[Martin Ulrich] had spells with <Vienna> and <Graz>.", {}},
  });
}

TEST(FactsNewsFormsTest, SchoolsListedWithPlaces) {
  ExpectGolden({
      {"[Paul Desmarais] was educated at {Lakefield College School} in <Lakefield>, <Ontario>, "
       "{McGill University} in <Montreal>, <Quebec>, and at {INSEAD} in <Fontainebleau>.",
       {"Paul Desmarais educated_at Lakefield College School",
        "Paul Desmarais educated_at McGill University", "Paul Desmarais educated_at INSEAD"}},
      {"Educated at {Upper Canada College}, the {University of Toronto}, [John Boyd] began his "
       "career in 1860.",
       {"John Boyd educated_at Upper Canada College",
        "John Boyd educated_at University of Toronto"}},
      {"[Henrik Angell] received an education at the {Norwegian Military Academy}.",
       {"Henrik Angell educated_at Norwegian Military Academy"}},
      {"After playing college football for {Idaho State University}, [Jared Allen] was drafted.",
       {"Jared Allen educated_at Idaho State University"}},
      {"She studied at <London>'s {Saint Martin's College}.", {}},
      {"[Sarah Gibb] studied at <London>'s {Saint Martin's College}.",
       {"Sarah Gibb educated_at Saint Martin's College"}},
      // After a bare comma, a name that is no school; a sport not at college: nothing more.
      {"[Paul Desmarais] was educated at {Lakefield College School}, {Power Corporation}.",
       {"Paul Desmarais educated_at Lakefield College School"}},
      {"[Jared Allen] played football for {Idaho State Bank}.", {}},
      {"[Henrik Angell] received no education at the {Norwegian Military Academy}.", {}},
  });
}

TEST(FactsNewsFormsTest, FacultiesFieldsAndMarriages) {
  ExpectGolden({
      {"[Ronald Leonard] is on the faculties of the {Thornton School of Music} and the "
       "{Colburn School}.",
       {"Ronald Leonard employed_by Thornton School of Music",
        "Ronald Leonard employed_by Colburn School"}},
      {"[Yi Seok] is also a professor of history at {Jeonju University}.",
       {"Yi Seok position Jeonju University [professor]"}},
      {"[Joyce Godenzi] appeared in films alongside [Sammo Hung] before marrying him in 1995.",
       {"Joyce Godenzi spouse Sammo Hung 1995-01-01.."}},
      {"[Aliya Nurova] came. Her younger brother was the bishop [Benjamin Nurov].",
       {"Benjamin Nurov sibling_of Aliya Nurova"}},
      {"[Aliya Nurova] came. Her Greek parents are [Andreas Nurov] and [Harula Nurova].",
       {"Andreas Nurov parent_of Aliya Nurova", "Harula Nurova parent_of Aliya Nurova",
        "Harula Nurova spouse Andreas Nurov"}},
      {"[Aliya Nurova] came. Her sons are [Andreas Nurov] and [Harula Nurova].",
       {"Andreas Nurov child_of Aliya Nurova", "Harula Nurova child_of Aliya Nurova",
        "Andreas Nurov sibling_of Harula Nurova"}},
      // A wish, a field with no place, a third person, a negation: nothing.
      {"[Ronald Leonard] would never be on the faculty of the {Colburn School}.", {}},
      {"[Yi Seok] is a professor of history.", {}},
      {"[Joyce Godenzi] met [Sammo Hung] before marrying [Marat Seitov].", {}},
      {"[Aliya Nurova] came. Her brother was not the bishop [Benjamin Nurov].", {}},
  });
}

TEST(FactsNewsFormsTest, BodiesJoined) {
  ExpectGolden({
      {"In 1971, [Fyodor Kulakov] was elected to the {Political Bureau}.",
       {"Fyodor Kulakov member_of Political Bureau 1971-01-01.."}},
      {"[Henrik Angell] was admitted to the skiing club {SK Ull} in 1898.",
       {"Henrik Angell member_of SK Ull 1898-01-01.."}},
      // The board of a body, no body named, a negation, a wish: nothing.
      {"[Fyodor Kulakov] was elected to the board of {Temir Bank}.", {}},
      {"[Fyodor Kulakov] was elected to parliament.", {}},
      {"[Fyodor Kulakov] was not elected to the {Political Bureau}.", {}},
      {"[Fyodor Kulakov] hoped to be elected to the {Political Bureau}.", {}},
  });
}

TEST(FactsNewsFormsTest, ItAfterAnOrganization) {
  ExpectGolden({
      {"[Bolat Seitov] founded {Dala Media} in 1998 and headed it until 2004.",
       {"Bolat Seitov founded Dala Media 1998-01-01..",
        "Bolat Seitov position Dala Media [head] ..2004-12-31"}},
      {"[Bolat Seitov] bought {Temir Bank} in 1998 and ran it until 2004.",
       {"Bolat Seitov owns Temir Bank 1998-01-01..",
        "Bolat Seitov position Temir Bank [head] ..2004-12-31"}},
      // Two organizations before, a place, none, a negation: nothing for "it".
      {"[Bolat Seitov] left {Kaspi Bank} for {Temir Bank} and ran it until 2004.", {}},
      {"[Bolat Seitov] visited <Almaty> and ran it until 2004.", {}},
      {"[Bolat Seitov] ran it until 2004.", {}},
      {"[Bolat Seitov] bought {Temir Bank} in 1998 but never ran it.",
       {"Bolat Seitov owns Temir Bank 1998-01-01.."}},
  });
}

TEST(FactsNewsFormsTest, ContactClauses) {
  ExpectGolden({
      {"[David Bohigian] joined {Idealab} after it acquired the venture capital firm he founded, "
       "{VenCatalyst}.",
       {"David Bohigian member_of Idealab", "David Bohigian founded VenCatalyst"}},
      {"[Bolat Seitov] sold {Dala Media}, the company he founded in 1998.",
       {"Bolat Seitov founded Dala Media 1998-01-01.."}},
      {"[Bolat Seitov] defended {Temir Bank}, the bank he owns.", {"Bolat Seitov owns Temir Bank"}},
      // A negation, a verb of no founding, no organization named: nothing.
      {"[Bolat Seitov] sold {Dala Media}, the company he never founded.", {}},
      {"[Bolat Seitov] sold {Dala Media}, the company he visited.", {}},
      {"[Bolat Seitov] sold the company he founded.", {}},
  });
}

TEST(FactsNewsFormsTest, TeachersAtASchool) {
  ExpectGolden({
      {"[Rudolf Halin] earned his doctorate from the {University of Cologne} in 1962, under the "
       "supervision of [Klaus Wagner] and [Karl Dorge].",
       {"Rudolf Halin educated_at University of Cologne ..1962-12-31",
        "Klaus Wagner employed_by University of Cologne",
        "Karl Dorge employed_by University of Cologne"}},
      {"[Erlan Bekov] received his degree in 1959 under [Marat Seitov] at {Moscow State "
       "University}.",
       {"Erlan Bekov educated_at Moscow State University ..1959-12-31",
        "Marat Seitov employed_by Moscow State University"}},
      {"He studied music at the {Paris Conservatoire} where his teachers included [Sabine Lacour] "
       "and [Yvonne Lorin].",
       {"Sabine Lacour employed_by Paris Conservatoire",
        "Yvonne Lorin employed_by Paris Conservatoire"}},
      // No school (a prison, a band), or no named teacher: nothing.
      {"[Erlan Bekov] was held in {Almaty Prison} under the supervision of [Marat Seitov].", {}},
      {"He studied at {Nazarbayev University} with his brother.", {}},
  });
}

TEST(FactsNewsFormsTest, AppositionsAfterParenthesesAndNationalities) {
  ExpectGolden({
      {"[Ngoako Ramat] (born 21 August 1955), a senior member of the {African National "
       "Congress}, was a minister.",
       {"Ngoako Ramat born_on '1955-08-21'", "Ngoako Ramat member_of African National Congress"}},
      // (A parenthesis after no name: no holder.)
      {"The book (2004), a senior member of the {African National Congress} said, sold well.", {}},
      // A descriptive word the tagger took for a place before "from COUNTRY".
      {"[Daniel Adeniran] is a <Pentecostal> pastor from <Nigeria>.",
       {"Daniel Adeniran citizen_of Nigeria"}},
      {"[Daniel Adeniran] is a <Pentecostal> pastor from <Lagos>.", {}},
      {"[Daniel Adeniran] is not a <Pentecostal> pastor from <Nigeria>.", {}},
      {"[Randy Evans], a {Republican National Committeeman} from <Georgia>, said.", {}},
      {"[Randy Evans], a <Republican National Committeeman> from <Georgia>, said.", {}},
      // A list of nouns before "from COUNTRY"; a participle or a clause in it: nothing.
      {"[James Alwis] was a lawyer, writer, poet and a prominent legislator from <Nigeria>.",
       {"James Alwis citizen_of Nigeria"}},
      {"[James Alwis] was a lawyer who moved from <Nigeria>.", {}},
      {"[James Alwis] was a lawyer, retired from <Nigeria>.", {}},
      // A modifier before the second noun of a description before a name.
      {"The album is by British record producer and recording artist [Taio Cruz].",
       {"Taio Cruz citizen_of 'United Kingdom'"}},
      {"The album is by British record producer and recording [Taio Cruz].", {}},
  });
  // Two nationalities the tagger made one name ("Soviet Russian"): read by the last.
  EXPECT_EQ(RunWithOther("[Alecu Russo] was a {Soviet Kazakh=~Soviet Kazakh} writer."),
            std::vector<std::string>{"Alecu Russo citizen_of 'Kazakhstan'"});
  EXPECT_EQ(RunWithOther("[Alecu Russo] was a {Romanian Academy=~Romanian Academy} writer."),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace dossier
