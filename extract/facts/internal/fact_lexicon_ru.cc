#include "extract/facts/internal/fact_lexicon_ru.h"

#include <algorithm>
#include <iterator>

#include "extract/countries/countries.h"

namespace dossier::internal {
namespace {

// Case endings of nouns and adjectives, any gender and number.
constexpr std::string_view kNounEndings[] = {"",    "ь",   "а",  "я",  "у",  "ю",  "ом", "ем",
                                             "е",   "ы",   "и",  "ой", "ей", "ью", "ам", "ям",
                                             "ами", "ями", "ах", "ях", "ов", "ев"};

bool NounForm(std::string_view word, std::string_view stem) {
  if (!word.starts_with(stem)) return false;
  const std::string_view rest = word.substr(stem.size());
  return std::find(std::begin(kNounEndings), std::end(kNounEndings), rest) !=
         std::end(kNounEndings);
}

struct RoleStem {
  std::string_view stem;
  std::string_view nominative;
  RoleKind kind;
};

constexpr RoleStem kRoleStems[] = {
    {"президент", "президент", RoleKind::kPosition},
    {"вице-президент", "вице-президент", RoleKind::kPosition},
    {"директор", "директор", RoleKind::kPosition},
    {"гендиректор", "гендиректор", RoleKind::kPosition},
    {"председател", "председатель", RoleKind::kPosition},
    {"глав", "глава", RoleKind::kPosition},
    {"шеф", "шеф", RoleKind::kPosition},
    {"генерал-майор", "генерал-майор", RoleKind::kPosition},
    {"генерал-лейтенант", "генерал-лейтенант", RoleKind::kPosition},
    {"генерал-полковник", "генерал-полковник", RoleKind::kPosition},
    {"руководител", "руководитель", RoleKind::kPosition},
    {"заместител", "заместитель", RoleKind::kPosition},
    {"министр", "министр", RoleKind::kPosition},
    {"вице-министр", "вице-министр", RoleKind::kPosition},
    {"аким", "аким", RoleKind::kPosition},
    {"депутат", "депутат", RoleKind::kPosition},
    {"парламентари", "парламентарий", RoleKind::kPosition},  // -я, -ю, -ем, -и
    {"парламентарий", "парламентарий", RoleKind::kPosition},
    {"сенатор", "сенатор", RoleKind::kPosition},
    {"редактор", "редактор", RoleKind::kPosition},
    {"главред", "главред", RoleKind::kPosition},
    {"продюсер", "продюсер", RoleKind::kPosition},
    {"менеджер", "менеджер", RoleKind::kPosition},
    {"советник", "советник", RoleKind::kPosition},
    {"помощник", "помощник", RoleKind::kPosition},
    {"посол", "посол", RoleKind::kPosition},
    {"начальник", "начальник", RoleKind::kPosition},
    {"секретар", "секретарь", RoleKind::kPosition},
    {"мэр", "мэр", RoleKind::kPosition},
    {"губернатор", "губернатор", RoleKind::kPosition},
    {"ректор", "ректор", RoleKind::kPosition},
    {"прокурор", "прокурор", RoleKind::kPosition},
    {"управляющ", "управляющий", RoleKind::kPosition},
    {"координатор", "координатор", RoleKind::kPosition},
    {"сопредседател", "сопредседатель", RoleKind::kPosition},
    {"представител", "представитель", RoleKind::kPosition},
    {"лидер", "лидер", RoleKind::kPosition},
    {"спикер", "спикер", RoleKind::kPosition},
    {"вице-спикер", "вице-спикер", RoleKind::kPosition},
    {"пресс-секретар", "пресс-секретарь", RoleKind::kPosition},
    {"премьер", "премьер", RoleKind::kPosition},
    {"премьер-министр", "премьер-министр", RoleKind::kPosition},
    {"вице-премьер", "вице-премьер", RoleKind::kPosition},
    {"канцлер", "канцлер", RoleKind::kPosition},
    {"генсек", "генсек", RoleKind::kPosition},
    {"генпрокурор", "генпрокурор", RoleKind::kPosition},
    {"консул", "консул", RoleKind::kPosition},
    {"комиссар", "комиссар", RoleKind::kPosition},
    {"тренер", "тренер", RoleKind::kPosition},
    {"капитан", "капитан", RoleKind::kPosition},
    {"замглав", "замглавы", RoleKind::kPosition},
    {"замминистр", "замминистра", RoleKind::kPosition},
    {"замдиректор", "замдиректора", RoleKind::kPosition},
    {"зампред", "зампред", RoleKind::kPosition},
    {"полпред", "полпред", RoleKind::kPosition},
    {"корреспондент", "корреспондент", RoleKind::kEmployee},
    {"обозревател", "обозреватель", RoleKind::kEmployee},
    {"колумнист", "колумнист", RoleKind::kEmployee},
    {"аналитик", "аналитик", RoleKind::kEmployee},
    {"работник", "работник", RoleKind::kEmployee},
    {"пилот", "пилот", RoleKind::kEmployee},
    {"игрок", "игрок", RoleKind::kEmployee},
    {"фотограф", "фотограф", RoleKind::kEmployee},
    {"оператор", "оператор", RoleKind::kEmployee},
    {"экономист", "экономист", RoleKind::kEmployee},
    {"солист", "солист", RoleKind::kMember},
    {"вокалист", "вокалист", RoleKind::kMember},
    {"гитарист", "гитарист", RoleKind::kMember},
    {"участник", "участник", RoleKind::kMember},
    {"полузащитник", "полузащитник", RoleKind::kEmployee},
    {"защитник", "защитник", RoleKind::kEmployee},
    {"форвард", "форвард", RoleKind::kEmployee},
    {"вратар", "вратарь", RoleKind::kEmployee},
    {"голкипер", "голкипер", RoleKind::kEmployee},
    {"сотрудник", "сотрудник", RoleKind::kEmployee},
    {"журналист", "журналист", RoleKind::kEmployee},
    {"астронавт", "астронавт", RoleKind::kEmployee},
    {"космонавт", "космонавт", RoleKind::kEmployee},
    {"основател", "основатель", RoleKind::kFounder},
    {"создател", "создатель", RoleKind::kFounder},
    {"сооснов", "сооснователь", RoleKind::kFounder},
    {"учредител", "учредитель", RoleKind::kFounder},
    {"соучредител", "соучредитель", RoleKind::kFounder},
    {"член", "член", RoleKind::kMember},
};

}  // namespace

bool OneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool PastForm(std::string_view word, std::string_view stem, bool reflexive, VerbGender* gender) {
  if (!word.starts_with(stem)) return false;
  const std::string_view rest = word.substr(stem.size());
  VerbGender g = VerbGender::kAny;
  bool ok = false;
  if (reflexive) {
    ok = OneOf(rest, {"лся", "лась", "лись", "ся"});
    if (rest == "лся") g = VerbGender::kMale;
    if (rest == "лась") g = VerbGender::kFemale;
  } else {
    ok = OneOf(rest, {"л", "ла", "ли", "ло"});
    if (rest == "л") g = VerbGender::kMale;
    if (rest == "ла") g = VerbGender::kFemale;
  }
  if (ok && gender != nullptr) *gender = g;
  return ok;
}

std::optional<RuRole> RoleNounRu(std::string_view word) {
  // The owner's noun changes its stem: владелец, владельца, владелица.
  if (OneOf(word, {"владелец", "владельца", "владельцу", "владельцем", "владельце", "владелица",
                   "владелицы", "владелице", "владелицу", "владелицей"})) {
    return RuRole{RoleKind::kOwner, "владелец"};
  }
  if (OneOf(word, {"совладелец", "совладельца", "совладельцу", "совладельцем", "совладелица",
                   "совладелицей"})) {
    return RuRole{RoleKind::kOwner, "совладелец"};
  }
  if (OneOf(word, {"посла", "послу", "послом"})) return RuRole{RoleKind::kPosition, "посол"};
  // A participle made a noun: "управляющий компанией", "управляющая банком".
  if (OneOf(word, {"управляющий", "управляющего", "управляющему", "управляющим", "управляющая",
                   "управляющей", "управляющую"})) {
    return RuRole{RoleKind::kPosition, "управляющий"};
  }
  // "вице-губернатор", "вице-мэра": a deputy's office, named by its head's.
  if (constexpr std::string_view kVice = "вице-"; word.starts_with(kVice)) {
    std::optional<RuRole> head = RoleNounRu(word.substr(kVice.size()));
    if (head && head->kind == RoleKind::kPosition && !head->nominative.starts_with(kVice)) {
      head->nominative = std::string(kVice) + head->nominative;
      return head;
    }
    return std::nullopt;
  }
  const RoleStem* best = nullptr;
  for (const RoleStem& r : kRoleStems) {
    if (NounForm(word, r.stem) && (best == nullptr || r.stem.size() > best->stem.size())) best = &r;
  }
  if (best == nullptr) return std::nullopt;
  // "главный", "главой": only the noun "глава" and its cases.
  if (best->stem == "глав" && !OneOf(word, {"глава", "главы", "главе", "главу", "главой"})) {
    return std::nullopt;
  }
  return RuRole{best->kind, std::string(best->nominative)};
}

std::string RoleModifierRu(std::string_view word) {
  static constexpr std::string_view kStems[] = {
      "генеральн", "исполнительн", "главн",        "перв",       "коммерческ", "финансов",
      "технич",    "творческ",     "художественн", "региональн", "официальн",  "постоянн",
      "полномочн", "действующ",    "управляющ",    "народн"};
  for (std::string_view stem : kStems) {
    if (!word.starts_with(stem)) continue;
    const std::string_view rest = word.substr(stem.size());
    if (OneOf(rest, {"ый", "ого", "ому", "ым", "ом", "ий", "его", "ему", "им", "ая", "ой", "ую",
                     "ей", "ые", "ых"})) {
      // After к, г, х, ж, ш, щ, ч the masculine ending is "-ий".
      bool soft = false;
      for (std::string_view letter : {"к", "г", "х", "ж", "ш", "щ", "ч"})
        soft |= stem.ends_with(letter);
      return std::string(stem) + (soft ? "ий" : "ый");
    }
  }
  return {};
}

std::string_view CountryOfAdjectiveRu(std::string_view word) {
  const Country* country = CountryOfRussianAdjective(word);
  return country != nullptr ? country->russian : std::string_view();
}

bool IsFormerRu(std::string_view word) {
  return word == "экс" ||
         (word.starts_with("бывш") &&
          OneOf(word.substr(std::string_view("бывш").size()),
                {"ий", "ая", "ее", "ие", "его", "ей", "им", "ую", "ему", "ого", "ой", "их"}));
}

std::optional<RuKin> KinWordRu(std::string_view word) {
  if (OneOf(word, {"жена",       "жены",        "жене",        "жену",     "женой",    "супруга",
                   "супруги",    "супруге",     "супругу",     "супругой", "муж",      "мужа",
                   "мужу",       "мужем",       "супруг",      "супругом", "экс-жена", "экс-муж",
                   "экс-супруг", "экс-супруга", "экс-супруги", "экс-мужа", "экс-жены"})) {
    return RuKin::kSpouse;
  }
  if (OneOf(word, {"дочь", "дочери", "дочерью", "дочка", "дочки", "сын", "сына", "сыну", "сыном",
                   "сыновья", "дочерей"})) {
    return RuKin::kChild;
  }
  if (OneOf(word, {"отец", "отца", "отцу", "отцом", "мать", "матери", "матерью"})) {
    return RuKin::kParent;
  }
  if (OneOf(word, {"брат", "брата", "брату", "братом", "сестра", "сестры", "сестре", "сестру",
                   "сестрой"})) {
    return RuKin::kSibling;
  }
  if (OneOf(word, {"зять", "зятя", "зятю", "зятем", "невестка", "невестки", "невесткой", "тесть",
                   "тестя", "свекровь", "тёща", "теща", "свёкор", "свекор"})) {
    return RuKin::kInLaw;
  }
  return std::nullopt;
}

std::string_view KinPredicateRu(RuKin kin, bool former, bool of_relative) {
  switch (kin) {
    case RuKin::kSpouse:
      return former ? "former_spouse" : "spouse";
    case RuKin::kChild:
      return of_relative ? "child_of" : "parent_of";
    case RuKin::kParent:
      return of_relative ? "parent_of" : "child_of";
    case RuKin::kSibling:
      return "sibling_of";
    case RuKin::kInLaw:
      return "associate_of";
  }
  return "associate_of";
}

bool IsSchoolWordRu(std::string_view word) {
  static constexpr std::string_view kStems[] = {
      "школ", "институт", "университет", "академи",      "колледж",    "училищ",      "лицей",
      "лице", "гимнази",  "техникум",    "консерватори", "аспирантур", "магистратур", "факультет"};
  for (std::string_view s : kStems) {
    if (word.starts_with(s)) return true;
  }
  return false;
}

bool IsPrepositionRu(std::string_view word) {
  return OneOf(word, {"в",   "во",    "на",    "с",      "со",    "из",     "по",    "для",
                      "о",   "об",    "обо",   "от",     "к",     "ко",     "у",     "за",
                      "при", "после", "перед", "до",     "над",   "под",    "через", "между",
                      "без", "про",   "около", "вокруг", "среди", "против", "вместе"});
}

bool EndsPhraseRu(std::string_view word) {
  return IsPrepositionRu(word) ||
         OneOf(word, {"и",       "а",        "но",       "что",     "чтобы", "который", "которая",
                      "которое", "которые",  "которого", "которой", "где",   "когда",   "если",
                      "как",     "также",    "тоже",     "затем",   "потом", "после",   "он",
                      "она",     "они",      "был",      "была",    "было",  "были",    "является",
                      "являлся", "являлась", "до",       "где",     "уже",   "ещё",     "еще",
                      "то",      "это",      "этот",     "эта",     "его",   "её",      "ее",
                      "их"});
}

}  // namespace dossier::internal
