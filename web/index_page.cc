// The front page: what the store holds (sources; people and organizations
// by number of sources) and the most recent disputes, side by side.
#include <algorithm>
#include <set>

#include "base/html.h"
#include "dossier/disputes.h"
#include "web/internal/frame.h"
#include "web/pages.h"

namespace dossier::web {
namespace {

constexpr size_t kMostEntities = 200;
constexpr size_t kMostDisputes = 20;

int SourceCount(const CorpusEntity& entity) {
  std::set<int> sources;
  for (const EntityMember& member : entity.members) sources.insert(member.source);
  return static_cast<int>(sources.size());
}

void EntityTable(const CorpusIndex& index, EntityType type, const std::string& title,
                 const PageLinks& links, std::string* out) {
  std::vector<std::pair<int, const CorpusEntity*>> ranked;
  for (const CorpusEntity& entity : index.corpus().entities) {
    if (entity.type == type && !entity.members.empty()) {
      ranked.push_back({SourceCount(entity), &entity});
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  if (ranked.size() > kMostEntities) ranked.resize(kMostEntities);
  *out += "<section><h2>" + HtmlEscape(title) + "</h2>\n";
  if (ranked.empty()) {
    *out += "<p>None yet.</p></section>\n";
    return;
  }
  *out +=
      "<table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Sources</th>"
      "<th scope=\"col\">Also written</th></tr></thead><tbody>\n";
  for (const auto& [count, entity] : ranked) {
    std::string others;
    for (size_t i = 1; i < entity->names.size() && i < 6; ++i) {
      others += (others.empty() ? "" : "; ") + entity->names[i];
    }
    *out += "<tr><td>" +
            internal::EntityLink({entity->id, entity->name, entity->type}, index, links) +
            "</td><td>" + std::to_string(count) + "</td><td>" + HtmlEscape(others) + "</td></tr>\n";
  }
  *out += "</tbody></table></section>\n";
}

// The latest date any statement of a dispute carries, for ordering.
std::string LatestDate(const Dispute& dispute) {
  std::string latest;
  for (const DisputeSide& side : dispute.sides) {
    for (const DisputeStatement& statement : side.statements) {
      latest = std::max(latest, statement.citation.published);
    }
  }
  return latest;
}

void Disputes(const CorpusFacts& facts, const PageLinks& links, std::string* out) {
  const CorpusIndex& index = facts.index;
  std::vector<Dispute> disputes = facts.disputes;
  if (disputes.empty()) return;
  std::stable_sort(disputes.begin(), disputes.end(), [](const Dispute& a, const Dispute& b) {
    return LatestDate(a) > LatestDate(b);
  });
  if (disputes.size() > kMostDisputes) disputes.resize(kMostDisputes);
  *out += "<section><h2>Recent disputes</h2>\n<ul>";
  for (const Dispute& dispute : disputes) {
    *out += "<li>" + HtmlEscape(dispute.matter) + " (" + HtmlEscape(DisputeKindName(dispute.kind)) +
            ")<ul class=\"sides\">";
    for (const DisputeSide& side : dispute.sides) {
      *out += "<li>" + HtmlEscape(side.position);
      for (const DisputeStatement& statement : side.statements) {
        const Citation& c = statement.citation;
        std::string label = statement.who;
        const std::string source = SourceLabel(index.corpus(), c.source);
        if (!source.empty()) label += (label.empty() ? "" : ", ") + source;
        *out += " <a class=\"cite\" href=\"" +
                HtmlEscape(links.Source(internal::SourceId(index.corpus(), c.source), c.span)) +
                "\">" + HtmlEscape(label) + "</a>";
      }
      *out += "</li>";
    }
    *out += "</ul></li>\n";
  }
  *out += "</ul></section>\n";
}

}  // namespace

std::string RenderIndexPage(const CorpusFacts& facts, const PageLinks& links, PageMode mode) {
  const CorpusIndex& index = facts.index;
  const Corpus& corpus = facts.corpus();
  std::string out = internal::PageStart("What the store holds", links, mode,
                                        {mode == PageMode::kSite ? "site.js" : "workbench.js"});
  out += "<h1>What the store holds</h1>\n<p class=\"sub\">" +
         std::to_string(corpus.sources.size()) + " sources, " +
         std::to_string(corpus.entities.size()) + " entities</p>\n";
  if (mode == PageMode::kWorkbench) {
    out +=
        "<section><h2>Add sources</h2>\n<form id=\"upload\" class=\"upload\">"
        "<p><label for=\"upload-files\">Files to ingest</label> "
        "<input id=\"upload-files\" type=\"file\" name=\"files\" multiple> "
        "<button type=\"submit\">Ingest</button></p>"
        "<p id=\"upload-status\" role=\"status\" aria-live=\"polite\"></p></form></section>\n";
  }
  EntityTable(index, EntityType::kPerson, "People", links, &out);
  EntityTable(index, EntityType::kOrganization, "Organizations", links, &out);
  Disputes(facts, links, &out);
  out +=
      "<section><h2>Sources</h2>\n<table><thead><tr><th scope=\"col\">Source</th>"
      "<th scope=\"col\">Published</th><th scope=\"col\">Passages</th></tr></thead><tbody>\n";
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    const CorpusSource& source = corpus.sources[s];
    out += "<tr><td><a href=\"" + HtmlEscape(links.Source(internal::SourceId(corpus, s), Span{})) +
           "\">" + HtmlEscape(SourceLabel(corpus, s)) + "</a></td><td>" +
           HtmlEscape(source.published) + "</td><td>" +
           std::to_string(source.document.passages.size()) + "</td></tr>\n";
  }
  out += "</tbody></table></section>\n" + internal::PageEnd();
  return out;
}

}  // namespace dossier::web
