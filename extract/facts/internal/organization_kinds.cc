#include "extract/facts/internal/organization_kinds.h"

#include <initializer_list>
#include <string_view>

#include "extract/facts/internal/fact_lexicon_ru.h"
#include "extract/ner/kazakh_cases.h"

namespace dossier::internal {
namespace {

using enum OrganizationKind;

struct KindWord {
  std::string_view word;
  OrganizationKind kind;
};

// English nouns and name words, whole words.
constexpr KindWord kEnglish[] = {
    {"radio", kRadio},
    {"station", kRadio},
    {"fm", kRadio},
    {"channel", kTelevision},
    {"tv", kTelevision},
    {"television", kTelevision},
    {"broadcaster", kTelevision},
    {"newspaper", kNewspaper},
    {"paper", kNewspaper},
    {"daily", kNewspaper},
    {"weekly", kNewspaper},
    {"magazine", kNewspaper},
    {"agency", kAgency},
    {"bank", kBank},
    {"party", kParty},
    {"company", kCompany},
    {"firm", kCompany},
    {"holding", kCompany},
    {"corporation", kCompany},
    {"conglomerate", kCompany},
    {"llp", kCompany},
    {"jsc", kCompany},
    {"llc", kCompany},
    {"ltd", kCompany},
    {"inc", kCompany},
    {"university", kSchool},
    {"institute", kSchool},
    {"college", kSchool},
    {"academy", kSchool},
    {"court", kCourt},
    {"ministry", kMinistry},
};

// The Russian singular declensions of the stems below.
enum class Declension : uint8_t {
  kNone,          // no Russian forms: a Kazakh stem
  kIndeclinable,  // радио, ТОО
  kFeminineIa,    // компания: компани-я, -и, -ю, -ей
  kFeminineA,     // газета: газет-а, -ы, -е, -у, -ой
  kMasculine,     // банк: банк, банк-а, -у, -ом, -е
  kNeuter,        // агентство: агентств-о, -а, -у, -ом, -е
};

bool IsRussianEnding(Declension d, std::string_view tail) {
  auto one_of = [&](std::initializer_list<std::string_view> endings) {
    return OneOf(tail, endings);
  };
  switch (d) {
    case Declension::kNone:
      return false;
    case Declension::kIndeclinable:
      return tail.empty();
    case Declension::kFeminineIa:
      return one_of({"я", "и", "ю", "ей", "ею"});
    case Declension::kFeminineA:
      return one_of({"а", "ы", "е", "у", "ой", "ою"});
    case Declension::kMasculine:
      return one_of({"", "а", "у", "ом", "е"});
    case Declension::kNeuter:
      return one_of({"о", "а", "у", "ом", "е"});
  }
  return false;
}

// Russian and Kazakh stems. A word is the stem followed by an ending of its
// Russian declension, or by a Kazakh possessive and case ending
// ("радиосының" = радио + сы + ның, "радиостанцияны").
struct KindStem {
  std::string_view stem;
  OrganizationKind kind;
  Declension declension;
};

constexpr KindStem kStems[] = {
    {"радиостанци", kRadio, Declension::kFeminineIa},
    {"радиостанция", kRadio, Declension::kNone},
    {"станци", kRadio, Declension::kFeminineIa},
    {"станция", kRadio, Declension::kNone},
    {"радио", kRadio, Declension::kIndeclinable},
    {"телерадиокомпани", kTelevision, Declension::kFeminineIa},
    {"телекомпани", kTelevision, Declension::kFeminineIa},
    {"телеканал", kTelevision, Declension::kMasculine},
    {"канал", kTelevision, Declension::kMasculine},
    {"телеарна", kTelevision, Declension::kNone},
    {"арна", kTelevision, Declension::kNone},
    {"газет", kNewspaper, Declension::kFeminineA},
    {"газеті", kNewspaper, Declension::kNone},
    {"журнал", kNewspaper, Declension::kMasculine},
    {"агентств", kAgency, Declension::kNeuter},
    {"агенттік", kAgency, Declension::kNone},
    {"агенттіг", kAgency, Declension::kNone},
    {"банк", kBank, Declension::kMasculine},
    {"банкі", kBank, Declension::kNone},
    {"парти", kParty, Declension::kFeminineIa},
    {"партия", kParty, Declension::kNone},
    {"компани", kCompany, Declension::kFeminineIa},
    {"компания", kCompany, Declension::kNone},
    {"фирм", kCompany, Declension::kFeminineA},
    {"фирма", kCompany, Declension::kNone},
    {"холдинг", kCompany, Declension::kMasculine},
    {"тоо", kCompany, Declension::kIndeclinable},
    {"ооо", kCompany, Declension::kIndeclinable},
    {"оао", kCompany, Declension::kIndeclinable},
    {"зао", kCompany, Declension::kIndeclinable},
    {"жшс", kCompany, Declension::kIndeclinable},
    {"университет", kSchool, Declension::kMasculine},
    {"институт", kSchool, Declension::kMasculine},
    {"суд", kCourt, Declension::kMasculine},
    {"сот", kCourt, Declension::kNone},
    {"министерств", kMinistry, Declension::kNeuter},
    {"министрлік", kMinistry, Declension::kNone},
    {"министрліг", kMinistry, Declension::kNone},
};

// A Kazakh noun's tail: nothing, a case ending, or a third-person
// possessive ("-сы", "-ы") with a case ending after it ("-ның", "-н").
bool IsKazakhTail(std::string_view tail) {
  auto is_case = [](std::string_view rest) {
    if (rest.empty() || rest == "н") return true;
    for (const KazakhCaseEnding& e : KazakhCaseEndings()) {
      if (e.text == rest) return true;
    }
    return false;
  };
  if (is_case(tail)) return true;
  for (std::string_view possessive : {"сы", "сі", "ы", "і"}) {
    if (tail.starts_with(possessive) && is_case(tail.substr(possessive.size()))) return true;
  }
  return false;
}

}  // namespace

OrganizationKind OrganizationKindOfWord(std::string_view word) {
  if (word.empty()) return kNone;
  if (static_cast<unsigned char>(word[0]) < 0x80) {
    for (const KindWord& k : kEnglish) {
      if (k.word == word) return k.kind;
    }
    return kNone;
  }
  for (const KindStem& s : kStems) {
    if (!word.starts_with(s.stem)) continue;
    const std::string_view tail = word.substr(s.stem.size());
    if (IsRussianEnding(s.declension, tail) || IsKazakhTail(tail)) return s.kind;
  }
  return kNone;
}

bool KindsAgree(OrganizationKinds kinds, OrganizationKind kind) {
  if (kind == kNone) return false;
  if ((kinds & KindBit(kind)) != 0) return true;
  constexpr OrganizationKinds kBusinesses = KindBit(kRadio) | KindBit(kTelevision) |
                                            KindBit(kNewspaper) | KindBit(kAgency) | KindBit(kBank);
  return kind == kCompany && (kinds & kBusinesses) != 0;
}

}  // namespace dossier::internal
