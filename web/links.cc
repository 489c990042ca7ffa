#include "web/links.h"

#include "base/html.h"

namespace dossier::web {

PageLinks PageLinks::Workbench() { return PageLinks(); }

PageLinks PageLinks::Site(int depth, const std::set<std::string>* entity_pages) {
  PageLinks links;
  links.site_ = true;
  links.root_.clear();
  for (int i = 0; i < depth; ++i) links.root_ += "../";
  links.entity_pages_ = entity_pages;
  return links;
}

std::string PageLinks::Home() const { return site_ ? root_ + "index.html" : "/"; }

std::string PageLinks::SearchPage() const { return site_ ? root_ + "search.html" : "/search"; }

std::string PageLinks::Asset(std::string_view name) const {
  return root_ + "assets/" + std::string(name);
}

std::string PageLinks::Entity(std::string_view id, bool is_corpus_entity) const {
  if (!is_corpus_entity || id.empty()) return "";
  if (!site_) return "/entities/" + UrlEncode(id);
  if (entity_pages_ != nullptr && entity_pages_->count(std::string(id)) == 0) return "";
  return root_ + "entities/" + EntityFileName(id);
}

std::string PageLinks::Source(int64_t source_id, Span span) const {
  const std::string id = std::to_string(source_id);
  if (site_) {
    std::string link = root_ + "sources/" + id + ".html";
    if (span.end > span.start) {
      link += "#cite-" + std::to_string(span.start) + "-" + std::to_string(span.end);
    }
    return link;
  }
  if (span.end <= span.start) return "/sources/" + id;
  return "/sources/" + id + "?start=" + std::to_string(span.start) +
         "&end=" + std::to_string(span.end) + "#cited";
}

std::string PageLinks::SourcePassage(int64_t source_id, int passage) const {
  const std::string id = std::to_string(source_id);
  if (site_) return root_ + "sources/" + id + ".html#p" + std::to_string(passage);
  return "/sources/" + id + "?passage=" + std::to_string(passage) + "#cited";
}

std::string PageLinks::EntityFileName(std::string_view id) {
  std::string name;
  for (char c : id) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_';
    name += plain ? c : '_';
  }
  return name + ".html";
}

}  // namespace dossier::web
