// Golden tables for the constructions of encyclopedic and news prose
// (issue 16): lifespans, citizenship, ... Each construction has a sentence
// that must yield nothing. Names are invented.
#include <gtest/gtest.h>

#include "extract/facts/facts_golden.h"

namespace dossier {
namespace {

TEST(FactsNewsTest, Lifespans) {
  ExpectGolden({
      {"[Aidos Bekov] (19 May 1867 – 5 January 1916) was a poet.",
       {"Aidos Bekov born_on '1867-05-19'", "Aidos Bekov died_on '1916-01-05'"}},
      {"[Aidos Bekov] (1867–1916) was a poet.",
       {"Aidos Bekov born_on '1867'", "Aidos Bekov died_on '1916'"}},
      {"[Aidos Bekov] (19 May 1867, <Karkaraly> – 5 January 1916, <Omsk>) was a poet.",
       {"Aidos Bekov born_in Karkaraly", "Aidos Bekov born_on '1867-05-19'",
        "Aidos Bekov died_on '1916-01-05'", "Aidos Bekov died_in Omsk"}},
      {"[Aidos Bekov] (Kazakh: Айдос Беков; 1867–1916) was a poet.",
       {"Aidos Bekov born_on '1867'", "Aidos Bekov died_on '1916'"}},
      // A lone date or a term of office after a name is no lifespan.
      {"[Aidos Bekov] (2004) wrote it.", {}},
      {"The {Steppe Herald} (1992–1999) closed.", {}},
  });
}

TEST(FactsNewsTest, BirthPlaces) {
  ExpectGolden({
      {"[Olof Berg] (born 12 December 1981 in <Gothenburg>, <Sweden>) plays guitar.",
       {"Olof Berg born_on '1981-12-12'", "Olof Berg born_in Gothenburg",
        "Olof Berg citizen_of Sweden"}},
      {"Born in <Berlin>, [Kurt Tamm] moved to <Paris> in 1924.",
       {"Kurt Tamm born_in Berlin", "Kurt Tamm moved_to Paris 1924-01-01.."}},
      {"Born in <Berlin>, <Germany>, he moved away. [Kurt Tamm] came back.", {}},
      {"Educated at {Upper Canada College}, [John Boyd] began his career in 1860.",
       {"John Boyd educated_at Upper Canada College"}},
      {"[Ed Finnegan] graduated with a BA from {Loyola University} in 1948.",
       {"Ed Finnegan educated_at Loyola University ..1948-12-31"}},
      {"[Betty Bowes] studied at the {Moore College of Art} and the {University of "
       "Pennsylvania}.",
       {"Betty Bowes educated_at Moore College of Art",
        "Betty Bowes educated_at University of Pennsylvania"}},
      // A graduation with no school, a second thing that is no school: nothing more.
      {"[Ed Finnegan] graduated with honors and moved to {Loyola University}.",
       {"Ed Finnegan moved_to Loyola University"}},
      {"[Betty Bowes] studied at {Yale} and <Paris>.", {"Betty Bowes educated_at Yale"}},
      {"[Chris Christie] attended {Yale} and {New York Giants} football games.",
       {"Chris Christie educated_at Yale"}},
      // A birth of something unnamed: nothing.
      {"Born in <Berlin>, the company moved to <Paris>.", {}},
      // Round 4: a concessive opening; the region after "in".
      {"Although born in <Denmark>, [Christian Hwass] worked in <France>.",
       {"Christian Hwass born_in Denmark", "Christian Hwass citizen_of Denmark"}},
      {"[Henrik Angell] was born at <Luster> in <Sogn>.",
       {"Henrik Angell born_in Luster", "Henrik Angell born_in Sogn"}},
      // A region after a comma is skipped; a concession of no birth: nothing more.
      {"[Henrik Angell] was born in <Luster>, <Sogn>.", {"Henrik Angell born_in Luster"}},
      {"Although raised in <Denmark>, [Christian Hwass] worked in <France>.", {}},
  });
}

// Round 4: kin lists whose names the tagger typed otherwise, a native
// country, an apposition after a dash, royal couples.
TEST(FactsNewsTest, KinListsNativeCountriesAndCouples) {
  ExpectGolden({
      {"They have three children: [Paul Rey], <Alexandre>, and {Nicolas}.",
       {"Paul Rey sibling_of Alexandre", "Paul Rey sibling_of Nicolas",
        "Alexandre sibling_of Nicolas"}},
      // No person among the names, a country in the list: not the country.
      {"They have three children: <Alexandre> and {Nicolas}.", {}},
      {"His sons [Paul Rey] and <France> left.", {}},
      {"[Stan Tyminski] was unknown in his native <Poland>.", {"Stan Tyminski citizen_of Poland"}},
      {"[Stan Tyminski] praised the native <Poland> team.", {}},
      {"[Bruce Levell] returned to his native <Georgia>.", {"Bruce Levell moved_to Georgia"}},
      // Names after a possessive kin word keep their tagged types.
      {"[Bernie Sanders] was flanked by his wife, [Jane], and {Secret Service} agents.",
       {"Jane spouse Bernie Sanders"}},
      {"It was illustrated by [Ursula Jones] — a retired British actress.",
       {"Ursula Jones citizen_of 'United Kingdom'"}},
      {"The palace is associated with King [Gustaf V] and Queen [Victoria].",
       {"Gustaf V spouse Victoria"}},
      {"The palace is associated with [King Gustaf] V and {Queen Victoria}.",
       {"King Gustaf spouse Queen Victoria"}},
      // Two kings, a king and a commoner: nothing.
      {"King [Gustaf V] and King [Haakon VII] met.", {}},
      {"King [Gustaf V] and [Victoria] met.", {}},
  });
}

// Round 4: open lifespans of the living; a death dated by the sentence's
// opening date.
TEST(FactsNewsTest, OpenLifespansAndOpeningDates) {
  ExpectGolden({
      {"[Imre Puskas] (1966–) is a jurist.", {"Imre Puskas born_on '1966'"}},
      {"[Lajos Puskas] (1944- ), footballer", {"Lajos Puskas born_on '1944'"}},
      {"On 18 May 1980, the eve of the tour, [Ian Curtis] was found dead in his home.",
       {"Ian Curtis died_on '1980-05-18'"}},
      // A lone date, a date in the clause itself, an opening date without a
      // death: no open lifespan, the clause's date, nothing.
      {"[Imre Puskas] (1966) is a jurist.", {}},
      {"In 1990, [Ian Curtis] died on 18 May 1980.", {"Ian Curtis died_on '1980-05-18'"}},
      {"On 18 May 1980, [Ian Curtis] was found in his home.", {}},
  });
}

// Round 4: a group, a member's noun and the member's name.
TEST(FactsNewsTest, GroupNounsBeforeNames) {
  ExpectGolden({
      {"The song was written by {Fall Out Boy} bassist [Pete Wentz].",
       {"Pete Wentz member_of Fall Out Boy"}},
      {"It featured former {La Oreja de Van Gogh} member, [Amaia Montero].",
       {"Amaia Montero member_of La Oreja de Van Gogh"}},
      {"{Labor} candidate [Matt Viney] won the seat.", {"Matt Viney member_of Labor"}},
      {"He lost to {Democratic Revolutionary Party} candidate [Martin Torrijos].",
       {"Martin Torrijos member_of Democratic Revolutionary Party"}},
      {"He ran as the {MMD} candidate [Levy Mwanawasa].", {"Levy Mwanawasa member_of MMD"}},
      // Staff named after their employer and title.
      {"{The New York Times} columnist [David Pogue] criticized it.",
       {"David Pogue employed_by The New York Times"}},
      {"{The New York Times} technology columnist [David Pogue] criticized it.",
       {"David Pogue employed_by The New York Times"}},
      {"It was used by {NASA} astronaut [Chris Ferguson].", {"Chris Ferguson employed_by NASA"}},
      // A verb between the organization and a title; an office's department
      // (a position, no party); a candidate for an office, a thing after the
      // noun: nothing.
      {"{The National Rifle Association} says President [Barack Obama] erred.", {}},
      {"{Labor} Secretary [Thomas Perez] spoke.", {"Thomas Perez position Labor [Secretary]"}},
      {"{Senate} candidate [Matt Viney] won the seat.", {}},
      {"{Fall Out Boy} bassist tour dates were announced.", {}},
  });
}

TEST(FactsNewsTest, Citizenship) {
  ExpectGolden({
      {"[Dana Omarova] is a Kazakh journalist.", {"Dana Omarova citizen_of 'Kazakhstan'"}},
      {"[Dana Omarova] is an American former professional swimmer.",
       {"Dana Omarova citizen_of 'United States'"}},
      {"[Dana Omarova], a Kyrgyz economist, spoke.", {"Dana Omarova citizen_of 'Kyrgyzstan'"}},
      {"[Dana Omarova] is a Canadian-born <American> actress.",
       {"Dana Omarova citizen_of 'United States'"}},
      {"[Dana Omarova] is a Russian and Israeli businesswoman.",
       {"Dana Omarova citizen_of 'Russia'", "Dana Omarova citizen_of 'Israel'"}},
      {"Uzbek journalist [Timur Saidov] was detained.", {"Timur Saidov citizen_of 'Uzbekistan'"}},
      {"[Timur Saidov] became a citizen of <Canada> in 2001.",
       {"Timur Saidov citizen_of Canada 2001-01-01.."}},
      {"[Timur Saidov] holds Russian citizenship.", {"Timur Saidov citizen_of 'Russia'"}},
      // The country of the document's entity when it names it.
      {"[Timur Saidov] is a Canadian poet. He lives in <Canada>.",
       {"Timur Saidov citizen_of Canada", "Timur Saidov lives_in Canada"}},
      {"[Timur Saidov] is a Russian-American poet.", {"Timur Saidov citizen_of 'United States'"}},
      {"[Nadir Khan] is a retired Pakistani general.", {"Nadir Khan citizen_of 'Pakistan'"}},
      {"[John Tull] was a British Army officer.", {"John Tull citizen_of 'United Kingdom'"}},
      {"[Juan Ortiz] was a footballer from <Argentina>.", {"Juan Ortiz citizen_of Argentina"}},
      {"[Ahmet Kaya] was a folk singer from <Malatya>, <Turkey>.",
       {"Ahmet Kaya citizen_of Turkey"}},
      {"[Dan Ajayi] is a Pentecostal pastor from <Nigeria>.", {"Dan Ajayi citizen_of Nigeria"}},
      {"The Polish pianist, composer and teacher [Frederic Chopin] left.",
       {"Frederic Chopin citizen_of 'Poland'"}},
      {"[Yao Bin] was the first skater to represent <China> at the {World Championships}.",
       {"Yao Bin citizen_of China"}},
      {"[Ole Berg] represented <Norway> in the 1952 Winter Olympics.",
       {"Ole Berg citizen_of Norway"}},
      {"It was proposed by Malaysian Prime Minister Dr. [Mahathir Mohamad].",
       {"Mahathir Mohamad citizen_of 'Malaysia'"}},
      {"[Paul Belien] is a Flemish Belgian journalist.", {"Paul Belien citizen_of 'Belgium'"}},
      {"[Paul Belien] is a Flemish journalist.", {}},
      {"[Pedro Lira] was one of <Chile>'s greatest painters.", {"Pedro Lira citizen_of Chile"}},
      {"It is named after [Robert Burns], <Scotland>'s national poet.",
       {"Robert Burns citizen_of Scotland"}},
      {"[Pedro Lira] was <Chile>'s ambassador to <Peru>.", {"Pedro Lira citizen_of Chile"}},
      // A country's thing, a plural not "one of", a negation: nothing.
      {"[Pedro Lira] was <Chile>'s best hope.", {}},
      {"[Pedro Lira] praised <Chile>'s painters.", {}},
      {"[Pedro Lira] was not <Chile>'s greatest painter.", {}},
      // A birthplace's country is the person's, unless the text says otherwise.
      {"[Kurt Tamm] was born in <Munich>, <Germany>.",
       {"Kurt Tamm born_in Munich", "Kurt Tamm citizen_of Germany"}},
      {"[Kurt Tamm] is an Austrian painter. [Kurt Tamm] was born in <Munich>, <Germany>.",
       {"Kurt Tamm citizen_of 'Austria'", "Kurt Tamm born_in Munich"}},
      {"[Kurt Tamm] was born in <Canada> in 1970.",
       {"Kurt Tamm born_in Canada", "Kurt Tamm born_on '1970'", "Kurt Tamm citizen_of Canada"}},
      {"[Kurt Tamm] was born in <Munich> and moved to <Germany>.",
       {"Kurt Tamm born_in Munich", "Kurt Tamm moved_to Germany"}},
      {"[Sait Altin] was called up to the <Turkey> national football team in 1937.",
       {"Sait Altin citizen_of Turkey"}},
      {"[Kofi Atsu] played for the <Ghana> national team.", {"Kofi Atsu citizen_of Ghana"}},
      {"[Kofi Atsu] never played for the <Ghana> national team.", {}},
      {"[Kofi Atsu] watched the <Ghana> national team.", {}},
      // A client, not a country competed for; a list of places; nothing.
      {"[Anna Berg] represented <Ukraine> in the arbitration.", {}},
      {"[Anna Berg] never represented <Ukraine> at the Olympics.", {}},
      {"The French, German and British envoys met [Anna Berg].", {}},
      // Negation, loss, wishes, a city of origin, someone else's description: nothing.
      {"[Juan Ortiz] was a footballer from <Rosario>.", {}},
      {"[Timur Saidov] is not a Russian citizen.", {}},
      {"[Timur Saidov] renounced his Russian citizenship.", {}},
      {"[Timur Saidov] applied for Canadian citizenship.", {}},
      {"[Timur Saidov] said his father was a Soviet diplomat.", {}},
      {"U.S. officials said [Timur Saidov] left.", {}},
      {"[Timur Saidov] is a Russian-language poet.", {}},
      {"[Timur Saidov] would be the first Kazakh astronaut.", {}},
  });
}

// Round 4: nationalities right before a name, demonym nouns, ranks and
// coordinated role nouns between the nationality and the name.
TEST(FactsNewsTest, NationalitiesBeforeNames) {
  ExpectGolden({
      {"It is a novel by Jamaican [Roger Mais].", {"Roger Mais citizen_of 'Jamaica'"}},
      {"Irishman [Tadhg Kennelly] was a key player.", {"Tadhg Kennelly citizen_of 'Ireland'"}},
      {"[Jean Morel] met Englishwoman [Jane Hill] in Paris.",
       {"Jane Hill citizen_of 'United Kingdom'"}},
      {"He is the son of Mexican singer and actress [Lupita Alessio].",
       {"Lupita Alessio citizen_of 'Mexico'"}},
      {"The American military governor General [Lucius Clay] refused.",
       {"Lucius Clay citizen_of 'United States'"}},
      {"It was led by the British Rear Admiral [John Leake].",
       {"John Leake citizen_of 'United Kingdom'"}},
      {"[Fyodor Kulakov] was a Soviet-Russian statesman.", {"Fyodor Kulakov citizen_of 'Russia'"}},
      {"[Zakhar Lyapunov] was a Russian political figure.",
       {"Zakhar Lyapunov citizen_of 'Russia'"}},
      // A generational suffix the tagger took for a name stands for the name.
      {"[Elwood Buchanan], [Sr] was an American jazz trumpeter.",
       {"Elwood Buchanan citizen_of 'United States'"}},
      // A one-word name, a thing of the country, a word that is no demonym,
      // a hyphen that is no chain of nationalities: nothing.
      {"It is a novel by Jamaican [Mais].", {}},
      {"Jamaican rum made [Roger Mais] rich.", {}},
      {"Chairman [Bruce Wayne] left.", {}},
      {"Batman [Bruce Wayne] left.", {}},
      {"[Fyodor Kulakov] was a Moscow-Russian statesman.", {}},
  });
}

TEST(FactsNewsTest, KinAndTies) {
  ExpectGolden({
      {"[Bolat Seitov] came with his wife, [Aigul Seitova].",
       {"Aigul Seitova spouse Bolat Seitov"}},
      {"[Seitov]'s father, [Marat], was a diplomat.", {"Marat parent_of Seitov"}},
      {"[Yerlan Dauletov]'s nephew [Arman Dauletov] runs the firm.",
       {"Arman Dauletov related_to Yerlan Dauletov (nephew)"}},
      {"[Timur Zhanov], the son-in-law of [Yerlan Dauletov], resigned.",
       {"Timur Zhanov related_to Yerlan Dauletov (son-in-law)"}},
      {"[Piotr Nowak]'s brothers [Jan Nowak] and [Adam Nowak] also skied.",
       {"Jan Nowak sibling_of Piotr Nowak", "Adam Nowak sibling_of Piotr Nowak",
        "Jan Nowak sibling_of Adam Nowak"}},
      {"[Aliya Dosova]'s two younger sisters [Dana Dosova] and [Gaukhar Dosova] sang.",
       {"Dana Dosova sibling_of Aliya Dosova", "Gaukhar Dosova sibling_of Aliya Dosova",
        "Dana Dosova sibling_of Gaukhar Dosova"}},
      {"[Kusha Bekov] and his twin brother [Lava Bekov] sang.",
       {"Lava Bekov sibling_of Kusha Bekov"}},
      {"[Marat Nurov]'s children included [Asel Nurova] and [Dina Nurova].",
       {"Asel Nurova child_of Marat Nurov", "Dina Nurova child_of Marat Nurov",
        "Asel Nurova sibling_of Dina Nurova"}},
      // Kin stated of a list: the listed are siblings; after "had N
      // children", children of the subject and of the partner "with whom".
      {"They have three children: [Paul Rey], [Anne Rey], and [Luc Rey].",
       {"Paul Rey sibling_of Anne Rey", "Paul Rey sibling_of Luc Rey",
        "Anne Rey sibling_of Luc Rey"}},
      {"[Marcel Roche] married [Ana Dugand], with whom he had two children, [Rosa Roche] and "
       "[Luis Roche].",
       {"Marcel Roche spouse Ana Dugand", "Rosa Roche sibling_of Luis Roche",
        "Rosa Roche child_of Marcel Roche", "Luis Roche child_of Marcel Roche",
        "Rosa Roche child_of Ana Dugand", "Luis Roche child_of Ana Dugand"}},
      {"They were the five Rockefeller brothers: [John Rockefeller], [Nelson], and [David].",
       {"John Rockefeller sibling_of Nelson", "John Rockefeller sibling_of David",
        "Nelson sibling_of David"}},
      // One name, no count, no kin word before the list, a negation: nothing more.
      {"[Marcel Roche] had two children, [Rosa Roche].", {}},
      {"[Marcel Roche] had children with [Rosa Roche] and [Ana Dugand].", {}},
      {"The brothers of the order met [Rosa Roche] and [Ana Dugand].", {}},
      {"The primaries are must-win contests for native sons [John Kasich] and [Marco Rubio].", {}},
      {"[Marcel Roche] did not have two sons, [Rosa Roche] and [Luis Roche].", {}},
      {"[Richard Omarov], the fifth child of [David Omarov], retired.",
       {"Richard Omarov child_of David Omarov"}},
      {"[Anton Steel] is best known for his marriage to [Anita Berg].",
       {"Anton Steel spouse Anita Berg"}},
      {"[Anton Steel] spoke of the marriage to come.", {}},
      // A kin word of no one named, a plan: nothing.
      {"The nephew of a minister, [Arman Dauletov], sued.", {}},
      {"[Arman Dauletov] hopes to marry soon.", {}},
  });
}

TEST(FactsNewsTest, TitlesAppositionsAndClauses) {
  ExpectGolden({
      // The document's main country gives the office, not a citizenship.
      {"<Kazakhstan> held talks. President [Nursultan Nazarbayev] spoke.",
       {"Nursultan Nazarbayev position Kazakhstan [President]"}},
      // No country the document is mostly about: neither.
      {"<Kazakhstan> and <Russia> held talks. President [Nursultan Nazarbayev] spoke.", {}},
      {"Kyrgyz President [Almaz Toktomushev] arrived.",
       {"Almaz Toktomushev citizen_of 'Kyrgyzstan'",
        "Almaz Toktomushev position 'Kyrgyzstan' [President]"}},
      {"[Ruslan Ibraev], a former mayor of <Shymkent>, was detained.",
       {"Ruslan Ibraev position Shymkent [mayor]"}},
      {"The former head of {Temir Bank}, [Marat Zhakenov], left.",
       {"Marat Zhakenov position Temir Bank [head]"}},
      {"[Marat Zhakenov], who founded the {Free Choice} party, spoke.",
       {"Marat Zhakenov founded Free Choice"}},
      {"[Bolat Seitov] is the chairman of {Temir Bank}.",
       {"Bolat Seitov position Temir Bank [chairman]"}},
      // A modifier that is also a head ("deputy") modifies the office.
      {"[Bolat Seitov] was appointed deputy finance minister of <Kazakhstan> in 2009.",
       {"Bolat Seitov position Kazakhstan [deputy finance minister] 2009-01-01..",
        "Bolat Seitov citizen_of Kazakhstan"}},
      // A minister's country from the sentence; none named, none guessed.
      {"[Bolat Seitov] was appointed Kazakh deputy finance minister.",
       {"Bolat Seitov citizen_of 'Kazakhstan'",
        "Bolat Seitov position 'Kazakhstan' [deputy finance minister]"}},
      // None named: the country the document gave the holder, else the ministry.
      {"[Bolat Seitov] was appointed deputy finance minister.",
       {"Bolat Seitov position 'Ministry of Finance' [deputy finance minister]"}},
      {"In 2004, [Bolat Seitov] was sent abroad as the Kazakh ambassador to <Hungary>. After "
       "returning home in 2009, he was appointed deputy finance minister.",
       {"Bolat Seitov citizen_of 'Kazakhstan'",
        "Bolat Seitov position Hungary [ambassador] 2004-01-01..",
        "Bolat Seitov position 'Kazakhstan' [deputy finance minister] 2009-01-01.."}},
      {"[Bolat Seitov] was appointed minister.", {}},
      {"[Bolat Seitov] was sent as ambassador to <Hungary>.",
       {"Bolat Seitov position Hungary [ambassador]"}},
      {"[Eivind Berg] was a Norwegian politician for the Labour Party.",
       {"Eivind Berg citizen_of 'Norway'", "Eivind Berg member_of 'Labour Party'"}},
      {"[Dana Omarova] is a candidate of the {Ak Zhol} party.", {"Dana Omarova member_of Ak Zhol"}},
      {"[Dan Alexa] played for {Rapid} and {Dinamo} from 1999 to 2004.",
       {"Dan Alexa member_of Rapid 1999-01-01..2004-12-31",
        "Dan Alexa member_of Dinamo 1999-01-01..2004-12-31"}},
      {"In 2012 [Dan Alexa] signed for {FC Kairat}.",
       {"Dan Alexa member_of FC Kairat 2012-01-01.."}},
      {"[Dan Alexa] hopes to play for {FC Kairat}.", {}},
      {"[Dan Alexa] played for <Romania>.", {}},
      // A negation or a hypothetical states nothing; a reported negation
      // is the speaker's denial.
      {"[Bolat Seitov] was not appointed chairman of {Temir Bank}.", {}},
      {"[Dana Omarova] said that [Bolat Seitov] was not appointed chairman of {Temir Bank}.",
       {"Bolat Seitov position Temir Bank [chairman] by Dana Omarova denied"}},
      {"[Bolat Seitov] would never be a politician for the {Nur Otan} party.", {}},
  });
}

TEST(FactsNewsTest, DatesFromTheClauseTheSentenceAndTheSentenceBefore) {
  ExpectGolden({
      {"[Bolat Seitov] left <Almaty>. In 2004, he was sent as ambassador to <Hungary>.",
       {"Bolat Seitov position Hungary [ambassador] 2004-01-01.."}},
      {"After returning home in 2009, [Bolat Seitov] was appointed chairman of {Temir Bank}.",
       {"Bolat Seitov position Temir Bank [chairman] 2009-01-01.."}},
      // An event without a date follows the date the sentence before opened with ...
      {"In 2004, [Bolat Seitov] moved to <Vienna>. He founded {Dala Media}.",
       {"Bolat Seitov moved_to Vienna 2004-01-01..",
        "Bolat Seitov founded Dala Media 2004-01-01.."}},
      // ... unless it has its own, or the sentence before opened with none.
      {"In 2004, [Bolat Seitov] moved to <Vienna>. He founded {Dala Media} in 2006.",
       {"Bolat Seitov moved_to Vienna 2004-01-01..",
        "Bolat Seitov founded Dala Media 2006-01-01.."}},
      {"[Bolat Seitov] moved to <Vienna> in 2004. He founded {Dala Media}.",
       {"Bolat Seitov moved_to Vienna 2004-01-01..", "Bolat Seitov founded Dala Media"}},
      // Two dates in the opening clause: neither is taken.
      {"In 2001 or in 2004, [Bolat Seitov] founded {Dala Media}.",
       {"Bolat Seitov founded Dala Media"}},
  });
}

// Nominalizations, their holder a pronoun the quotes stage resolves as in
// the pipeline: the appointment starts the office, the resignation ends it.
TEST(FactsNewsTest, NominalizationsOfOffices) {
  ExpectGoldenIn(
      "en",
      {
          {"[Ruslan Ibraev] spoke on Monday. His appointment as ambassador to <Turkey> in "
           "⟦2011;2011-01-01;2011-12-31;year⟧ surprised many.",
           {"Ruslan Ibraev position Turkey [ambassador] 2011-01-01.."}},
          {"[Ruslan Ibraev] spoke on Monday. His resignation as mayor of <Shymkent> in "
           "⟦2015;2015-01-01;2015-12-31;year⟧ followed a scandal.",
           {"Ruslan Ibraev position Shymkent [mayor] ..2015-12-31"}},
          {"[Ruslan Ibraev] spoke on Monday. His appointment as ambassador was never confirmed.",
           {}},
      });
}

TEST(FactsNewsTest, DeathsChargesAndSanctions) {
  ExpectGolden({
      {"[Bolat Seitov] was found dead in his cell in <Vienna> on February 24, 2015.",
       {"Bolat Seitov died_in Vienna", "Bolat Seitov died_on '2015-02-24'"}},
      {"[Bolat Seitov] was charged with fraud by the {Almaty City Court} in 2016.",
       {"Bolat Seitov charged_with 'fraud' {Almaty City Court} 2016-01-01.."}},
      {"[Bolat Seitov] was convicted of embezzlement and money laundering.",
       {"Bolat Seitov convicted_of 'embezzlement and money laundering'"}},
      {"A court found [Bolat Seitov] guilty of bribery.", {"Bolat Seitov convicted_of 'bribery'"}},
      {"[Bolat Seitov] was sanctioned by the {U.S. Treasury} in 2018.",
       {"Bolat Seitov sanctioned_by U.S. Treasury 2018-01-01.."}},
      {"The prosecutor said [Bolat Seitov] was charged with fraud.",
       {"Bolat Seitov charged_with 'fraud'"}},
      // The active voice: the person after the verb, the body before it.
      {"Kazakh prosecutors charged [Bolat Seitov] with embezzlement in 2016.",
       {"Bolat Seitov charged_with 'embezzlement' {Kazakh prosecutors} 2016-01-01.."}},
      {"The {Almaty City Court} convicted [Bolat Seitov] of bribery.",
       {"Bolat Seitov convicted_of 'bribery' {Almaty City Court}"}},
      {"[Bolat Seitov] resigned. Prosecutors later charged him with fraud.",
       {"Bolat Seitov charged_with 'fraud' {Prosecutors}"}},
      {"Prosecutors did not charge [Bolat Seitov] with fraud.", {}},
      {"Prosecutors may have charged [Bolat Seitov] with fraud.", {}},
      // Suspicions, threats and denials of a charge state none.
      {"[Bolat Seitov] could be charged with fraud.", {}},
      {"[Bolat Seitov] was never convicted of anything.", {}},
      {"Police found [Bolat Seitov] dead drunk? No: they were not sure he had died.", {}},
  });
}

TEST(FactsNewsTest, EducationMembershipAndAffiliation) {
  ExpectGolden({
      // Degrees: the school after "from"/"at", the subject the clause's.
      {"[Aramis Ayala] then obtained her law degree from the {University of Detroit}.",
       {"Aramis Ayala educated_at University of Detroit"}},
      {"[Sara Black] holds a BFA in sculpture from the {University of Chicago}.",
       {"Sara Black educated_at University of Chicago"}},
      {"[John Wallace] attended {Syracuse University} and obtained a law degree from {Hamilton "
       "College}.",
       {"John Wallace educated_at Syracuse University",
        "John Wallace educated_at Hamilton College"}},
      {"A native of <Syracuse>, [John Wallace] practised law.", {"John Wallace born_in Syracuse"}},
      // A degree of no school, a degree of someone's else: nothing.
      {"[Aramis Ayala] has a degree of freedom.", {}},
      // Parties by adjective, affiliations after names, members before names.
      {"[William Armstrong] was a Republican member of the House.",
       {"William Armstrong member_of 'Republican Party'"}},
      {"[James Maher] was elected as a Democrat to Congress.",
       {"James Maher member_of 'Democratic Party'"}},
      {"It bordered the district of fellow Democrat [Sidney Yates].",
       {"Sidney Yates member_of 'Democratic Party'"}},
      {"[Ed Finnegan] unsuccessfully sought the Democratic nomination for the Senate.",
       {"Ed Finnegan member_of 'Democratic Party'"}},
      {"[Ronald Reagan], who had lost the Republican nomination to [Gerald Ford], won.",
       {"Ronald Reagan member_of 'Republican Party'"}},
      // Voters of a primary, a party's own possessive: nothing.
      {"[Ed Finnegan] spoke to voters in the Democratic primary.", {}},
      {"Republican [Ed Finnegan]'s plan failed.", {}},
      {"Underdog Conservative [Claudia Tenney] beats the establishment.", {}},
      {"[Carol II] reigned as King of <Romania> from 8 June 1930.",
       {"Carol II position Romania [King] 1930-06-08..", "Carol II citizen_of Romania"}},
      {"It was built for Emperor [Gojong] of <Korea>.",
       {"Gojong position Korea [Emperor]", "Gojong citizen_of Korea"}},
      // A realm that is no country, a title never held: nothing.
      {"[Michael Jackson], the King of Pop, sang.", {}},
      {"[Carol II] never became King of <Romania>.", {}},
      {"The current president of {RBF} is [Stephen Heintz].",
       {"Stephen Heintz position RBF [president]"}},
      // The holder's possessive, a negation: nothing.
      {"The president of {RBF} is [Stephen Heintz]'s friend.", {}},
      {"The president of {RBF} is not [Stephen Heintz].", {}},
      {"He was succeeded by [Uma Bharti] of the {Bharatiya Janata Party}.",
       {"Uma Bharti member_of Bharatiya Janata Party"}},
      {"[Murray] toured with [Paul Langlois] and [Rob Baker] of {The Tragically Hip}.",
       {"Rob Baker member_of The Tragically Hip", "Paul Langlois member_of The Tragically Hip"}},
      {"It features [Dulce Maria] of the Mexican pop group <RBD>.", {"Dulce Maria member_of RBD"}},
      {"It was covered by [Leroy Burgess] (formerly of {Black Ivory}).",
       {"Leroy Burgess member_of Black Ivory"}},
      {"It was covered by [Leroy Burgess] (formerly of <London>).", {}},
      // A place after "of" with no group noun, a possessive, a person: nothing.
      {"It was covered by [Leroy Burgess] of <Harlem>.", {}},
      {"It features [Dulce Maria] of the pop group [Anahi].", {}},
      {"The mayor is [Janne Johnsen] ({Conservative Party}).",
       {"Janne Johnsen member_of Conservative Party"}},
      {"It was written by former {Sha Na Na} member [Jon Bauman].",
       {"Jon Bauman member_of Sha Na Na"}},
      {"[Robin Gibb] was the guitarist of the {Bee Gees}.", {"Robin Gibb member_of Bee Gees"}},
      {"[Dan Alexa] is a midfielder for {FC Kairat}.", {"Dan Alexa member_of FC Kairat"}},
      {"[Valerie Rockefeller] serves as {RBF}'s chairwoman.",
       {"Valerie Rockefeller position RBF [chairwoman]"}},
      {"[Jack Ryan] is appointed {CIA} Deputy Director.",
       {"Jack Ryan position CIA [Deputy Director]"}},
      // A title the tagger took for a person, a party of no one, a daughter
      // of a founder: nothing.
      {"He was made a [Knight Commander] of the {Order of St Michael}.", {}},
      {"The Democratic Republic of the Congo voted.", {}},
      {"[Kim Myers] is the daughter of the {Dick's Sporting Goods} founder.", {}},
      {"[Aramis Ayala] is not a Republican member of the House.", {}},
  });
}

TEST(FactsNewsTest, CountriesWithNamesAndKin) {
  ExpectGolden({
      {"Troops of [Charles VII] of <France> took the city.", {"Charles VII citizen_of France"}},
      {"The song preceded <Malta>'s [Chiara].", {"Chiara citizen_of Malta"}},
      {"He studied with the Chilean artists [Cosme San Martin] and [Juan Mochi].",
       {"Cosme San Martin citizen_of 'Chile'", "Juan Mochi citizen_of 'Chile'"}},
      {"[Ferenc Puskas] (1927–2006), Hungarian football player and manager",
       {"Ferenc Puskas born_on '1927'", "Ferenc Puskas died_on '2006'",
        "Ferenc Puskas citizen_of 'Hungary'"}},
      {"[Kylie Minogue] is performed by Australian recording artist and songwriter [Kylie "
       "Minogue].",
       {"Kylie Minogue citizen_of 'Australia'"}},
      {"[Zachary Taylor], a {Mexican War} hero, was nominated.", {}},
      {"British diplomat praises [Barack Obama].", {}},
      {"Syrian refugees [Barack Obama] will accept.", {}},
      {"[Leonard Blavatnik] is an American investor whose holdings include [Warner Music].",
       {"Leonard Blavatnik citizen_of 'United States'"}},
      // A one-word name "of" a country is a title; a country known as a name is none.
      {"[Lewis] of <Luxembourg> was a bishop.", {}},
      {"It is known in <France> as [Le Professeur].", {}},
      // Kin: a description before the relative, "son of" without article, parents of a birth.
      {"[Liang Congjie]'s father, architect [Liang Sicheng], led the attempts.",
       {"Liang Sicheng parent_of Liang Congjie"}},
      {"[Vineeth] is son of the actor [Sreenivasan].", {"Vineeth child_of Sreenivasan"}},
      {"[Omero Mumba] was born in <Dublin> to [Peter Mumba] and [Barbara Mumba].",
       {"Omero Mumba born_in Dublin", "Omero Mumba child_of Peter Mumba",
        "Omero Mumba child_of Barbara Mumba", "Barbara Mumba spouse Peter Mumba"}},
      {"[Omero Mumba] spoke to [Peter Mumba].", {}},
      {"[Patti Davis], [Ronald Reagan]'s daughter, attacked [Donald Trump].",
       {"Patti Davis child_of Ronald Reagan"}},
      {"[Chris Christie]'s wife, standing behind [Donald Trump], grimaced.", {}},
      {"[Eric Trump], son of the [Republican] front-runner, spoke.", {}},
      {"[Anthony Weiner]'s wife, longtime [Hillary Clinton] aide [Huma Abedin], left him.",
       {"Huma Abedin spouse Anthony Weiner"}},
      {"His son of a gun was [Omero Mumba].", {}},
  });
}

TEST(FactsNewsTest, LifespansOfNews) {
  ExpectGolden({
      {"[Hele Beji] (; born 1948) is a Tunisian writer.",
       {"Hele Beji born_on '1948'", "Hele Beji citizen_of 'Tunisia'"}},
      {"[John MacDonald] (or John of Islay) (1434–1503) was a magnate.",
       {"John MacDonald born_on '1434'", "John MacDonald died_on '1503'"}},
      {"[Anne du Noyer] (<Nimes>, 2 June 1663 — <Voorburg>, May 1719) was a journalist.",
       {"Anne du Noyer born_in Nimes", "Anne du Noyer born_on '1663-06-02'",
        "Anne du Noyer died_on '1719-05'", "Anne du Noyer died_in Voorburg"}},
      {"[Leone Marucci] (born March 28, 1973, <Youngstown>, <Ohio>) is a filmmaker.",
       {"Leone Marucci born_on '1973-03-28'", "Leone Marucci born_in Youngstown"}},
      {"[Elwood Buchanan] was born in <St Louis>, <Missouri> on January 26, 1907.",
       {"Elwood Buchanan born_in St Louis", "Elwood Buchanan born_on '1907-01-26'"}},
      {"[Alberto Llanos] (<San Fernando>, <Chile>, August 29, 1869 – <Santiago>, <Chile>, July "
       "23, 1925) was a painter.",
       {"Alberto Llanos born_in San Fernando", "Alberto Llanos born_on '1869-08-29'",
        "Alberto Llanos citizen_of Chile", "Alberto Llanos died_on '1925-07-23'",
        "Alberto Llanos died_in Santiago"}},
      {"[Paul Desmarais Jr]. (born July 3, 1954) is a businessman.",
       {"Paul Desmarais Jr born_on '1954-07-03'"}},
      {"[Bernard Cribbins], OBE (born 29 December 1928) is an actor.",
       {"Bernard Cribbins born_on '1928-12-29'"}},
      {"[Kurt Tucholsky] (9 January 1890 – 21 December 1935) was a German-Jewish journalist.",
       {"Kurt Tucholsky born_on '1890-01-09'", "Kurt Tucholsky died_on '1935-12-21'",
        "Kurt Tucholsky citizen_of 'Germany'"}},
      // A post-nominal needs its comma; a faith alone names no country.
      {"The [Bernard Cribbins] OBE (born 1928) list.", {}},
      {"[Kurt Tucholsky] was a Jewish journalist.", {}},
      // A death stated by a noun, with its date.
      {"Following [William Morris]'s death in 1896, he led the firm.",
       {"William Morris died_on '1896'"}},
      {"After the death of [Arnulfo Arias] on 10 August 1988, he ran.",
       {"Arnulfo Arias died_on '1988-08-10'"}},
      {"[Angus Og] dominated the clan until his murder in 1490.", {"Angus Og died_on '1490'"}},
      {"[Pyotr Ilyich] fell ill before his death in <Paris> in 1920.",
       {"Pyotr Ilyich died_on '1920'", "Pyotr Ilyich died_in Paris"}},
      // No date, a faked death, a death penalty: nothing.
      {"[William Morris]'s death shocked the party.", {}},
      {"[William Morris] faked his death in 1896.", {}},
      {"[William Morris] faced the death penalty in 1896.", {}},
      // A term of office in parentheses is no lifespan; places with no date are no lifespan.
      {"[Alberto Llanos] (<San Fernando>, <Chile>) was a painter.", {}},
      {"[Peter Anker] (prime minister 1814) led the delegation.", {}},
  });
}

}  // namespace
}  // namespace dossier
