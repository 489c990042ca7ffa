// The case endings Kazakh writes on nouns and names ("Тулегеновтың" of
// Tulegenov, "Литваға" to Lithuania, "Алматыда" in Almaty, "қаласында" in the
// city): one table for every reader that strips or reads them (name forms,
// place forms, the Kazakh fact patterns).
//
// Thread-safe (a static table).
#ifndef DOSSIER_EXTRACT_NER_KAZAKH_CASES_H_
#define DOSSIER_EXTRACT_NER_KAZAKH_CASES_H_

#include <span>
#include <string_view>
#include <vector>

namespace dossier {

// kLocativeAttributive is the locative made an adjective ("Венгриядағы
// елшісі", the ambassador in Hungary).
enum class KazakhCase {
  kGenitive,
  kDative,
  kLocative,
  kAblative,
  kAccusative,
  kInstrumental,
  kLocativeAttributive
};

struct KazakhCaseEnding {
  std::string_view text;  // lower case
  KazakhCase of;
  // Written only after a possessive ending ("қала-сы-на", "-ында"), never
  // on a bare name: a name read as stem + this ending is no reading of it.
  bool after_possessive = false;
};

// Every ending, longest first.
std::span<const KazakhCaseEnding> KazakhCaseEndings();

// Whether `ending` is one a bare place name takes in news: the genitive,
// dative, locative (attributive too) or ablative, never on a possessive.
// Not the accusative nor the instrumental: many names end so ("Қарағанды"
// is no "қараған" + -ды).
bool IsKazakhPlaceEnding(std::string_view ending);

// `word` without each place ending it has (IsKazakhPlaceEnding), longest
// ending first: "Венгриядағы" gives "Венгрия"; empty for none. The views
// point into `word`.
std::vector<std::string_view> KazakhPlaceStems(std::string_view word);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_KAZAKH_CASES_H_
