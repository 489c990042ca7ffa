// Kazakh words of the time and money grammars: months, seasons, the year,
// units of time, number words and ordinals, with the case a word's ending
// gives it. Kazakh adds its endings to the stem (possessive, then case, in
// both vowel harmonies): "наурыз", "наурызда", "мамырында", "жылдың",
// "жылдан". The tables hold each stem with every ending of that chain
// (WordTable::AddForms), so a lookup is one probe.
//
// Thread-safe (immutable tables built on first use).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_KK_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_KK_H_

#include <string_view>

#include "extract/time/internal/time_value.h"

namespace dossier::internal {

// The case a Kazakh ending marks.
enum class KazakhCase {
  kBare,      // "наурыз", "жыл"; also the possessive "жылы" ("1968 жылы": in 1968)
  kLocative,  // "наурызда", "мамырында": in
  kGenitive,  // "жылдың": of
  kDative,    // "жылға": to ("жылға дейін": until)
  kAblative,  // "жылдан": from
  kAdjectival,  // "жылғы": of the year (before a day)
  kPlural,      // "жылдары", "жылдарда": in the years (decades, ranges)
};

// A Kazakh word and what its ending says.
struct KazakhWord {
  int value = 0;  // month 1-12, season 1-4, ...; 0: not such a word
  KazakhCase grammatical_case = KazakhCase::kBare;
};

KazakhWord KazakhMonth(std::string_view word);        // "наурызда": {3, kLocative}
KazakhWord KazakhSeason(std::string_view word);       // "көктемінде": {1, kLocative}
KazakhWord KazakhYearWord(std::string_view word);     // "жылы", "жылдың": value 1
KazakhWord KazakhCenturyWord(std::string_view word);  // "ғасырда": value 1

// Units of time after a count ("3 жыл", "5 айдан", "2 апта"); false otherwise.
bool KazakhTimeUnit(std::string_view word, TimeUnit* unit);

// The value of a cardinal ("үш" 3, "жиырма" 20, "жүз" 100); -1 otherwise.
int KazakhCardinal(std::string_view word);

// 1-4 for "бірінші" ... "төртінші"; 0 otherwise.
int KazakhSmallOrdinal(std::string_view word);

// A part noun after its period's genitive ("басында" early, "ортасында"
// mid, "соңында"/"аяғында" late, "жартысында" half); false otherwise.
bool KazakhPartNoun(std::string_view word, TimePart* part, bool* half);

// Whether an expression of the Kazakh grammar can begin with this word.
bool IsKazakhTimeStartWord(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_LEXICON_KK_H_
