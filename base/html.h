// Escaping for HTML and URLs: every string a page shows or links to passes
// through one of these, so hostile text from a source never becomes markup.
// Thread-safe (pure functions).
//
//   out += "<a href=\"/search?q=" + UrlEncode(query) + "\">" + HtmlEscape(title) + "</a>";
#ifndef DOSSIER_BASE_HTML_H_
#define DOSSIER_BASE_HTML_H_

#include <string>
#include <string_view>

namespace dossier {

// `text` with & < > " ' replaced by character references: safe in element
// content and in quoted attribute values.
std::string HtmlEscape(std::string_view text);

// `text` percent-encoded as one URL component: every byte but A-Z a-z 0-9
// - . _ ~ becomes %XX.
std::string UrlEncode(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_BASE_HTML_H_
