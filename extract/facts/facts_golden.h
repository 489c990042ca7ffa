// The golden tables' runners. English (facts_test.cc, facts_news_test.cc):
// a text with marked entities (MarkedEntities, extract/testing/marked_text.h)
// read with the real time grammar, its facts described one per line
// (DescribeFacts). Russian and Kazakh (facts_ru_test.cc, facts_kk_test.cc):
// entities and dates both marked (ReadMarkedText), so the rows need neither
// tagger nor time grammar, and quotations found as the pipeline finds them.
// Test-only.
#ifndef DOSSIER_EXTRACT_FACTS_FACTS_GOLDEN_H_
#define DOSSIER_EXTRACT_FACTS_FACTS_GOLDEN_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
#include "extract/quotes/quotes.h"
#include "extract/testing/marked_text.h"
#include "text/testing/test_document.h"

namespace dossier {

struct GoldenCase {
  const char* text;  // marked as MarkedEntities() reads it
  std::vector<std::string> expected;
};

inline std::vector<std::string> RunMarked(const std::string& marked,
                                          const std::vector<Quote>& quotes = {}) {
  std::string text;
  std::vector<Entity> entities = MarkedEntities(marked, &text);
  NormalizedDocument doc = MakeTestDocument(text);
  std::vector<TimeMention> times = ExtractTimesAndMoney(doc, std::nullopt).times;
  return DescribeFacts(ExtractFacts(doc, entities, times, quotes), entities);
}

inline void ExpectGolden(const std::vector<GoldenCase>& cases) {
  for (const GoldenCase& c : cases) {
    EXPECT_EQ(RunMarked(c.text), c.expected) << c.text;
  }
}

// Facts of a document in `language` written with marks; quotations and
// their pronoun references come from ExtractQuotes, as in the pipeline.
inline std::vector<std::string> RunMarkedIn(const char* language, const std::string& marked) {
  MarkedText read = ReadMarkedText(marked);
  NormalizedDocument doc = MakeTestDocument(read.text);
  doc.language = language;
  std::vector<Quote> quotes = ExtractQuotes(doc, &read.entities);
  return DescribeFacts(ExtractFacts(doc, read.entities, read.times, quotes), read.entities);
}

inline void ExpectGoldenIn(const char* language, const std::vector<GoldenCase>& cases) {
  for (const GoldenCase& c : cases) {
    EXPECT_EQ(RunMarkedIn(language, c.text), c.expected) << c.text;
  }
}

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_FACTS_FACTS_GOLDEN_H_
