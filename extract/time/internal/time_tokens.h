// Tokens for the time and money grammars: words (lower-cased ASCII and
// Cyrillic, ё read as е, stress marks dropped, Latin look-alikes inside a
// Cyrillic word read as Cyrillic; other UTF-8 letters kept as they are), digit runs (with
// "50,000"-style thousands groups folded in) and single punctuation or symbol characters ("$", "€",
// "–"). Every token keeps its byte span in the scanned text, whether a space came before it, and
// whether it started with a capital letter.
//
// Language-neutral: grammars for every language read the same tokens.
// Thread-safe (pure function).
#ifndef DOSSIER_EXTRACT_TIME_INTERNAL_TIME_TOKENS_H_
#define DOSSIER_EXTRACT_TIME_INTERNAL_TIME_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {

enum class TimeTokenKind { kWord, kNumber, kPunct };

struct TimeToken {
  uint32_t start = 0;  // byte offsets in the scanned text plus the base given
  uint32_t end = 0;
  TimeTokenKind kind = TimeTokenKind::kWord;
  std::string_view lower;     // words lower-cased; numbers as digits only; punct as-is
  bool space_before = false;  // whitespace (or the text start) right before it
  bool capitalized = false;   // a word whose first letter is an ASCII capital
  bool grouped = false;       // a number written with thousands separators
  int digits = 0;             // number of digits of a number token
  int64_t value = -1;         // value of a number token; -1 when over 18 digits
};

// Splits `text` into tokens whose offsets are `base` + the offset in `text`.
// Whitespace separates tokens and is not returned. Each token's `lower`
// views `*lowered`, which the call overwrites and which must outlive the
// tokens (one buffer for all tokens instead of a string each).
std::vector<TimeToken> TokenizeForTime(std::string_view text, uint32_t base, std::string* lowered);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_TIME_INTERNAL_TIME_TOKENS_H_
