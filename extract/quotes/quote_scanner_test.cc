#include "extract/quotes/quote_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier {
namespace {

// One line per quotation: its parts joined by " | ", "?" appended when it is
// not speech.
std::vector<std::string> Describe(const std::string& text) {
  std::vector<std::string> out;
  for (const ScannedQuote& q : ScanQuotations(text)) {
    std::string line;
    for (Span part : q.parts) {
      if (!line.empty()) line += " | ";
      line += text.substr(part.start, part.size());
    }
    if (!q.speech) line += " ?";
    out.push_back(line);
  }
  return out;
}

struct ScanCase {
  const char* text;
  std::vector<std::string> expected;
};

TEST(QuoteScannerTest, MarksGoldenTable) {
  const ScanCase cases[] = {
      // Straight, curly, guillemets, low-high marks.
      {"\"We will appeal,\" Medetbekov said.", {"We will appeal,"}},
      {"He said: \u201CThe court was wrong.\u201D", {"The court was wrong."}},
      {"\u00ABMy life was in real danger\u00BB, he said.", {"My life was in real danger"}},
      {"\u201EEs war ein Fehler\u201C, sagte er.", {"Es war ein Fehler"}},
      // Single quotes as marks, apostrophes not.
      {"'I don't know Nazarbayev's plans,' he said.", {"I don't know Nazarbayev's plans,"}},
      {"They played rock 'n' roll and didn't stop.", {}},
      {"Back in the '90s, he said, things were simple.", {}},
      {"\u2018We lost the vote,\u2019 she told reporters.", {"We lost the vote,"}},
      // Nesting: the inner quotation belongs to the outer one.
      {"\"Currently, the project \"Russian Radio\" is a national radio network,\" he said.",
       {"Currently, the project \"Russian Radio\" is a national radio network,"}},
      {"\u201CHe called it \u2018a disaster\u2019 twice,\u201D she said.",
       {"He called it \u2018a disaster\u2019 twice,"}},
      // Scare quotes and quoted names are not speech.
      {"the project \"Russian Radio\" grew", {"Russian Radio ?"}},
      {"the termination of the \"agreement\" for renting", {"agreement ?"}},
      {"general director of Rakhat's \"Sugar Center\" (a company)", {"Sugar Center ?"}},
      {"a party called \"Ak Zhol\" won", {"Ak Zhol ?"}},
      // A stray opener inside a quotation is ignored.
      {"\"Through my people I learned it. \"At the same time, threats continued,\" the "
       "businessman informed.",
       {"Through my people I learned it. \"At the same time, threats continued,"}},
      // Unbalanced: the quotation ends with its paragraph.
      {"He specified that he \"came into conflict with a powerful family.\nNext line.",
       {"came into conflict with a powerful family."}},
      {"\"Unclosed", {"Unclosed ?"}},
      {"\"", {}},
  };
  for (const ScanCase& c : cases) {
    EXPECT_EQ(Describe(c.text), c.expected) << c.text;
  }
}

TEST(QuoteScannerTest, MultiParagraphGoldenTable) {
  const ScanCase cases[] = {
      // Each paragraph opens, only the last closes: one quotation.
      {"\"First paragraph of the statement.\n\n\"Second paragraph, the end,\" he said.",
       {"First paragraph of the statement. | Second paragraph, the end,"}},
      {"\u201COne.\n\u201CTwo.\n\u201CThree,\u201D she said.", {"One. | Two. | Three,"}},
      // The next paragraph closes without reopening: still one quotation.
      {"\"It was \"taken away from him.\"\n\nMeanwhile, nothing happened,\" Igilmanov said.",
       {"It was \"taken away from him.\" | Meanwhile, nothing happened,"}},
      // A fragment left open does not swallow the next paragraph.
      {"He said he \"came into conflict.\n\"My life was in danger,\" he told the court.",
       {"came into conflict.", "My life was in danger,"}},
      // Closed in its paragraph: two quotations.
      {"\"One,\" he said.\n\"Two,\" he added.", {"One,", "Two,"}},
  };
  for (const ScanCase& c : cases) {
    EXPECT_EQ(Describe(c.text), c.expected) << c.text;
  }
}

TEST(QuoteScannerTest, OffsetsPointInsideTheMarks) {
  const std::string text = "X: \u201CYes.\u201D";
  std::vector<ScannedQuote> quotes = ScanQuotations(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].open_mark, (Span{3, 6}));
  EXPECT_EQ(quotes[0].parts[0], (Span{6, 10}));
  EXPECT_EQ(quotes[0].close_mark, (Span{10, 13}));
}

}  // namespace
}  // namespace dossier
