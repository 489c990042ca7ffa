#include "extract/quotes/quotes.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/ner/entities.h"
#include "extract/testing/shipped_model.h"
#include "text/testing/test_document.h"

namespace dossier {
namespace {

// A document of one passage per line ("\n"). Lines that start with "="
// repeat the line before (marked duplicate_of it); the "=" is dropped.
NormalizedDocument MakeDocument(const std::string& source) {
  std::string text;
  std::vector<int> repeats;
  std::stringstream lines(source);
  std::string line;
  for (int index = 0; std::getline(lines, line); ++index) {
    if (!line.empty() && line[0] == '=') {
      line = line.substr(1);
      repeats.push_back(index);
    }
    if (index > 0) text += "\n\n";
    text += line;
  }
  NormalizedDocument doc = MakeTestDocument(text);
  for (int index : repeats) MarkRepeat(&doc, index, index - 1);
  return doc;
}

class QuotesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { model_ = ShippedNerModel(); }
  void SetUp() override { ASSERT_NE(model_, nullptr) << ShippedNerModelError(); }

  // One line per quotation: "text => speaker name (cue) [addressee]".
  static std::vector<std::string> Describe(const std::string& source) {
    NormalizedDocument doc = MakeDocument(source);
    std::vector<Entity> entities = ExtractEntities(doc, *model_);
    std::vector<std::string> out;
    for (const Quote& q : ExtractQuotes(doc, &entities)) {
      std::string speaker = "null";
      for (const Entity& e : entities) {
        if (e.id == q.speaker) speaker = e.name;
      }
      std::string line = q.text + " => " + speaker + " (" + q.cue + ")";
      if (!q.addressee.empty()) line += " [" + q.addressee + "]";
      out.push_back(line);
    }
    return out;
  }

  // "reference => entity name" for every reference of every entity.
  static std::vector<std::string> References(const std::string& source) {
    NormalizedDocument doc = MakeDocument(source);
    std::vector<Entity> entities = ExtractEntities(doc, *model_);
    ExtractQuotes(doc, &entities);
    std::vector<std::pair<uint32_t, std::string>> found;
    for (const Entity& e : entities) {
      for (const EntityMention& r : e.references) {
        EXPECT_EQ(doc.text.substr(r.span.start, r.span.size()), r.text);
        found.push_back({r.span.start, r.text + " => " + e.name});
      }
    }
    std::sort(found.begin(), found.end());
    std::vector<std::string> out;
    for (auto& [at, line] : found) out.push_back(line);
    return out;
  }

