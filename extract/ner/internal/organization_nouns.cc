#include "extract/ner/internal/organization_nouns.h"

#include <algorithm>
#include <string>

#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/kazakh_cases.h"

namespace dossier::internal {
namespace {

// Whether the folded `word` is `stem` with at most `max_suffix_bytes` after it.
bool StemForm(const std::string& word, std::string_view stem, size_t max_suffix_bytes) {
  return word.starts_with(stem) && word.size() - stem.size() <= max_suffix_bytes;
}

// Stems, folded; a Kazakh noun takes up to four suffixes (possessive,
// case): "компания-сы-ның".
constexpr std::string_view kKazakhMediaStems[] = {
    "агенттіг",    "агенттік",    "арна",        "банк",      "басылым",  "газет",
    "журнал",      "зауыт",       "институт",    "клуб",      "комбинат", "комитет",
    "компания",    "корпорация",  "кәсіпорн",    "кәсіпорын", "партия",   "портал",
    "радио",       "серіктестіг", "серіктестік", "сайт",      "театр",    "телеарна",
    "университет", "ұйым",        "холдинг",     "қозғалыс",  "қоғам"};

// Stems, folded, with a case ending of at most three letters.
constexpr std::string_view kRussianMediaStems[] = {
    "агентств",    "ассоциаци",   "банк",       "газет",       "движени",          "журнал",
    "издани",      "издательств", "канал",      "клуб",        "компани",          "концерн",
    "корпораци",   "объединени",  "организаци", "парти",       "портал",           "радио",
    "радиостанци", "сайт",        "телеканал",  "телекомпани", "телерадиокомпани", "театр",
    "фонд",        "холдинг"};

constexpr std::string_view kRussianForms[] = {"тоо", "ао", "ооо", "зао", "оао", "пао"};

// Institutions, folded stems; a Kazakh stem ending in к/қ is listed with its
// voiced form too (министрлік, министрлігі).
constexpr std::string_view kKazakhInstitutionStems[] = {
    "академия",    "ассамблея",   "басқарма",   "бөлім",          "департамент", "комиссия",
    "конгресс",    "кеңес",       "министрлік", "министрліг",     "мектеп",      "мектеб",
    "мәжіліс",     "одақ",        "одағ",       "орталығ",        "палата",      "парламент",
    "прокуратура", "сенат",       "сот",        "телерадиокешен", "федерация",   "фабрика",
    "қауымдастық", "қауымдастығ", "қор",        "үкімет",         "әкімдік",     "әкімдіг",
    "әкімшілік",   "әкімшіліг"};

constexpr std::string_view kRussianInstitutionStems[] = {
    "академи",  "администраци", "акимат",       "бюро",       "департамент", "дум",
    "инспекци", "институт",     "комисси",      "комитет",    "мажилис",     "министерств",
    "палат",    "парламент",    "правительств", "прокуратур", "сенат",       "служб",
    "собрани",  "совет",        "союз",         "суд",        "университет", "управлени",
    "федераци", "центр",        "обществ",      "групп",      "завод",       "комбинат"};

// The case endings of a Russian noun, "" the nominative.
constexpr std::string_view kRussianNounEndings[] = {
    "",   "а",  "у",  "ом", "ем", "е",  "и",   "ы",   "ой", "ей", "ю",  "ию", "ия",
    "ии", "ие", "ий", "ям", "ях", "ам", "ами", "ями", "ах", "ов", "ев", "о",  "ью"};

bool RussianNounEnding(std::string_view rest) {
  return std::find(std::begin(kRussianNounEndings), std::end(kRussianNounEndings), rest) !=
         std::end(kRussianNounEndings);
}

// Whether `rest` is what a Kazakh noun writes after its stem: an optional
// plural, an optional possessive and an optional case ending ("", "і",
// "інің", "лары", "сына", "дағы").
bool KazakhNounEnding(std::string_view rest) {
  static constexpr std::string_view kPlurals[] = {"лар", "лер", "дар", "дер", "тар", "тер"};
  static constexpr std::string_view kPossessives[] = {"сы", "сі", "ы", "і"};
  for (std::string_view p : kPlurals) {
    if (rest.starts_with(p)) {
      rest.remove_prefix(p.size());
      break;
    }
  }
  for (std::string_view p : kPossessives) {
    if (rest.starts_with(p)) {
      rest.remove_prefix(p.size());
      break;
    }
  }
  if (rest.empty()) return true;
  const auto endings = KazakhCaseEndings();
  return std::any_of(endings.begin(), endings.end(),
                     [&](const KazakhCaseEnding& e) { return e.text == rest; });
}

template <const auto& kStems, typename Ending>
bool StemWithEnding(const std::string& folded, Ending ending) {
  return std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view stem) {
    return folded.starts_with(stem) && ending(std::string_view(folded).substr(stem.size()));
  });
}

}  // namespace

bool KazakhOrganizationNoun(std::string_view word) {
  const std::string folded = FoldedWord(word);
  if (folded == "жшс" || folded == "ақ") return true;
  return std::any_of(std::begin(kKazakhMediaStems), std::end(kKazakhMediaStems),
                     [&](std::string_view stem) { return StemForm(folded, stem, 16); });
}

bool RussianOrganizationNoun(std::string_view word) {
  const std::string folded = FoldedWord(word);
  if (std::find(std::begin(kRussianForms), std::end(kRussianForms), folded) !=
      std::end(kRussianForms)) {
    return true;
  }
  return std::any_of(std::begin(kRussianMediaStems), std::end(kRussianMediaStems),
                     [&](std::string_view stem) { return StemForm(folded, stem, 6); });
}

bool OrganizationHeadNoun(std::string_view word) {
  const std::string folded = FoldedWord(word);
  if (folded == "жшс" || folded == "ақ" ||
      std::find(std::begin(kRussianForms), std::end(kRussianForms), folded) !=
          std::end(kRussianForms)) {
    return WrittenInCapitals(word);
  }
  return StemWithEnding<kRussianMediaStems>(folded, RussianNounEnding) ||
         StemWithEnding<kRussianInstitutionStems>(folded, RussianNounEnding) ||
         StemWithEnding<kKazakhMediaStems>(folded, KazakhNounEnding) ||
         StemWithEnding<kKazakhInstitutionStems>(folded, KazakhNounEnding);
}

}  // namespace dossier::internal
