// The nominative of a Russian organization's name written in another case:
// "Генеральной прокуратуры" -> "Генеральная прокуратура", "Министерства
// юстиции" -> "Министерство юстиции", "Верховным судом" -> nothing (a
// masculine adjective's nominative, -ый or -ой, is not certain). Only the
// head noun of an organization's kind (our own table of about fifty nouns)
// and the adjectives before it change; the words after the head (the
// genitive "юстиции", "Республики Казахстан") are kept as written.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_NER_ORGANIZATION_FORMS_RU_H_
#define DOSSIER_EXTRACT_NER_ORGANIZATION_FORMS_RU_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// The nominative of the name `words` (as written) when its head noun is in a
// singular oblique case and every word before the head is an adjective
// whose nominative is certain; "" when the name already is a nominative, has
// no head noun of the table, or is written in capitals.
std::string RussianOrganizationNominative(const std::vector<std::string_view>& words);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_ORGANIZATION_FORMS_RU_H_