  static const NerModel* model_;
};
const NerModel* QuotesTest::model_ = nullptr;

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

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

TEST_F(QuotesTest, OrganizationsAndDocumentsGoldenTable) {
  const Case cases[] = {
      {"After the elections, the bureau issued a press release signed by Lira Baiseitova.\n\"We "
       "can confidently say that the elections were legitimate,\" the release said.",
       {"We can confidently say that the elections were legitimate, => Lira Baiseitova (said)"}},
      {"\"In the early 90s I established the RIK radio company,\" Serik Medetbekov said in a "
       "statement.\n\"Yegarmin currently resides with his family in Vienna,\" the statement "
       "said.",
       {"In the early 90s I established the RIK radio company, => Serik Medetbekov (said)",
        "Yegarmin currently resides with his family in Vienna, => Serik Medetbekov (said)"}},
      // "read" speaks for a document only.
      {"Arman Tulegenov signed a statement on Monday.\n\"We will not sell the station,\" the "
       "statement read.",
       {"We will not sell the station, => Arman Tulegenov (read)"}},
      {"\"We will not sell the station,\" he read slowly.",
       {"We will not sell the station, => null ()"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, TrapsGoldenTable) {
  const Case cases[] = {
      // Quoted names and scare quotes are not quotations.
      {"He headed the project \"Russian Radio\" and the \"agreement\" had no force.", {}},
      // A passage pasted twice adds one quotation.
      {"\"We will appeal the ruling,\" Serik Medetbekov said.\n=\"We will appeal the ruling,\" "
       "Serik Medetbekov said.",
       {"We will appeal the ruling, => Serik Medetbekov (said)"}},
      // Nobody to refer to: the speaker stays unknown.
      {"\"The decision is final,\" he said.", {"The decision is final, => null (said)"}},
      // Nobody named: the spokesman is an unnamed source of its own.
      {"\"No comment on the case,\" the spokesman said.",
       {"No comment on the case, => spokesman (said)"}},
      // Trap: a description of a person is no unnamed source.
      {"\"No comment on the case,\" the businessman said.",
       {"No comment on the case, => null (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, ReferencesGoldenTable) {
  const Case cases[] = {
      // Pronouns by gender: -ova and a female given name against a male one.
      {"Serik Medetbekov met Lira Baiseitova in Geneva. She told him about the bureau.",
       {"She => Lira Baiseitova", "him => Serik Medetbekov"}},
      // An apposition gives the role a description refers to.
      {"The former mayor of Almaty, Viktor Khrapunov, left for Switzerland. Critics say the "
       "former mayor took the money.\n\"I never stole anything,\" the former mayor said.",
       {"the former mayor => Viktor Khrapunov"}},
      {"Ismail Igilmanov, General Director of Europe Plus Kazakhstan, gave an interview.\n\"We "
       "did not touch his property,\" the general director said.",
       {"the general director => Ismail Igilmanov"}},
      {"But Serik Medetbekov, head of the Foreign Bureau living in Germany, disagreed.\n\"The "
       "lobbyist works for our coalition,\" the head of the bureau said.",
       {"the head of the bureau => Serik Medetbekov"}},
      // An unnamed source named again: a reference to the one met first.
      {"\"The vote was rigged from the start,\" a source said.\n\"The count was late,\" the "
       "source added.",
       {"the source => a source"}},
  };
  for (const Case& c : cases) EXPECT_EQ(References(c.text), c.expected) << c.text;
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

TEST_F(QuotesTest, UntaggedSpeakersAndPronounsGoldenTable) {
  const Case cases[] = {
      // A surname the tagger did not tag is matched to the person named before.
      {"Serik Medetbekov returned to Almaty in May.\n\"We will appeal,\" said Medetbekov, the "
       "owner of the station.",
       {"We will appeal, => Serik Medetbekov (said)"}},
      // "he" with no person of known gender near: the subject of the sentence before.
      {"Medvik openly admitted that the pick was political. \"With an eye to February, "
       "Carolina,\" he said.",
       {"With an eye to February, Carolina, => Medvik (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, NewRulesTrapsGoldenTable) {
  const Case cases[] = {
      // A common word capitalized at the sentence start is not a name; the
      // crowd that chants is.
      {"Holding signs, the protesters chanted \"Bad for New Jersey, bad for you.\" They were "
       "holding them high.",
       {"Bad for New Jersey, bad for you. => protesters (chanted)"}},
      // A place is no speaker.
      {"Iowa voted \"for the future of the party, for all of us,\" and went home.",
       {"for the future of the party, for all of us, => null ()"}},
      // "she" never goes to the man who spoke before.
      {"\"We will appeal,\" Serik Medetbekov said.\n\"It is over,\" she said.",
       {"We will appeal, => Serik Medetbekov (said)", "It is over, => null (said)"}},
      // "state" is a noun here, not a cue.
      {"\"We need jobs now,\" the state attorney Dave Aronberg told reporters.",
       {"We need jobs now, => Dave Aronberg (told reporters) [reporters]"}},
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

TEST_F(QuotesTest, GenderFromRoleNounsGoldenTable) {
  const Case cases[] = {
      // "wife" in the apposition makes Zeli Dobbs a woman; without it the
      // nearer Quon Ortolan would win "She".
      {"Zeli Dobbs, the wife of a banker, met Quon Ortolan. She thanked him.",
       {"She => Zeli Dobbs", "him => Quon Ortolan"}},
      // Trap: the wife in a relative clause is not the man himself.
      {"Quon Ortolan, whose wife is a banker, met Mary Dobbs. He thanked her.",
       {"He => Quon Ortolan", "her => Mary Dobbs"}},
  };
  for (const Case& c : cases) EXPECT_EQ(References(c.text), c.expected) << c.text;
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

TEST_F(QuotesTest, GroupSpeakersGoldenTable) {
  const Case cases[] = {
      // A definite description of an institution becomes an organization;
      // a later description with the same noun is the same one.
      {"\"The waterway is not a place to stir up problems,\" the ministry said in a statement.\n"
       "\"We will respond to any provocation,\" the ministry added.",
       {"The waterway is not a place to stir up problems, => ministry (said)",
        "We will respond to any provocation, => ministry (added)"}},
      {"\"Trump should get his act together or drop out,\" the conservative-leaning newspaper "
       "wrote.",
       {"Trump should get his act together or drop out, => conservative-leaning newspaper "
        "(wrote)"}},
      // Its head noun ends the description.
      {"\"We are moving to larger offices this month,\" the campaign of the senator said.",
       {"We are moving to larger offices this month, => campaign (said)"}},
      // A crowd, definite or a bare plural.
      {"Demonstrators said they want \"justice for everyone in this city\" but pledged calm.",
       {"justice for everyone in this city => Demonstrators (said)"}},
      // Traps: plural persons and an indefinite group stay unknown.
      {"\"The vote was rigged from the start,\" officials said.",
       {"The vote was rigged from the start, => null (said)"}},
      {"\"The vote was rigged from the start,\" a group said.",
       {"The vote was rigged from the start, => null (said)"}},
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

TEST_F(QuotesTest, ItContinuesAnOrganizationGoldenTable) {
  const Case cases[] = {
      // "it" after an organization's quotation: the organization goes on.
      {"\"The economy is recovering slowly,\" the New York Times reported.\n\"Wages have not "
       "caught up with prices,\" it added.",
       {"The economy is recovering slowly, => New York Times (reported)",
        "Wages have not caught up with prices, => New York Times (added)"}},
      // Traps: "it" never continues a person, nor a speaker left unknown.
      {"\"We will appeal the ruling,\" Serik Medetbekov said.\n\"The ruling is final,\" it "
       "added.",
       {"We will appeal the ruling, => Serik Medetbekov (said)",
        "The ruling is final, => null (added)"}},
      {"\"The vote was rigged from the start,\" a source said.\n\"The count was late,\" it "
       "added.",
       {"The vote was rigged from the start, => a source (said)",
        "The count was late, => null (added)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, UnnamedSourcesAndDocumentsGoldenTable) {
  const Case cases[] = {
      // Someone unnamed is a source of its own, cut after its noun; "the
      // source" later is the same one.
      {"\"The vote was rigged from the start,\" a source close to the campaign said.\n\"The "
       "count was late,\" the source added.",
       {"The vote was rigged from the start, => a source (said)",
        "The count was late, => a source (added)"}},
      {"\"He is not fit to lead the party,\" one user wrote on Facebook.",
       {"He is not fit to lead the party, => one user (wrote)"}},
      {"\"He is not fit to lead the party,\" one user wrote.\nAnother tweeted, \"Two of a "
       "kind who think they are above the rules.\"",
       {"He is not fit to lead the party, => one user (wrote)",
        "Two of a kind who think they are above the rules. => Another (tweeted)"}},
      {"Another former campaign staffer said the office \"was a mess from day one.\"",
       {"was a mess from day one. => Another former campaign staffer (said)"}},
      // A document no one is named as the author of speaks for itself.
      {"\"The director was aware of the risks,\" the memo said.",
       {"The director was aware of the risks, => memo (said)"}},
      {"\"Vote for the future of this state,\" the ad's narrator says.",
       {"Vote for the future of this state, => ad's narrator (says)"}},
      // "it" after a sentence describing a document: the document.
      {"The email includes a photo of the senator.\nAt the bottom it reads, \"Win my "
       "engraved shotgun today.\"",
       {"Win my engraved shotgun today. => email (reads)"}},
      {"Zeb Harkin sent the letter on Monday.\nAt the bottom it reads, \"Win my engraved "
       "shotgun today.\"",
       {"Win my engraved shotgun today. => letter (reads)"}},
      // Traps: "it" with no document or organization before, a description
      // of a person, and an indefinite document stay unknown.
      {"Zeb Harkin spoke on Monday.\nAt the bottom it reads, \"Win my engraved shotgun "
       "today.\"",
       {"Win my engraved shotgun today. => null (reads)"}},
      {"\"We were never told about the deal,\" the former governor said.",
       {"We were never told about the deal, => null (said)"}},
      {"\"We were never told about the deal,\" a letter said.",
       {"We were never told about the deal, => null (said)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

TEST_F(QuotesTest, RelativeClausesAndNarratorsGoldenTable) {
  const Case cases[] = {
      // "X, who said": the name before the relative clause.
      {"Cruz scored his first endorsement from a Senate colleague, Mike Lee, who declared, "
       "\"Ted is the candidate who can win in November.\"",
       {"Ted is the candidate who can win in November. => Mike Lee (declared)"}},
      {"Voters heard from Sen. Marco Rubio of Florida, who mused that Mary Dobbs was \"unfit "
       "for the highest office in the land.\"",
       {"unfit for the highest office in the land. => Marco Rubio (mused)"}},
      // Trap: the nearest name before the clause, not the sentence's subject.
      {"Zeb Harkin attacked Quon Ortolan, who said the plan was \"a waste of everyone's "
       "money.\"",
       {"a waste of everyone's money. => Quon Ortolan (said)"}},
      // Without a comma, a name right before "who".
      {"Among the replies was this tweet from Mary Dobbs who tweeted, \"Nobody is above the "
       "rules in this country.\"",
       {"Nobody is above the rules in this country. => Mary Dobbs (tweeted)"}},
      // Trap: a noun after the name is who the clause is about.
      {"One ad stars an Abraham Lincoln impersonator who promises that Johnson won't \"tell "
       "you who to marry.\"",
       {"tell you who to marry. => null (promises)"}},
      // Trap: a restrictive clause ("the man who said") has no antecedent name.
      {"The man who said \"we will build it ourselves\" left the room.",
       {"we will build it ourselves => null (said)"}},
      // A first-person narrator.
      {"\"I am not guilty of anything,\" I said.",
       {"I am not guilty of anything, => narrator (said)"}},
      // Words before the subject: "But he", "though she".
      {"Serik Medetbekov spoke to reporters in Almaty. But he added, \"The ruling changes "
       "nothing for us.\"",
       {"The ruling changes nothing for us. => Serik Medetbekov (added)"}},
      // A subject pronoun right before its verb after an introductory
      // clause; an adverb before it.
      {"Serik Medetbekov spoke to reporters in Almaty. Asked which city was his favorite, he "
       "demurred: \"Every city has its own charm.\"",
       {"Every city has its own charm. => Serik Medetbekov (demurred)"}},
      {"Serik Medetbekov spoke to reporters in Almaty. Asked which city was his favorite, he "
       "smiled: \"Every city has its own charm.\"",
       {"Every city has its own charm. => Serik Medetbekov ()"}},
      {"Mary Dobbs runs a group of volunteers. Recently she announced on her page, \"We will "
       "march again in May.\"",
       {"We will march again in May. => Mary Dobbs (announced)"}},
      {"Mary Dobbs spoke on Monday. Conceding that a deal was likely \"down the line\" she "
       "warned: \"It will not come soon.\"",
       {"It will not come soon. => Mary Dobbs (warned)"}},
      // A short introduction closed by a comma before the pronoun.
      {"Mary Dobbs ran for the Senate in 2002. Thirteen years earlier, she had voted for "
       "\"the authority to act in every case.\"",
       {"the authority to act in every case. => Mary Dobbs ()"}},
      // Trap: "she" never goes to the only man named.
      {"Serik Medetbekov spoke on Monday. Recently she announced on her page, \"We will "
       "march again in May.\"",
       {"We will march again in May. => null (announced)"}},
      // A description opening the sentence is its subject.
      {"Serik Medetbekov opened the meeting. The businessman began with the drug crisis, "
       "saying that heroin is now \"cheaper than a pack of cigarettes.\"",
       {"cheaper than a pack of cigarettes. => Serik Medetbekov (saying)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}

// A speaker named only in a cue becomes an entity with the later mentions
// of the same name; another name ending in the same word is not one.
TEST_F(QuotesTest, CueEntityTakesLaterMentions) {
  NormalizedDocument doc = MakeDocument(
      "\"We will appeal the ruling,\" said Zorbtrak Quell.\nReporters waited. Quell left the "
      "court.\nAnna Quell stayed.");
  std::vector<Entity> entities = ExtractEntities(doc, *model_);
  ExtractQuotes(doc, &entities);
  const Entity* quell = nullptr;
  for (const Entity& e : entities) {
    if (e.name == "Zorbtrak Quell") quell = &e;
  }
  ASSERT_NE(quell, nullptr);
  std::vector<std::string> mentions;
  for (const EntityMention& m : quell->mentions) {
    EXPECT_EQ(doc.text.substr(m.span.start, m.span.size()), m.text);
    mentions.push_back(m.text);
  }
  EXPECT_EQ(mentions, (std::vector<std::string>{"Zorbtrak Quell", "Quell"}));
}

// The seed document: every quotation once, the speakers the text names.
TEST_F(QuotesTest, SeedDocument) {
  const std::string path = std::string(DOSSIER_SHARED_DIR) + "/corpus/000_1531777d1a0cdfee.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is absent";
  std::ifstream in(path);
  std::stringstream content;
  content << in.rdbuf();
  // Our passages are lines; pasted repeats are marked the way dedupe marks them.
  std::string marked;
  std::vector<std::string> seen;
  std::stringstream lines(content.str());
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const bool repeat = std::find(seen.begin(), seen.end(), line) != seen.end();
    seen.push_back(line);
    marked += (repeat ? "=" : "") + line + "\n";
  }
  marked.pop_back();
  std::vector<std::string> quotes = Describe(marked);
  auto speaker_of = [&](const std::string& start) {
    for (const std::string& q : quotes) {
      if (q.rfind(start, 0) == 0) return q.substr(q.rfind(" => ") + 4);
    }
    return std::string("(not found)");
  };
  int count = 0;
  for (const std::string& q : quotes) count += q.rfind("In the early 90s in Alma-Ata", 0) == 0;
  EXPECT_EQ(count, 1);
  EXPECT_EQ(speaker_of("In the early 90s in Alma-Ata"), "Medetbekov Serik Rakhimbaevich (said)");
  EXPECT_EQ(speaker_of("My life was in real danger"),
            "Medetbekov Serik Rakhimbaevich (told the court) [the court]");
  EXPECT_EQ(speaker_of("After our London meeting"), "Medetbekov Serik Rakhimbaevich (added)");
  EXPECT_EQ(speaker_of("In the period from 1998"), "Gennady Vashchenkov (says)");
  EXPECT_EQ(speaker_of("That is, already in 1997"), "Ismail Igilmanov (explained)");
  // "Igilmanov said": tagged apart as "Igilmanov I.A.", the full name wins.
  EXPECT_EQ(speaker_of("Then Medetbekov launched a campaign"), "Ismail Igilmanov (said)");
  EXPECT_EQ(speaker_of("After the statement made by me"), "Lira Baiseitova (said)");
  EXPECT_EQ(speaker_of("We can confidently say"), "Lira Baiseitova (said)");
}

}  // namespace
}  // namespace dossier
