#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/internal/html_charset.h"
#include "ingest/internal/test_util.h"
#include "ingest/reader.h"

namespace dossier {
namespace {

using internal::Describe;
using internal::RawOf;
using Blocks = std::vector<std::string>;

constexpr char kNewsPage[] = R"(<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Site title | News</title>
<meta property="og:title" content="Exile bureau opens in London">
<meta property="og:url" content="https://news.example/og">
<link rel="canonical" href="https://news.example/a/1">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head><body>
<header class="site-header"><a href="/">News</a><nav><ul><li>Home</li><li>World</li></ul></nav></header>
<div class="cookie-banner">We use cookies.</div>
<main>
<article>
<header><h1>Exile bureau opens</h1><time datetime="2021-03-05">March 5</time></header>
<p>The <b>bureau</b> opened on <em>Monday</em>, officials said.</p>
<p>Fish &amp; chips cost &pound;5&nbsp;today.<br>New line.</p>
<div class="share-buttons"><a>Share</a></div>
<h2>Background</h2>
<blockquote>“We will not stop,” he said.</blockquote>
<ul><li>First point</li><li>Second <a href="#">point</a></li></ul>
<div>Leaf div text<div>Nested div</div></div>
<table><tr><td>Cell one</td><td>Cell two</td></tr></table>
<section id="comments"><p>Great article!</p></section>
</article>
<aside><p>Related: other story</p></aside>
</main>
<div class="related-posts"><p>More stories</p></div>
<footer><p>© News Ltd</p></footer>
<noscript>Enable JS</noscript>
</body></html>)";

TEST(HtmlReaderTest, NewsPage) {
  StatusOr<ParsedSource> parsed = ReadSource("page.html", kNewsPage, ReadOptions{});
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->kind, SourceKind::kHtml);
  EXPECT_EQ(parsed->encoding, "UTF-8");
  EXPECT_EQ(parsed->title, "Exile bureau opens in London");
  EXPECT_EQ(parsed->url, "https://news.example/a/1");
  EXPECT_EQ(parsed->published, "2021-03-04T10:00:00Z");
  EXPECT_EQ(Describe(*parsed), (Blocks{
                                   "H1 Exile bureau opens",
                                   "P March 5",
                                   "P The bureau opened on Monday, officials said.",
                                   "P Fish & chips cost £5\u00A0today.\nNew line.",
                                   "H2 Background",
                                   "P “We will not stop,” he said.",
                                   "P First point",
                                   "P Second point",
                                   "P Leaf div text",
                                   "P Nested div",
                                   "P Cell one",
                                   "P Cell two",
                               }));
  internal::ExpectWellFormed(*parsed, sizeof(kNewsPage) - 1);
}

TEST(HtmlReaderTest, OriginsPointAtTheSource) {
  const std::string page = "<p>Fish &amp; chips &#1078;&#x436; \xD0\x96\r\nend</p>";
  StatusOr<ParsedSource> parsed = ReadSource("p.html", page, ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed->blocks.size(), 1u);
  const MappedText& text = parsed->blocks[0].text;
  EXPECT_EQ(text.text, "Fish & chips жж Ж\nend");
  EXPECT_EQ(RawOf(page, text, "Fish"), "Fish");
  EXPECT_EQ(RawOf(page, text, "&"), "&amp;");
  EXPECT_EQ(RawOf(page, text, "chips"), "chips");
  EXPECT_EQ(RawOf(page, text, "жж"), "&#1078;&#x436;");
  EXPECT_EQ(RawOf(page, text, "Ж"), "\xD0\x96");
  EXPECT_EQ(RawOf(page, text, "\nend"), "\r\nend");
}

