// The search page, the screening page and the error page.
#include "base/html.h"
#include "web/internal/frame.h"
#include "web/pages.h"

namespace dossier::web {
namespace {

// The store's snippet (matches between [ and ]) escaped, matches in <mark>.
std::string MarkedSnippet(std::string_view snippet) {
  std::string out;
  bool open = false;
  size_t done = 0;
  for (size_t i = 0; i < snippet.size(); ++i) {
    const char c = snippet[i];
    if ((c == '[' && !open) || (c == ']' && open)) {
      out += HtmlEscape(snippet.substr(done, i - done));
      out += open ? "</mark>" : "<mark>";
      open = !open;
      done = i + 1;
    }
  }
  out += HtmlEscape(snippet.substr(done));
  if (open) out += "</mark>";
  return out;
}

std::string SearchForm(std::string_view query) {
  return "<form class=\"search\" role=\"search\" action=\"\" method=\"get\" id=\"search-form\">"
         "<label for=\"q\">Words, \"phrases\" or prefix*</label> <input id=\"q\" name=\"q\" "
         "type=\"search\" value=\"" +
         HtmlEscape(query) + "\"> <button type=\"submit\">Search</button></form>\n";
}

}  // namespace

std::string RenderSearchPage(std::string_view query, const std::vector<SearchHit>& hits,
                             const PageLinks& links, PageMode mode) {
  std::string out = internal::PageStart(
      query.empty() ? "Search" : "Search: " + std::string(query), links, mode,
      mode == PageMode::kSite ? std::vector<std::string>{"search-index.js", "site.js"}
                              : std::vector<std::string>{"workbench.js"});
  out += "<h1>Search the sources</h1>\n" + SearchForm(query);
  if (mode == PageMode::kSite) {
    out += "<ol id=\"results\" class=\"hits\" aria-live=\"polite\"></ol>\n" + internal::PageEnd();
    return out;
  }
  if (!query.empty()) {
    out += "<p>" + std::to_string(hits.size()) + (hits.size() == 1 ? " passage" : " passages") +
           " found.</p>\n<ol id=\"results\" class=\"hits\">\n";
    for (const SearchHit& hit : hits) {
      const std::string title = hit.title.empty() ? hit.path : hit.title;
      out += "<li><a href=\"" + HtmlEscape(links.SourcePassage(hit.source_id, hit.passage_index)) +
             "\">" + HtmlEscape(title) + "</a>";
      if (!hit.section.empty() && hit.section != hit.title) {
        out += " <span class=\"section\">" + HtmlEscape(hit.section) + "</span>";
      }
      if (hit.duplicate) out += " <span class=\"dup\">(repeated passage)</span>";
      out += "<p>" + MarkedSnippet(hit.snippet) + "</p></li>\n";
    }
    out += "</ol>\n";
  }
  out += internal::PageEnd();
  return out;
}

std::string RenderScreenPage(const PageLinks& links) {
  std::string out =
      internal::PageStart("Screen names", links, PageMode::kWorkbench, {"workbench.js"});
  out +=
      "<h1>Screen names against the store</h1>\n"
      "<form id=\"screen\" class=\"screen\">\n"
      "<p><label for=\"screen-names\">Names, one a line</label><br>"
      "<textarea id=\"screen-names\" name=\"names\" rows=\"6\" cols=\"50\"></textarea></p>\n"
      "<p><label for=\"screen-file\">Or a list file (lines, CSV or FtM JSON lines)</label> "
      "<input id=\"screen-file\" type=\"file\" name=\"file\"></p>\n"
      "<p><button type=\"submit\">Screen</button> "
      "<button type=\"button\" id=\"screen-csv\" disabled>Download CSV</button></p>\n"
      "<p id=\"screen-status\" role=\"status\" aria-live=\"polite\"></p></form>\n"
      "<table id=\"screen-results\" class=\"results\"><caption>Matches</caption><thead><tr>"
      "<th scope=\"col\">Query</th><th scope=\"col\">Match</th><th scope=\"col\">Score</th>"
      "<th scope=\"col\">Verdict</th><th scope=\"col\">Why</th></tr></thead>"
      "<tbody></tbody></table>\n";
  out += internal::PageEnd();
  return out;
}

std::string RenderErrorPage(int status, std::string_view message, const PageLinks& links) {
  std::string out = internal::PageStart("Error", links, PageMode::kWorkbench, {});
  out += "<h1>" + std::to_string(status) + "</h1>\n<p>" + HtmlEscape(message) + "</p>\n";
  out += internal::PageEnd();
  return out;
}

}  // namespace dossier::web
