#include "text/paragraphs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;

// Renders blocks as "H: text" (heading) or "P: text" (paragraph).
std::vector<std::string> Render(std::string_view text) {
  std::vector<std::string> out;
  for (const PlainBlock& block : SplitPlainText(text)) {
    out.push_back((block.kind == PassageKind::kHeading ? "H: " : "P: ") +
                  std::string(text.substr(block.span.start, block.span.size())));
  }
  return out;
}

struct HeadingRow {
  std::string_view line;
  bool heading;
};

// Golden table: a standalone line followed by a blank line and body text.
const HeadingRow kHeadingRows[] = {
    {"General Information", true},
    {"Escape story", true},
    {"Exposing the fugitive", true},
    {"Opposition Foreign Bureau – what is it?", true},
    {"Severe opposition!", true},
    {"1999", true},
    {"Chapter 3", true},
    {"2. Early years", true},
    {"«Казахгейт» и его последствия", true},
    {"Қазақстан тарихы", true},
    {"\"Russian Radio\" project", true},
    {"CHAPTER I.", true},
    {"Labor activity:", false},
    {"Medetbekov's answer was not quite the same as in March:", false},
    {"He left the country.", false},
    {"Dear colleagues,", false},
    {"First; second;", false},
    {"To be continued…", false},
    {"escape story", false},
    {"• Bullet item", false},
    {"Why did the opposition bureau of Kazakhstan suddenly decide to act?", false},
    {"A remarkably long line that is not a heading because it runs past eighty characters", false},
    {"Mr. Smith went home.", false},
};

TEST(SplitPlainTextTest, HeadingGoldenTable) {
  for (const HeadingRow& row : kHeadingRows) {
    const std::string text = std::string(row.line) + "\n\nBody text follows here.";
    const std::string expected = (row.heading ? "H: " : "P: ") + std::string(row.line);
    EXPECT_THAT(Render(text), ElementsAre(expected, "P: Body text follows here."))
        << "line: " << row.line;
  }
}

struct LayoutRow {
  std::string_view name;
  std::string_view input;
  std::vector<std::string> expected;
};

