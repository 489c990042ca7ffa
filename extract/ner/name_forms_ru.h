// The nominative forms a Russian or Kazakh name word in Cyrillic may be an
// inflection of, with the gender of each reading: every case of surnames
// (-ов/-ев/-ин/-ын, -ский/-цкий), patronymics (-ович/-овна, -ич/-ична) and
// given names (Борис/Бориса/Борису/Борисом, Юрий/Юрия/Юрием, Ирина/Ирины/
// Ириной). Ambiguity is kept, never guessed: "Назарбаева" is the feminine
// surname or the genitive of "Назарбаев", and both readings are returned.
// Words in other scripts have the one reading of themselves.
//
//   for (const NameReading& r : CyrillicNameReadings("Лужкова")) ...
//   // {"Лужкова", kFeminine}, {"Лужков", kMasculine}
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_NER_NAME_FORMS_RU_H_
#define DOSSIER_EXTRACT_NER_NAME_FORMS_RU_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

enum class NameGender { kAny, kMasculine, kFeminine };

struct NameReading {
  std::string lemma;  // the nominative, as written (capitals kept)
  NameGender gender = NameGender::kAny;
  bool operator==(const NameReading&) const = default;
};

// The readings of one name word, the word itself first when it can be a
// nominative; at least one reading for any word.
std::vector<NameReading> CyrillicNameReadings(std::string_view word);

// The name `words` in the nominative, one string per gender reading that
// every word has (masculine first), each different from the words as
// written: "Юрия Лужкова" gives {"Юрий Лужков"}; "Анна Иванова" gives none
// that differ. Non-Cyrillic names give none.
std::vector<std::string> CyrillicNameLemmaForms(const std::vector<std::string_view>& words);

// The nominative a person is shown by when the name chosen for it, `name`,
// is written only in an oblique case; `mentions` are the words of each of
// the person's mentions (`name` among them). Of the genders every mention
// can be read in ("Даулетовым" is a man's), the nominative of `name` that a
// mention writes ("Ерлан Даулетов"), else the one nominative left when one
// gender is ("Ерлана Даулетова" beside "Даулетовым" gives "Ерлан
// Даулетов"; "Назарбаевтың" gives "Назарбаев"). "" when `name` can already
// be a nominative of such a gender ("Дарига Назарбаева"), when the gender
// stays open ("Нурсултану Назарбаеву" alone), or for a name without a
// Russian or Kazakh surname or patronymic of known shape.
std::string CyrillicNominativeName(const std::vector<std::string_view>& name,
                                   const std::vector<std::vector<std::string_view>>& mentions);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NAME_FORMS_RU_H_
