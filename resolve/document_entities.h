// One entity per person or organization within a document, whatever the
// spellings: ExtractEntities() groups a full name with its surname-only and
// initials forms, but "Ismail Igilmanov", "Ismail Igelmanov" and
// "Igilmanov I.A." in one article stay three entities until their names are
// compared here.
//
// Two entities of the same type join when CompareNames() calls their names
// the same (verdict kSame) and, for persons, no sentence names both (a writer
// who puts "Ismail Igelmanov and Ismail Igilmanov" in one sentence means two
// people; "LLP Radio RIK (Radio RIK)" is one organization). Organizations
// block by ParseOrgName's core words (Telefabrika / TV Factory), and an
// acronym the text states joins its expansion ("KTK (JSC "Commercial
// Television Channel")"), and so does an acronym in brackets right after an
// organization's name, whatever its letters ("National Security Committee
// (KNB)"); a media outlet's name with or without the
// words of its kind and country ("Radio RIK" / "RIK LLP", "Khabar" / "Khabar
// TV", "Europa Plus" / "Europe Plus Kazakhstan") is one outlet here, though
// CompareNames() calls the pair only related;
// a name the tagger typed OTHER (two words or more, no nationality) joins the
// organization it names ("Europa Plus" beside "Europe Plus Kazakhstan"). Places
// join when they name one country in any language and case ("Kazakhstan" /
// "Republic of Kazakhstan", "Казахстане" / "Республики Казахстан";
// extract/countries/countries.h) or share a spelling, across scripts, or a
// dictionary form ("Алматыда" carrying "Алматы" / "Almaty"), and go by the name
// the text uses most;
// a group joins another only when no name of one is "different" from or
// "related" to a name of the other, so "A. Ivanov" cannot chain Alexei and
// Andrei Ivanov together, and Nazarbayeva never joins Nazarbayev. The joined entity keeps the
// fullest name, every other spelling as an alias, all mentions and references; quotes and facts are
// re-pointed, and ids are renumbered "e1", "e2", ... in order of first mention.
//
//   DocumentExtraction found = ExtractDocument(doc, options);
//   MergeSpellingVariants(doc, &found);
//
// Thread-safe: what it derives from a name alone (blocking keys, prepared
// forms) is kept per thread for the next documents, never shared; results
// never depend on what is kept.
#ifndef DOSSIER_RESOLVE_DOCUMENT_ENTITIES_H_
#define DOSSIER_RESOLVE_DOCUMENT_ENTITIES_H_

#include "extract/document_extraction.h"

namespace dossier {

// `doc` is the document `extraction` was made from (its sentences).
void MergeSpellingVariants(const NormalizedDocument& doc, DocumentExtraction* extraction);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_DOCUMENT_ENTITIES_H_