// Golden table: whole texts -> blocks.
const LayoutRow kLayoutRows[] = {
    {"profile: one paragraph per line, list items, repeated headings",
     "Serik Medetbekov\n"
     "\n"
     "General Information\n"
     "\n"
     "General Information\n"
     "\n"
     "Medetbekov Serik Rakhimbaevich was born on November 23, 1961 in Alma-Ata.\n"
     "\n"
     "Labor activity:\n"
     "  • 1992-1999 – President of the TV and radio company \"RIK\" (included several major "
     "projects, including \"Russian Radio\", Radio RIK, radio MBC, Talk radio and so on).\n"
     "  • 1999 – BBC, London, management of broadcasting companies.\n"
     "  • 1999-2003 – Head of the North American office of the RNPK party.\n"
     "\n"
     "Opposition Foreign Bureau – what is it?\n"
     "\n"
     "The foreign bureau of the opposition of Kazakhstan was established in 2002. Then it was "
     "headed by Serik Medetbekov. This organization is strange and not very active.\n"
     "\"What kind of foreign bureau are we talking about? Yes, there is an organization by that "
     "name,\" the analyst said in an interview with the agency in the spring.\n"
     "Medetbekov's answer was not quite the same as in March:\n"
     "\"The coalition is not pushing through anything, especially in Congress! It has been "
     "actively working in the United States for several years now,\" he said.\n",
     {"H: Serik Medetbekov", "H: General Information", "H: General Information",
      "P: Medetbekov Serik Rakhimbaevich was born on November 23, 1961 in Alma-Ata.",
      "P: Labor activity:",
      "P: • 1992-1999 – President of the TV and radio company \"RIK\" (included several major "
      "projects, including \"Russian Radio\", Radio RIK, radio MBC, Talk radio and so on).",
      "P: • 1999 – BBC, London, management of broadcasting companies.",
      "P: • 1999-2003 – Head of the North American office of the RNPK party.",
      "H: Opposition Foreign Bureau – what is it?",
      "P: The foreign bureau of the opposition of Kazakhstan was established in 2002. Then it "
      "was headed by Serik Medetbekov. This organization is strange and not very active.",
      "P: \"What kind of foreign bureau are we talking about? Yes, there is an organization by "
      "that name,\" the analyst said in an interview with the agency in the spring.",
      "P: Medetbekov's answer was not quite the same as in March:",
      "P: \"The coalition is not pushing through anything, especially in Congress! It has been "
      "actively working in the United States for several years now,\" he said."}},
    {"hard-wrapped book text (70 columns)",
     "CHAPTER I.\n"
     "\n"
     "It was a bright cold day in April, and the clocks were striking\n"
     "thirteen. Winston Smith, his chin nuzzled into his breast in an\n"
     "effort to escape the vile wind, slipped quickly through the glass\n"
     "doors of Victory Mansions, though not quickly enough to prevent a\n"
     "swirl of gritty dust from entering along with him.\n"
     "\n"
     "The hallway smelt of boiled cabbage and old rag mats. At one end of\n"
     "it a coloured poster, too large for indoor display, had been tacked\n"
     "to the wall.\n",
     {"H: CHAPTER I.",
      "P: It was a bright cold day in April, and the clocks were striking\n"
      "thirteen. Winston Smith, his chin nuzzled into his breast in an\n"
      "effort to escape the vile wind, slipped quickly through the glass\n"
      "doors of Victory Mansions, though not quickly enough to prevent a\n"
      "swirl of gritty dust from entering along with him.",
      "P: The hallway smelt of boiled cabbage and old rag mats. At one end of\n"
      "it a coloured poster, too large for indoor display, had been tacked\n"
      "to the wall."}},
    {"e-mail with a wrapped list and a signature",
     "Hi John,\n"
     "\n"
     "Thanks for your note. I looked at the numbers and they\n"
     "seem fine to me, but we should double check the totals\n"
     "before Friday. Two things stand out:\n"
     "- the travel budget is over by ten percent, which we need\n"
     "  to explain to finance;\n"
     "- the venue deposit has not been paid yet.\n"
     "\n"
     "Best,\n"
     "Mary\n",
     {"P: Hi John,",
      "P: Thanks for your note. I looked at the numbers and they\n"
      "seem fine to me, but we should double check the totals\n"
      "before Friday. Two things stand out:",
      "P: - the travel budget is over by ten percent, which we need\n"
      "  to explain to finance;",
      "P: - the venue deposit has not been paid yet.", "P: Best,", "P: Mary"}},
    {"wrapped paragraphs opened by indentation, no blank lines",
     "    It was the best of times, it was the worst of times, it was\n"
     "the age of wisdom, it was the age of foolishness, it was the\n"
     "epoch of belief, it was the epoch of incredulity, it was then.\n"
     "    There were a king with a large jaw and a queen with a plain\n"
     "face, on the throne of England; there were a king with a large\n"
     "jaw and a queen with a fair face, on the throne of France.\n",
     {"P: It was the best of times, it was the worst of times, it was\n"
      "the age of wisdom, it was the age of foolishness, it was the\n"
      "epoch of belief, it was the epoch of incredulity, it was then.",
      "P: There were a king with a large jaw and a queen with a plain\n"
      "face, on the throne of England; there were a king with a large\n"
      "jaw and a queen with a fair face, on the throne of France."}},
    {"wrapped Russian text",
     "Серик Медетбеков основал радиокомпанию РИК в начале девяностых\n"
     "годов, а затем уехал в Канаду, где попросил политического\n"
     "убежища и возглавил зарубежное бюро оппозиции Казахстана.\n"
     "\n"
     "Позже он подал иск в суд Медеуского района Алматы, в котором\n"
     "обвинил членов семьи президента в рейдерстве.\n",
     {"P: Серик Медетбеков основал радиокомпанию РИК в начале девяностых\n"
      "годов, а затем уехал в Канаду, где попросил политического\n"
      "убежища и возглавил зарубежное бюро оппозиции Казахстана.",
      "P: Позже он подал иск в суд Медеуского района Алматы, в котором\n"
      "обвинил членов семьи президента в рейдерстве."}},
    {"short lines are not wrapping",
     "Contacts\nJohn Smith\n12 Main Street\nSpringfield\n",
     {"P: Contacts", "P: John Smith", "P: 12 Main Street", "P: Springfield"}},
    {"short one-line paragraphs stay apart",
     "He was born in 1961 in Alma-Ata, the capital of the Kazakh SSR.\n"
     "He graduated in 1984 from the Kazakh Agricultural Institute.\n"
     "He moved to Canada in 1999 and asked for political asylum.\n",
     {"P: He was born in 1961 in Alma-Ata, the capital of the Kazakh SSR.",
      "P: He graduated in 1984 from the Kazakh Agricultural Institute.",
      "P: He moved to Canada in 1999 and asked for political asylum."}},
    {"numbered list in wrapped text",
     "The court heard three claims about the radio company and its\n"
     "frequency, which the plaintiff listed in his statement as follows:\n"
     "1. the seizure of the frequency by the new owners of the\n"
     "   company in the summer of 1999;\n"
     "2) the forged accounting documents of the advertising agency.\n",
     {"P: The court heard three claims about the radio company and its\n"
      "frequency, which the plaintiff listed in his statement as follows:",
      "P: 1. the seizure of the frequency by the new owners of the\n"
      "   company in the summer of 1999;",
      "P: 2) the forged accounting documents of the advertising agency."}},
    {"a title directly above text is a paragraph",
     "Title line\nBody line one.\n",
     {"P: Title line", "P: Body line one."}},
    {"a final short line is not a heading",
     "Body.\n\nSerik Medetbekov\n",
     {"P: Body.", "P: Serik Medetbekov"}},
    {"blank lines made of spaces and CRLF line ends",
     "First part\r\n \t \r\n\r\nSecond part.\r\n",
     {"H: First part", "P: Second part."}},
    {"single line", "Just one line", {"P: Just one line"}},
};

TEST(SplitPlainTextTest, LayoutGoldenTable) {
  for (const LayoutRow& row : kLayoutRows) {
    EXPECT_THAT(Render(row.input), ElementsAreArray(row.expected)) << row.name;
  }
}

TEST(SplitPlainTextTest, EmptyAndBlankTextsHaveNoBlocks) {
  EXPECT_THAT(SplitPlainText(""), IsEmpty());
  EXPECT_THAT(SplitPlainText(" \n\n \t\n"), IsEmpty());
}

TEST(SplitPlainTextTest, SpansAreTrimmedByteRanges) {
  const std::string_view text = "\n  Head  \n\n  \u2022 item one  \nnext\n";
  const std::vector<PlainBlock> blocks = SplitPlainText(text);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].span, (Span{3, 7}));
  EXPECT_EQ(blocks[0].kind, PassageKind::kHeading);
  EXPECT_EQ(blocks[1].span, (Span{13, 25}));  // "• item one" (• is 3 bytes)
  EXPECT_EQ(blocks[2].span, (Span{28, 32}));
  for (const PlainBlock& block : blocks) {
    EXPECT_NE(text[block.span.start], ' ');
    EXPECT_NE(text[block.span.end - 1], ' ');
  }
}

}  // namespace
}  // namespace dossier
