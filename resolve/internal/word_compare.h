// Word-level questions the person comparison asks of two prepared words
// (word_compare.cc), beside those the screening index also needs
// (name_compare.h). Answers about words with vocabulary ids are memoized per
// thread (UseVocabulary()).
//
// Thread-safe: every memo is thread-local.
#ifndef DOSSIER_RESOLVE_INTERNAL_WORD_COMPARE_H_
#define DOSSIER_RESOLVE_INTERNAL_WORD_COMPARE_H_

#include <string_view>

#include "resolve/name_match.h"

namespace dossier::internal {

// WordSimilarity() of the two words' written forms (Word::latin).
double LatinSimilarity(const PreparedName::Word& a, const PreparedName::Word& b);

// The similarity of two given names: WordSimilarity(), but 0 for two names
// of our given-name list that are not one name (Word::given_name_id: Marta /
// Maria, Yegor / Igor, Zhanna / Anna, Aleksandr / Alexandra), whatever
// their spelling shares.
double GivenNameSimilarity(const PreparedName::Word& a, const PreparedName::Word& b);

// Whether the words' skeletons (or, with `latin`, written forms) are at most
// one full edit apart (WeightedEditDistance <= 1).
bool WithinOneEdit(const PreparedName::Word& a, const PreparedName::Word& b, bool latin);

// Whether the surnames `a` and `b` are more than one slip apart, as
// skeletons and as written, when one of them is written in Russian
// Cyrillic, its own script, where an i, or a u for a or e, is a letter,
// not a romanization (OriginalScriptEditDistance(): "Мусин" /
// "Mazin", "Тихаова" / "Tokaova"). Notes the written forms consulted
// (NoteWrittenConsulted()) when the answer depends on the written forms.
bool ApartInOriginalScript(const PreparedName::Word& a, const PreparedName::Word& b);

// GenderedPair() of the two words' skeletons.
bool GenderedWords(const PreparedName::Word& a, const PreparedName::Word& b, double threshold);

// GivenNameSlip() of two words' skeletons (or, with `latin`, written forms)
// of similarity `similarity`, reading the words' given-name flags.
bool WordSlip(const PreparedName::Word& a, const PreparedName::Word& b, double similarity,
              bool latin);

// Records that the comparison on this thread read the written forms
// (WrittenConsulted()).
void NoteWrittenConsulted();

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_WORD_COMPARE_H_
