// The read side of the JSON API: sources, a source, search, entities, an
// entity's profile and its graph; and the dispatch of every /api/ route.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "dossier/find_entity.h"
#include "dossier/graph.h"
#include "dossier/profile.h"
#include "dossier/render.h"
#include "server/internal/route.h"
#include "server/workbench.h"
#include "web/api_json.h"

namespace dossier::server {
namespace {

using internal::ParseCount;

constexpr int64_t kMostSearchHits = 200;
constexpr int64_t kMostEntities = 1000;

HttpResponse Json(const nlohmann::json& value) {
  return JsonText(200, value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// The store's id of corpus source `source`.
int64_t SourceIdOf(const Corpus& corpus, int source) { return corpus.sources[source].source_id; }

nlohmann::json GraphJson(const Corpus& corpus, const RelationGraph& graph) {
  nlohmann::json nodes = nlohmann::json::array();
  for (const GraphNode& node : graph.nodes) {
    nodes.push_back({{"id", node.entity.id},
                     {"name", node.entity.name},
                     {"type", std::string(ContractTypeName(node.entity.type))},
                     {"distance", node.distance}});
  }
  nlohmann::json edges = nlohmann::json::array();
  for (const GraphEdge& edge : graph.edges) {
    nlohmann::json citations = nlohmann::json::array();
    for (const Citation& c : edge.citations) {
      citations.push_back({{"source_id", SourceIdOf(corpus, c.source)},
                           {"passage", c.passage},
                           {"start", c.span.start},
                           {"end", c.span.end}});
    }
    edges.push_back({{"from", edge.from},
                     {"to", edge.to},
                     {"kind", edge.kind},
                     {"text", edge.text},
                     {"citations", std::move(citations)}});
  }
  return {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
}

}  // namespace

HttpResponse Workbench::Api(const HttpRequest& request) {
  const std::vector<std::string> path = *internal::PathSegments(request.path);
  const size_t n = path.size();
  const bool get = request.method == "GET" || request.method == "HEAD";
  const bool post = request.method == "POST";
  auto is = [&](std::initializer_list<std::string_view> want) {
    if (want.size() != n) return false;
    size_t i = 0;
    for (std::string_view w : want) {
      if (w != "*" && w != path[i]) return false;
      ++i;
    }
    return true;
  };

  if (post && is({"api", "screen"})) return Screen(request);
  if (post && is({"api", "judgments"})) return Judge(request);
  if (post && is({"api", "ingest"})) return Ingest(request);
  const bool known_get = is({"api", "sources"}) || is({"api", "sources", "*"}) ||
                         is({"api", "search"}) || is({"api", "entities"}) ||
                         is({"api", "entities", "*"}) || is({"api", "entities", "*", "graph"});
  if (!get) {
    return known_get || is({"api", "screen"}) || is({"api", "judgments"}) || is({"api", "ingest"})
               ? JsonError(405, request.method + " is not allowed here")
               : JsonError(404, "no such API route");
  }
  if (!known_get) return JsonError(404, "no such API route");

  if (is({"api", "sources"})) {
    StatusOr<std::vector<SourceSummary>> sources = view_->WithStore<std::vector<SourceSummary>>(
        [](EvidenceStore& store) { return store.ListSources(); });
    if (!sources.ok()) return ErrorResponse(sources.status());
    nlohmann::json out = nlohmann::json::array();
    for (const SourceSummary& s : *sources) out.push_back(web::SourceSummaryJson(s));
    return Json(out);
  }
  if (is({"api", "sources", "*"})) {
    StatusOr<StoredSource> source = view_->WithStore<StoredSource>(
        [&](EvidenceStore& store) { return store.GetSource(path[2]); });
    if (!source.ok()) return ErrorResponse(source.status());
    return Json(web::StoredSourceJson(*source));
  }
  if (is({"api", "search"})) {
    const std::string query = request.Query("q");
    if (query.empty()) return JsonError(400, "search: give words as ?q=");
    int64_t limit = 20;
    if (request.HasQuery("limit")) {
      const std::optional<int64_t> given = ParseCount(request.Query("limit"));
      if (!given || *given < 1 || *given > kMostSearchHits) {
        return JsonError(
            400, "search: limit must be a number from 1 to " + std::to_string(kMostSearchHits));
      }
      limit = *given;
    }
    StatusOr<std::vector<SearchHit>> hits = view_->WithStore<std::vector<SearchHit>>(
        [&](EvidenceStore& store) { return store.Search(query, static_cast<int>(limit)); });
    if (!hits.ok()) return ErrorResponse(hits.status());
    nlohmann::json out = nlohmann::json::array();
    for (const SearchHit& hit : *hits) out.push_back(web::SearchHitJson(hit));
    return Json(out);
  }

  StatusOr<std::shared_ptr<const CorpusSnapshot>> loaded = view_->CurrentCorpus();
  if (!loaded.ok()) return ErrorResponse(loaded.status());
  const Corpus& corpus = (*loaded)->corpus;
  const CorpusFacts& facts = (*loaded)->facts;

  if (is({"api", "entities"})) {
    std::optional<EntityType> type;
    if (const std::string name = request.Query("type"); !name.empty()) {
      type = ParseContractType(name);
      if (!type) {
        return JsonError(
            400, "entities: type '" + name + "' is not PERSON, ORGANIZATION, LOCATION or OTHER");
      }
    }
    StatusOr<std::vector<LinkedEntity>> entities = view_->WithStore<std::vector<LinkedEntity>>(
        [&](EvidenceStore& store) { return store.ListLinkedEntities(type); });
    if (!entities.ok()) return ErrorResponse(entities.status());
    std::unordered_map<std::string, const LinkedEntity*> by_id;
    for (const LinkedEntity& entity : *entities) by_id.emplace(entity.id, &entity);
    std::vector<const LinkedEntity*> shown;
    const std::string query = request.Query("q");
    if (query.empty()) {
      for (const LinkedEntity& entity : *entities) shown.push_back(&entity);
      std::stable_sort(shown.begin(), shown.end(), [](const auto* a, const auto* b) {
        return a->source_count > b->source_count;
      });
    } else {
      for (const CorpusEntity* found : FindEntities(corpus, query)) {
        if (const auto it = by_id.find(found->id); it != by_id.end()) shown.push_back(it->second);
      }
    }
    if (shown.size() > static_cast<size_t>(kMostEntities)) shown.resize(kMostEntities);
    nlohmann::json out = nlohmann::json::array();
    for (const LinkedEntity* entity : shown) out.push_back(web::LinkedEntityJson(*entity, by_id));
    return Json(out);
  }

  if (facts.index.Find(path[2]) == nullptr) return JsonError(404, "no entity " + path[2]);
  if (is({"api", "entities", "*"})) {
    return JsonText(200, RenderProfileJson(BuildProfile(facts, path[2]), corpus));
  }
  return Json(GraphJson(corpus, BuildRelationGraph(facts.index, facts.claims, path[2])));
}

}  // namespace dossier::server
