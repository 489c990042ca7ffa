// Text normalization that keeps offsets: NFC (ICU), line ends to "\n",
// Unicode spaces (NBSP, thin space, ideographic space...) to " ", and removal
// of BOMs, zero-width characters, soft hyphens and C0/C1 controls other than
// "\n" and "\t" ("\t" becomes " "). Every output byte keeps the origin of the
// input it came from.
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
// the same original as input's origins.
MappedText NormalizeText(const MappedText& input, const NormalizeOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_TEXT_NORMALIZE_H_
