// Facts: what a document states about its entities, as sourced triples of
// the extract contract (../shared/contract/extract-json.md): birth and
// death, education, positions, founding and ownership, membership and
// employment, residence and moves, family and associates.
//
// Facts come from English prose patterns ("was born on ... in ...",
// "General Director of X", "owned by X and Y", "Since 1999 I have lived in
// Montreal", "X's ex-husband") and from the list-like layouts of profile
// pages ("Labor activity:" lines "1992-1999 – President of ...", "Family:
// Wife - ..."). Subjects are always entity ids: pronouns resolve through
// Entity::references when filled, else to the nearest person before them;
// "I" inside a quotation is its speaker; a subjectless profile line is
// about the page's subject (a person named by its first heading). Objects
// are entity ids where an entity names them, else the literal as written.
// Dates come from `times`: born_on's object is the ISO date at its
// precision ("1961-11-23", "1961-11", "1961"); periods fill from/to.
//
// Attribution: a fact inside a quotation, after "X said that", or in a
// sentence "according to X" has according_to = X; a denial ("had nothing to
// do with", "X denies ...", "was not true") sets denied. Passages marked
// duplicate_of add nothing. See docs/facts.md for every pattern.
//
//   std::vector<Fact> facts = ExtractFacts(doc, entities, times, quotes);
//
// Thread-safe (pure function).
#ifndef DOSSIER_EXTRACT_FACTS_FACTS_H_
#define DOSSIER_EXTRACT_FACTS_FACTS_H_

#include <vector>

#include "extract/facts/fact.h"
#include "extract/ner/entities.h"
#include "extract/quotes/quote.h"
#include "extract/time/time_money.h"
#include "text/document.h"

namespace dossier {

// Returns the facts of `doc` in document order of their evidence, without
// repeats (the same triple with the same period and attribution once).
// `entities`, `times` and `quotes` are those found in `doc` (offsets into
// doc.text); quotes may be empty.
std::vector<Fact> ExtractFacts(const NormalizedDocument& doc, const std::vector<Entity>& entities,
                               const std::vector<TimeMention>& times,
                               const std::vector<Quote>& quotes);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_FACTS_FACTS_H_
