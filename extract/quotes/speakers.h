// Cues of quotations: the words around a quotation that say who spoke it
// ("…," Medetbekov said; X told the court: "…"; according to him, "…";
// "…, – says Gennady Vashchenkov, – …"; a paragraph ending in a colon before
// the quotation). Finds the phrase naming the speaker; which entity that
// phrase means is the business of references.h.
//
//   internal::QuoteContext context(doc, speech_spans);
//   QuoteCue cue = FindQuoteCue(context, scanned);
//   if (cue.speaker.size() > 0) ... context.Text(cue.speaker) ...
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_SPEAKERS_H_
#define DOSSIER_EXTRACT_QUOTES_SPEAKERS_H_

#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/quote_scanner.h"
#include "text/document.h"

namespace dossier {

enum class CuePosition {
  kNone,
  kInside,  // "…, – says X, – …": the cue interrupts the quotation
  kAfter,   // "…," X said.  /  "…," said X.
  kBefore,  // X said: "…"  /  According to X, "…"
  kColon,   // a sentence ending in ":" before the quotation, without a cue verb
  // No cue verb: the quotation is embedded in a sentence whose subject is a
  // name or a pronoun (Sen. Marco Rubio called the statement "offensive").
  kSubject,
};

struct QuoteCue {
  CuePosition position = CuePosition::kNone;
  Span cue;        // "said", "told the court", "according to"; empty when none
  Span speaker;    // "Medetbekov", "the businessman", "he", "the release"; empty when none
  Span addressee;  // "the court", "reporters", "Newsweek"; empty when none
  Span cut;        // kInside: the cue clause to cut out of the quotation, dashes included
};

// Finds the cue of `quote` (a speech quotation of context.doc().text):
// inside the quotation first, then right after it in its paragraph, then
// before it in its sentence (or in the sentence before when that ends in a
// colon, in the same or the previous paragraph), and last the subject of the
// sentence the quotation sits in (kSubject). Returns position kNone when
// the text around says nothing.
QuoteCue FindQuoteCue(const internal::QuoteContext& context, const ScannedQuote& quote);

// Returns the subject opening sentence `sentence` (an index into
// doc().sentences) when it is "he", "she" or a run of capitalized words
// followed by a lower-case word ("Cruz openly admitted …", "On Twitter, Gov.
// Jeb Bush called …"); an empty span otherwise, or when it lies in a
// quotation.
Span SentenceSubjectAt(const internal::QuoteContext& context, int sentence);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_SPEAKERS_H_
