#include "ingest/internal/html_metadata.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/html_tree.h"

namespace dossier::internal {
namespace {

// JSON-LD is searched this deep for "datePublished".
constexpr int kMaxJsonLdDepth = 32;

std::string AttributeOrEmpty(const GumboNode* node, const char* name) {
  const char* value = Attribute(node, name);
  return value == nullptr ? "" : CollapseWhitespace(value);
}

bool HasToken(std::string_view list, std::string_view token) {
  const std::string lower = AsciiLower(list);
  size_t pos = 0;
  while (pos < lower.size()) {
    const size_t end = std::min(lower.find_first_of(" \t\n\r\f", pos), lower.size());
    if (std::string_view(lower).substr(pos, end - pos) == token) return true;
    pos = end + 1;
  }
  return false;
}

std::string FindDatePublished(const nlohmann::json& value, int depth) {
  if (depth > kMaxJsonLdDepth) return "";
  if (value.is_object()) {
    const auto it = value.find("datePublished");
    if (it != value.end() && it->is_string()) return it->get<std::string>();
  }
  if (value.is_object() || value.is_array()) {
    for (const auto& child : value) {
      std::string found = FindDatePublished(child, depth + 1);
      if (!found.empty()) return found;
    }
  }
  return "";
}

std::string JsonLdDate(const GumboNode* script) {
  const GumboVector& children = script->v.element.children;
  if (children.length == 0) return "";
  const auto* text = static_cast<const GumboNode*>(children.data[0]);
  if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA) return "";
  const nlohmann::json parsed =
      nlohmann::json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? "" : CollapseWhitespace(FindDatePublished(parsed, 0));
}

// Every candidate the page offers, best first within each field.
struct Candidates {
  std::string og_title, title, h1;
  std::string canonical, og_url;
  std::string published_time, itemprop_date, json_ld_date, meta_date, time_in_content,
      time_elsewhere;
};

void SetOnce(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

void ReadMeta(const GumboNode* meta, Candidates* found) {
  const std::string content = AttributeOrEmpty(meta, "content");
  if (content.empty()) return;
  const std::string property = AsciiLower(AttributeOrEmpty(meta, "property"));
  const std::string name = AsciiLower(AttributeOrEmpty(meta, "name"));
  const std::string itemprop = AsciiLower(AttributeOrEmpty(meta, "itemprop"));
  for (const std::string& key : {property, name}) {
    if (key == "og:title") SetOnce(&found->og_title, content);
    if (key == "og:url") SetOnce(&found->og_url, content);
    if (key == "article:published_time") SetOnce(&found->published_time, content);
    if (key == "pubdate" || key == "date" || key == "publish-date" || key == "publishdate" ||
        key == "dc.date" || key == "dc.date.issued") {
      SetOnce(&found->meta_date, content);
    }
  }
  if (itemprop == "datepublished") SetOnce(&found->itemprop_date, content);
}

}  // namespace

void ReadHtmlMetadata(const GumboNode* document, const GumboNode* content, ParsedSource* out) {
  Candidates found;
  bool in_content = false;
  WalkHtml(
      document,
      [&](const GumboNode* node) {
        if (node == content) in_content = true;
        if (node->type != GUMBO_NODE_ELEMENT) return Children(node) != nullptr;
        if (AsciiLower(AttributeOrEmpty(node, "itemprop")) == "datepublished" &&
            !IsTag(node, GUMBO_TAG_META)) {
          std::string value = AttributeOrEmpty(node, "datetime");
          if (value.empty()) value = AttributeOrEmpty(node, "content");
          if (value.empty()) value = ElementText(node);
          SetOnce(&found.itemprop_date, std::move(value));
        }
        switch (node->v.element.tag) {
          case GUMBO_TAG_META:
            ReadMeta(node, &found);
            return false;
          case GUMBO_TAG_TITLE:
            SetOnce(&found.title, ElementText(node));
            return false;
          case GUMBO_TAG_H1:
            SetOnce(&found.h1, ElementText(node));
            return false;
          case GUMBO_TAG_LINK:
            if (HasToken(AttributeOrEmpty(node, "rel"), "canonical")) {
              SetOnce(&found.canonical, AttributeOrEmpty(node, "href"));
            }
            return false;
          case GUMBO_TAG_SCRIPT:
            if (AsciiLower(AttributeOrEmpty(node, "type")) == "application/ld+json") {
              SetOnce(&found.json_ld_date, JsonLdDate(node));
            }
            return false;
          case GUMBO_TAG_TIME:
            SetOnce(in_content ? &found.time_in_content : &found.time_elsewhere,
                    AttributeOrEmpty(node, "datetime"));
            return true;
          default:
            return true;
        }
      },
      [&](const GumboNode* node) {
        if (node == content) in_content = false;
      });

  for (std::string* title : {&found.og_title, &found.title, &found.h1})
    SetOnce(&out->title, *title);
  for (std::string* url : {&found.canonical, &found.og_url}) SetOnce(&out->url, *url);
  for (std::string* date : {&found.published_time, &found.itemprop_date, &found.json_ld_date,
                            &found.meta_date, &found.time_in_content, &found.time_elsewhere}) {
    SetOnce(&out->published, *date);
  }
}

}  // namespace dossier::internal
