#include "server/workbench.h"

#include <cstdint>

#include "server/internal/route.h"
#include "web/pages.h"

namespace dossier::server {
namespace {

using internal::ParseCount;
using internal::PathSegments;

std::string ContentTypeOf(const std::string& name) {
  auto ends = [&](std::string_view suffix) {
    return name.size() >= suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return "application/octet-stream";
}

HttpResponse HtmlPage(int status, std::string body) {
  return HttpResponse{status, "text/html; charset=utf-8", std::move(body), {}};
}

HttpResponse ErrorPage(int status, std::string_view message) {
  return HtmlPage(status, web::RenderErrorPage(status, message, web::PageLinks::Workbench()));
}

}  // namespace

Workbench::Workbench(WorkbenchOptions options, StoreView* view)
    : options_(std::move(options)), view_(view) {}

std::string Workbench::Redacted(std::string message) const {
  if (options_.db.empty()) return message;
  for (size_t at = message.find(options_.db); at != std::string::npos;
       at = message.find(options_.db, at)) {
    message.replace(at, options_.db.size(), "the store");
  }
  return message;
}

HttpResponse Workbench::Handle(const HttpRequest& request) {
  HttpResponse response = Route(request);
  if (response.status >= 400 && response.content_type.rfind("application/json", 0) == 0) {
    response.body = Redacted(std::move(response.body));
  }
  return response;
}

HttpResponse Workbench::Route(const HttpRequest& request) {
  const std::optional<std::vector<std::string>> segments = PathSegments(request.path);
  const bool api = segments && !segments->empty() && segments->front() == "api";
  if (!segments) return JsonError(400, "malformed path");
  if (api) return Api(request);
  if (request.method != "GET" && request.method != "HEAD") {
    return ErrorPage(405, "pages are read with GET");
  }
  if (segments->size() == 2 && (*segments)[0] == "assets") return Asset((*segments)[1]);
  return Page(request);
}

HttpResponse Workbench::Asset(const std::string& name) const {
  const auto it = options_.assets.find(name);
  if (it == options_.assets.end()) return ErrorPage(404, "no such file");
  HttpResponse response{200, ContentTypeOf(name), it->second, {}};
  response.headers.push_back({"Cache-Control", "max-age=3600"});
  return response;
}

HttpResponse Workbench::Page(const HttpRequest& request) {
  const std::vector<std::string> segments = *PathSegments(request.path);
  const web::PageLinks links = web::PageLinks::Workbench();
  if (segments.size() == 1 && segments[0] == "screen") {
    return HtmlPage(200, web::RenderScreenPage(links));
  }
  StatusOr<std::shared_ptr<const CorpusSnapshot>> corpus = view_->CurrentCorpus();
  if (!corpus.ok()) return ErrorPage(500, "the store cannot be read");
  if (segments.empty()) {
    return HtmlPage(200, web::RenderIndexPage((*corpus)->facts, links, web::PageMode::kWorkbench));
  }
  if (segments.size() == 2 && segments[0] == "entities") {
    std::optional<std::string> page =
        web::RenderEntityPage((*corpus)->facts, segments[1], links, web::PageMode::kWorkbench);
    if (!page) return ErrorPage(404, "no entity " + segments[1]);
    return HtmlPage(200, std::move(*page));
  }
  if (segments.size() == 2 && segments[0] == "sources") {
    const std::optional<int64_t> id = ParseCount(segments[1]);
    if (!id) return ErrorPage(404, "no source " + segments[1]);
    web::SourceMark mark;
    const std::optional<int64_t> start = ParseCount(request.Query("start"));
    const std::optional<int64_t> end = ParseCount(request.Query("end"));
    const std::optional<int64_t> passage = ParseCount(request.Query("passage"));
    if (start && end && *end <= UINT32_MAX) {
      mark.span = Span{static_cast<uint32_t>(*start), static_cast<uint32_t>(*end)};
    }
    if (passage && *passage <= INT32_MAX) mark.passage = static_cast<int>(*passage);
    std::optional<std::string> page =
        web::RenderSourcePage((*corpus)->corpus, *id, mark, links, web::PageMode::kWorkbench);
    if (!page) return ErrorPage(404, "no source " + segments[1]);
    return HtmlPage(200, std::move(*page));
  }
  if (segments.size() == 1 && segments[0] == "search") {
    const std::string query = request.Query("q");
    std::vector<SearchHit> hits;
    if (!query.empty()) {
      StatusOr<std::vector<SearchHit>> found = view_->WithStore<std::vector<SearchHit>>(
          [&](EvidenceStore& store) { return store.Search(query, 50); });
      if (!found.ok()) return ErrorPage(400, Redacted(found.status().message()));
      hits = std::move(found).value();
    }
    return HtmlPage(200, web::RenderSearchPage(query, hits, links, web::PageMode::kWorkbench));
  }
  return ErrorPage(404, "no such page");
}

}  // namespace dossier::server
