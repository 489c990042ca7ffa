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
std::string DetectLanguage(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_TEXT_LANGUAGE_H_
