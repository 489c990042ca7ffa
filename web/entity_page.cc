// The page of one person or organization: the profile's layout (names, facts,
// timeline, relations, statements, disputes side by side), the timeline drawn
// as a line of time and the relation graph (drawn by assets/ scripts from the
// data attributes of their accessible lists), and in the workbench the
// judgment actions.
#include <map>
#include <set>

#include "base/html.h"
#include "dossier/graph.h"
#include "dossier/layout.h"
#include "dossier/profile.h"
#include "web/internal/frame.h"
#include "web/pages.h"

namespace dossier::web {
namespace {

using internal::CitationLink;
using internal::EntityLink;
using internal::LinkedText;

class EntityPage {
 public:
  EntityPage(const CorpusIndex& index, const Profile& profile, const PageLinks& links)
      : index_(index),
        profile_(profile),
        layout_(LayOut(profile, index.corpus(), &index)),
        links_(links) {}

  const ProfileLayout& layout() const { return layout_; }

  void Lines(const std::vector<LayoutLine>& lines, bool sides, std::string* out) const {
    *out += sides ? "<ul class=\"sides\">" : "<ul>";
    for (const LayoutLine& line : lines) {
      *out += "<li>" + LinkedText(line.text, line.mentions, index_, links_);
      for (const CitedBy& by : line.cited) *out += " " + CitationLink(index_, layout_, by, links_);
      if (!line.children.empty()) Lines(line.children, true, out);
      *out += "</li>\n";
    }
    *out += "</ul>\n";
  }

  // The timeline as an ordered list whose items carry their dates; the
  // script draws them on a line of time above it.
  void Timeline(const LayoutSection& section, std::string* out) const {
    *out += "<div id=\"timeline-chart\" class=\"timeline-chart\" role=\"img\" aria-label=\"" +
            HtmlEscape("Timeline of " + layout_.title + " (the list below says the same)") +
            "\"></div>\n<ol class=\"timeline\" id=\"timeline\">";
    for (size_t i = 0; i < section.lines.size(); ++i) {
      const LayoutLine& line = section.lines[i];
      const TimelineEvent* event = i < profile_.timeline.size() ? &profile_.timeline[i] : nullptr;
      *out += "<li";
      if (event != nullptr) {
        *out += " data-from=\"" + HtmlEscape(event->from) + "\" data-to=\"" +
                HtmlEscape(event->to) + "\" data-label=\"" + HtmlEscape(event->text) + "\"";
      }
      *out += ">" + LinkedText(line.text, line.mentions, index_, links_);
      for (const CitedBy& by : line.cited) *out += " " + CitationLink(index_, layout_, by, links_);
      *out += "</li>\n";
    }
    *out += "</ol>\n";
  }

  // The graph's nodes and edges as lists (readable without the script), and
  // the box the script draws the graph in.
  void Graph(const RelationGraph& graph, std::string* out) const {
    *out += "<section aria-labelledby=\"graph-title\"><h2 id=\"graph-title\">Connections</h2>\n";
    *out += "<div id=\"graph\" class=\"graph\" role=\"img\" aria-label=\"" +
            HtmlEscape("Graph of the people and organizations around " + layout_.title) +
            "\"></div>\n<ul id=\"graph-nodes\" class=\"graph-data\">";
    for (const GraphNode& node : graph.nodes) {
      const std::string href = links_.Entity(node.entity.id, index_.Find(node.entity.id));
      *out += "<li data-id=\"" + HtmlEscape(node.entity.id) + "\" data-name=\"" +
              HtmlEscape(node.entity.name) + "\" data-type=\"" +
              HtmlEscape(ContractTypeName(node.entity.type)) + "\" data-distance=\"" +
              std::to_string(node.distance) + "\" data-href=\"" + HtmlEscape(href) + "\">" +
              EntityLink(node.entity, index_, links_) + " (" +
              (node.distance == 0
                   ? std::string("this page")
                   : std::to_string(node.distance) + (node.distance == 1 ? " step" : " steps")) +
              ")</li>";
    }
    *out += "</ul>\n<ul id=\"graph-edges\" class=\"graph-data\">";
    std::map<std::string, std::string> names;
    for (const GraphNode& node : graph.nodes) names[node.entity.id] = node.entity.name;
    for (const GraphEdge& edge : graph.edges) {
      *out += "<li data-from=\"" + HtmlEscape(edge.from) + "\" data-to=\"" + HtmlEscape(edge.to) +
              "\" data-kind=\"" + HtmlEscape(edge.kind) + "\">" + HtmlEscape(names[edge.from]) +
              ": " + HtmlEscape(edge.text) + " (" + HtmlEscape(edge.kind) + ")";
      if (!edge.citations.empty()) {
        const Citation& c = edge.citations.front();
        *out += " <a class=\"cite\" href=\"" +
                HtmlEscape(links_.Source(internal::SourceId(index_.corpus(), c.source), c.span)) +
                "\">" + HtmlEscape(SourceLabel(index_.corpus(), c.source)) + "</a>";
      }
      *out += "</li>";
    }
    *out += "</ul>\n</section>\n";
  }

