// Entities the quotation extractor adds for speakers the tagger missed,
// and the phrases that lead to them: a person named only in a cue, an
// institution or a crowd described ("the ministry", "the protesters"), an
// unnamed source or a document ("a source close to the campaign", "the
// memo"), the narrator of a first-person text ("I said"), the document or
// organization "it" stands for, and the name before "who".
//
// Each new entity is appended to `entities` with the next id ("eN" after
// the highest) and taken in by the resolver (ReferenceResolver::AddEntity).
// `first_new` is the size of `entities` before the quotes added any: the
// entities from there on are the quotes' own.
//
//   Span head;
//   int e = SpeakerByName(doc, context, cue.speaker, &entities, &resolver, &head);
//
// Thread-compatible: the functions change `entities` and the resolver.
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_NEW_ENTITIES_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_NEW_ENTITIES_H_

#include <cstddef>
#include <vector>

#include "extract/ner/entities.h"
#include "extract/quotes/internal/quote_context.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/references.h"
#include "text/document.h"

namespace dossier::internal {

// The person a name phrase of a cue means when the resolver found nobody:
// an entity tagged inside the name as something other than a place ("Gov.
// Kasich" tagged OTHER), a person whose name the name fits, or else a new
// person appended to `entities`. -1 when the phrase is not a name. A
// known person whose gender contradicts `gender` (the cue verb's:
// "сказала") is not taken: "Назарбаева" after "сказала" is a new woman,
// not Nursultan Nazarbayev in the genitive.
int SpeakerByName(const NormalizedDocument& doc, const internal::QuoteContext& context, Span phrase,
                  std::vector<Entity>* entities, ReferenceResolver* resolver, Span* head,
                  internal::Gender gender = internal::Gender::kUnknown);

// The organization (or gathering) a definite description of a cue means
// when no entity matched it ("the ministry", "China's foreign ministry",
// "the crowd"): a new ORGANIZATION (OTHER for a crowd) entity appended to
// `entities`, whose mention is the description. -1 when `description` is
// not definite, has no institution or crowd noun, or is long.
int SpeakerByDescription(const NormalizedDocument& doc, const internal::QuoteContext& context,
                         Span description, std::vector<Entity>* entities,
                         ReferenceResolver* resolver);

// An unnamed source or a document speaking, when nothing in the text names
// who it is: "a source close to the campaign", "one user", "another
// supporter" (someone new: a new OTHER entity), "the source", "the ad's
// narrator", "the memo" (the unnamed source or document the text spoke of
// before with the same noun, else a new one). The entity's mention is the
// description cut after its head noun, which *said gets (a later "the
// source" is a reference to the earlier one). -1 for anything else: a
// definite description of a person ("the businessman") is never an unnamed
// source.
int UnnamedSource(const NormalizedDocument& doc, const internal::QuoteContext& context, Span phrase,
                  size_t first_new, std::vector<Entity>* entities, ReferenceResolver* resolver,
                  Span* said);

// True when entity `e` is an unnamed person the quotes made ("a source",
// "the spokesman"), whom "it" never continues.
bool IsUnnamedPerson(const internal::QuoteContext& context, const std::vector<Entity>& entities,
                     size_t first_new, int e);

// The narrator of a first-person text, the speaker of `"…," I said`: one
// OTHER entity "narrator" per document, made at its first cue; `narrator`
// keeps its index between calls (-1 before the first).
int Narrator(const NormalizedDocument& doc, Span pronoun, std::vector<Entity>* entities,
             ReferenceResolver* resolver, int* narrator);

// The thing "it" speaks for in a cue (`At the bottom it reads, "…"`, `It
// stated that …`): the last document described ("the email") or
// organization named in the sentence before "it" or in its own sentence up
// to it. A document becomes an unnamed source (UnnamedSource). -1 when
// neither is named, or a person is named after them.
int ItAntecedent(const NormalizedDocument& doc, const internal::QuoteContext& context, Span it,
                 size_t first_new, std::vector<Entity>* entities, ReferenceResolver* resolver);

// The capitalized words right before the comma that opens a relative
// clause (`from Mike Lee, who declared`): the antecedent of `relative`
// when the tagger did not tag it; empty when there are none.
Span NameBeforeRelative(const internal::QuoteContext& context, Span relative);

// The word "it" closing `phrase`, the subject right before the cue verb
// ("it added", "At the bottom it reads"); empty when the phrase ends
// otherwise.
Span ItAtEnd(const internal::QuoteContext& context, Span phrase);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_NEW_ENTITIES_H_
