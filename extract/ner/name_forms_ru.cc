#include "extract/ner/name_forms_ru.h"

#include <algorithm>
#include <optional>

#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/kazakh_cases.h"

namespace dossier {
namespace {

bool IsCyrillicWord(std::string_view w) {
  return !w.empty() && static_cast<unsigned char>(w[0]) >= 0xD0 &&
         static_cast<unsigned char>(w[0]) <= 0xD3;
}

// One rule: a word ending in `ending` (after a stem of at least two
// letters) reads as stem + `nominative`, of `gender`.
struct Rule {
  std::string_view ending;
  std::string_view nominative;
  NameGender gender;
};

using enum NameGender;

// Longer endings first; every matching rule adds a reading. Surnames,
// patronymics, then given names; a word may match several families.
constexpr Rule kRules[] = {
    // Surnames in -ов/-ев/-ёв/-ин/-ын.
    {"ова", "ова", kFeminine},
    {"ова", "ов", kMasculine},
    {"ову", "ов", kMasculine},
    {"ову", "ова", kFeminine},
    {"овым", "ов", kMasculine},
    {"овой", "ова", kFeminine},
    {"ове", "ов", kMasculine},
    {"ев", "ев", kMasculine},
    {"ева", "ева", kFeminine},
    {"ева", "ев", kMasculine},
    {"еву", "ев", kMasculine},
    {"еву", "ева", kFeminine},
    {"евым", "ев", kMasculine},
    {"евой", "ева", kFeminine},
    {"еве", "ев", kMasculine},
    {"ов", "ов", kMasculine},
    {"ин", "ин", kMasculine},
    {"ина", "ина", kFeminine},
    {"ина", "ин", kMasculine},
    {"ину", "ин", kMasculine},
    {"ину", "ина", kFeminine},
    {"иным", "ин", kMasculine},
    {"иной", "ина", kFeminine},
    {"ине", "ин", kMasculine},
    {"ине", "ина", kFeminine},
    {"ын", "ын", kMasculine},
    {"ына", "ына", kFeminine},
    {"ына", "ын", kMasculine},
    {"ыну", "ын", kMasculine},
    {"ыным", "ын", kMasculine},
    {"ыной", "ына", kFeminine},
    // Adjectival surnames.
    {"ский", "ский", kMasculine},
    {"ского", "ский", kMasculine},
    {"скому", "ский", kMasculine},
    {"ским", "ский", kMasculine},
    {"ском", "ский", kMasculine},
    {"ская", "ская", kFeminine},
    {"ской", "ская", kFeminine},
    {"скую", "ская", kFeminine},
    {"цкий", "цкий", kMasculine},
    {"цкого", "цкий", kMasculine},
    {"цкому", "цкий", kMasculine},
    {"цким", "цкий", kMasculine},
    {"цкая", "цкая", kFeminine},
    {"цкой", "цкая", kFeminine},
    // Patronymics.
    {"ович", "ович", kMasculine},
    {"овича", "ович", kMasculine},
    {"овичу", "ович", kMasculine},
    {"овичем", "ович", kMasculine},
    {"овиче", "ович", kMasculine},
    {"евич", "евич", kMasculine},
    {"евича", "евич", kMasculine},
    {"евичу", "евич", kMasculine},
    {"евичем", "евич", kMasculine},
    {"евиче", "евич", kMasculine},
    {"овна", "овна", kFeminine},
    {"овны", "овна", kFeminine},
    {"овне", "овна", kFeminine},
    {"овну", "овна", kFeminine},
    {"овной", "овна", kFeminine},
    {"евна", "евна", kFeminine},
    {"евны", "евна", kFeminine},
    {"евне", "евна", kFeminine},
    {"евну", "евна", kFeminine},
    {"евной", "евна", kFeminine},
    {"ична", "ична", kFeminine},
    {"ичны", "ична", kFeminine},
    {"ичной", "ична", kFeminine},
    // Given names in -ий/-ей (Юрий, Сергей) and -ия (Мария).
    {"ий", "ий", kMasculine},
    {"ия", "ий", kMasculine},
    {"ию", "ий", kMasculine},
    {"ием", "ий", kMasculine},
    {"ии", "ий", kMasculine},
    {"ей", "ей", kMasculine},
    {"ея", "ей", kMasculine},
    {"ею", "ей", kMasculine},
    {"еем", "ей", kMasculine},
    // Given names in -ь (Игорь, Игоря, Игорю, Игорем, Игоре).
    {"ь", "ь", kMasculine},
    {"я", "ь", kMasculine},
    {"ю", "ь", kMasculine},
    {"ем", "ь", kMasculine},
    {"е", "ь", kMasculine},
    {"ия", "ия", kFeminine},
    {"ии", "ия", kFeminine},
    {"ию", "ия", kFeminine},
    {"ией", "ия", kFeminine},
    // Given names in -а/-я (Ирина, Дарига) and after a consonant (Борис).
    {"ой", "а", kFeminine},
    {"ы", "а", kFeminine},
    {"и", "а", kFeminine},
    {"у", "а", kFeminine},
    {"е", "а", kFeminine},
    {"а", "", kMasculine},
    {"у", "", kMasculine},
    {"ом", "", kMasculine},
    {"ем", "", kMasculine},
    {"е", "", kMasculine},
};

// Feminine given names ending in -а/-я common in Russian and Kazakh news:
// their -а is never the genitive of a masculine name ("Анна" is not "Анн").
constexpr std::string_view kFeminineGivenNames[] = {
    "Айгерим",   "Айгуль",    "Айжан",     "Алия",     "Алла",      "Алена",    "Алёна",
    "Алина",     "Анастасия", "Анна",      "Анжелика", "Асель",     "Асем",     "Бибигуль",
    "Валентина", "Валерия",   "Вера",      "Вероника", "Виктория",  "Галина",   "Гаухар",
    "Гульмира",  "Гульнара",  "Гульшат",   "Дана",     "Дарига",    "Дарья",    "Диана",
    "Динара",    "Евгения",   "Екатерина", "Елена",    "Елизавета", "Жанар",    "Жанна",
    "Зарина",    "Зауре",     "Зинаида",   "Зоя",      "Инна",      "Ирина",    "Камила",
    "Карина",    "Кристина",  "Ксения",    "Лариса",   "Лейла",     "Лилия",    "Любовь",
    "Людмила",   "Мадина",    "Маргарита", "Марина",   "Мария",     "Марьям",   "Наталья",
    "Наталия",   "Надежда",   "Назира",    "Нина",     "Нурсулу",   "Оксана",   "Ольга",
    "Полина",    "Раиса",     "Роза",      "Салтанат", "Сауле",     "Светлана", "София",
    "Софья",     "Тамара",    "Татьяна",   "Улжан",    "Юлия",      "Яна"};

bool IsFeminineGivenName(std::string_view word) {
  return std::find(std::begin(kFeminineGivenNames), std::end(kFeminineGivenNames), word) !=
         std::end(kFeminineGivenNames);
}

std::optional<NameReading> KazakhCaseReading(std::string_view word);

// Whether the word can itself be a nominative: a consonant, -й, -а/-я or a
// nominative surname ending; not an oblique case ending.
bool CanBeNominative(std::string_view w) {
  for (std::string_view oblique :
       {"ову",   "овым",  "овой",  "ове",  "еву",  "евым", "евой",  "еве",   "ину",    "иным",
        "иной",  "ского", "скому", "ским", "ской", "скую", "овича", "овичу", "овичем", "овны",
        "овной", "ом",    "ем",    "ы",    "у",    "ю",    "е",     "и",     "ой"}) {
    if (w.ends_with(oblique)) return false;
  }
  return !KazakhCaseReading(w).has_value();
}

// Whether `w` ends like a surname or patronymic in some case (a rule of
// those families, the first part of kRules, matches it).
bool HasNameEnding(std::string_view w);

void AddReading(std::vector<NameReading>* out, std::string lemma, NameGender gender) {
  NameReading reading{std::move(lemma), gender};
  if (std::find(out->begin(), out->end(), reading) == out->end()) out->push_back(reading);
}

bool HasNameEnding(std::string_view w) {
  for (const Rule& rule : kRules) {
    if (rule.ending == "ий") break;  // the given-name rules start here
    if (w.size() >= rule.ending.size() + 4 && w.ends_with(rule.ending)) return true;
  }
  for (std::string_view kazakh : {"ұлы", "қызы", "улы", "кызы", "уулу"}) {
    if (w.size() > kazakh.size() && w.ends_with(kazakh)) return true;
  }
  return false;
}

// The reading of `word` as a surname of known shape with a Kazakh case
// suffix, its gender by the surname's ending; nullopt for none. A Russian
// patronymic's genitive ("Романовны") is no such form.
std::optional<NameReading> KazakhCaseReading(std::string_view word) {
  for (std::string_view oblique : {"овны", "евны", "ичны"}) {
    if (word.ends_with(oblique)) return std::nullopt;
  }
  // Any case ending a bare name takes ("Тулегеновтың", "Тоқаевқа",
  // "Әбілқасымованы", "Зеленскиймен"); longest first.
  for (const KazakhCaseEnding& ending : KazakhCaseEndings()) {
    const std::string_view suffix = ending.text;
    if (ending.after_possessive || !word.ends_with(suffix)) continue;
    const std::string_view stem = word.substr(0, word.size() - suffix.size());
    if (!HasNameEnding(stem)) continue;
    const bool feminine = stem.ends_with("а") || stem.ends_with("я");
    return NameReading{std::string(stem), feminine ? kFeminine : kMasculine};
  }
  return std::nullopt;
}

}  // namespace

std::vector<NameReading> CyrillicNameReadings(std::string_view written) {
  std::vector<NameReading> out;
  if (!IsCyrillicWord(written)) return {{std::string(written), kAny}};
  // A name in capitals ("НАЗАРБАЕВА" in a headline, "ҚАСЫМ-ЖОМАРТ") reads
  // as written with a capital and small letters in each hyphenated part.
  std::string folded;
  internal::FoldLetterCase(written, &folded);
  std::string titled;
  if (folded.size() == written.size() && folded.size() > 2) {
    titled = folded;
    for (size_t part = 0; part < titled.size();) {
      const size_t first = static_cast<unsigned char>(written[part]) >= 0x80 ? 2 : 1;
      titled.replace(part, first, written.substr(part, first));
      const size_t hyphen = written.find('-', part);
      if (hyphen == std::string_view::npos) break;
      part = hyphen + 1;
    }
    if (titled == written) titled.clear();
  }
  const std::string_view word = titled.empty() ? written : std::string_view(titled);
  if (IsFeminineGivenName(word)) return {{std::string(word), kFeminine}};
  if (CanBeNominative(word)) AddReading(&out, std::string(word), kAny);
  if (std::optional<NameReading> kazakh = KazakhCaseReading(word)) {
    AddReading(&out, std::move(kazakh->lemma), kazakh->gender);
  }
  constexpr size_t kMinStem = 4;  // two Cyrillic letters
  for (const Rule& rule : kRules) {
    if (word.size() < rule.ending.size() + kMinStem || !word.ends_with(rule.ending)) continue;
    std::string lemma(word.substr(0, word.size() - rule.ending.size()));
    lemma += rule.nominative;
    // An oblique form of a known feminine name ("Ирины" of "Ирина") has
    // only that reading.
    if (rule.gender == kMasculine && rule.nominative.empty() && IsFeminineGivenName(lemma + "а")) {
      continue;
    }
    if (rule.gender == kFeminine && IsFeminineGivenName(lemma)) {
      return {{std::move(lemma), kFeminine}};
    }
    if (lemma == word) {
      // The word is this nominative: it has that gender.
      out.erase(std::remove(out.begin(), out.end(), NameReading{lemma, kAny}), out.end());
    }
    AddReading(&out, std::move(lemma), rule.gender);
  }
  if (out.empty()) out.push_back({std::string(word), kAny});
  return out;
}

namespace {

// `words` in the nominative of `gender`: each word's first reading of that
// gender, else one of either (initials as written); "" when a word has
// neither.
std::string NameFormOfGender(const std::vector<std::string_view>& words, NameGender gender) {
  std::string form;
  for (std::string_view w : words) {
    if (!form.empty()) form += ' ';
    if (!IsCyrillicWord(w) || w.find('.') != std::string_view::npos) {
      form += w;  // initials
      continue;
    }
    const std::vector<NameReading> readings = CyrillicNameReadings(w);
    const NameReading* chosen = nullptr;
    for (const NameReading& r : readings) {
      if (r.gender == gender) {
        chosen = &r;
        break;
      }
    }
    for (const NameReading& r : readings) {
      if (chosen == nullptr && r.gender == kAny) chosen = &r;
    }
    if (chosen == nullptr) return "";
    form += chosen->lemma;
  }
  return form;
}

// Whether `words` is a Cyrillic name (initials allowed) with a surname or
// patronymic of a known shape, in any case.
bool IsShapedCyrillicName(const std::vector<std::string_view>& words) {
  if (words.empty() || !std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return IsCyrillicWord(w) || w.find('.') != std::string_view::npos;
      })) {
    return false;
  }
  return std::any_of(words.begin(), words.end(), [](std::string_view w) {
    if (HasNameEnding(w)) return true;
    for (const NameReading& r : CyrillicNameReadings(w)) {
      if (HasNameEnding(r.lemma)) return true;  // "Тулегеновтың": Тулегенов
    }
    return false;
  });
}

}  // namespace

