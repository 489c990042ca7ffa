// Plain-text profile: sections, one line a fact with its citations as [n]
// (who, when), and the cited passages listed at the end.
#include <string>

#include "dossier/layout.h"
#include "dossier/render.h"

namespace dossier {
namespace {

std::string CitedSuffix(const std::vector<CitedBy>& cited) {
  std::string out;
  for (const CitedBy& by : cited) out += (out.empty() ? "  " : "; ") + CitationWords(by);
  return out;
}

void AppendLines(const std::vector<LayoutLine>& lines, const std::string& indent,
                 std::string* out) {
  for (const LayoutLine& line : lines) {
    *out += indent + "- " + line.text + CitedSuffix(line.cited) + "\n";
    AppendLines(line.children, indent + "    ", out);
  }
}

void AppendCitations(const ProfileLayout& layout, const Corpus& corpus, std::string* out) {
  if (layout.citations.empty()) return;
  *out += "\nCitations\n";
  for (size_t i = 0; i < layout.citations.size(); ++i) {
    const Citation& c = layout.citations[i];
    *out += "  [" + std::to_string(i + 1) + "] " + c.path + " (sha256 " + c.sha256.substr(0, 12) +
            ") passage " + std::to_string(c.passage) + ", bytes " + std::to_string(c.span.start) +
            "–" + std::to_string(c.span.end) + ": \"" + Shorten(CitedText(corpus, c), 240) + "\"\n";
  }
}

std::string Render(const ProfileLayout& layout, const Corpus& corpus) {
  std::string out = layout.title + "\n" + layout.subtitle + "\n";
  for (const LayoutSection& section : layout.sections) {
    out += "\n" + section.title + "\n";
    AppendLines(section.lines, "  ", &out);
  }
  AppendCitations(layout, corpus, &out);
  return out;
}

}  // namespace

std::string RenderProfileText(const Profile& profile, const Corpus& corpus) {
  return Render(LayOut(profile, corpus), corpus);
}

std::string RenderTimelineText(const Profile& profile, const Corpus& corpus) {
  return Render(LayOutTimeline(profile, corpus), corpus);
}

}  // namespace dossier
