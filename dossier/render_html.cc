// HTML profile: one self-contained page (inline CSS, no scripts or requests).
// Each citation is a <details> element: its summary names who says it and
// when; opened, it shows the whole cited passage with the cited bytes
// marked, and the source's path, SHA-256, passage index and byte span. All
// text is escaped.
#include <string>
#include <string_view>

#include "base/html.h"
#include "dossier/layout.h"
#include "dossier/render.h"

namespace dossier {
namespace {

std::string Escape(std::string_view text) { return HtmlEscape(text); }

constexpr std::string_view kStyle = R"(
body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:0}.sub{color:#666;margin-top:.2em}h2{border-bottom:1px solid #ddd;margin-top:1.6em}
ul{padding-left:1.2em}li{margin:.3em 0}details.cite{display:inline-block;margin:0 .2em;vertical-align:top}
details.cite summary{cursor:pointer;color:#1a5fb4;font-size:.85em}
details.cite[open]{display:block;background:#f6f6f6;border-left:3px solid #1a5fb4;padding:.4em .8em}
blockquote{margin:.4em 0;white-space:pre-wrap}mark{background:#ffe58a}.where{color:#666;font-size:.8em}
.side{display:flex;flex-wrap:wrap;gap:.8em;list-style:none;padding:0;margin:.4em 0}
.side>li{flex:1 1 16em;border:1px solid #ddd;border-radius:4px;padding:.4em .7em;margin:0})";

class Page {
 public:
  Page(const ProfileLayout& layout, const Corpus& corpus) : layout_(layout), corpus_(corpus) {}

  std::string Citation(const CitedBy& by) const {
    const dossier::Citation& c = layout_.citations[by.number - 1];
    const std::string summary = CitationWords(by);
    std::string out = "<details class=\"cite\"><summary>" + Escape(summary) + "</summary>";
    out += "<blockquote>" + MarkedPassage(c) + "</blockquote>";
    out += "<div class=\"where\">" + Escape(c.path) + " · sha256 " + Escape(c.sha256) +
           " · passage " + std::to_string(c.passage) + " · bytes " + std::to_string(c.span.start) +
           "–" + std::to_string(c.span.end) + "</div></details>";
    return out;
  }

  void Lines(const std::vector<LayoutLine>& lines, bool sides, std::string* out) const {
    *out += sides ? "<ul class=\"side\">" : "<ul>";
    for (const LayoutLine& line : lines) {
      *out += "<li>" + Escape(line.text);
      for (const CitedBy& by : line.cited) *out += Citation(by);
      if (!line.children.empty()) {
        *out += "\n";
        Lines(line.children, true, out);
      }
      *out += "</li>\n";
    }
    *out += "</ul>\n";
  }

 private:
  // The passage around the citation, the cited bytes inside <mark>.
  std::string MarkedPassage(const dossier::Citation& c) const {
    const std::string_view passage = CitedPassage(corpus_, c);
    const std::string_view cited = CitedText(corpus_, c);
    if (passage.empty()) return "<mark>" + Escape(cited) + "</mark>";
    const std::string& text = corpus_.sources[c.source].document.text;
    const size_t passage_start = static_cast<size_t>(passage.data() - text.data());
    if (c.span.start < passage_start || c.span.end > passage_start + passage.size()) {
      return Escape(passage) + "<br><mark>" + Escape(cited) + "</mark>";
    }
    const size_t begin = c.span.start - passage_start, end = c.span.end - passage_start;
    return Escape(passage.substr(0, begin)) + "<mark>" +
           Escape(passage.substr(begin, end - begin)) + "</mark>" + Escape(passage.substr(end));
  }

  const ProfileLayout& layout_;
  const Corpus& corpus_;
};

}  // namespace

std::string RenderProfileHtml(const Profile& profile, const Corpus& corpus) {
  const ProfileLayout layout = LayOut(profile, corpus);
  Page page(layout, corpus);
  std::string out = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" +
                    Escape(layout.title) + " — dossier</title><style>" + std::string(kStyle) +
                    "</style></head>\n<body>\n<h1>" + Escape(layout.title) +
                    "</h1>\n<p class=\"sub\">" + Escape(layout.subtitle) + "</p>\n";
  for (const LayoutSection& section : layout.sections) {
    out += "<h2>" + Escape(section.title) + "</h2>\n";
    page.Lines(section.lines, false, &out);
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace dossier
