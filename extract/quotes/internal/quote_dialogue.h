// Dash dialogue: paragraphs opening with a dash are speech (Russian and
// Kazakh typography for dialogue and interviews). The author's words are
// set off from the speech by a comma, "!", "?" or "…" and a dash, and
// start in lower case:
//
//   — Да, с 1996 по 2004 год, — сказал он.          speech, narration
//   — Нет, — ответила она, — это неправда.          speech, narration, speech
//   — Почему вы уехали из страны?                   speech only
//
// A paragraph is one line. Lines opening with a dash that read as list
// items are not speech: a digit right after the dash ("— 1992–1999 гг. –
// президент"), or no sentence punctuation and no narration.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_DIALOGUE_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_DIALOGUE_H_

#include <string_view>
#include <vector>

#include "extract/quotes/quote_scanner.h"

namespace dossier::internal {

// The dash-dialogue paragraphs of `text`, in order, as speech quotations
// (ScannedQuote::dash set, narration filled when the line has some).
std::vector<ScannedQuote> ScanDashDialogue(std::string_view text);

// True when no line break lies between offsets `a` <= `b` of `text`.
bool SameLine(std::string_view text, uint32_t a, uint32_t b);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_QUOTE_DIALOGUE_H_
