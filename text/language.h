// Language identification: script and letter statistics choose between the
// languages Dossier reads (English, Russian, Kazakh), and a language model
// tells running text in other languages apart, so that it is marked rather
// than read as one of ours.
// Thread-safe (pure function).
#ifndef DOSSIER_TEXT_LANGUAGE_H_
#define DOSSIER_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace dossier {

struct NormalizedDocument;
struct Passage;

// Returns the language of `text` as a BCP 47 tag: "en", "ru" or "kk" for the
// languages Dossier reads, another tag ("de", "uk", "ky", "zh", "und-Grek")
// for text in a language it does not read, "und" when there are too few
// letters to tell.
//
// Precisely: fewer than 12 letters give "und". Mostly Cyrillic text is "kk"
// when Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) are at least 3% of the Cyrillic
// ones, else "ru"; mostly Latin text is "en". Either answer yields to the
// language model of CLD2 (Debian's libcld2) only where a wrong guess is
// unlikely: running text (at least 60 letters, most words lower-case, few of
// the reading language's function words) that CLD2 reliably puts in another
// language ("uk", "ky", "de", "tr"; transliterated Russian and Kazakh become
// "ru-Latn", "kk-Latn"). A list of names ("Kairat Zhumabekov, Almaty") keeps
// the reading language whatever CLD2 says of it. Text mostly in another script
// is CLD2's answer, or "und-<Script>" when CLD2 has none.
std::string DetectLanguage(std::string_view text);

// Returns true for the languages Dossier's extractors read: "en", "ru", "kk",
// and "und" (too short to tell; read in the language around it).
bool IsReadLanguage(std::string_view language);

// Returns the language `passage` of `doc` is read in: its own
// (Passage::language, set by AssignPassageLanguages) where its letters tell
// one, else (too short, "und", or not assigned) the document's. The view
// lives as long as `doc`.
std::string_view PassageLanguage(const NormalizedDocument& doc, const Passage& passage);

// True when the extractors read `passage`: it repeats no earlier passage and
// its language (PassageLanguage) is one they read. Others are listed and
// marked with their language but add no entity, date, quotation or fact.
bool PassageIsRead(const NormalizedDocument& doc, const Passage& passage);

// Sets the language of every passage of `doc` (Passage::language).
void AssignPassageLanguages(NormalizedDocument* doc);

// Sets the language of `doc` (DetectLanguage() of its text) and of every
// passage (as AssignPassageLanguages()), reading each letter once where the
// passages' edges allow (an ASCII non-letter on one side of each).
void DetectLanguages(NormalizedDocument* doc);

}  // namespace dossier

#endif  // DOSSIER_TEXT_LANGUAGE_H_
