// The layout every renderer of a profile shares (text, Markdown, the
// self-contained HTML page, and the pages of the workbench and the site): a
// profile as titled sections of lines in the words a reader expects, each
// line with its citations numbered in order of first appearance and the
// other entities it names. Renderers only format it.
//
//   ProfileLayout layout = LayOut(BuildProfile(corpus, id), corpus);
//   for (const LayoutSection& section : layout.sections) ...
//
// Thread-compatible; the functions are pure.
#ifndef DOSSIER_DOSSIER_LAYOUT_H_
#define DOSSIER_DOSSIER_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/citation.h"
#include "dossier/profile.h"

namespace dossier {

struct CitedBy {
  int number = 0;      // 1-based index into ProfileLayout::citations
  std::string who;     // the speaker ("Serik Medetbekov"); "" for the source's own words
  std::string when;    // the source's date; may be empty
  std::string source;  // SourceLabel of the cited source
};

// How a line names one of its citations: "[5] Serik Medetbekov,
// Statement, qazpolit.org, 2022-03-01" (speaker, then SourceLabel; the date
// the text gives the passage when the source has none).
std::string CitationWords(const CitedBy& by);

struct LayoutLine {
  std::string text;
  std::vector<CitedBy> cited;        // empty only for a line whose children carry the citations
  std::vector<LayoutLine> children;  // the sides of a dispute
  // Other entities the text names, to link where their name appears in it.
  std::vector<EntityRef> mentions;
};

struct LayoutSection {
  std::string title;
  std::vector<LayoutLine> lines;
};

struct ProfileLayout {
  std::string title;                    // the entity's name
  std::string subtitle;                 // "PERSON · P-… · 3 sources"
  std::vector<LayoutSection> sections;  // only those with lines
  std::vector<Citation> citations;
};

// `index`, when given, is a CorpusIndex of `corpus` (saves building one).
ProfileLayout LayOut(const Profile& profile, const Corpus& corpus,
                     const CorpusIndex* index = nullptr);

// Lines of the timeline section alone, with their own citation numbering.
ProfileLayout LayOutTimeline(const Profile& profile, const Corpus& corpus);

// How a citation names its source: "title, outlet, date" ("Medetbekov's
// statement, qazpolit.org, 2022-03-01"); the outlet is the host of the
// source's URL, the title falls back to the file name. Parts unknown are
// left out.
std::string SourceLabel(const Corpus& corpus, int source);

// At most `limit` bytes of `text` (whole UTF-8 characters), "…" marking a cut.
std::string Shorten(std::string_view text, size_t limit);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_LAYOUT_H_
