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

}  // namespace
}  // namespace dossier
