// The fixture of the English quotation golden tables (quotes_test.cc,
// quotes_cues_test.cc, quotes_speakers_test.cc): documents of one passage
// per line, run through the shipped tagger and ExtractQuotes, described one
// line per quotation ("text => speaker name (cue) [addressee]") or one line
// per reference ("reference => entity name"). Test-only.
#ifndef DOSSIER_EXTRACT_QUOTES_QUOTES_TEST_FIXTURE_H_
#define DOSSIER_EXTRACT_QUOTES_QUOTES_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/ner/entities.h"
#include "extract/quotes/quotes.h"
#include "extract/testing/shipped_model.h"
#include "text/testing/test_document.h"

namespace dossier {

// A document of one passage per line ("\n"). Lines that start with "="
// repeat the line before (marked duplicate_of it); the "=" is dropped.
inline NormalizedDocument MakeDocument(const std::string& source) {
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

  static inline const NerModel* model_ = nullptr;
};

struct Case {
  const char* text;
  std::vector<std::string> expected;
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_QUOTES_TEST_FIXTURE_H_
