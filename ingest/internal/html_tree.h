// Helpers over gumbo's HTML tree shared by the HTML reader's parts.
//
// Thread-safe (pure functions over a tree the caller owns).
#ifndef DOSSIER_INGEST_INTERNAL_HTML_TREE_H_
#define DOSSIER_INGEST_INTERNAL_HTML_TREE_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier::internal {

// Returns the children of a document, element or template node; nullptr for
// other nodes.
const GumboVector* Children(const GumboNode* node);

// Visits the subtree under `root` depth-first without recursion (documents
// can nest hundreds of thousands deep). enter(node) runs before a node's
// children and returns whether to visit them; leave(node) runs after them,
// for nodes whose enter returned true.
template <typename Enter, typename Leave>
void WalkHtml(const GumboNode* root, Enter&& enter, Leave&& leave) {
  if (!enter(root)) return;
  std::vector<std::pair<const GumboNode*, unsigned>> stack = {{root, 0}};
  while (!stack.empty()) {
    auto& [node, next] = stack.back();
    const GumboVector* children = Children(node);
    if (children == nullptr || next >= children->length) {
      const GumboNode* done = node;
      stack.pop_back();
      leave(done);
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children->data[next++]);
    if (enter(child)) stack.push_back({child, 0});
  }
}

// Returns true when `node` is an element with tag `tag`.
bool IsTag(const GumboNode* node, GumboTag tag);

// Returns the value of attribute `name` (ASCII lowercase) of an element, or
// nullptr when absent.
const char* Attribute(const GumboNode* node, const char* name);

// Returns true when the element is page chrome rather than article content:
// scripts, styles, navigation, forms, footers, asides, hidden elements, and
// elements whose class or id names a menu, footer, cookie banner, share bar,
// related links, comments, sidebar or breadcrumbs. <header> counts only when
// `keep_header` is false (headers inside an <article> hold its headline).
bool IsBoilerplate(const GumboNode* element, bool keep_header);

// Returns the gumbo-decoded text under `node`, scripts and styles excluded,
// whitespace collapsed.
std::string ElementText(const GumboNode* node);

}  // namespace dossier::internal

#endif  // DOSSIER_INGEST_INTERNAL_HTML_TREE_H_