std::vector<std::string> CyrillicNameLemmaForms(const std::vector<std::string_view>& words) {
  std::vector<std::string> forms;
  // Only a name with a surname or patronymic of a known shape: "Медиа
  // Групп" tagged as a person by mistake gets no invented forms.
  if (!IsShapedCyrillicName(words)) return forms;
  std::string written;
  for (std::string_view w : words) (written.empty() ? written : written += ' ') += w;
  for (NameGender gender : {kMasculine, kFeminine}) {
    std::string form = NameFormOfGender(words, gender);
    if (!form.empty() && form != written &&
        std::find(forms.begin(), forms.end(), form) == forms.end()) {
      forms.push_back(std::move(form));
    }
  }
  return forms;
}

std::string CyrillicNominativeName(const std::vector<std::string_view>& name,
                                   const std::vector<std::vector<std::string_view>>& mentions) {
  if (!IsShapedCyrillicName(name)) return "";
  std::string written;
  for (std::string_view w : name) (written.empty() ? written : written += ' ') += w;
  // The genders every mention can be read in.
  std::vector<NameGender> genders = {kMasculine, kFeminine};
  for (const std::vector<std::string_view>& words : mentions) {
    if (!IsShapedCyrillicName(words)) continue;
    std::erase_if(genders, [&](NameGender g) { return NameFormOfGender(words, g).empty(); });
  }
  std::vector<std::string> forms;
  for (NameGender g : genders) {
    if (std::string form = NameFormOfGender(name, g); !form.empty()) forms.push_back(form);
  }
  if (std::find(forms.begin(), forms.end(), written) != forms.end()) return "";
  // A nominative the text writes.
  for (const std::string& form : forms) {
    for (const std::vector<std::string_view>& words : mentions) {
      std::string text;
      for (std::string_view w : words) (text.empty() ? text : text += ' ') += w;
      if (text == form) return form;
    }
  }
  return forms.size() == 1 ? forms.front() : "";
}

}  // namespace dossier
