#include "dossier/graph.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dossier {
namespace {

// A link between two people or organizations of a kind the graph draws (a
// place someone lives in or was born in is no link).
bool IsLink(const Claim& claim) {
  return !claim.denied && claim.object_is_entity() && !claim.subject.id.empty() &&
         claim.subject.id != claim.object_entity.id &&
         RelationKindOf(claim.predicate) != RelationKind::kNone;
}

}  // namespace

RelationGraph BuildRelationGraph(const CorpusIndex& index, const std::vector<Claim>& claims,
                                 const std::string& entity_id, const GraphOptions& options) {
  RelationGraph graph;
  EntityRef centre;
  if (const CorpusEntity* entity = index.Find(entity_id)) {
    centre = {entity->id, entity->name, entity->type};
  }
  for (const Claim& claim : claims) {
    if (!centre.id.empty()) break;
    if (claim.subject.id == entity_id) centre = claim.subject;
    if (claim.object_entity.id == entity_id) centre = claim.object_entity;
  }
  if (centre.id.empty()) return graph;

  // Breadth first over the links, remembering each entity's distance.
  std::map<std::string, GraphNode> nodes{{centre.id, {centre, 0}}};
  std::vector<std::string> frontier{centre.id};
  for (int step = 1; step <= options.depth && !frontier.empty(); ++step) {
    std::set<std::string> reached(frontier.begin(), frontier.end());
    std::vector<std::string> next;
    for (const Claim& claim : claims) {
      if (!IsLink(claim)) continue;
      const bool from_subject = reached.count(claim.subject.id) > 0;
      const bool from_object = reached.count(claim.object_entity.id) > 0;
      if (!from_subject && !from_object) continue;
      const EntityRef& other = from_subject ? claim.object_entity : claim.subject;
      if (nodes.emplace(other.id, GraphNode{other, step}).second) next.push_back(other.id);
    }
    frontier = std::move(next);
  }

  for (const auto& [id, node] : nodes) graph.nodes.push_back(node);
  std::sort(graph.nodes.begin(), graph.nodes.end(), [](const GraphNode& a, const GraphNode& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    return a.entity.name < b.entity.name;
  });
  if (graph.nodes.size() > options.max_nodes) graph.nodes.resize(options.max_nodes);
  std::set<std::string> kept;
  for (const GraphNode& node : graph.nodes) kept.insert(node.entity.id);

  // One edge per pair and kind of link, with the citations of every claim it stands for.
  std::map<std::tuple<std::string, std::string, std::string>, size_t> edge_of;
  for (const Claim& claim : claims) {
    if (!IsLink(claim) || !kept.count(claim.subject.id) || !kept.count(claim.object_entity.id)) {
      continue;
    }
    const std::string kind(RelationKindName(RelationKindOf(claim.predicate)));
    auto [it, added] =
        edge_of.try_emplace({claim.subject.id, claim.object_entity.id, kind}, graph.edges.size());
    if (added) {
      graph.edges.push_back(
          {claim.subject.id, claim.object_entity.id, kind, DescribeClaim(claim), {}});
    }
    for (const Support& support : claim.support) {
      MergeCitations(&graph.edges[it->second].citations, {support.citation});
    }
  }
  return graph;
}

}  // namespace dossier
