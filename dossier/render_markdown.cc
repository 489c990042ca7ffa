// Markdown profile: a heading per section, a bullet per line ending with
// citation links [n](#cite-n), and the cited passages as a numbered list of
// block quotes with anchors. Text is escaped so names and quotations cannot
// turn into markup.
#include <string>
#include <string_view>

#include "dossier/layout.h"
#include "dossier/render.h"

namespace dossier {
namespace {

// Backslash-escapes Markdown punctuation; "<" and "&" become entities so no
// HTML passes through; line breaks become spaces.
std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '!':
      case '(':
      case ')':
      case '{':
      case '}':
      case '~':
      case '>':
        out += '\\';
        out += c;
        break;
      case '<':
        out += "&lt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

void AppendLines(const std::vector<LayoutLine>& lines, const std::string& indent,
                 std::string* out) {
  for (const LayoutLine& line : lines) {
    *out += indent + "- " + Escape(line.text);
    for (const CitedBy& by : line.cited) {
      const std::string words = CitationWords(by);
      const std::string number = "[" + std::to_string(by.number) + "]";
      *out += " [\\" + number.substr(0, number.size() - 1) + "\\]](#cite-" +
              std::to_string(by.number) + ")" + Escape(words.substr(number.size()));
    }
    *out += "\n";
    AppendLines(line.children, indent + "  ", out);
  }
}

}  // namespace

std::string RenderProfileMarkdown(const Profile& profile, const Corpus& corpus) {
  const ProfileLayout layout = LayOut(profile, corpus);
  std::string out = "# " + Escape(layout.title) + "\n\n" + Escape(layout.subtitle) + "\n";
  for (const LayoutSection& section : layout.sections) {
    out += "\n## " + Escape(section.title) + "\n\n";
    AppendLines(section.lines, "", &out);
  }
  if (!layout.citations.empty()) out += "\n## Citations\n\n";
  for (size_t i = 0; i < layout.citations.size(); ++i) {
    const Citation& c = layout.citations[i];
    const std::string n = std::to_string(i + 1);
    out += n + ". <a id=\"cite-" + n + "\"></a>" + Escape(c.path) + " passage " +
           std::to_string(c.passage) + ", bytes " + std::to_string(c.span.start) + "–" +
           std::to_string(c.span.end) + " (sha256 " + c.sha256.substr(0, 12) + ")\n   > " +
           Escape(Shorten(CitedText(corpus, c), 400)) + "\n";
  }
  return out;
}

}  // namespace dossier
