// PageLinks: how the pages of the workbench and of the static site link to
// each other. The workbench (`dossier serve`) uses absolute paths
// ("/entities/P-…", "/sources/8?start=120&end=180#cited"); the site
// (`dossier site`) uses relative links between files ("../entities/P-….html",
// "../sources/8.html#cite-120-180") so the folder works from any web server
// or from disk.
//
// Thread-compatible value type.
#ifndef DOSSIER_WEB_LINKS_H_
#define DOSSIER_WEB_LINKS_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "text/document.h"

namespace dossier::web {

class PageLinks {
 public:
  // Links of the workbench: every corpus entity has a page.
  static PageLinks Workbench();
  // Links of a site page `depth` folders below the site's root
  // (index.html: 0; entities/…, sources/…: 1). `entity_pages` lists the ids
  // that have a page; it must outlive the links.
  static PageLinks Site(int depth, const std::set<std::string>* entity_pages);

  bool site() const { return site_; }

  std::string Home() const;
  std::string SearchPage() const;
  std::string Asset(std::string_view name) const;
  // "" when the entity has no page (not a corpus entity, or left out of the site).
  std::string Entity(std::string_view id, bool is_corpus_entity) const;
  // The source at the cited bytes (scrolled to and marked); a span of zero
  // length links to the whole source.
  std::string Source(int64_t source_id, Span span) const;
  // The source at one passage (marked whole).
  std::string SourcePassage(int64_t source_id, int passage) const;

  // The file name of an entity's site page: the id with every byte outside
  // A-Z a-z 0-9 - _ replaced by '_', then ".html".
  static std::string EntityFileName(std::string_view id);

 private:
  bool site_ = false;
  std::string root_ = "/";
  const std::set<std::string>* entity_pages_ = nullptr;
};

}  // namespace dossier::web

#endif  // DOSSIER_WEB_LINKS_H_
