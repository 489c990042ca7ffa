// Comparison keys for names and values: Unicode case folding (ICU), letters
// and digits kept, everything else one space. "Alma-Ata" and "alma ata"
// share a key; so do "RIK" and "«Rik»".
#ifndef DOSSIER_DOSSIER_INTERNAL_FOLD_H_
#define DOSSIER_DOSSIER_INTERNAL_FOLD_H_

#include <string>
#include <string_view>

namespace dossier::internal {

// Returns the case-folded letters and digits of `text`, runs of anything else
// collapsed to one space, trimmed. Invalid UTF-8 bytes count as separators.
std::string FoldKey(std::string_view text);

}  // namespace dossier::internal

#endif  // DOSSIER_DOSSIER_INTERNAL_FOLD_H_
