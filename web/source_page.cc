// The page of one source: its normalized text passage by passage under its
// section headings, each duplicate passage linking to its first occurrence,
// and the cited bytes (a byte range or a whole passage) in <mark>, the first
// with id="cited" so a link ending in #cited scrolls to it.
#include <algorithm>

#include "base/html.h"
#include "web/internal/frame.h"
#include "web/pages.h"

namespace dossier::web {
namespace {

// `passage`'s text with the part inside `mark` (document offsets) marked.
std::string MarkedPassage(std::string_view text, Span passage, std::optional<Span> mark,
                          bool* first_mark) {
  const std::string_view words = text.substr(passage.start, passage.size());
  if (!mark || mark->end <= passage.start || mark->start >= passage.end) return HtmlEscape(words);
  const uint32_t begin = std::max(mark->start, passage.start) - passage.start;
  const uint32_t end = std::min(mark->end, passage.end) - passage.start;
  std::string out = HtmlEscape(words.substr(0, begin));
  out += *first_mark ? "<mark id=\"cited\">" : "<mark>";
  *first_mark = false;
  out += HtmlEscape(words.substr(begin, end - begin)) + "</mark>";
  out += HtmlEscape(words.substr(end));
  return out;
}

}  // namespace

std::optional<std::string> RenderSourcePage(const Corpus& corpus, int64_t source_id,
                                            const SourceMark& mark, const PageLinks& links,
                                            PageMode mode) {
  int index = -1;
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    if (internal::SourceId(corpus, s) == source_id) index = s;
  }
  if (index < 0) return std::nullopt;
  const CorpusSource& source = corpus.sources[index];
  const NormalizedDocument& document = source.document;
  const std::string label = SourceLabel(corpus, index);

  // The span to mark: the byte range if it lies in the text, else the passage.
  std::optional<Span> marked;
  if (mark.span && mark.span->start < mark.span->end && mark.span->end <= document.text.size()) {
    marked = mark.span;
  } else if (mark.passage && *mark.passage >= 0 &&
             *mark.passage < static_cast<int>(document.passages.size())) {
    marked = document.passages[*mark.passage].span;
  }

  std::string out = internal::PageStart(label, links, mode,
                                        {mode == PageMode::kSite ? "site.js" : "workbench.js"});
  out += "<h1>" + HtmlEscape(source.title.empty() ? label : source.title) + "</h1>\n";
  out += "<dl class=\"meta\">";
  if (!source.url.empty()) out += "<dt>URL</dt><dd>" + HtmlEscape(source.url) + "</dd>";
  if (!source.published.empty()) {
    out += "<dt>Published</dt><dd>" + HtmlEscape(source.published) + "</dd>";
  }
  out += "<dt>Language</dt><dd>" + HtmlEscape(document.language) + "</dd>";
  out += "<dt>SHA-256</dt><dd><code>" + HtmlEscape(source.sha256) + "</code></dd></dl>\n";
  out += "<article class=\"source\" id=\"source-text\" data-source=\"" + std::to_string(source_id) +
         "\">\n";
  bool first_mark = true;
  for (size_t p = 0; p < document.passages.size(); ++p) {
    const Passage& passage = document.passages[p];
    if (passage.span.end > document.text.size() || passage.span.start > passage.span.end) continue;
    const std::string body = MarkedPassage(document.text, passage.span, marked, &first_mark);
    const std::string attributes = " id=\"p" + std::to_string(p) + "\" data-start=\"" +
                                   std::to_string(passage.span.start) + "\"";
    if (passage.kind == PassageKind::kHeading) {
      int level = 2;
      if (passage.section >= 0 && passage.section < static_cast<int>(document.sections.size())) {
        level = std::clamp(document.sections[passage.section].level + 1, 2, 6);
      }
      const std::string tag = "h" + std::to_string(level);
      out += "<" + tag + attributes + ">" + body + "</" + tag + ">\n";
      continue;
    }
    if (!passage.duplicate_of) {
      out += "<p" + attributes + ">" + body + "</p>\n";
      continue;
    }
    const DuplicateRef& first = *passage.duplicate_of;
    const int64_t first_source = first.source_id != 0 ? first.source_id : source_id;
    out += "<p" + attributes + " class=\"duplicate\">" + body + " <a class=\"dup\" href=\"" +
           HtmlEscape(links.SourcePassage(first_source, first.passage_index)) + "\">" +
           (first.exact ? "repeats" : "nearly repeats") + " source " +
           std::to_string(first_source) + ", passage " + std::to_string(first.passage_index) +
           "</a></p>\n";
  }
  out += "</article>\n" + internal::PageEnd();
  return out;
}

}  // namespace dossier::web
