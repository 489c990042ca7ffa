#include "ingest/internal/html_tree.h"

#include <algorithm>
#include <cctype>

#include "base/ascii.h"
#include "ingest/internal/blocks.h"

namespace dossier::internal {
namespace {

// Words that, as part of a class or id ("site-footer", "cookie_banner"),
// mark page chrome.
bool IsBoilerplateWord(std::string_view word) {
  constexpr std::string_view kWords[] = {
      "menu",          "menus",   "nav",        "navbar",      "navigation", "footer",    "cookie",
      "cookies",       "consent", "gdpr",       "share",       "sharing",    "social",    "related",
      "comments",      "sidebar", "breadcrumb", "breadcrumbs", "newsletter", "subscribe", "advert",
      "advertisement", "ads",     "promo",      "popup",       "modal",      "paywall"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

// True when a class or id value names page chrome. Tokens that describe a
// state of the element ("has-sidebar", "no-comments") do not count.
bool IsBoilerplateName(const char* value) {
  if (value == nullptr) return false;
  const std::string lower = AsciiLower(value);
  std::string_view rest = lower;
  while (!rest.empty()) {
    const size_t start = rest.find_first_not_of(" \t\n\r\f");
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    const size_t end = std::min(rest.find_first_of(" \t\n\r\f"), rest.size());
    std::string_view token = rest.substr(0, end);
    rest.remove_prefix(end);
    bool state = false;
    for (std::string_view prefix : {"has-", "no-", "with-", "is-", "has_", "no_"}) {
      state = state || token.substr(0, prefix.size()) == prefix;
    }
    if (state) continue;
    while (!token.empty()) {
      const size_t cut = std::min(token.find_first_of("-_"), token.size());
      if (IsBoilerplateWord(token.substr(0, cut))) return true;
      token.remove_prefix(std::min(cut + 1, token.size()));
    }
  }
  return false;
}

bool IsHidden(const GumboNode* element) {
  if (Attribute(element, "hidden") != nullptr) return true;
  const char* aria = Attribute(element, "aria-hidden");
  if (aria != nullptr && AsciiLower(aria) == "true") return true;
  const char* style = Attribute(element, "style");
  if (style == nullptr) return false;
  std::string compact;
  for (char c : AsciiLower(style)) {
    if (c != ' ' && c != '\t') compact += c;
  }
  return compact.find("display:none") != std::string::npos;
}

}  // namespace

const GumboVector* Children(const GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
      return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return &node->v.element.children;
    default:
      return nullptr;
  }
}

bool IsTag(const GumboNode* node, GumboTag tag) {
  return (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) &&
         node->v.element.tag == tag;
}

const char* Attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute == nullptr ? nullptr : attribute->value;
}

bool IsBoilerplate(const GumboNode* element, bool keep_header) {
  if (element->type == GUMBO_NODE_TEMPLATE) return true;
  if (element->type != GUMBO_NODE_ELEMENT) return false;
  switch (element->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    case GUMBO_TAG_HEADER:
      return !keep_header;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
      return false;
    default:
      break;
  }
  if (IsHidden(element)) return true;
  if (const char* role = Attribute(element, "role")) {
    const std::string lower = AsciiLower(role);
    if (lower == "navigation" || lower == "banner" || lower == "contentinfo" ||
        lower == "complementary" || lower == "search") {
      return true;
    }
  }
  return IsBoilerplateName(Attribute(element, "class")) ||
         IsBoilerplateName(Attribute(element, "id"));
}

std::string ElementText(const GumboNode* node) {
  std::string text;
  WalkHtml(
      node,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA) {
          text += n->v.text.text;
          return false;
        }
        if (IsTag(n, GUMBO_TAG_SCRIPT) || IsTag(n, GUMBO_TAG_STYLE)) return false;
        if (IsTag(n, GUMBO_TAG_BR)) text += ' ';
        return Children(n) != nullptr;
      },
      [](const GumboNode*) {});
  return CollapseWhitespace(text);
}

}  // namespace dossier::internal
