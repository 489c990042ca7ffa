// A person's name taken apart: given names, patronymic, surname, initials and
// particles, in whatever order and script the source wrote them.
//
// The parser reads the cues names carry: a comma ("SALEK, ABDULHAI": surname
// first), patronymic endings (-ovich, -evna, -uly, -kyzy, -ович, -овна, -ұлы,
// -қызы ...), surname endings (-ov, -eva, -in, -sky, -enko, -bekov ...),
// capitals ("PUTIN vladimir"), initials ("I.A.", "A. M.") and our list of
// given names (resolve/internal/given_names.cc). When no cue decides the
// order, `order` is kUncertain and the parse follows the script's habit
// (Latin: given name first; Cyrillic: surname first, as official lists do);
// name_match.h then tries both readings. Words come from SplitPersonWords
// (internal/name_conventions.h): Arabic articles, abd compounds, nasab after
// bin, East Asian family names and syllables, particles in any case. Several
// words before a comma ("KHALED AL-NOURI, ABDUL RAHIM") keep the first as
// `surname` and the others in `other_surnames`.
//
// Thread-safe (pure functions).
//
//   PersonName n = ParsePersonName("Medetbekov Serik Rakhimbaevich");
//   // n.surname == "Medetbekov", n.given == {"Serik"}, n.patronymic == "Rakhimbaevich",
//   // n.order == NameOrder::kSurnameFirst, n.gender == Gender::kMale
#ifndef DOSSIER_RESOLVE_PERSON_NAME_H_
#define DOSSIER_RESOLVE_PERSON_NAME_H_

#include <string>
#include <string_view>
#include <vector>

#include "resolve/transliterate.h"

namespace dossier {

enum class NameOrder {
  kUncertain = 0,  // no cue decided; the parse follows the script's habit
  kGivenFirst,     // "Serik Medetbekov", "A. M. Kazhegeldin", "Vladimir Vladimirovich Putin"
  kSurnameFirst,   // "Medetbekov Serik Rakhimbaevich", "Igilmanov I.A.", "SALEK, ABDULHAI"
};

enum class Gender { kUnknown = 0, kMale, kFemale };

// What decided `gender`, for explanations.
enum class GenderCue { kNone = 0, kPatronymic, kSurname, kGivenName };

struct PersonName {
  std::vector<std::string> given;  // full given names as written, in order
  std::string patronymic;          // full patronymic as written ("" when absent)
  std::string surname;             // as written; several words of a compound surname
                                   // ("Rimsky-Korsakov", "de la Cruz") stay together
  // The other words written before a comma with the surname ("AL-NOURI" of
  // "KHALED AL-NOURI, ABDUL RAHIM", "LOPEZ" of "GARCIA LOPEZ, Maria"): each
  // may be the family name; the comparison tries them all.
  std::vector<std::string> other_surnames;
  std::vector<std::string> initials;   // "I", "A" for "I.A."; "Yu" for "Yu."; in order
  std::vector<std::string> particles;  // "van", "de", "al", "bin", ... as written
  Script script = Script::kUnknown;
  NameOrder order = NameOrder::kUncertain;
  Gender gender = Gender::kUnknown;
  GenderCue gender_cue = GenderCue::kNone;
  // Cyrillic surname forms whose ending may be an inflection (see
  // NominativeReadings): "Назарбаева" gives {"Назарбаев"}. Empty otherwise.
  std::vector<std::string> surname_alternatives;
  // True when `initials` belong after the given name as a patronymic initial
  // ("Igilmanov I.A.": I = given, A = patronymic): initials[0] is then the given
  // name's initial when `given` is empty.
  bool operator==(const PersonName&) const = default;
};

// Parses one person's name. Titles and honorifics ("Mr", "Dr", "President",
// "г-н") are dropped. Returns an empty PersonName (no surname, no given names)
// when `text` has no letters.
PersonName ParsePersonName(std::string_view text);

// The name in "Given Patronymic Surname" order with initials as "I. A."; for
// display and tests.
std::string FormatPersonName(const PersonName& name);

// Whether a word reads as a patronymic (any script or transliteration);
// sets *gender when non-null and the word is one.
bool IsPatronymic(std::string_view word, Gender* gender = nullptr);

// The father's given name a patronymic derives from, as a skeleton:
// "Nursultanovna" -> "nursultan", "Rakhimbaevich" -> "rahimbai", "Ахметұлы" ->
// "ahmet". Empty when `patronymic` is not one.
std::string PatronymicBaseSkeleton(std::string_view patronymic);

// Whether `word` ends as Slavic and Central Asian surnames do (-ov, -eva,
// -in, -sky, -enko, -uly, ...; the word longer than the ending by two).
bool HasSurnameEnding(std::string_view word);

// Whether our list of given names holds `word` (compared by skeleton); sets
// *gender to the name's usual gender when non-null.
bool IsKnownGivenName(std::string_view word, Gender* gender = nullptr);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_PERSON_NAME_H_