TEST(HtmlReaderTest, ChoosesContent) {
  struct Case {
    const char* html;
    Blocks blocks;
  };
  const Case cases[] = {
      // <main> without <article>; the page <header> outside it is dropped.
      {"<header><p>Masthead</p></header><main><p>Main text</p></main><p>Outside</p>",
       {"P Main text"}},
      // No <article> or <main>: the body, minus chrome.
      {"<header><h1>Site</h1></header><div id='sidebar'>Side</div><h1>Story</h1><p>Body</p>"
       "<div class='breadcrumb'>Home</div><div class='menu-main'>Menu</div>",
       {"H1 Story", "P Body"}},
      // The longest of several articles.
      {"<article><p>Short teaser</p></article><article><p>The long main story text.</p>"
       "</article>",
       {"P The long main story text."}},
      // State classes are not chrome: "has-sidebar" keeps its content.
      {"<div class='page has-sidebar'><p>Kept</p></div>", {"P Kept"}},
      // Hidden elements and ARIA chrome are dropped.
      {"<p hidden>Hidden</p><p style='display: none'>Gone</p><div role='navigation'>Nav</div>"
       "<p aria-hidden='true'>X</p><p>Shown</p>",
       {"P Shown"}},
      // An empty <article> falls back to the page.
      {"<article> </article><p>Page text</p>", {"P Page text"}},
      {"<pre>line 1\n  line 2</pre>", {"P line 1\n  line 2"}},
      {"<h3>Small <i>heading</i></h3><h6>Tiny</h6>", {"H3 Small heading", "H6 Tiny"}},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("p.html", c.html, ReadOptions{});
    ASSERT_TRUE(parsed.ok()) << c.html << ": " << parsed.status().ToString();
    EXPECT_EQ(Describe(*parsed), c.blocks) << c.html;
  }
}

TEST(HtmlReaderTest, Metadata) {
  struct Case {
    const char* head;
    const char* title;
    const char* url;
    const char* published;
  };
  const Case cases[] = {
      {"<title> Page\n title </title>", "Page title", "", ""},
      {"<h1>Heading title</h1>", "Heading title", "", ""},
      {"<meta property='og:url' content='https://x/og'>", "", "https://x/og", ""},
      {"<meta name='pubdate' content='2020-01-02'>", "", "", "2020-01-02"},
      {"<meta name='publish-date' content='2020-01-03'>", "", "", "2020-01-03"},
      {"<meta name='date' content='2020-01-04'>", "", "", "2020-01-04"},
      {"<meta name='DC.date.issued' content='2020-01-05'>", "", "", "2020-01-05"},
      {"<meta name='dc.date' content='2020-01-06'>", "", "", "2020-01-06"},
      {"<meta itemprop='datePublished' content='2020-01-07'>", "", "", "2020-01-07"},
      {"<span itemprop='datePublished' datetime='2020-01-08'>Jan 8</span>", "", "", "2020-01-08"},
      {"<time datetime='2020-01-09T08:00'>9 Jan</time>", "", "", "2020-01-09T08:00"},
      {"<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"NewsArticle\", "
       "\"datePublished\": \"2020-01-10\"}]}</script>",
       "", "", "2020-01-10"},
      {"<script type='application/ld+json'>{broken json</script>", "", "", ""},
      // Preferences: article:published_time over JSON-LD over meta date over <time>.
      {"<time datetime='2020-02-01'>x</time><meta name='date' content='2020-02-02'>"
       "<script type='application/ld+json'>{\"datePublished\": \"2020-02-03\"}</script>"
       "<meta property='article:published_time' content='2020-02-04'>",
       "", "", "2020-02-04"},
      {"<time datetime='2020-03-01'>x</time><meta name='date' content='2020-03-02'>", "", "",
       "2020-03-02"},
  };
  for (const Case& c : cases) {
    const std::string page = std::string(c.head) + "<p>Body text</p>";
    StatusOr<ParsedSource> parsed = ReadSource("m.html", page, ReadOptions{});
    ASSERT_TRUE(parsed.ok()) << c.head;
    EXPECT_EQ(parsed->title, c.title) << c.head;
    EXPECT_EQ(parsed->url, c.url) << c.head;
    EXPECT_EQ(parsed->published, c.published) << c.head;
  }
}

