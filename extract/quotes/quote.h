// A quotation found in a document: words someone said or wrote, between
// quotation marks, with who said them when the text tells.
//
// Filled by ExtractQuotes() (quotes.h); read by the facts extractor (a fact
// stated inside a quotation is the speaker's claim) and by the dossier.
#ifndef DOSSIER_EXTRACT_QUOTES_QUOTE_H_
#define DOSSIER_EXTRACT_QUOTES_QUOTE_H_

#include <string>
#include <vector>

#include "text/document.h"

namespace dossier {

struct Quote {
  // From the first quoted character to the last, inside the marks. A
  // quotation that runs over several paragraphs, or is interrupted by its
  // cue ("..., – says X, – ..."), is one Quote whose span covers all parts.
  Span span;
  std::vector<Span> parts;  // the quoted pieces in order, inside the marks
  std::string text;         // the parts' text, joined by "\n" across paragraphs, " " otherwise
  int passage = -1;         // index of the passage holding the first part

  std::string speaker;  // entity id ("e3"); empty when unknown (never guessed)
  Span speaker_span;    // the mention or reference naming the speaker; {0,0} when none
  std::string cue;  // the cue as written: "said", "told the court", "according to"; may be empty
  Span cue_span;    // {0,0} when no cue
  std::string addressee;         // "the court", "Newsweek"; empty when not named
  std::string addressee_entity;  // entity id when the addressee is an entity, else empty
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_QUOTE_H_
