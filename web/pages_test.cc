#include "web/pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "dossier/testing/sample_corpus.h"

namespace dossier::web {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class PagesTest : public ::testing::Test {
 protected:
  PagesTest() {
    // Hostile text in a name and in a source, to check escaping.
    corpus_.entities[0].name = "Arman <script>alert(1)</script> Tulegenov";
    corpus_.sources[1].title = "Herald <img src=x onerror=alert(1)>";
  }
  Corpus corpus_ = testing::SampleCorpus();
};

TEST_F(PagesTest, EntityPageEscapesLinksCitationsAndOtherEntities) {
  const std::string html = *RenderEntityPage(CorpusFacts(corpus_), "P-arman",
                                             PageLinks::Workbench(), PageMode::kWorkbench);
  EXPECT_THAT(html, HasSubstr("<h1>Arman &lt;script&gt;alert(1)&lt;/script&gt; Tulegenov</h1>"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(html, Not(HasSubstr("<img")));
  // Scripts are our own files only.
  EXPECT_THAT(html, HasSubstr("<script defer src=\"/assets/graph.js\"></script>"));
  EXPECT_THAT(html, Not(HasSubstr("http")));
  // A fact with its citation at the cited bytes of source 1 (profile.md).
  EXPECT_THAT(html, HasSubstr("<li>born on 1961-03-04 <a class=\"cite\" "
                              "href=\"/sources/1?start=0&amp;end=55#cited\">[3] profile.md, "
                              "2019-01-10</a>"));
  // Another entity's name is a link to its page.
  EXPECT_THAT(html, HasSubstr("spouse of <a href=\"/entities/P-aliya\">Aliya Tulegenova</a>"));
  // The timeline's items carry their dates for the drawing.
  EXPECT_THAT(html, HasSubstr("<li data-from=\"1961-03-04\" data-to=\"\" data-label=\"born\">"));
  // The graph: the centre and the entities one step out.
  EXPECT_THAT(html, HasSubstr("data-id=\"O-radio\" data-name=\"Radio Saryarka\" "
                              "data-type=\"ORGANIZATION\" data-distance=\"1\" "
                              "data-href=\"/entities/O-radio\""));
  EXPECT_THAT(html, HasSubstr("<form id=\"judgment\" class=\"judgment\" data-entity=\"P-arman\">"));
  EXPECT_EQ(RenderEntityPage(CorpusFacts(corpus_), "P-nobody", PageLinks::Workbench(),
                             PageMode::kWorkbench),
            std::nullopt);
}

TEST_F(PagesTest, SitePagesLinkRelativelyAndOnlyToPagesThatExist) {
  const std::set<std::string> pages = {"P-arman", "O-radio"};
  const std::string html = *RenderEntityPage(CorpusFacts(corpus_), "P-arman",
                                             PageLinks::Site(1, &pages), PageMode::kSite);
  EXPECT_THAT(html, HasSubstr("href=\"../sources/1.html#cite-0-55\">[3] profile.md"));
  EXPECT_THAT(html, HasSubstr("<a href=\"../entities/O-radio.html\">Radio Saryarka</a>"));
  // Aliya has no page in this site: her name is text.
  EXPECT_THAT(html, HasSubstr("spouse of Aliya Tulegenova"));
  EXPECT_THAT(html, HasSubstr("<script defer src=\"../assets/site.js\"></script>"));
  EXPECT_THAT(html, Not(HasSubstr("judgment")));
  EXPECT_THAT(html, Not(HasSubstr("href=\"/")));
}

TEST_F(PagesTest, SourcePageMarksTheCitedBytesAndLinksDuplicates) {
  const std::string html = *RenderSourcePage(corpus_, 1, {.span = Span{0, 15}},
                                             PageLinks::Workbench(), PageMode::kWorkbench);
  EXPECT_THAT(html, HasSubstr("<p id=\"p0\" data-start=\"0\"><mark id=\"cited\">Arman "
                              "Tulegenov</mark> was born on March 4, 1961 in Karaganda.</p>"));
  EXPECT_THAT(html, HasSubstr("class=\"duplicate\">"));
  EXPECT_THAT(html, HasSubstr("<a class=\"dup\" href=\"/sources/1?passage=0#cited\">repeats "
                              "source 1, passage 0</a>"));
  const std::string passage =
      *RenderSourcePage(corpus_, 1, {.passage = 1}, PageLinks::Workbench(), PageMode::kWorkbench);
  EXPECT_THAT(passage, HasSubstr("<mark id=\"cited\">In 1983 he graduated"));
  // A range outside the text marks nothing; an unknown source has no page.
  EXPECT_THAT(*RenderSourcePage(corpus_, 1, {.span = Span{5, 999999}}, PageLinks::Workbench(),
                                PageMode::kWorkbench),
              Not(HasSubstr("<mark")));
  EXPECT_EQ(RenderSourcePage(corpus_, 42, {}, PageLinks::Workbench(), PageMode::kWorkbench),
            std::nullopt);
  // Hostile titles are escaped.
  EXPECT_THAT(*RenderSourcePage(corpus_, 2, {}, PageLinks::Workbench(), PageMode::kWorkbench),
              HasSubstr("<h1>Herald &lt;img src=x onerror=alert(1)&gt;</h1>"));
}

TEST_F(PagesTest, SearchPageMarksMatchesAndEscapes) {
  SearchHit hit;
  hit.source_id = 2;
  hit.passage_index = 1;
  hit.title = "<b>Herald</b>";
  hit.snippet = "[Radio] [Saryarka] is owned by <Dala>";
  const std::string html =
      RenderSearchPage("radio <x>", {hit}, PageLinks::Workbench(), PageMode::kWorkbench);
  EXPECT_THAT(html, HasSubstr("value=\"radio &lt;x&gt;\""));
  EXPECT_THAT(html,
              HasSubstr("<a href=\"/sources/2?passage=1#cited\">&lt;b&gt;Herald&lt;/b&gt;</a>"));
  EXPECT_THAT(
      html, HasSubstr("<p><mark>Radio</mark> <mark>Saryarka</mark> is owned by &lt;Dala&gt;</p>"));
}

TEST_F(PagesTest, IndexListsPeopleOrganizationsDisputesAndSources) {
  const std::string html =
      RenderIndexPage(CorpusFacts(corpus_), PageLinks::Workbench(), PageMode::kWorkbench);
  EXPECT_THAT(html, HasSubstr("<h2>People</h2>"));
  EXPECT_THAT(html, HasSubstr("<h2>Organizations</h2>"));
  EXPECT_THAT(html, HasSubstr("<h2>Recent disputes</h2>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/entities/O-radio\">Radio Saryarka</a></td><td>3</td>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/sources/3\">interview.txt, 2020-05-01</a>"));
}

TEST(PageLinksTest, EntityFileNamesAreSafe) {
  EXPECT_EQ(PageLinks::EntityFileName("P-3fa94c01d2"), "P-3fa94c01d2.html");
  EXPECT_EQ(PageLinks::EntityFileName("../../etc/passwd"), "______etc_passwd.html");
  EXPECT_EQ(PageLinks::EntityFileName("abc123/e3"), "abc123_e3.html");
}

}  // namespace
}  // namespace dossier::web
