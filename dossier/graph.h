// RelationGraph: the people and organizations around one entity, one and two
// steps out, and the kind of each link (family, ownership, employment,
// membership, associate), drawn from the claims of every source. Denied
// claims are no link, nor are places (born in, lives in). Every edge keeps its citations.
//
//   CorpusIndex index(corpus);
//   RelationGraph graph = BuildRelationGraph(index, CollectClaims(index), "P-…");
//
// Thread-compatible; the function is pure.
#ifndef DOSSIER_DOSSIER_GRAPH_H_
#define DOSSIER_DOSSIER_GRAPH_H_

#include <string>
#include <vector>

#include "dossier/claims.h"

namespace dossier {

struct GraphNode {
  EntityRef entity;
  int distance = 0;  // steps from the centre: 0, 1 or 2
};

struct GraphEdge {
  std::string from;  // entity ids; the claim's subject and object
  std::string to;
  std::string kind;  // RelationKindName: family, ownership, employment, membership, associate
  std::string text;  // the first claim from the subject's side: "spouse of Rakhat Aliyev"
  std::vector<Citation> citations;
};

struct RelationGraph {
  std::vector<GraphNode> nodes;  // the centre first, then by distance, then by name
  std::vector<GraphEdge> edges;  // between nodes only, one per pair and kind of link
};

struct GraphOptions {
  int depth = 2;          // steps out from the centre
  size_t max_nodes = 60;  // beyond this the farthest nodes are left out: a graph stays readable
};

// Returns the graph around `entity_id`. An entity with no link between
// entities gives the centre alone; an unknown id gives an empty graph.
RelationGraph BuildRelationGraph(const CorpusIndex& index, const std::vector<Claim>& claims,
                                 const std::string& entity_id, const GraphOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_GRAPH_H_
