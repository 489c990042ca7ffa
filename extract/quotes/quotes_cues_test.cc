// Golden tables of English cues: where the words naming the speaker stand
// around a quotation (after it, before it, inside it, a paragraph away, the
// sentence it sits in) and which verbs report speech.
#include <gtest/gtest.h>

#include "extract/quotes/quotes_test_fixture.h"

namespace dossier {
namespace {

TEST_F(QuotesTest, CuePositionsGoldenTable) {
  const Case cases[] = {
      {"Serik Medetbekov filed a complaint.\n\"We will appeal the ruling,\" Medetbekov said.",
       {"We will appeal the ruling, => Serik Medetbekov (said)"}},
      {"Lira Baiseitova spoke on Monday.\n\"The opposition lost the elections,\" said Lira "
       "Baiseitova.",
       {"The opposition lost the elections, => Lira Baiseitova (said)"}},
      {"Serik Medetbekov said: \"The court was wrong about the case.\"",
       {"The court was wrong about the case. => Serik Medetbekov (said)"}},
      {"\"In 1998 I met Mr. Medetbekov many times, – says Gennady Vashchenkov, – and we signed "
       "the contract.\"",
       {"In 1998 I met Mr. Medetbekov many times, and we signed the contract. => Gennady "
        "Vashchenkov (says)"}},
      {"Serik Medetbekov left in 1999. According to him, \"the raid was planned by the family "
       "of the president.\"",
       {"the raid was planned by the family of the president. => Serik Medetbekov (According "
        "to)"}},
      {"Serik Medetbekov filed a complaint in May.\n\"My life was in real danger,\" the "
       "businessman told the court.",
       {"My life was in real danger, => Serik Medetbekov (told the court) [the court]"}},
      {"\"We never took his frequency,\" Ismail Igilmanov told Newsweek.",
       {"We never took his frequency, => Ismail Igilmanov (told Newsweek) [Newsweek]"}},
      // "…," X said. "…": one quotation in two parts.
      {"\"The money went to the campaign,\" Medetbekov said. \"Nobody fixed it anywhere.\"",
       {"The money went to the campaign, Nobody fixed it anywhere. => Medetbekov (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, CueVerbsGoldenTable) {
  const char* verbs[] = {"wrote",     "noted",    "added",   "explained", "recalled",
                         "concluded", "informed", "stated",  "insisted",  "denied",
                         "announced", "stressed", "replied", "clarified", "admitted",
                         "surmised",  "demurred", "mocks",   "scoffs",    "beamed"};
  for (const char* verb : verbs) {
    std::string text = std::string(
                           "Serik Medetbekov spoke to KazTAG.\n\"We were not involved in "
                           "politics at that time,\" Medetbekov ") +
                       verb + ".";
    EXPECT_EQ(Describe(text),
              (std::vector<std::string>{"We were not involved in politics at that time, => Serik "
                                        "Medetbekov (" +
                                        std::string(verb) + ")"}))
        << verb;
  }
}

TEST_F(QuotesTest, CuesAParagraphAwayGoldenTable) {
  const Case cases[] = {
      // Multi-paragraph quotation: the cue closes the last paragraph.
      {"Serik Medetbekov filed a complaint.\n\"My life was in real danger.\n\"In August 1999 I "
       "had to flee from Kazakhstan,\" Medetbekov told the court.",
       {"My life was in real danger.\nIn August 1999 I had to flee from Kazakhstan, => Serik "
        "Medetbekov (told the court) [the court]"}},
      // A colon ending the paragraph before introduces the quotation.
      {"Political analyst Aigul Omarova said in an interview in 2020:\n\"What kind of foreign "
       "bureau are we talking about? There is nothing behind it.\"",
       {"What kind of foreign bureau are we talking about? There is nothing behind it. => Aigul "
        "Omarova (said)"}},
      // The same speaker goes on in the next paragraph.
      {"\"We are against people who stole money,\" Medetbekov said.\n\"It is impossible for us "
       "to accept it.\"",
       {"We are against people who stole money, => Medetbekov (said)",
        "It is impossible for us to accept it. => Medetbekov (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, NewCuePatternsGoldenTable) {
  const Case cases[] = {
      // The speaker after a cue verb that comes before the quotation.
      {"At the rally, said Jerry Brown, \"We will not back down on climate.\"",
       {"We will not back down on climate. => Jerry Brown (said)"}},
      // A clause between the quotation and its cue.
      {"Serik Medetbekov spoke in Almaty.\n\"We will appeal the ruling\" at the convention, he "
       "said.",
       {"We will appeal the ruling => Serik Medetbekov (said)"}},
      // A title's period does not end the sentence.
      {"\"The budget is balanced,\" Gov. Jerry Brown said.",
       {"The budget is balanced, => Jerry Brown (said)"}},
      // No cue verb: the subject of the sentence holding the quotation.
      {"Sen. Marco Rubio called the statement \"offensive and outlandish.\"",
       {"offensive and outlandish. => Marco Rubio ()"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, SentenceFinalCuesAndBylinesGoldenTable) {
  const Case cases[] = {
      // A quotation ending its sentence, then its speaker as the next subject.
      {"\"We will win the state.\" Serik Medetbekov said.",
       {"We will win the state. => Serik Medetbekov (said)"}},
      // ... with an apposition longer than a plain speaker phrase.
      {"\"We are showing that small donors count.\" Jeff Weaver, the campaign manager of the "
       "senator from Vermont since last April, said in a statement.",
       {"We are showing that small donors count. => Jeff Weaver (said)"}},
      // A parenthesis, an initial and a possessive apostrophe between the
      // quotation and its speaker's verb.
      {"\u201CWe will win the House this year.\u201D Rep. Jim McDermott (D-Wash.) said.",
       {"We will win the House this year. => Jim McDermott (said)"}},
      {"\u201CThe public will reflect on how he has done,\u201D Gallup\u2019s Jeffrey M. Jones "
       "wrote in April.",
       {"The public will reflect on how he has done, => Jeffrey M. Jones (wrote)"}},
      {"\u201CWe are showing that small donors count.\u201D Jeff Weaver, Sanders\u2019 "
       "campaign manager, said in a statement.",
       {"We are showing that small donors count. => Jeff Weaver (said)"}},
      // Trap: the parenthesis closes and the sentence ends before any verb.
      {"\u201CWe will win the House this year.\u201D Jim McDermott (D-Wash.) left. Trump said "
       "it was over.",
       {"We will win the House this year. => null ()"}},
      // Trap: the next sentence reports other words of another speaker.
      {"Bernie Sanders called Trump a \"pathological liar.\" Carly Fiorina said Ted Cruz was "
       "wrong.",
       {"pathological liar. => Sanders ()"}},
      // Trap: "And" opens the sentence of a new speaker.
      {"\"They should be held to account.\" And Sen. Rob Portman said he had no view.",
       {"They should be held to account. => null ()"}},
      // A byline after a dash closing the paragraph.
      {"\u201CTrump scares me and my family every single day.\u201D \u2015 Krystal Correa",
       {"Trump scares me and my family every single day. => Krystal Correa ()"}},
      // Trap: a dash followed by narration is no byline.
      {"\u201CTrump scares me and my family every single day.\u201D \u2015 and the crowd "
       "cheered Medetbekov.",
       {"Trump scares me and my family every single day. => null ()"}},
      // An organization after its article.
      {"\"The economy is recovering slowly,\" the New York Times reported.",
       {"The economy is recovering slowly, => New York Times (reported)"}},
      // "she" after a quotation of a man: the woman the sentence before is about.
      {"\"We will appeal,\" Serik Medetbekov said.\nMartha Allen, a delegate from Vermont, "
       "criticized the laws. \"It is over,\" she said.",
       {"We will appeal, => Serik Medetbekov (said)", "It is over, => Martha Allen (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, EmbeddedQuotationsGoldenTable) {
  const Case cases[] = {
      // A participle after the main clause: its subject speaks, not the
      // subject of the clause the participle introduces.
      {"\"Nothing you can do, folks,\" Zeb Harkin told a rally in Ohio, saying Mary Dobbs would "
       "\"abolish the Second Amendment, essentially.\"",
       {"Nothing you can do, folks, => Zeb Harkin (told a rally) [a rally]",
        "abolish the Second Amendment, essentially. => Zeb Harkin (saying)"}},
      // A verb after an apposition: the sentence's subject speaks.
      {"Dean Johnson, a salesman from Sumter, says Ted Cruz will \"win this state and then the "
       "whole South.\"",
       {"win this state and then the whole South. => Dean Johnson (says)"}},
      // A name right before a participle is its subject.
      {"Republicans were irritated, with Sen. John McCain calling it \"a plan that has no "
       "details at all.\"",
       {"a plan that has no details at all. => John McCain (calling)"}},
      // An introductory participle and a role noun before the name.
      {"Recalling that moment, band member Quon Ortolan wrote: \"We were all in tears that "
       "night, every one of us.\"",
       {"We were all in tears that night, every one of us. => Quon Ortolan (wrote)"}},
      // Trap: the name after a preposition is not the subject.
      {"Mary Dobbs answered the question on Facebook writing, \"I have talked about it hundreds "
       "of times.\"",
       {"I have talked about it hundreds of times. => Mary Dobbs (writing)"}},
      // Trap: the inverted cue still reads the speaker after the verb.
      {"At the rally, said Jerry Brown, \"We will not back down on climate.\"",
       {"We will not back down on climate. => Jerry Brown (said)"}},
      // Trap: a participle after a quotation continues the sentence before.
      {"In a statement, Zeb Harkin said: \"The company will fight this ruling in court.\" "
       "adding that the shares rose.",
       {"The company will fight this ruling in court. => Zeb Harkin (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, NewCueVerbsGoldenTable) {
  const Case cases[] = {
      {"Band member Zeb Harkin shared the news last week, writing \"We will play for the "
       "campaign in Los Angeles.\"",
       {"We will play for the campaign in Los Angeles. => Zeb Harkin (writing)"}},
      {"\"Oz has a huge bully pulpit,\" Zeb Harkin said, adding, \"He can not dispense with "
       "the facts.\"",
       {"Oz has a huge bully pulpit, => Zeb Harkin (said)",
        "He can not dispense with the facts. => Zeb Harkin (adding)"}},
      {"Mary Dobbs shared: \"We were told the office would close by the end of the year.\"",
       {"We were told the office would close by the end of the year. => Mary Dobbs (shared)"}},
      {"Zeb Harkin lost his temper.\n\"You were not called,\" Harkin barked.",
       {"You were not called, => Zeb Harkin (barked)"}},
      // Capitalized words and a comma, then a name and a cue verb: speech, not a title.
      {"Zeb Harkin spoke in Ohio.\n\"Like Oakland. Or Ferguson,\" Harkin said. \"The numbers are "
       "worse.\"",
       {"Like Oakland. Or Ferguson, The numbers are worse. => Zeb Harkin (said)"}},
      // Verbs with a particle: "shot back", "chimed in".
      {"\"Look at all these supporters here,\" Mary Dobbs said.\n\"They will vote for us,\" Zeb "
       "Harkin shot back with a laugh.",
       {"Look at all these supporters here, => Mary Dobbs (said)",
        "They will vote for us, => Zeb Harkin (shot back)"}},
      // Trap: a day before a participle is no speaker.
      {"Zeb Harkin spoke on Monday. Mary Dobbs released a statement Wednesday saying his words "
       "\"do not reflect who we are.\"",
       {"do not reflect who we are. => Mary Dobbs (saying)"}},
      // Traps: the noun and the adjective are no cues; a title before a name and a verb
      // that is no cue stays a title.
      {"\"Steppe Letters,\" Harkin published in 2004, sold well.", {}},
      {"The senator issued a warning about the \"plan\" and left.", {}},
      {"Their shared \"vision\" fell apart.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, PartialQuotationCuesGoldenTable) {
  const Case cases[] = {
      // The quotation's sentence goes on; its cue closes it, the speaker
      // after the verb.
      {"\"We will appeal the ruling\" if the court refuses, said Zeb Harkin, a lawyer for the "
       "family.",
       {"We will appeal the ruling => Zeb Harkin (said)"}},
      // ... however long the clause between.
      {"\"The numbers do not add up for the campaign\" if she does not win the state by a "
       "margin larger than ten points, said Quon Ortolan, an analyst.",
       {"The numbers do not add up for the campaign => Quon Ortolan (said)"}},
      // A scare quote in the clause is no other quotation.
      {"Fundraising was \"a little slower than we had hoped for this year\" as donors waited to "
       "see how a \"turbulent cycle\" played out, Zeb Harkin said.",
       {"a little slower than we had hoped for this year => Zeb Harkin (said)"}},
      // An abbreviation before a comma ends no sentence.
      {"\"We will not back down on this bill.\" Senate Majority Leader Mitch McConnell, R-Ky., "
       "said.",
       {"We will not back down on this bill. => Mitch McConnell (said)"}},
      // After the quotation the verb's object is the one who speaks.
      {"\"Why would we change the rules in the middle of the game?\" asked Sen. Barbara "
       "Mikulski of Maryland, who wants a commission.",
       {"Why would we change the rules in the middle of the game? => Barbara Mikulski (asked)"}},
      // Trap: the words after the verb are a clause, not a name.
      {"\"The numbers do not add up for the campaign\" in the end, said Trump would win.",
       {"The numbers do not add up for the campaign => null ()"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, CoordinatedAndClosingCuesGoldenTable) {
  const Case cases[] = {
      // A verb coordinated with the sentence's own: its subject speaks.
      {"Mary Dobbs, 70, said it was too early to congratulate anyone but added, \"We will win a "
       "majority in parliament.\"",
       {"We will win a majority in parliament. => Mary Dobbs (added)"}},
      {"Zeb Harkin thought for a moment and said, \"We will be fine in the end, I promise you.\"",
       {"We will be fine in the end, I promise you. => Zeb Harkin (said)"}},
      // Trap: a clause with its own subject is no coordinated verb.
      {"Zeb Harkin spoke first, and Mary Dobbs added: \"We will win a majority in parliament.\"",
       {"We will win a majority in parliament. => Mary Dobbs (added)"}},
      // A quotation right after a sentence its cue verb closes.
      {"Political scientist Dianne Bystrom agreed. \"The caucus will be close this year, closer "
       "than anyone thinks.\"",
       {"The caucus will be close this year, closer than anyone thinks. => Dianne Bystrom "
        "(agreed)"}},
      // Traps: the verb reports other words, or asks someone to act.
      {"Zeb Harkin said the plan failed. \"The caucus will be close this year, closer than "
       "anyone thinks.\"",
       {"The caucus will be close this year, closer than anyone thinks. => null ()"}},
      {"Mary Dobbs asked Zeb Harkin to leave. \"The caucus will be close this year, closer than "
       "anyone thinks.\"",
       {"The caucus will be close this year, closer than anyone thinks. => null ()"}},
      // The clause after a colon has its own subject.
      {"The plan sounded equivocal: Former Rep. Jane Harman called it \"a plan with no details "
       "and no money behind it.\"",
       {"a plan with no details and no money behind it. => Jane Harman ()"}},
      // A subordinate clause before the subject; the clause's own subject
      // when the quotation sits in it.
      {"As the crowd began to chant, Zeb Harkin joked, \"We will be here all night, folks.\"",
       {"We will be here all night, folks. => Zeb Harkin (joked)"}},
      {"When Zeb Harkin used the words \"we are not quite there yet, not at all,\" he was "
       "echoing the speaker.",
       {"we are not quite there yet, not at all, => Zeb Harkin ()"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}
TEST_F(QuotesTest, ColonCuesGoldenTable) {
  const Case cases[] = {
      // A name after a role noun or a dash closing the phrase before the
      // colon speaks.
      {"The surge does not surprise Republican pollster Daron Shaw: \"Voters want someone from "
       "outside the party this year.\"",
       {"Voters want someone from outside the party this year. => Daron Shaw ()"}},
      {"Media shares blame in poll overhype - Michael P. McDonald: \"Pollsters are taking a lot "
       "of heat this week.\"",
       {"Pollsters are taking a lot of heat this week. => Michael P. McDonald ()"}},
      // Trap: a name after a verb is its object; the subject speaks.
      {"Zeb Harkin attacked Mary Dobbs: \"She has never worked a day in her life, not one.\"",
       {"She has never worked a day in her life, not one. => Zeb Harkin ()"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

}  // namespace
}  // namespace dossier
