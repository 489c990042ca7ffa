// Language identification by script and letter statistics: good enough to
// choose between the languages Dossier reads (English, Russian, Kazakh).
// Thread-safe (pure function).
#ifndef DOSSIER_TEXT_LANGUAGE_H_
#define DOSSIER_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace dossier {

// Returns "kk" for Cyrillic text with Kazakh-only letters (ә ғ қ ң ө ұ ү һ і)
// in noticeable share, "ru" for other mostly Cyrillic text, "en" for mostly
// Latin text, "und" when there are too few letters to tell.
//
// Precisely: fewer than 12 letters give "und"; more than half of the letters
// Cyrillic give "kk" when Kazakh-only letters are at least 3% of the Cyrillic
// ones, else "ru"; more than half Latin give "en" (any Latin-script language
// reads as English); anything else (Greek, CJK, mixed) gives "und".
std::string DetectLanguage(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_TEXT_LANGUAGE_H_
