// The English and Russian abbreviations the sentence splitter knows, with
// what a following period means after each.
//
// Thread-safe (an immutable table built on first use).
//
//   switch (text_internal::LookupAbbreviation("mr")) { ... }
#ifndef DOSSIER_TEXT_INTERNAL_ABBREVIATIONS_H_
#define DOSSIER_TEXT_INTERNAL_ABBREVIATIONS_H_

#include <string_view>

namespace dossier::text_internal {

enum class Abbreviation {
  kNone,          // not an abbreviation: the period may end a sentence
  kAlways,        // never ends a sentence: titles, months, "т.е.", "ул." ("Mr. Smith")
  kBeforeNumber,  // does not end a sentence before a digit ("No. 120", "Art. 5")
  kTerminal,      // often closes a sentence ("etc.", "Inc.", "и т.д."): ends one
                  // before a word that does not start in lower case
};

// Looks up `lowered`: the lower-cased letters before the period, with inner
// periods kept and no final period ("mr", "e.g", "т.д"). UTF-8.
Abbreviation LookupAbbreviation(std::string_view lowered);

}  // namespace dossier::text_internal

#endif  // DOSSIER_TEXT_INTERNAL_ABBREVIATIONS_H_
