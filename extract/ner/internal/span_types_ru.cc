// Russian words of the span type rules (span_types.h), case folded and sorted
// (by bytes, which for Cyrillic is alphabetical but for "ё").
#include <array>
#include <string_view>

#include "extract/ner/internal/span_types.h"

namespace dossier::internal {
namespace {

// Common forms of each word: the name after it may be in any case ("сын
// Ильяс", "сына Ильяса", "с женой Лейлой").
constexpr std::array<std::string_view, 48> kKinship = {
    "брат",      "брата",      "братом",     "брату",      "вдова",  "вдовы",  "внук",    "внука",
    "внучка",    "внучки",     "дочери",     "дочерью",    "дочь",   "дяди",   "дядя",    "жена",
    "жене",      "женой",      "жены",       "зятем",      "зять",   "зятя",   "матери",  "мать",
    "муж",       "мужа",       "мужем",      "мужу",       "отец",   "отца",   "отцом",   "отцу",
    "племянник", "племянника", "племянница", "племянницы", "сестра", "сестре", "сестрой", "сестры",
    "сын",       "сына",       "сыном",      "сыну",       "тесть",  "тестя",  "тетя",    "тётя"};

constexpr std::array<std::string_view, 14> kPersonRoles = {
    "аким",      "владелец",        "глава",      "депутат",      "директор",
    "журналист", "министр",         "основатель", "председатель", "президент",
    "премьер",   "премьер-министр", "прокурор",   "экс-премьер"};

constexpr std::array<std::string_view, 2> kConjunctions = {"и", "или"};

constexpr std::array<std::string_view, 3> kAppositionOpeners = {"бывшая", "бывший", "экс"};

constexpr std::array<std::string_view, 5> kSentenceAdverbs = {"впрочем", "итак", "кстати", "однако",
                                                              "тем"};

// Russian and Kazakh company forms (sorted by bytes).
constexpr std::array<std::string_view, 8> kBareDesignators = {"ао",  "жшс", "зао", "нао",
                                                              "оао", "ооо", "пао", "тоо"};

}  // namespace

const RetypeWords& RussianRetypeWords() {
  static const RetypeWords kWords = {.kinship = kKinship,
                                     .sentence_adverbs = kSentenceAdverbs,
                                     .person_roles = kPersonRoles,
                                     .conjunctions = kConjunctions,
                                     .apposition_openers = kAppositionOpeners,
                                     .bare_designators = kBareDesignators};
  return kWords;
}

}  // namespace dossier::internal
