// Text normalization that keeps offsets: NFC (ICU), line ends to "\n",
// Unicode spaces (NBSP, thin space, ideographic space...) to " ", and removal
// of BOMs, zero-width characters, soft hyphens and C0/C1 controls other than
// "\n" and "\t" ("\t" becomes " "). Every output byte keeps the origin of the
// input it came from.
//
// Details: "\r\n" and "\r" become "\n" (mapped to the "\r"); "\v", "\f"
// (PDF page breaks), U+0085 and U+2028 become "\n", U+2029 "\n\n"; DEL is
// removed with the controls. Invalid UTF-8 becomes U+FFFD, one per bad byte,
// mapped to that byte. NFC works per normalization segment (a code point with
// a boundary before it and the combining marks that follow): when a segment
// changes, all its output bytes map to the origin of its first input byte;
// unchanged text keeps byte-for-byte origins. Text that is already NFC (all
// ASCII, Latin-1, Cyrillic, common punctuation) never reaches ICU's
// normalizer.
//
// Thread-safe (ICU's normalizer instance is immutable and shared).
//
//   MappedText clean = NormalizeText(decoded, {.collapse_whitespace = true});
#ifndef DOSSIER_TEXT_NORMALIZE_H_
#define DOSSIER_TEXT_NORMALIZE_H_

#include "base/mapped_text.h"

namespace dossier {

struct NormalizeOptions {
  // Collapse every run of whitespace (newlines included) into one space and
  // trim both ends: right for HTML and PDF blocks, wrong for plain text whose
  // line breaks mark paragraphs.
  bool collapse_whitespace = false;
};

// Returns `input` normalized as described above; origins of the result index
// the same original as input's origins (they are looked up in input.origin,
// so no ComposeOrigins() step is needed). origin.back() is the original end
// of the last input that contributed (trimmed trailing whitespace does not).
MappedText NormalizeText(const MappedText& input, const NormalizeOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_TEXT_NORMALIZE_H_
