// Organizations named beside the noun of their kind, which the tagger leaves
// untagged (or takes for a place) in Kazakh and Russian news: in quotation
// marks, «Дала Медиа» компаниясы, «Сарыарқа» радиосының (the noun follows,
// in any case: Kazakh), компания «Дала Медиа», радиостанции «Сарыарка» (the
// noun precedes: Russian). Unquoted capitalized words before a Kazakh noun
// ("Kazakh TV арнасымен") were tried and left out: KazNERD dev F1 fell
// (88.10 → 87.99), the noun being part of the name as often as not. The
// nouns are those of internal/organization_nouns.h.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_KIND_NOUN_NAMES_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_KIND_NOUN_NAMES_H_

#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier::internal {

// For each sentence k, the words between a pair of quotation marks, opening
// with a capital and at most four, that a Kazakh organization noun follows or
// a Russian one precedes, become an organization span, in place of the spans
// inside the quotation marks ("Групп" of «Кызыл Медиа Групп»); where a span
// reaches outside them, the spans are kept. So do the words of a Latin name
// in a Cyrillic sentence (at least three Cyrillic words), unquoted, capitals
// or digits opening each word ("Kazakh TV арнасымен", "компания
// Hewlett-Packard", "фонд Elevation Partners"): Russian and Kazakh write
// people's names in Cyrillic, so a Latin name beside such a noun is the
// organization's (KazNERD #dev ORG F1 71.11 -> 72.99, factRuEval devset
// five-fold 65.88 -> 66.85).
// REQUIRES: tagged->size() == sentences.size().
void TagKindNounOrganizations(const std::vector<std::vector<std::string_view>>& sentences,
                              std::vector<std::vector<TypedSpan>>* tagged);

// Makes `name` an organization span of `spans` (sorted by begin), in place
// of the spans inside it ("Групп" of «Кызыл Медиа Групп», a span of the same
// words of another type); where a span reaches outside it, nothing changes.
void PlaceOrganizationSpan(TypedSpan name, std::vector<TypedSpan>* spans);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_KIND_NOUN_NAMES_H_
