// Russian name forms for matching speakers: which case forms a name word
// may be, so that a speaker written "по словам Назарбаева" finds the entity
// "Назарбаев". The readings come from extract/ner/name_forms_ru.h (one set of
// rules for entities and quotes); this adds lower case and the comparison.
// Russian names decline: surnames in -ов/-ев/-ин (Назарбаев, Назарбаева,
// Назарбаеву, Назарбаевым, Назарбаеве), their feminine in -ова/-ева/-ина
// (Назарбаева, Назарбаевой, Назарбаеву), adjectival ones in -ский/-ская,
// given names and patronymics like nouns (Армана, Сергею, Дариге,
// Болатовичем). Kazakh -улы/-кызы and foreign names stay as written.
// Ambiguity is kept, never resolved here: "Назарбаева" is both the
// genitive of "Назарбаев" and the feminine nominative; callers prefer a
// name written the same way (quote_names.h).
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_QUOTES_INTERNAL_NAME_FORMS_RU_H_
#define DOSSIER_EXTRACT_QUOTES_INTERNAL_NAME_FORMS_RU_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {

// The lower-cased nominatives `word` may be a case form of, `word` itself
// (lower-cased) first: "Назарбаева" -> {"назарбаева", "назарбаев"},
// "Назарбаевым" -> {"назарбаевым", "назарбаев"}. Words of other scripts
// give only themselves.
std::vector<std::string> RussianNameLemmas(std::string_view word);

// THE matching of an inflected name word to a name: true when `mention`
// and `name` may be forms of one name word (they share a lemma of
// RussianNameLemmas). "Назарбаеву" ~ "Назарбаев", "Назарбаевой" ~
// "Назарбаева", not "Назарбаевой" ~ "Назарбаев".
bool RussianNameWordsAgree(std::string_view mention, std::string_view name);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_QUOTES_INTERNAL_NAME_FORMS_RU_H_
