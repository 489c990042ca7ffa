// The layout the text, Markdown and HTML renderers share: a profile as titled
// sections of lines, each line with its citations numbered in order of first
// appearance. Renderers only format it.
#ifndef DOSSIER_DOSSIER_INTERNAL_PROFILE_LAYOUT_H_
#define DOSSIER_DOSSIER_INTERNAL_PROFILE_LAYOUT_H_

#include <string>
#include <vector>

#include "dossier/citation.h"
#include "dossier/profile.h"

namespace dossier::internal {

struct CitedBy {
  int number = 0;    // 1-based index into Layout::citations
  std::string who;   // "Serik Medetbekov", "the text of KazTAG"; "" when not a statement
  std::string when;  // the source's date; may be empty
};

struct Line {
  std::string text;
  std::vector<CitedBy> cited;  // empty only for a line whose children carry the citations
  std::vector<Line> children;  // the sides of a dispute
};

struct Section {
  std::string title;
  std::vector<Line> lines;
};

struct Layout {
  std::string title;              // the entity's name
  std::string subtitle;           // "PERSON · P-… · 3 sources"
  std::vector<Section> sections;  // only those with lines
  std::vector<Citation> citations;
};

Layout LayOut(const Profile& profile, const Corpus& corpus);

// Lines of the timeline section alone, with their own citation numbering.
Layout LayOutTimeline(const Profile& profile, const Corpus& corpus);

// At most `limit` bytes of `text` (whole UTF-8 characters), "…" marking a cut.
std::string Shorten(std::string_view text, size_t limit);

}  // namespace dossier::internal

#endif  // DOSSIER_DOSSIER_INTERNAL_PROFILE_LAYOUT_H_
