#include "web/internal/frame.h"

#include <algorithm>

#include "base/html.h"

namespace dossier::web::internal {

std::string PageStart(std::string_view title, const PageLinks& links, PageMode mode,
                      const std::vector<std::string>& scripts) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>" +
      HtmlEscape(title) +
      " — Dossier</title><link rel=\"icon\" href=\"data:,\">"
      // The id tells Cytoscape.js its container rule is in our stylesheet,
      // so it adds no <style> element (which the CSP would refuse).
      "<link rel=\"stylesheet\" id=\"__________cytoscape_stylesheet\" href=\"" +
      HtmlEscape(links.Asset("dossier.css")) + "\">";
  for (const std::string& script : scripts) {
    out += "<script defer src=\"" + HtmlEscape(links.Asset(script)) + "\"></script>";
  }
  out += "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n";
  out += "<header><nav aria-label=\"Site\"><a href=\"" + HtmlEscape(links.Home()) +
         "\">Dossier</a> <a href=\"" + HtmlEscape(links.SearchPage()) + "\">Search</a>";
  if (mode == PageMode::kWorkbench) out += " <a href=\"/screen\">Screen names</a>";
  out += "</nav></header>\n<main id=\"main\">\n";
  return out;
}

std::string PageEnd() {
  return "</main>\n<footer><p>Every line links to the exact bytes of its source.</p></footer>\n"
         "</body></html>\n";
}

int64_t SourceId(const Corpus& corpus, int source) {
  if (source < 0 || source >= static_cast<int>(corpus.sources.size())) return 0;
  const int64_t id = corpus.sources[source].source_id;
  return id != 0 ? id : source + 1;
}

std::string CitationLink(const CorpusIndex& index, const ProfileLayout& layout, const CitedBy& by,
                         const PageLinks& links) {
  const Citation& c = layout.citations[by.number - 1];
  const std::string label = CitationWords(by);
  return "<a class=\"cite\" href=\"" +
         HtmlEscape(links.Source(SourceId(index.corpus(), c.source), c.span)) + "\">" +
         HtmlEscape(label) + "</a>";
}

std::string EntityLink(const EntityRef& entity, const CorpusIndex& index, const PageLinks& links) {
  const std::string href = links.Entity(entity.id, index.Find(entity.id) != nullptr);
  const std::string name = HtmlEscape(entity.name.empty() ? entity.id : entity.name);
  if (href.empty()) return name;
  return "<a href=\"" + HtmlEscape(href) + "\">" + name + "</a>";
}

std::string LinkedText(std::string_view text, const std::vector<EntityRef>& mentions,
                       const CorpusIndex& index, const PageLinks& links) {
  // The earliest unlinked appearance of each mention's name, left to right.
  struct Hit {
    size_t at;
    size_t size;
    const EntityRef* entity;
  };
  std::vector<Hit> hits;
  for (const EntityRef& mention : mentions) {
    if (mention.name.empty()) continue;
    if (links.Entity(mention.id, index.Find(mention.id) != nullptr).empty()) continue;
    const size_t at = text.find(mention.name);
    if (at == std::string_view::npos) continue;
    bool overlaps = false;
    for (const Hit& hit : hits) {
      overlaps |= at < hit.at + hit.size && hit.at < at + mention.name.size();
    }
    if (!overlaps) hits.push_back({at, mention.name.size(), &mention});
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
  std::string out;
  size_t done = 0;
  for (const Hit& hit : hits) {
    out += HtmlEscape(text.substr(done, hit.at - done));
    out += EntityLink(*hit.entity, index, links);
    done = hit.at + hit.size;
  }
  out += HtmlEscape(text.substr(done));
  return out;
}

}  // namespace dossier::web::internal
