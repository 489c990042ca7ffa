// Quotations of a document with their speakers, and the references
// (pronouns, descriptions) to its entities.
//
// Quotations come from the mark scanner (quote_scanner.h): only speech, not
// quoted names or scare quotes; a quotation whose opening mark lies in a
// passage marked duplicate_of adds nothing. Each is attributed through its
// cue (speakers.h): the phrase naming the speaker is resolved to an entity
// (references.h); a quotation with no cue that opens the paragraph right
// after a quotation of the same speaker continues that speaker. A quotation
// interrupted by its cue ("…, – says X, – …") or continued after it ("…," he
// said. "…") is one Quote with several parts. When unsure the speaker is
// left empty.
//
//   std::vector<Entity> entities = ExtractEntities(doc, model);
//   std::vector<Quote> quotes = ExtractQuotes(doc, &entities);
//
// Thread-safe (pure function over its arguments).
#ifndef DOSSIER_EXTRACT_QUOTES_QUOTES_H_
#define DOSSIER_EXTRACT_QUOTES_QUOTES_H_

#include <vector>

#include "extract/ner/entities.h"
#include "extract/quotes/quote.h"
#include "text/document.h"

namespace dossier {

// Returns the quotations of `doc` in document order. `entities` (those of
// ExtractEntities; may be null or empty: then every speaker is empty) gets
// each resolved pronoun and description added to its entity's `references`,
// in document order, each span once. A speaker the tagger missed is appended
// as a new entity (id "eN" after the last): a PERSON named in a cue, an
// ORGANIZATION described by a definite description ("the ministry"), an
// OTHER for a crowd ("the protesters").
std::vector<Quote> ExtractQuotes(const NormalizedDocument& doc, std::vector<Entity>* entities);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_QUOTES_H_
