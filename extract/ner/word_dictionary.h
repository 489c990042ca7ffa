// The Hunspell dictionaries of Debian's hunspell-en-us, hunspell-ru and
// hunspell-kk (/usr/share/hunspell), each loaded on first use: the stems of
// a word as the dictionary knows them. A proper noun's stem keeps its capital
// ("Brown" gives "brown" and "Brown"; "Well" only "well"). Without the
// dictionary installed nothing is known.
//
// Thread-safe (each dictionary is read under its own lock; each thread keeps
// the stems of the words it asked for lately).
#ifndef DOSSIER_EXTRACT_NER_WORD_DICTIONARY_H_
#define DOSSIER_EXTRACT_NER_WORD_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

enum class DictionaryLanguage { kEnglish, kRussian, kKazakh };

// The stems of `word` (UTF-8, as written); empty when the word is unknown or
// the dictionary is not installed.
std::vector<std::string> DictionaryStems(std::string_view word, DictionaryLanguage language);

// Whether the English dictionary knows `word` only as a common word: stems
// found, none of them capitalized ("Well", "Details", "Says"; not "Brown",
// "Clinton", nor an unknown name).
bool OnlyACommonEnglishWord(std::string_view word);

// Whether the English dictionary knows `word` as a proper noun: a stem found
// with its capital ("Bill", "Brown", "Clinton"; not "Deutsche", "Well").
bool AProperNounInEnglish(std::string_view word);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_WORD_DICTIONARY_H_
