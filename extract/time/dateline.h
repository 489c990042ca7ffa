// The dateline of a news text without a publication date in its metadata:
// a full date opening the story's first lines, alone or after the place it
// was filed from ("Москва, 5 сентября 2022 года. ...", "Алматы, 2022 жылғы 5
// қыркүйек.", "ALMATY, Sept. 5, 2022 (Reuters) - ...", a line "September 5,
// 2022" under the headline). Relative dates ("вчера", "last year") resolve
// against it as they would against the metadata's date.
//
// Thread-safe (pure function).
#ifndef DOSSIER_EXTRACT_TIME_DATELINE_H_
#define DOSSIER_EXTRACT_TIME_DATELINE_H_

#include <optional>

#include "extract/time/time_civil.h"
#include "text/document.h"

namespace dossier {

// The date of `doc`'s dateline: a date of day precision with its year in one
// of the first two read passages, within the first 400 bytes, that opens its
// passage or follows only a place of at most four capitalized words and a
// comma or dash, and that ends its passage or is followed by ".", a dash, "(",
// "|" or "/". nullopt when there is none.
std::optional<CivilDate> DatelineDate(const NormalizedDocument& doc);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TIME_DATELINE_H_
