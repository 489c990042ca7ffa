// Name morphology of Central Asia and the former Soviet Union, and a small
// hand-made gazetteer (our own work: lists written for Dossier, see
// docs/ner.md). Used as tagger features, so membership is a hint the model
// weighs, never a decision.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_NER_LEXICON_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_NER_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {

enum LexiconFlag : uint32_t {
  kRegionSurname = 1u << 0,    // capitalized, ends in -ov/-ova/-ev/-eva/-in/-ina/-uly/-kyzy/...
  kPatronymic = 1u << 1,       // ends in -ovich/-evich/-ovna/-evna/...
  kInitials = 1u << 2,         // "I.", "I.P.", "I.A.", "И.А."
  kGivenName = 1u << 3,        // in our list of given names of the region
  kPlaceName = 1u << 4,        // in our list of places of the region
  kOrgDesignator = 1u << 5,    // "LLP", "JSC", "Bank", "Ministry", ...
  kPersonCue = 1u << 6,        // titles and roles that precede a name: "Mr", "akim", ...
  kRegionOrgPrefix = 1u << 7,  // "Kaz", "Samruk", ... opening many company names of the region
  kOrgHead = 1u << 8           // Cyrillic only: the head noun of an organization's name in any case
                      // ("министерства", "кеңесіне"; internal/organization_nouns.h)
};
inline constexpr int kNumLexiconFlags = 9;

// Returns the LexiconFlag bits of `word` (as written; matching of lists
// ignores ASCII case except where a flag needs a capital).
uint32_t LexiconFlags(std::string_view word);

// Returns the byte length of the capital letter `word` starts with (1 for
// A-Z, 2 for a Latin-1, Latin Extended-A, Greek or Cyrillic capital,
// Kazakh's Ә Ғ Қ Ң Ө Ұ Ү Һ І included), or 0 when it starts with anything
// else (a lower-case letter, a digit, punctuation, nothing).
int CapitalLetterLength(std::string_view word);
inline bool StartsWithCapital(std::string_view word) { return CapitalLetterLength(word) > 0; }

// Whether `word` opens with a Cyrillic letter (Kazakh letters included).
bool StartsWithCyrillic(std::string_view word);

// Whether `word` has at least two letters and all its characters are
// capital letters ("ЖШС", "МИНИСТЕРСТВА", "JSC").
bool WrittenInCapitals(std::string_view word);

// Returns whether `word` is one or more initials: "I.", "I.P.", "И.А."
// (Latin or Cyrillic capitals, each followed by a period).
bool IsInitials(std::string_view word);

// Returns the LexiconFlag bits of a Cyrillic `word` (Russian and Kazakh name
// morphology in every case and gender: Назарбаев, Назарбаева, Назарбаеву,
// Назарбаевым; Нурсултанович, Абишевна; Кенесұлы; ТОО, министерство, банк;
// господин, аким; head nouns of organizations: министерства, кеңесіне), `key` being
// FoldLetterCase(word). 0 for other words.
uint32_t CyrillicLexiconFlags(std::string_view word, std::string_view key);

// Appends `word` to *out with every capital letter of ASCII, Latin-1, Latin
// Extended-A, Greek and Cyrillic (Kazakh letters included) made small; other
// bytes are copied. Each letter keeps its byte length.
void FoldLetterCase(std::string_view word, std::string* out);

// FoldLetterCase of one word, as a new string.
std::string FoldedWord(std::string_view word);

// Words [begin, end) of `words`, each FoldLetterCase'd, joined by single
// spaces: the case-blind key of a span ("KHABAR TV" and "Khabar TV" meet).
std::string FoldedWords(const std::vector<std::string_view>& words, int begin, int end);

// "surname", "patronymic", ...: the name of flag bit `bit`, for feature names.
std::string_view LexiconFlagName(int bit);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_NER_LEXICON_H_
