#include "dossier/render.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/citation.h"
#include "dossier/testing/sample_corpus.h"

namespace dossier {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

class RenderTest : public ::testing::Test {
 protected:
  RenderTest() {
    // A name with markup characters, to check escaping.
    corpus_.entities[0].name = "Arman <b>Tulegenov</b> & *Co*";
    profile_ = BuildProfile(corpus_, "P-arman");
  }
  Corpus corpus_ = testing::SampleCorpus();
  Profile profile_;
};

TEST_F(RenderTest, ParsesFormatNames) {
  EXPECT_EQ(ParseProfileFormat("text"), ProfileFormat::kText);
  EXPECT_EQ(ParseProfileFormat("md"), ProfileFormat::kMarkdown);
  EXPECT_EQ(ParseProfileFormat("markdown"), ProfileFormat::kMarkdown);
  EXPECT_EQ(ParseProfileFormat("html"), ProfileFormat::kHtml);
  EXPECT_EQ(ParseProfileFormat("json"), ProfileFormat::kJson);
  EXPECT_EQ(ParseProfileFormat("pdf"), std::nullopt);
}

TEST_F(RenderTest, TextCitesEveryLine) {
  const std::string text = RenderProfileText(profile_, corpus_);
  bool in_disputes = false;
  int bullets = 0;
  for (const std::string& line : SplitLines(text)) {
    if (line == "Disputes") in_disputes = true;
    if (line == "Citations") break;
    if (line.rfind("  - ", 0) != 0 && line.rfind("      - ", 0) != 0) continue;
    ++bullets;
    const bool dispute_heading = in_disputes && line.rfind("  - ", 0) == 0;
    if (!dispute_heading) EXPECT_THAT(line, HasSubstr("  [")) << line;
  }
  EXPECT_GT(bullets, 25);
  // Golden lines: a citation names the speaker, then the source by title,
  // outlet and date; a year-only birth is "born in"; a denial reads as one;
  // a claim from several sources is one line with several citations.
  EXPECT_THAT(text, HasSubstr("\n  - born on 1961-03-04  [3] profile.md, 2019-01-10\n"));
  EXPECT_THAT(text, HasSubstr("\n  - born in 1962  [4] Steppe Herald, 2019-03-02\n"));
  EXPECT_THAT(text, HasSubstr("\n  - Berik Omarov denies that Arman <b>Tulegenov</b> & *Co* owns "
                              "Radio Saryarka  [15] Berik Omarov, Steppe Herald, 2019-03-02\n"));
  EXPECT_THAT(text, HasSubstr("\n  - spouse of Aliya Tulegenova  [9] profile.md, 2019-01-10; [10] "
                              "Steppe Herald, 2019-03-02\n"));
  EXPECT_THAT(text, HasSubstr("[3] profile.md (sha256 " + corpus_.sources[0].sha256.substr(0, 12) +
                              ") passage 0, bytes 0–55: \"Arman Tulegenov was born on March 4, "
                              "1961 in Karaganda.\""));
  // The repeated passage is never cited.
  EXPECT_THAT(text, Not(HasSubstr("<repeat>")));
}

TEST_F(RenderTest, TimelineAlone) {
  const std::string text = RenderTimelineText(profile_, corpus_);
  EXPECT_THAT(text, HasSubstr("Timeline\n  - 1961-03-04 — born  ["));
  EXPECT_THAT(text, Not(HasSubstr("Relations")));
}

TEST_F(RenderTest, HtmlIsSelfContainedEscapedAndShowsPassages) {
  const std::string html = RenderProfileHtml(profile_, corpus_);
  EXPECT_THAT(html, HasSubstr("<h1>Arman &lt;b&gt;Tulegenov&lt;/b&gt; &amp; *Co*</h1>"));
  EXPECT_THAT(html, Not(HasSubstr("<b>Tulegenov")));
  EXPECT_THAT(html, Not(HasSubstr("http")));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  // The quotation marks of the cited passage are escaped, the cited bytes marked.
  EXPECT_THAT(html, HasSubstr("<mark>&quot;Tulegenov never owned the station,&quot; Omarov "
                              "said.</mark>"));
  // Every list item carries a citation except the dispute headings.
  size_t items = 0, cited = 0;
  for (size_t at = html.find("<li>"); at != std::string::npos; at = html.find("<li>", at + 1)) {
    ++items;
    const size_t end = html.find_first_of("\n", at);
    const std::string item = html.substr(at, end - at);
    if (item.find("<details class=\"cite\">") != std::string::npos) ++cited;
  }
  EXPECT_EQ(items - cited, profile_.disputes.size());
}

TEST_F(RenderTest, MarkdownEscapesAndLinksCitations) {
  const std::string md = RenderProfileMarkdown(profile_, corpus_);
  EXPECT_THAT(md, HasSubstr("# Arman &lt;b\\>Tulegenov&lt;/b\\> &amp; \\*Co\\*\n"));
  EXPECT_THAT(md, HasSubstr("- born on 1961-03-04 [\\[3\\]](#cite-3) profile.md, 2019-01-10\n"));
  EXPECT_THAT(md, HasSubstr("3. <a id=\"cite-3\"></a>profile.md passage 0, bytes 0–55"));
}

TEST_F(RenderTest, JsonHasEveryListWithCitations) {
  const nlohmann::json json = nlohmann::json::parse(RenderProfileJson(profile_, corpus_));
  EXPECT_EQ(json["entity"]["id"], "P-arman");
  EXPECT_EQ(json["facts"].size(), profile_.facts.size());
  for (const auto& fact : json["facts"]) {
    ASSERT_FALSE(fact["support"].empty());
    EXPECT_EQ(fact["support"][0]["citation"]["sha256"].get<std::string>().size(), 64u);
  }
  EXPECT_EQ(json["facts"][0]["support"][0]["citation"]["text"],
            "Arman Tulegenov was born on March 4, 1961 in Karaganda.");
  EXPECT_EQ(json["disputes"].size(), 4u);
  EXPECT_EQ(json["disputes"][2]["kind"], "claim and denial");
  EXPECT_EQ(json["said"][0]["citations"][0]["path"], "profile.md");
}

// A stored text cut inside a letter (a Cyrillic letter's first byte alone)
// is written with U+FFFD, never an abort of the whole dossier.
TEST_F(RenderTest, JsonOfBytesCutInsideALetterIsWritten) {
  corpus_.entities[0].name = "Арман Тулегенов \xD1";
  const Profile profile = BuildProfile(corpus_, "P-arman");
  std::string out;
  ASSERT_NO_THROW(out = RenderProfileJson(profile, corpus_));
  const nlohmann::json json = nlohmann::json::parse(out);
  EXPECT_EQ(json["entity"]["name"], "Арман Тулегенов \xEF\xBF\xBD");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST(PublishedDayTest, GoldenTable) {
  const std::pair<std::string_view, std::string_view> rows[] = {
      {"2019-10-15T09:30:00+06:00", "2019-10-15"},
      {"2019-10-15 09:30", "2019-10-15"},
      {"2019-10-15", "2019-10-15"},
      {"2019", "2019"},
      {"", ""},
      {"October 2019", "October 2019"},
      {"2019-1x-15T09:30", "2019-1x-15T09:30"},
  };
  for (const auto& [published, day] : rows) EXPECT_EQ(PublishedDay(published), day) << published;
}

}  // namespace
}  // namespace dossier
