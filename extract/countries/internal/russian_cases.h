// The oblique cases of a Russian country name in the dictionary form:
// "республика казахстан" gives "республики казахстан", "республике
// казахстан", ...; "южная корея" gives "южной кореи", ...; "соединённые
// штаты америки" gives "соединённых штатов америки". The leading adjectives
// and the noun they qualify are declined together (so are those after a
// coordinating "и": "боснии и герцеговины"); what follows stays as written.
// Foreign nouns in -о, -е, -и, -у, -ю and after a vowel -а are indeclinable.
//
// Over-generation is harmless (the forms are looked up, never shown): where
// the declension is unsure (-ь of either gender), every reading is given.
//
// Thread-safe (pure function).
#ifndef DOSSIER_EXTRACT_COUNTRIES_INTERNAL_RUSSIAN_CASES_H_
#define DOSSIER_EXTRACT_COUNTRIES_INTERNAL_RUSSIAN_CASES_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::countries_internal {

// Every oblique form (genitive, dative, accusative, instrumental,
// prepositional) of `name`, lower case, words separated by single spaces;
// the nominative itself is not among them.
std::vector<std::string> RussianCaseForms(std::string_view name);

}  // namespace dossier::countries_internal

#endif  // DOSSIER_EXTRACT_COUNTRIES_INTERNAL_RUSSIAN_CASES_H_
