// Golden tables of English speakers: which entity a cue's phrase means
// (names the tagger missed, pronouns, descriptions, organizations, crowds,
// documents, unnamed sources, relatives, narrators) and the references
// the narration's pronouns get.
#include <gtest/gtest.h>

#include "extract/quotes/quotes_test_fixture.h"

namespace dossier {
namespace {

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
      // A possessor names another person: the lawyer speaks, not Mamay; a
      // spokesman speaks for his principal.
      {"Police detained Zhanbolat Mamay.\n\"This is persecution,\" Mamay's lawyer, Dana "
       "Omarova, told reporters.",
       {"This is persecution, => Dana Omarova (told reporters) [reporters]"}},
      {"\"We will appeal,\" Zhanbolat Mamay's spokesman said.",
       {"We will appeal, => Zhanbolat Mamay (said)"}},
      // The document's own heading names its author, in any case.
      {"Statement of Dala Media Group\n\nThe claims about Radio Saryarka are not true.\n\n\"We "
       "regret that old stories are retold,\" the statement said.",
       {"We regret that old stories are retold, => Dala Media Group (said)"}},
      // A plural is another word: "the messages" is no heading of "the message".
      {"Protesters carried messages against the mayor.\n\n\"Enough,\" the message read.",
       {"Enough, => message (read)"}},
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

TEST_F(QuotesTest, CommonWordsAndPronounsGoldenTable) {
  const Case cases[] = {
      // A common word opening the sentence is no speaker.
      {"Details aside, the deal was \"a good one for everyone involved, and we are all happy "
       "with it.\"",
       {"a good one for everyone involved, and we are all happy with it. => null ()"}},
      // Trap: a word the dictionary knows as common is a name when the
      // document writes it after a given name.
      {"Mike Pence spoke first. Pence called the deal \"a good one for everyone involved, and "
       "we are all happy with it.\"",
       {"a good one for everyone involved, and we are all happy with it. => Mike Pence ()"}},
      // Pronouns never name anyone, contracted or not; "he's" is "he".
      {"It's the persistent pull of the \"if you like your plan, you can keep it\" promise.",
       {"if you like your plan, you can keep it => null ()"}},
      {"Ever since Zeb Harkin announced his candidacy last year, he's said the same thing at "
       "every stop: \"It's not about me, it's about us.\"",
       {"It's not about me, it's about us. => Zeb Harkin (said)"}},
      // "Others" are someone unnamed.
      {"Others, reacting to the video, shouted, \"Sixteen shots and a cover-up!\"",
       {"Sixteen shots and a cover-up! => Others (shouted)"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Describe(c.text), c.expected) << c.text;
}
}  // namespace
}  // namespace dossier
