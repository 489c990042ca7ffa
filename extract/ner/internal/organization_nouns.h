// The nouns of an organization's kind in Russian and Kazakh, in every case:
// the media and company nouns a quoted name stands beside («Дала Медиа»
// компаниясы, радиостанция «Сарыарка»), and the wider set of head nouns that
// end or open an organization's name (Министерство юстиции, Автомобиль
// жолдары комитеті, Генеральной прокуратуры, Мәжілісінің), which the
// tagger's lexicon flags ("orghead", feature set 4) read.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_NER_INTERNAL_ORGANIZATION_NOUNS_H_
#define DOSSIER_EXTRACT_NER_INTERNAL_ORGANIZATION_NOUNS_H_

#include <string_view>

namespace dossier::internal {

// Whether `word` is a form of a Kazakh noun of a company's or a medium's kind
// ("компаниясы", "радиосының", "газеті", "ЖШС").
bool KazakhOrganizationNoun(std::string_view word);

// Whether `word` is a form of a Russian one ("компании", "радиостанция",
// "ТОО").
bool RussianOrganizationNoun(std::string_view word);

// Whether `word` (as written) is a Russian or Kazakh head noun of an
// organization's name in any case: the nouns above, institutions
// ("министерства", "прокуратуры", "суде", "министрлігінің", "үкіметке",
// "кеңесіне", "сотында") and legal forms written in capitals ("АҚ", "ЖШС",
// "ООО"). A Russian noun takes a noun's case ending ("советник", "судья"
// are none); a Kazakh one a plural, a possessive and a case ending of
// KazakhCaseEndings() ("кеңесші", "сотталды" are none).
bool OrganizationHeadNoun(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_NER_INTERNAL_ORGANIZATION_NOUNS_H_
