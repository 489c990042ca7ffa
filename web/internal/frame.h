// The frame every page shares (head, navigation, footer) and the pieces the
// pages are made of: citation links and lines whose entity names link to
// their pages.
#ifndef DOSSIER_WEB_INTERNAL_FRAME_H_
#define DOSSIER_WEB_INTERNAL_FRAME_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus_index.h"
#include "dossier/layout.h"
#include "web/links.h"
#include "web/pages.h"

namespace dossier::web::internal {

// <!DOCTYPE html> … <main>: the title, our stylesheet and `scripts` (file
// names under assets/, loaded deferred), the navigation.
std::string PageStart(std::string_view title, const PageLinks& links, PageMode mode,
                      const std::vector<std::string>& scripts);
// </main> … </html>.
std::string PageEnd();

// The store id of corpus source `source`, for links.
int64_t SourceId(const Corpus& corpus, int source);

// "[3] Serik Medetbekov, Statement, qazpolit.org, 2022-03-01" as a link to the cited bytes.
std::string CitationLink(const CorpusIndex& index, const ProfileLayout& layout, const CitedBy& by,
                         const PageLinks& links);

// `text` escaped, the first appearance of each mention's name a link to its page.
std::string LinkedText(std::string_view text, const std::vector<EntityRef>& mentions,
                       const CorpusIndex& index, const PageLinks& links);

// A link to an entity's page with its name, or the escaped name alone.
std::string EntityLink(const EntityRef& entity, const CorpusIndex& index, const PageLinks& links);

}  // namespace dossier::web::internal

#endif  // DOSSIER_WEB_INTERNAL_FRAME_H_
