// Sentences written in capitals only (headlines, banners: "НАЗАРБАЕВ ПОКИНУЛ
// АСТАНУ", "KAZAKH BANKER FLEES"). The tagger reads case, and in such a
// sentence every word looks like a name; a span tagged there is kept only when
// the same words, case aside, are named in the document's other sentences (it
// then takes the type they have there), or when it is an organization with a
// designator word ("KARAGANDA CITY COURT", "ТОО «ДАЛА МЕДИА»").
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_CAPS_SENTENCES_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_CAPS_SENTENCES_H_

#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier::internal {

// True when `words` hold at least two words with letters, at least six
// letters in all, and no small letter.
bool IsCapsSentence(const std::vector<std::string_view>& words);

// Drops from tagged[k] of every Cyrillic caps sentence k the spans whose words, case
// folded, are neither a span of another (not caps) sentence nor one word of a
// person's name there, nor organizations with a designator word; retypes the
// spans named elsewhere to the type they have there. Latin caps sentences are
// left to the tagger: the English model learned capitals from the headlines,
// datelines and tables of its training news ("NEW YORK 1996-08-30"), which
// the Russian and Kazakh training sets lack.
// REQUIRES: tagged->size() == sentences.size().
void KeepCorroboratedCapsSpans(const std::vector<std::vector<std::string_view>>& sentences,
                               std::vector<std::vector<TypedSpan>>* tagged);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_CAPS_SENTENCES_H_
