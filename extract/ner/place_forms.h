// The dictionary form of a Russian or Kazakh place name written in another
// case: "Женеве" -> "Женева", "Нью-Йорке" -> "Нью-Йорк", "Алматыда" ->
// "Алматы", "Литваға" -> "Литва". Entities of places carry it as an alias, as
// persons carry their nominative (name_forms_ru.h), so that a reader and
// cross-document linking meet the form other sources write.
//
// The forms come from the Hunspell dictionaries (word_dictionary.h); without
// them no form is found. One-word names only, or the last part of a hyphenated one: a
// phrase's words agree in case ("Северной Америке"), which a word-by-word
// stem would break.
//
// Thread-safe (word_dictionary.h is).
#ifndef DOSSIER_EXTRACT_NER_PLACE_FORMS_H_
#define DOSSIER_EXTRACT_NER_PLACE_FORMS_H_

#include <string>
#include <string_view>

namespace dossier {

// The dictionary form of `name`, a place named in a text of `language`
// ("ru" or "kk"; a word with a Kazakh letter is read as Kazakh whatever the
// language); "" when `name` already is one, is unknown, is not a single
// Cyrillic word, or the dictionary is not installed.
std::string PlaceDictionaryForm(std::string_view name, std::string_view language);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_PLACE_FORMS_H_
