// Naming conventions beyond our own: the person-name words of
// SplitNameWords() adjusted for Arabic, East Asian and Western habits, so
// that the parser and the comparison see one word where the conventions
// write one name several ways.
//
//   - particles in any case ("BIN SALEH, AHMED", "Khaled Al Nouri",
//     "VAN DER BERG, Jan") except a capitalized first word, which may be a
//     given name (Al Gore, Van Morrison);
//   - the Arabic article of a hyphenated word leaves the key (al-Nouri,
//     El-Sayed -> nuri, saied);
//   - compounds of abd (servant of): "Abdul Rahim", "Abd al-Rahim",
//     "Abdurrahim", "Abdelrahim" are one word with key abd + rahim;
//   - the spellings of Muhammad (Mohammed, Mohamed, Mohammad, Muhamad)
//     share one key;
//   - East Asian family names and their romanizations (Kim / Gim, Choe /
//     Choi, Park / Pak / Bak, Lee / Yi / Ri) share one key, and beside
//     one, a given name split into syllables ("Kim Jong Un") is one word.
//
// Thread-safe (pure functions; tables built on first use).
#ifndef DOSSIER_RESOLVE_INTERNAL_NAME_CONVENTIONS_H_
#define DOSSIER_RESOLVE_INTERNAL_NAME_CONVENTIONS_H_

#include <string>
#include <string_view>

#include "resolve/internal/name_words.h"

namespace dossier::internal {

// SplitNameWords() of a person's name with the conventions above applied:
// words may be re-marked as particles or merged, and a full word's skeleton
// is its key (PersonWordKey). `comma_after` still indexes the returned words.
NameWords SplitPersonWords(std::string_view text);

// The key of one person-name word: NameSkeleton(written) with the Arabic
// article, the abd compounds, Muhammad and East Asian family names folded.
std::string PersonWordKey(std::string_view written);

// Whether `key` (a PersonWordKey) is a common East Asian family name.
bool IsEastAsianFamilyName(std::string_view key);

// Whether `latin` (lower-case letters) is a run of Chinese or Korean
// syllables as romanizations write them (pinyin, Wade-Giles, Revised and
// McCune-Reischauer: an onset, a vowel group, a coda of n, ng, r, k, l, m,
// p or t): "jinping", "jongun", "hsinfeng" are; "pimg", "weijni" are not.
// One letter off a given name that still reads as syllables may be another
// name (Fangping / Fengping); one that does not is a slip.
bool IsRomanizedSyllables(std::string_view latin);

// Whether `key` (a PersonWordKey) looks like a Spanish or Portuguese family
// name: one of the common ones, or a patronymic ending in -ez / -az / -iz /
// -oz (Rodríguez, Díaz, Ruiz, Muñoz). A cue that a name of three words or
// more may carry two surnames, the first the family's.
bool IsHispanicSurname(std::string_view key);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_NAME_CONVENTIONS_H_
