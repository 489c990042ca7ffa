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
      // Negation, loss, wishes, someone else's description: nothing.
      {"[Timur Saidov] is not a Russian citizen.", {}},
      {"[Timur Saidov] renounced his Russian citizenship.", {}},
      {"[Timur Saidov] applied for Canadian citizenship.", {}},
      {"[Timur Saidov] said his father was a Soviet diplomat.", {}},
      {"U.S. officials said [Timur Saidov] left.", {}},
      {"[Timur Saidov] is a Russian-language poet.", {}},
      {"[Timur Saidov] would be the first Kazakh astronaut.", {}},
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
       {"Jan Nowak sibling_of Piotr Nowak", "Adam Nowak sibling_of Piotr Nowak"}},
      {"[Aliya Dosova]'s two younger sisters [Dana Dosova] and [Gaukhar Dosova] sang.",
       {"Dana Dosova sibling_of Aliya Dosova", "Gaukhar Dosova sibling_of Aliya Dosova"}},
      // A kin word of no one named, a plan: nothing.
      {"The nephew of a minister, [Arman Dauletov], sued.", {}},
      {"[Arman Dauletov] hopes to marry soon.", {}},
  });
}

}  // namespace
}  // namespace dossier