TEST(HtmlReaderTest, DeclaredAndGuessedCharsets) {
  struct Case {
    std::string html;
    const char* encoding;
    Blocks blocks;
  };
  const Case cases[] = {
      {"<meta charset=\"windows-1251\"><p>\xE4\xE0</p>", "windows-1251", {"P да"}},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xC4\xC1</p>",
       "KOI8-R",
       {"P да"}},
      {"<meta charset='iso-8859-1'><p>\x93Hi\x94</p>", "windows-1252", {"P “Hi”"}},
      {"<p>\xCE\xED \xF1\xEA\xE0\xE7\xE0\xEB: \xED\xE5\xF2</p>",
       "windows-1251",
       {"P Он сказал: нет"}},
      {"\xEF\xBB\xBF<meta charset=windows-1251><p>\xD0\x96</p>", "UTF-8", {"P Ж"}},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("c.html", c.html, ReadOptions{});
    ASSERT_TRUE(parsed.ok()) << c.html << ": " << parsed.status().ToString();
    EXPECT_EQ(parsed->encoding, c.encoding) << c.html;
    EXPECT_EQ(Describe(*parsed), c.blocks) << c.html;
  }
  const std::string page = "<meta charset=\"windows-1251\"><p>\xCC\xE8\xF0 &amp; \xE4\xE0</p>";
  StatusOr<ParsedSource> parsed = ReadSource("c.html", page, ReadOptions{});
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(RawOf(page, parsed->blocks[0].text, "Мир"), "\xCC\xE8\xF0");
  EXPECT_EQ(RawOf(page, parsed->blocks[0].text, "&"), "&amp;");
  EXPECT_EQ(RawOf(page, parsed->blocks[0].text, "да"), "\xE4\xE0");
}

TEST(HtmlReaderTest, FindDeclaredCharset) {
  const std::pair<const char*, const char*> cases[] = {
      {"<meta charset=\"UTF-8\">", "utf-8"},
      {"<META CHARSET=windows-1251>", "windows-1251"},
      {"<meta http-equiv='content-type' content='text/html;charset=KOI8-R'>", "koi8-r"},
      {"<meta content=\"text/html; charset=cp866\" http-equiv=\"Content-Type\">", "cp866"},
      {"<meta charset=latin1>", "windows-1252"},
      {"<meta charset=utf-16>", "utf-8"},
      {"<meta name=description content='charset=x'>", ""},
      {"<metadata charset=koi8-r>", ""},
      {"<p>no meta</p>", ""},
  };
  for (const auto& [html, charset] : cases) {
    EXPECT_EQ(internal::FindDeclaredCharset(html), charset) << html;
  }
}

TEST(HtmlReaderTest, Errors) {
  struct Case {
    std::string html;
    StatusCode code;
    const char* message;
  };
  const Case cases[] = {
      {"<html><head><title>Only a title</title></head><body><script>x()</script></body></html>",
       StatusCode::kInvalidArgument, "n.html: no text found"},
      {"<nav>Menu</nav><footer>Foot</footer>", StatusCode::kInvalidArgument,
       "n.html: no text found"},
      {"<meta charset=utf-8><p>caf\xE9</p>", StatusCode::kInvalidArgument,
       "n.html: invalid UTF-8 at byte 26"},
      {"", StatusCode::kInvalidArgument, "n.html: empty file"},
  };
  for (const Case& c : cases) {
    StatusOr<ParsedSource> parsed = ReadSource("n.html", c.html, ReadOptions{});
    ASSERT_FALSE(parsed.ok()) << c.html;
    EXPECT_EQ(parsed.status().code(), c.code) << c.html;
    EXPECT_EQ(parsed.status().message(), c.message) << c.html;
  }
}

}  // namespace
}  // namespace dossier
