// The English golden tables' runner (facts_test.cc, facts_news_test.cc):
// a text with marked entities (MarkedEntities, extract/testing/marked_text.h)
// read with the real time grammar, its facts described one per line
// (DescribeFacts). Test-only.
#ifndef DOSSIER_EXTRACT_FACTS_FACTS_GOLDEN_H_
#define DOSSIER_EXTRACT_FACTS_FACTS_GOLDEN_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/facts/facts.h"
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

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_FACTS_FACTS_GOLDEN_H_
