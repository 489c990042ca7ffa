// HTML reader for saved news pages: the text of the <article> (or <main>, or
// <body>) without page chrome, as heading and paragraph blocks; metadata from
// internal/html_metadata.h. Gumbo parses; origins come from
// internal/html_text.h.
#include <gumbo.h>

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/decode.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/html_charset.h"
#include "ingest/internal/html_metadata.h"
#include "ingest/internal/html_text.h"
#include "ingest/internal/html_tree.h"
#include "ingest/internal/readers.h"

namespace dossier::internal {
namespace {

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

int HeadingLevel(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return 0;
  switch (node->v.element.tag) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

// Elements whose start and end break the text into separate blocks.
bool IsBlockLevel(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

bool IsText(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

// The element to take the article text from: the <article> with the most
// visible text, else the <main> with the most, else <body> (or the whole
// document). One pass: each open element sums the text below it.
const GumboNode* ChooseContent(const GumboNode* document) {
  const GumboNode* best[2] = {nullptr, nullptr};  // <article>, <main>
  size_t best_length[2] = {0, 0};
  const GumboNode* body = nullptr;
  std::vector<size_t> lengths;  // one per open element
  WalkHtml(
      document,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT) {
          if (!lengths.empty()) lengths.back() += node->v.text.original_text.length;
          return false;
        }
        if (Children(node) == nullptr || IsTag(node, GUMBO_TAG_HEAD) ||
            IsBoilerplate(node, /*keep_header=*/true)) {
          return false;
        }
        if (IsTag(node, GUMBO_TAG_BODY) && body == nullptr) body = node;
        lengths.push_back(0);
        return true;
      },
      [&](const GumboNode* node) {
        const size_t length = lengths.back();
        lengths.pop_back();
        if (!lengths.empty()) lengths.back() += length;
        const int kind = IsTag(node, GUMBO_TAG_ARTICLE) ? 0 : IsTag(node, GUMBO_TAG_MAIN) ? 1 : -1;
        if (kind >= 0 && length > best_length[kind]) best[kind] = node, best_length[kind] = length;
      });
  if (best[0] != nullptr) return best[0];
  if (best[1] != nullptr) return best[1];
  return body != nullptr ? body : document;
}

// Turns the subtree under a content element into blocks.
class BlockBuilder {
 public:
  BlockBuilder(const MappedText& page, const char* buffer, ParsedSource* out)
      : page_(page), buffer_(buffer), out_(out) {}

  void Build(const GumboNode* content) {
    keep_header_ = IsTag(content, GUMBO_TAG_ARTICLE) || IsTag(content, GUMBO_TAG_MAIN);
    WalkHtml(
        content, [&](const GumboNode* node) { return Enter(node, content); },
        [&](const GumboNode* node) { Leave(node); });
    Flush(BlockKind::kParagraph, 0);
  }

 private:
  bool Enter(const GumboNode* node, const GumboNode* content) {
    if (IsText(node)) {
      AppendText(node);
      return false;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return false;
    if (node != content && IsBoilerplate(node, keep_header_)) return false;
    if (IsTag(node, GUMBO_TAG_BR)) {
      const uint32_t at = page_.origin[SourceOffset(node->v.element.start_pos.offset)];
      current_.AppendReplacement("\n", at, at);
      return false;
    }
    if (HeadingLevel(node) > 0 || IsBlockLevel(node)) Flush(BlockKind::kParagraph, 0);
    return true;
  }

  void Leave(const GumboNode* node) {
    if (const int level = HeadingLevel(node); level > 0) {
      Flush(BlockKind::kHeading, level);
    } else if (IsBlockLevel(node)) {
      Flush(BlockKind::kParagraph, 0);
    }
  }

  // Clamps a gumbo offset into the page.
  size_t SourceOffset(size_t offset) const { return std::min(offset, page_.text.size()); }

  void AppendText(const GumboNode* node) {
    const GumboText& text = node->v.text;
    // original_text points into the buffer gumbo parsed: page_.text.
    size_t begin = SourceOffset(text.start_pos.offset);
    size_t end = begin;
    if (text.original_text.data >= buffer_ &&
        text.original_text.data <= buffer_ + page_.text.size()) {
      begin = text.original_text.data - buffer_;
      end = SourceOffset(begin + text.original_text.length);
    }
    current_.Append(MapHtmlText(page_, begin, end, text.text));
  }

  void Flush(BlockKind kind, int level) {
    AddBlock(kind, level, current_, out_);
    current_ = MappedText();
  }

  const MappedText& page_;
  const char* buffer_;
  ParsedSource* out_;
  bool keep_header_ = false;
  MappedText current_;  // text of the open block
};

}  // namespace

StatusOr<ParsedSource> ReadHtml(std::string_view bytes) {
  DecodeOptions options;
  options.declared_charset = FindDeclaredCharset(bytes);
  ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, options));
  const MappedText& page = decoded.text;

  std::unique_ptr<GumboOutput, GumboOutputDeleter> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, page.text.data(), page.text.size()));
  if (parsed == nullptr) return InternalError("gumbo could not parse the page");

  ParsedSource out;
  out.kind = SourceKind::kHtml;
  out.encoding = std::move(decoded.encoding);
  const GumboNode* content = ChooseContent(parsed->document);
  BlockBuilder(page, page.text.data(), &out).Build(content);
  if (out.blocks.empty() && content != parsed->root) {
    BlockBuilder(page, page.text.data(), &out).Build(parsed->root);
  }
  if (out.blocks.empty()) return NoTextError();
  ReadHtmlMetadata(parsed->document, content, &out);
  return out;
}

}  // namespace dossier::internal
