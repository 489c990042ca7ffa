// Citation: where in the corpus a line of a dossier comes from. Every fact,
// quotation, relation, timeline event and dispute side the dossier prints
// carries at least one, so a reader can open the source at the passage and
// the exact bytes.
//
//   Citation c = CiteSpan(corpus, /*source=*/0, fact.passage, fact.evidence);
//   std::string_view words = CitedText(corpus, c);     // the evidence itself
//   std::string_view around = CitedPassage(corpus, c); // its whole passage
//
// Thread-compatible value type; the functions are pure.
#ifndef DOSSIER_DOSSIER_CITATION_H_
#define DOSSIER_DOSSIER_CITATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "text/document.h"

namespace dossier {

struct Citation {
  int source = 0;         // index into Corpus::sources
  std::string sha256;     // of the source's raw bytes
  std::string path;       // as ingested
  std::string published;  // the source's date; may be empty
  int passage = -1;       // index into that document's passages
  Span span;              // the cited bytes of NormalizedDocument::text
  bool operator==(const Citation&) const = default;
};

// Returns the citation of `span` in source `source`. When `passage` is -1 the
// passage holding span.start is looked up. REQUIRES: source is a valid index.
Citation CiteSpan(const Corpus& corpus, int source, int passage, Span span);

// The cited bytes, or "" when the span lies outside the source's text.
std::string_view CitedText(const Corpus& corpus, const Citation& citation);

// The whole passage the citation points into, or "" when it has none.
std::string_view CitedPassage(const Corpus& corpus, const Citation& citation);

// Whether the passage is marked as repeating an earlier one (here or in
// another source): nothing from it is shown. False for an invalid index.
bool IsDuplicatePassage(const CorpusSource& source, int passage);

// The calendar day of a publication date, as a reader wants it:
// "2019-10-15T09:30:00+06:00" gives "2019-10-15"; a date that does not start
// with a day (a year, "", free text) is returned as it is.
std::string PublishedDay(std::string_view published);

// Appends `more` to `citations`, skipping citations already present, and
// keeps the list ordered by (source, span.start).
void MergeCitations(std::vector<Citation>* citations, const std::vector<Citation>& more);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_CITATION_H_
