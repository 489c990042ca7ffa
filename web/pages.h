// The pages of the workbench (`dossier serve`) and of the static site
// (`dossier site`), rendered on the server from one code path: an index of
// what the store holds, one page per person or organization, one per
// source, search and screening. Every string is escaped; every citation
// links to its source at the cited bytes; every other entity's name links to
// its page when it has one. Pages load only our own files (assets/): no
// inline script or style, no outside request, so they pass a
// Content-Security-Policy of default-src 'self'.
//
//   PageLinks links = PageLinks::Workbench();
//   CorpusFacts facts(corpus);   // once for many pages
//   std::string html = *RenderEntityPage(facts, "P-…", links, PageMode::kWorkbench);
//
// Thread-compatible; the functions are pure. `corpus` and `facts` are borrowed for the call.
#ifndef DOSSIER_WEB_PAGES_H_
#define DOSSIER_WEB_PAGES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/profile.h"
#include "store/store.h"
#include "text/document.h"
#include "web/links.h"

namespace dossier::web {

// The workbench adds the actions that change the store (judgments,
// screening, upload); the site is read-only.
enum class PageMode { kWorkbench, kSite };

// What the store holds: sources, people and organizations by number of
// sources, the most recent disputes.
std::string RenderIndexPage(const CorpusFacts& facts, const PageLinks& links, PageMode mode);

// The profile of entity `entity_id`: names, facts with citations, a
// timeline, the relation graph, what it said and what others said, disputes
// side by side. nullopt when the corpus has no such entity.
std::optional<std::string> RenderEntityPage(const CorpusFacts& facts, std::string_view entity_id,
                                            const PageLinks& links, PageMode mode);

// Which bytes of a source page to mark and scroll to.
struct SourceMark {
  std::optional<Span> span;    // a byte range of the normalized text
  std::optional<int> passage;  // or a whole passage
};

// Source `source_id` (the store's id): its normalized text with sections,
// duplicates linking to their first occurrence, `mark` wrapped in <mark>
// (the first with id="cited"). nullopt when the corpus has no such source.
std::optional<std::string> RenderSourcePage(const Corpus& corpus, int64_t source_id,
                                            const SourceMark& mark, const PageLinks& links,
                                            PageMode mode);

// The search page: a form, and for the workbench the hits of `query` (the
// store's snippets, matches marked); the site searches in the browser.
std::string RenderSearchPage(std::string_view query, const std::vector<SearchHit>& hits,
                             const PageLinks& links, PageMode mode);

// The screening page of the workbench: paste names or upload a list, see
// the matches with their reasons, download them as CSV.
std::string RenderScreenPage(const PageLinks& links);

// A page saying what went wrong, for a status the workbench answers with.
std::string RenderErrorPage(int status, std::string_view message, const PageLinks& links);

}  // namespace dossier::web

#endif  // DOSSIER_WEB_PAGES_H_
