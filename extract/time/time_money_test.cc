// Golden tables for the time grammar: one row per expression, with the text
// that must be found, its interval, precision and kind.
#include "extract/time/time_money.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/time/time_money_test_rows.h"

namespace dossier {
namespace {

using testing_rows::TimeRow;

void CheckRows(const std::vector<TimeRow>& rows, std::optional<CivilDate> anchor) {
  testing_rows::CheckTimeRows(rows, "en", anchor);
}

TEST(TimeGrammarTest, DatesInEveryOrder) {
  CheckRows(
      {
          {"He was born on November 23, 1961 in Almaty.", "November 23, 1961", "1961-11-23",
           "1961-11-23", "day"},
          {"Born 23 November 1961.", "23 November 1961", "1961-11-23", "1961-11-23", "day"},
          {"Born 23.11.1961 in Karaganda.", "23.11.1961", "1961-11-23", "1961-11-23", "day"},
          {"Registered 1961-11-23.", "1961-11-23", "1961-11-23", "1961-11-23", "day"},
          {"In 1999 he left. On the 5th of August he returned.", "the 5th of August", "1999-08-05",
           "1999-08-05", "day"},
          {"In 1961 it was cold. By Nov. 23 the river froze.", "Nov. 23", "1961-11-23",
           "1961-11-23", "day"},
          {"Signed 11/23/1961.", "11/23/1961", "1961-11-23", "1961-11-23", "day"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, MonthsYearsSeasonsDecadesCenturies) {
  CheckRows(
      {
          {"It opened in May 1999.", "May 1999", "1999-05-01", "1999-05-31", "month"},
          {"He moved in 1979.", "1979", "1979-01-01", "1979-12-31", "year"},
          {"It began in the spring of 2022.", "the spring of 2022", "2022-03-01", "2022-05-31",
           "season"},
          {"It was built in the early 90s.", "the early 90s", "1990-01-01", "1993-12-31", "decade"},
          {"Prices rose in the 1990s.", "the 1990s", "1990-01-01", "1999-12-31", "decade"},
          {"Trade grew in the early 2000s.", "the early 2000s", "2000-01-01", "2003-12-31",
           "decade"},
          {"Built in the late 19th century.", "the late 19th century", "1867-01-01", "1899-12-31",
           "century"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, RangesAndOpenPeriods) {
  CheckRows(
      {
          {"He served 1992-1999.", "1992-1999", "1992-01-01", "1999-12-31", "year"},
          {"He served 1992–1999.", "1992–1999", "1992-01-01", "1999-12-31", "year"},
          {"He studied from 1997 to 1999.", "from 1997 to 1999", "1997-01-01", "1999-12-31",
           "year"},
          {"He lived there between 2004 and 2007.", "between 2004 and 2007", "2004-01-01",
           "2007-12-31", "year"},
          {"It ran from January to November 2007.", "from January to November 2007", "2007-01-01",
           "2007-11-30", "month"},
          {"He worked from 1998 to the summer of 1999.", "from 1998 to the summer of 1999",
           "1998-01-01", "1999-08-31", "year"},
          {"He has lived there since June 1999.", "since June 1999", "1999-06-01", "", "month"},
          {"He stayed until 2004.", "until 2004", "", "2004-12-31", "year"},
          {"It started from the end of May 1999.", "from the end of May 1999", "1999-05-21", "",
           "month"},
          {"It closed by the mid-2000s.", "by the mid-2000s", "", "2006-12-31", "decade"},
          {"The talks ran 5-7 August 1999.", "5-7 August 1999", "1999-08-05", "1999-08-07", "day"},
          {"The talks ran 5–7 August 1999.", "5–7 August 1999", "1999-08-05", "1999-08-07", "day"},
          {"It rained from 5 to 7 August 2001.", "from 5 to 7 August 2001", "2001-08-05",
           "2001-08-07", "day"},
          {"It rained between March 3 and 5, 2004.", "between March 3 and 5, 2004", "2004-03-03",
           "2004-03-05", "day"},
          {"The festival ran August 5 to 7, 2003.", "August 5 to 7, 2003", "2003-08-05",
           "2003-08-07", "day"},
          // Not a day range: the year closes the first date.
          {"He came on 5 June 2011 to 30 people.", "5 June 2011", "2011-06-05", "2011-06-05",
           "day"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, PartsOfPeriods) {
  CheckRows(
      {
          {"In 2003 work began. At the end of May it was done.", "the end of May", "2003-05-21",
           "2003-05-31", "month"},
          {"Sales fell in early 2005.", "early 2005", "2005-01-01", "2005-04-30", "year"},
          {"In 2010 it rained. Then in mid-March it snowed.", "mid-March", "2010-03-11",
           "2010-03-20", "month"},
          {"Profit rose in the first half of 2015.", "the first half of 2015", "2015-01-01",
           "2015-06-30", "year"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, RelativeToTheDocumentDate) {
  const CivilDate anchor{2013, 2, 12};  // a Tuesday
  CheckRows(
      {
          {"We met last June.", "last June", "2012-06-01", "2012-06-30", "month"},
          {"They met on Thursday.", "Thursday", "2013-02-07", "2013-02-07", "day"},
          {"He left yesterday.", "yesterday", "2013-02-11", "2013-02-11", "day"},
          {"Sales grew this year.", "this year", "2013-01-01", "2013-12-31", "year"},
          {"He left two years ago.", "two years ago", "2011-01-01", "2011-12-31", "year"},
          {"It closed about 18 months ago.", "about 18 months ago", "2011-08-01", "2011-08-31",
           "month"},
          {"Since December 2 the office is shut.", "Since December 2", "2012-12-02", "", "day"},
          {"They met on Monday night.", "Monday night", "2013-02-11", "2013-02-11", "day"},
          {"Sales were higher a year earlier.", "a year earlier", "2012-01-01", "2012-12-31",
           "year"},
          {"Two years later he left.", "Two years later", "2015-01-01", "2015-12-31", "year"},
          {"Results for the third quarter were weak.", "the third quarter", "2012-07-01",
           "2012-09-30", "month"},
      },
      anchor);
}

// Found by fuzzing: yearless ends resolved one by one crossed over.
// "Two years later", "the following year" count from the date the text
// narrated last (in its passage or the one before), with or without a
// document date; a shift finer than the narrated date falls back to the
// document date, else stays unresolved.
TEST(TimeGrammarTest, ShiftsFromTheNarratedDate) {
  const std::vector<TimeRow> narrated = {
      {"In 2004 he joined the bank. Two years later he left.", "Two years later", "2006-01-01",
       "2006-12-31", "year"},
      {"He left in 2010. The following year he returned.", "The following year", "2011-01-01",
       "2011-12-31", "year"},
      {"He was arrested on 5 May 2010. Three days later he was freed.", "Three days later",
       "2010-05-08", "2010-05-08", "day"},
      {"In March 2009 he moved. A month earlier he had resigned.", "A month earlier", "2009-02-01",
       "2009-02-28", "month"},
      {"In 2001 he married. The previous year he had graduated.", "The previous year", "2000-01-01",
       "2000-12-31", "year"},
  };
  CheckRows(narrated, std::nullopt);
  CheckRows(narrated, CivilDate{2013, 2, 12});
  CheckRows({{"In 2010 he was arrested. Three days later he was freed.", "Three days later", "", "",
              "day"},
             {"Two years later he left.", "Two years later", "", "", "year"}},
            std::nullopt);
}

TEST(TimeGrammarTest, RangeEndsNeverCross) {
  const CivilDate anchor{2013, 2, 12};
  CheckRows(
      {
          {"It ran from January to November.", "from January to November", "2012-01-01",
           "2012-11-30", "month"},
          {"It ran from 2007 to 2004.", "from 2007 to 2004", "", "", "year"},
      },
      anchor);
}

// A yearless date takes its year from the narrative: without a document date
// from the passage's last year; with one (news) only from a year earlier in
// the same sentence, else from the document date.
TEST(TimeGrammarTest, YearlessDatesTakeTheNarrativeYear) {
  CheckRows(
      {
          {"In 1999 he moved to Montreal. In August he sold the station.", "August", "1999-08-01",
           "1999-08-31", "month"},
          {"He left in 1999. Since December 2 the office is shut.", "Since December 2",
           "1999-12-02", "", "day"},
      },
      std::nullopt);
  const CivilDate anchor{2013, 2, 12};
  CheckRows(
      {
          {"He moved in 1999, and in August he sold the station.", "August", "1999-08-01",
           "1999-08-31", "month"},
          {"The firm was founded in 1988. On Jan. 30 it sold its plant.", "Jan. 30", "2013-01-30",
           "2013-01-30", "day"},
          {"The firm was founded in 1988. In December it sold its plant.", "December", "2012-12-01",
           "2012-12-31", "month"},
      },
      anchor);
}

// Earnings reports speak of "the quarter" (the last one that has ended, or
// the current one in a sentence that looks ahead) and compare it with the
// same quarter "a year earlier"; without quarters in the passage the
// comparison stays a year.
TEST(TimeGrammarTest, FinancialReferences) {
  const CivilDate anchor{1989, 10, 26};  // a Thursday
  CheckRows(
      {
          {"Net income for the quarter rose 5%.", "the quarter", "1989-07-01", "1989-09-30",
           "month"},
          {"Sales in the latest quarter fell.", "the latest quarter", "1989-07-01", "1989-09-30",
           "month"},
          {"Sales are expected to rise in the quarter.", "the quarter", "1989-10-01", "1989-12-31",
           "month"},
          {"Quarterly profit was $5.2 million, up from $4.1 million a year earlier.",
           "a year earlier", "1988-07-01", "1988-09-30", "month"},
          {"Revenue rose 8% over the year-earlier quarter.", "the year-earlier quarter",
           "1988-07-01", "1988-09-30", "month"},
          {"Sales exceeded year-earlier levels.", "year-earlier", "1988-01-01", "1988-12-31",
           "year"},
          {"Sales were $5.2 million a year earlier.", "a year earlier", "1988-01-01", "1988-12-31",
           "year"},
          {"Prices have doubled in recent years.", "recent years", "", "1989-10-26", "day"},
      },
      anchor);
  CheckRows({{"Net income for the quarter rose 5%.", "the quarter", "", "", "month"}},
            std::nullopt);
}

TEST(TimeGrammarTest, WeekendsHolidaysAndYearsInWords) {
  const CivilDate anchor{1989, 10, 26};  // a Thursday
  CheckRows(
      {
          {"They met over the weekend.", "the weekend", "1989-10-21", "1989-10-22", "day"},
          {"The talks will resume this weekend.", "this weekend", "1989-10-28", "1989-10-29",
           "day"},
          {"The talks will resume the weekend after.", "the weekend", "1989-10-28", "1989-10-29",
           "day"},
          {"The store closed on Christmas Day 1998.", "Christmas Day 1998", "1998-12-25",
           "1998-12-25", "day"},
          {"Shops were busy last Thanksgiving.", "last Thanksgiving", "1988-11-24", "1988-11-24",
           "day"},
          {"They met on Thanksgiving Day.", "Thanksgiving Day", "1988-11-24", "1988-11-24", "day"},
          {"It was Thanksgiving 1999.", "Thanksgiving 1999", "1999-11-25", "1999-11-25", "day"},
          {"The law took effect on New Year's Day 2000.", "New Year's Day 2000", "2000-01-01",
           "2000-01-01", "day"},
          {"It was founded in nineteen ninety-six.", "nineteen ninety-six", "1996-01-01",
           "1996-12-31", "year"},
          {"Computers may fail in the year two thousand.", "the year two thousand", "2000-01-01",
           "2000-12-31", "year"},
          {"Prices soared in the nineties.", "the nineties", "1990-01-01", "1999-12-31", "decade"},
      },
      anchor);
  CheckRows(
      {
          {"In 1995 he moved to Boston. On Christmas Eve he fell ill.", "Christmas Eve",
           "1995-12-24", "1995-12-24", "day"},
          {"They met over the weekend.", "the weekend", "", "", "day"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, UnresolvedWithoutAnAnchor) {
  CheckRows(
      {
          {"We met last June.", "last June", "", "", "month"},
          {"He left two years ago.", "two years ago", "", "", "year"},
          {"In August the talks resumed.", "August", "", "", "month"},
          {"Since December 2 the office is shut.", "Since December 2", "", "", "day"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, DurationsAndAges) {
  CheckRows(
      {
          {"He was jailed for six months.", "six months", "", "", "month", "duration"},
          {"A 52-year-old man was held.", "52-year-old", "", "", "year", "age"},
          {"The director, aged 44, resigned.", "aged 44", "", "", "year", "age"},
          {"Meetings are held every year.", "every year", "", "", "year", "set"},
      },
      std::nullopt);
}

TEST(TimeGrammarTest, ThingsThatAreNotDates) {
  const char* kTraps[] = {
      "He was paid $50,000 a month.",
      "Order No. 120 was signed.",
      "Inflation was 6.61%.",
      "The office is at Republic Square, 13.",
      "Tune in to 104.7 FM.",
      "May I ask a question?",
      "He spent 2000 dollars.",
      "The March was long.",
      "He lived in the Latin Quarter.",
      "They won the quarter-final.",
      "A quarter of the vote was his.",
      "Rates rose a quarter point.",
      "Christmas trees sold well.",
      "The new year's budget grew.",
      "Nineteen twelve-man crews came.",
      "He sold twenty fifteen-minute slots.",
  };
  testing_rows::CheckNoTimes(std::vector<const char*>(std::begin(kTraps), std::end(kTraps)), "en");
}

TEST(TimeMoneyDocumentTest, SkipsDuplicatePassagesAndKeepsOffsets) {
  NormalizedDocument doc;
  doc.language = "en";
  doc.text = "In May 1999 he left.\n\nIn May 1999 he left.\n\nHe paid €5 million.";
  doc.passages.resize(3);
  doc.passages[0].span = Span{0, 20};
  doc.passages[1].span = Span{22, 42};
  doc.passages[1].duplicate_of = DuplicateRef{};
  doc.passages[2].span = Span{44, static_cast<uint32_t>(doc.text.size())};
  const TimeMoneyResult r = ExtractTimesAndMoney(doc, std::nullopt);
  ASSERT_EQ(r.times.size(), 1u);
  EXPECT_EQ(r.times[0].span, (Span{3, 11}));
  ASSERT_EQ(r.money.size(), 1u);
  EXPECT_EQ(doc.text.substr(r.money[0].span.start, r.money[0].span.size()), "€5 million");
  EXPECT_EQ(r.money[0].currency, "EUR");
  EXPECT_EQ(r.money[0].amount, 5e6);
}

TEST(TimeMoneyDocumentTest, ParsesDocumentDates) {
  EXPECT_EQ(ParseDocumentDate("1998-01-08"), (CivilDate{1998, 1, 8}));
  EXPECT_EQ(ParseDocumentDate("2024-03-05T10:00:00+05:00"), (CivilDate{2024, 3, 5}));
  EXPECT_EQ(ParseDocumentDate("19980108"), (CivilDate{1998, 1, 8}));
  EXPECT_EQ(ParseDocumentDate(""), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("1998-02-30"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("yesterday"), std::nullopt);
}

}  // namespace
}  // namespace dossier