 private:
  const CorpusIndex& index_;
  const Profile& profile_;
  const ProfileLayout layout_;
  const PageLinks& links_;
};

// The judgment actions: merge with another entity, split every spelling,
// record "not the same" as another; the script posts them and offers undo.
std::string JudgmentForm(const Profile& profile) {
  const std::string id = HtmlEscape(profile.entity.id);
  return "<section aria-labelledby=\"judge-title\"><h2 id=\"judge-title\">Judgments</h2>\n"
         "<form id=\"judgment\" class=\"judgment\" data-entity=\"" +
         id +
         "\">\n<p><label for=\"judge-other\">Other entity id</label> "
         "<input id=\"judge-other\" name=\"other\" autocomplete=\"off\" placeholder=\"such as "
         "P-3fa94c01d2\"> "
         "<label for=\"judge-note\">Note</label> <input id=\"judge-note\" name=\"note\"></p>\n"
         "<p><button type=\"button\" data-action=\"merge\">Merge with the other</button> "
         "<button type=\"button\" data-action=\"not_same\">Not the same as the other</button> "
         "<button type=\"button\" data-action=\"split\">Split every spelling</button></p>\n"
         "<p id=\"judge-status\" role=\"status\" aria-live=\"polite\"></p></form></section>\n";
}

}  // namespace

std::optional<std::string> RenderEntityPage(const CorpusFacts& facts, std::string_view entity_id,
                                            const PageLinks& links, PageMode mode) {
  const CorpusIndex& index = facts.index;
  if (index.Find(entity_id) == nullptr) return std::nullopt;
  const std::string id(entity_id);
  const Profile profile = BuildProfile(facts, id);
  const RelationGraph graph = BuildRelationGraph(index, facts.claims, id);
  EntityPage page(index, profile, links);
  const ProfileLayout& layout = page.layout();

  std::string out =
      internal::PageStart(layout.title, links, mode,
                          {"cytoscape.min.js", "timeline.js", "graph.js",
                           mode == PageMode::kWorkbench ? "workbench.js" : "site.js"});
  out += "<h1>" + HtmlEscape(layout.title) + "</h1>\n<p class=\"sub\">" +
         HtmlEscape(layout.subtitle) + "</p>\n";
  bool graph_done = false;
  for (const LayoutSection& section : layout.sections) {
    out += "<section><h2>" + HtmlEscape(section.title) + "</h2>\n";
    if (section.title == "Timeline") {
      page.Timeline(section, &out);
    } else {
      page.Lines(section.lines, false, &out);
    }
    out += "</section>\n";
    if (section.title == "Timeline" || section.title == "Relations") {
      if (!graph_done && graph.nodes.size() > 1) page.Graph(graph, &out);
      graph_done = true;
    }
  }
  if (!graph_done && graph.nodes.size() > 1) page.Graph(graph, &out);
  if (mode == PageMode::kWorkbench) out += JudgmentForm(profile);
  out += internal::PageEnd();
  return out;
}

}  // namespace dossier::web
