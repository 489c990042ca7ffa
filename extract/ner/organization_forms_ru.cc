#include "extract/ner/organization_forms_ru.h"

#include <algorithm>
#include <optional>
#include <span>

#include "extract/ner/internal/ner_lexicon.h"

namespace dossier {
namespace {

enum class Gender { kMasculine, kFeminine, kNeuter };

// A declension: the nominative's ending and the singular oblique endings
// that replace it.
struct Declension {
  Gender gender;
  std::string_view nominative;
  std::vector<std::string_view> oblique;
};

const Declension kHard{Gender::kMasculine, "", {"а", "у", "ом", "е"}};
const Declension kFeminineA{Gender::kFeminine, "а", {"ы", "е", "у", "ой"}};
const Declension kFeminineIya{Gender::kFeminine, "ия", {"ии", "ию", "ией"}};
const Declension kNeuterO{Gender::kNeuter, "о", {"а", "у", "ом", "е"}};
const Declension kNeuterIe{Gender::kNeuter, "ие", {"ия", "ию", "ием", "ии"}};

struct HeadNoun {
  std::string_view nominative;  // small letters
  const Declension* declension;
};

const HeadNoun kHeads[] = {
    {"акимат", &kHard},
    {"банк", &kHard},
    {"завод", &kHard},
    {"институт", &kHard},
    {"канал", &kHard},
    {"клуб", &kHard},
    {"комбинат", &kHard},
    {"комитет", &kHard},
    {"конгресс", &kHard},
    {"концерн", &kHard},
    {"департамент", &kHard},
    {"журнал", &kHard},
    {"мажилис", &kHard},
    {"парламент", &kHard},
    {"сенат", &kHard},
    {"совет", &kHard},
    {"союз", &kHard},
    {"суд", &kHard},
    {"театр", &kHard},
    {"телеканал", &kHard},
    {"университет", &kHard},
    {"фонд", &kHard},
    {"холдинг", &kHard},
    {"центр", &kHard},
    {"газета", &kFeminineA},
    {"дума", &kFeminineA},
    {"палата", &kFeminineA},
    {"прокуратура", &kFeminineA},
    {"служба", &kFeminineA},
    {"академия", &kFeminineIya},
    {"администрация", &kFeminineIya},
    {"ассоциация", &kFeminineIya},
    {"инспекция", &kFeminineIya},
    {"комиссия", &kFeminineIya},
    {"компания", &kFeminineIya},
    {"корпорация", &kFeminineIya},
    {"организация", &kFeminineIya},
    {"партия", &kFeminineIya},
    {"радиостанция", &kFeminineIya},
    {"телекомпания", &kFeminineIya},
    {"федерация", &kFeminineIya},
    {"агентство", &kNeuterO},
    {"издательство", &kNeuterO},
    {"министерство", &kNeuterO},
    {"общество", &kNeuterO},
    {"правительство", &kNeuterO},
    {"движение", &kNeuterIe},
    {"объединение", &kNeuterIe},
    {"собрание", &kNeuterIe},
    {"управление", &kNeuterIe},
};

struct HeadReading {
  const HeadNoun* head;
  size_t ending_bytes;  // the oblique ending written, to replace
};

// The head noun `folded` is an oblique singular form of, if any.
std::optional<HeadReading> ObliqueHead(const std::string& folded) {
  for (const HeadNoun& h : kHeads) {
    const std::string_view stem =
        h.nominative.substr(0, h.nominative.size() - h.declension->nominative.size());
    if (!folded.starts_with(stem)) continue;
    const std::string_view rest = std::string_view(folded).substr(stem.size());
    for (std::string_view e : h.declension->oblique) {
      if (rest == e) return HeadReading{&h, e.size()};
    }
  }
  return std::nullopt;
}

bool IsNominativeHead(const std::string& folded) {
  return std::any_of(std::begin(kHeads), std::end(kHeads),
                     [&](const HeadNoun& h) { return folded == h.nominative; });
}

bool AfterHushing(std::string_view stem) {
  for (std::string_view c : {"ж", "ш", "щ", "ч"}) {
    if (stem.ends_with(c)) return true;
  }
  return false;
}

// The nominative of adjective `word` (as written) agreeing with a noun of
// `gender`, or "" when it is no adjective in an oblique case or its
// nominative is not certain (the masculine: -ый or -ой).
std::string AdjectiveNominative(std::string_view word, Gender gender) {
  struct Ending {
    std::string_view oblique;
    std::string_view hard, soft;  // the nominative after a hard or a soft stem
  };
  static constexpr Ending kFeminine[] = {
      {"ой", "ая", "ая"}, {"ую", "ая", "ая"}, {"ей", "яя", "яя"}, {"юю", "яя", "яя"}};
  static constexpr Ending kNeuter[] = {
      {"ого", "ое", "ое"}, {"ому", "ое", "ое"}, {"ым", "ое", "ое"}, {"ом", "ое", "ое"},
      {"его", "ее", "ее"}, {"ему", "ее", "ее"}, {"им", "ее", "ее"}, {"ем", "ее", "ее"}};
  if (gender == Gender::kMasculine) return "";
  const std::string folded = internal::FoldedWord(word);
  const auto& endings = gender == Gender::kFeminine ? std::span<const Ending>(kFeminine)
                                                    : std::span<const Ending>(kNeuter);
  constexpr size_t kMinStem = 6;  // three letters
  for (const Ending& e : endings) {
    if (folded.size() < e.oblique.size() + kMinStem || !folded.ends_with(e.oblique)) continue;
    const std::string_view stem = word.substr(0, word.size() - e.oblique.size());
    // "Общей" is "Общая", "Верхней" is "Верхняя".
    std::string_view nominative = e.hard;
    if (gender == Gender::kFeminine && e.oblique == "ей" && AfterHushing(stem)) nominative = "ая";
    return std::string(stem) + std::string(nominative);
  }
  return "";
}

}  // namespace

std::string RussianOrganizationNominative(const std::vector<std::string_view>& words) {
  constexpr size_t kMostAdjectives = 3;
  for (size_t i = 0; i < words.size() && i <= kMostAdjectives; ++i) {
    if (internal::WrittenInCapitals(words[i])) return "";
    const std::string folded = internal::FoldedWord(words[i]);
    if (IsNominativeHead(folded)) return "";
    const std::optional<HeadReading> head = ObliqueHead(folded);
    if (!head) continue;
    std::string name;
    for (size_t j = 0; j < i; ++j) {
      const std::string adjective = AdjectiveNominative(words[j], head->head->declension->gender);
      if (adjective.empty()) return "";
      name += adjective + " ";
    }
    const std::string_view noun = words[i].substr(0, words[i].size() - head->ending_bytes);
    name += std::string(noun) + std::string(head->head->declension->nominative);
    for (size_t j = i + 1; j < words.size(); ++j) name += " " + std::string(words[j]);
    return name;
  }
  return "";
}

}  // namespace dossier
