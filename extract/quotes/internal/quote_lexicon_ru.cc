// The Russian rules of the quotation extractors (quote_lexicon.h): cue
// verbs in every tense and gender, source phrases ("по словам", "по
// мнению", "как сообщает"), pronouns in every case, nouns of persons,
// groups and documents, name endings and given names with their gender,
// dash dialogue, and inflected names (name_forms_ru.h). Latin words in a
// Russian text (foreign names) fall back to the English rules.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "extract/quotes/internal/name_forms_ru.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_text.h"
#include "extract/quotes/internal/word_set.h"

namespace dossier::internal {
namespace {

// Past stems of verbs of saying: the stem + "л", "ла", "ли", "ло" (and "лся",
// "лась", "лись" for the reflexive ones) is a cue in every gender.
constexpr std::string_view kPastStems[] = {
    "сказа",       "заяви",        "отмети",    "сообщи",   "добави",          "подчеркну",
    "поясни",      "рассказа",     "ответи",    "уточни",   "призна",          "замети",
    "подытожи",    "резюмирова",   "написа",    "спроси",   "воскликну",       "продолжи",
    "возрази",     "констатирова", "утвержда",  "напомни",  "объясни",         "говори",
    "отвеча",      "добавля",      "заверя",    "завери",   "увери",           "уверя",
    "предупреди",  "пообеща",      "обеща",     "счита",    "полага",          "подтверди",
    "опроверг",    "отрица",       "парирова",  "посетова", "пожалова",        "подели",
    "возмути",     "согласи",      "признава",  "рассужда", "заключи",         "сетова",
    "процитирова", "повтори",      "подчёркну", "отреза",   "прокомментирова", "комментирова",
    "сообща",      "рассказыва",   "поясня",    "уточня",   "объясня",         "напомина",
    "замеча",      "поинтересова", "удивля",    "удиви",    "пошути",          "шути",
    "вспомина",    "вспомни"};

// Present and other forms of saying that take no past ending.
constexpr std::string_view kPresentForms[] = {
    "говорит",      "говорят",      "заявляет",     "заявляют",      "отмечает",     "отмечают",
    "сообщает",     "сообщают",     "добавляет",    "добавляют",     "подчеркивает", "подчёркивает",
    "подчеркивают", "подчёркивают", "поясняет",     "поясняют",      "рассказывает", "рассказывают",
    "считает",      "считают",      "полагает",     "полагают",      "уверен",       "уверена",
    "уверены",      "убежден",      "убеждён",      "убеждена",      "убеждены",     "утверждает",
    "утверждают",   "пишет",        "пишут",        "отвечает",      "отвечают",     "уточняет",
    "уточняют",     "признает",     "признаёт",     "признают",      "замечает",     "объясняет",
    "объясняют",    "напоминает",   "напоминают",   "предупреждает", "продолжает",   "констатирует",
    "резюмирует",   "уверяет",      "заверяет",     "отрицает",      "отрицают",     "опровергает",
    "возражает",    "вспоминает",   "рассуждает",   "сетует",        "жалуется",     "признается",
    "признаётся",   "говорится",    "сказано",      "цитирует",      "спрашивает",   "интересуется",
    "комментирует", "парирует",     "прогнозирует", "указывает",     "настаивает",   "предполагает",
    "призывает",    "объявляет",    "возмущается",  "удивляется",    "соглашается",  "обещает",
    "опроверг",     "шутит",        "добавив",      "отметив",       "подчеркнув",   "заявив",
    "пояснив",      "уточнив",      "сказав",       "напомнив",      "признав"};

// Gerunds of saying: "…, добавив: «…»" continues the clause before.
constexpr std::string_view kGerunds[] = {"добавив", "отметив", "подчеркнув", "заявив", "пояснив",
                                         "уточнив", "сказав",  "напомнив",   "признав"};

// clang-format off
constexpr std::string_view kPersonNouns[] = {
    "бизнесмен", "бизнесвумен", "предприниматель", "предпринимательница", "политик", "премьер",
    "премьер-министр", "министр", "вице-министр", "аким", "глава", "директор", "гендиректор",
    "президент", "вице-президент", "депутат", "сенатор", "журналист", "журналистка",
    "корреспондент", "эксперт", "аналитик", "политолог", "экономист", "адвокат", "юрист",
    "прокурор", "судья", "следователь", "основатель", "основательница", "соучредитель",
    "учредитель", "владелец", "владелица", "совладелец", "председатель", "руководитель",
    "руководительница", "представитель", "представительница", "пресс-секретарь", "спикер",
    "посол", "дипломат", "генерал", "банкир", "олигарх", "миллиардер", "миллионер", "чиновник",
    "чиновница", "оппозиционер", "оппозиционерка", "активист", "активистка", "блогер", "блогерша",
    "редактор", "главред", "собеседник", "собеседница", "муж", "жена", "сын", "дочь", "брат",
    "сестра", "отец", "мать", "зять", "вдова", "вдовец", "супруг", "супруга", "мэр", "губернатор",
    "ректор", "профессор", "писатель", "писательница", "автор", "ведущий", "ведущая", "истец",
    "истица", "ответчик", "обвиняемый", "обвиняемая", "подсудимый", "подсудимая", "свидетель",
    "свидетельница", "лидер", "бывший", "экс-премьер", "экс-аким", "экс-министр", "экс-президент",
    "экс-глава", "экс-супруг", "экс-супруга", "экс-муж", "экс-жена", "певец", "певица", "артист",
    "актриса", "актёр", "актер", "спортсмен", "тренер", "врач", "учёный", "ученый", "историк",
    "социолог", "правозащитник", "правозащитница", "общественник"};
// clang-format on

constexpr std::string_view kSpokesNouns[] = {"пресс-секретарь", "представитель",
                                             "представительница", "спикер"};

constexpr std::string_view kInstitutionNouns[] = {
    "министерство",  "ведомство",     "компания",  "партия",    "суд",          "прокуратура",
    "правительство", "администрация", "акимат",    "парламент", "мажилис",      "сенат",
    "пресс-служба",  "комитет",       "агентство", "банк",      "фонд",         "посольство",
    "полиция",       "газета",        "издание",   "телеканал", "радиостанция", "редакция",
    "организация",   "движение",      "союз",      "служба",    "управление",   "корпорация",
    "холдинг",       "группа",        "канал",     "сайт",      "портал",       "университет"};

constexpr std::string_view kCrowdNouns[] = {"толпа",       "протестующие", "демонстранты",
                                            "митингующие", "собравшиеся",  "участники"};

constexpr std::string_view kPluralGroupNouns[] = {
    "власти",        "чиновники", "эксперты",  "депутаты", "адвокаты",      "юристы",
    "следователи",   "прокуроры", "аналитики", "критики",  "оппозиционеры", "активисты",
    "представители", "источники", "очевидцы",  "жители",   "сотрудники"};

constexpr std::string_view kDocumentNouns[] = {
    "заявление", "сообщение",  "письмо",    "пресс-релиз",   "релиз",      "документ",
    "жалоба",    "иск",        "статья",    "пост",          "публикация", "интервью",
    "обращение", "решение",    "приговор",  "постановление", "доклад",     "отчет",
    "отчёт",     "твит",       "сообщении", "заявлении",     "письме",     "документе",
    "посте",     "публикации", "обращении", "докладе"};

// clang-format off
constexpr std::string_view kPersonTitles[] = {
    "г-н", "г-жа", "господин", "госпожа", "президент", "премьер", "премьер-министр", "министр",
    "аким", "депутат", "сенатор", "генерал", "судья", "профессор", "доктор", "экс-премьер",
    "экс-президент", "экс-аким", "мэр", "губернатор", "посол"};
// clang-format on

constexpr std::string_view kDeterminers[] = {
    "бывший",    "бывшая", "бывшее", "бывшие", "экс",      "этот",     "эта",         "это",
    "тот",       "та",     "новый",  "новая",  "нынешний", "нынешняя", "действующий", "известный",
    "известная", "один",   "одна",   "сам",    "сама",     "сами"};

constexpr std::string_view kStops[] = {
    "в",     "во",    "на",    "с",      "со",        "из",      "по",      "для",
    "о",     "об",    "обо",   "от",     "к",         "ко",      "у",       "за",
    "при",   "после", "перед", "до",     "над",       "под",     "через",   "и",
    "а",     "но",    "что",   "чтобы",  "который",   "которая", "которое", "которые",
    "когда", "если",  "как",   "также",  "тоже",      "ещё",     "еще",     "уже",
    "ли",    "же",    "бы",    "потому", "поскольку", "хотя",    "об",      "про"};

constexpr std::string_view kFillers[] = {
    "также",   "тоже",       "ещё",    "еще",    "уже",     "потом",   "затем",    "позже",
    "позднее", "тогда",      "вновь",  "снова",  "вчера",   "сегодня", "недавно",  "ранее",
    "прямо",   "лишь",       "только", "даже",   "всегда",  "часто",   "однажды",  "не",
    "честно",  "откровенно", "твёрдо", "твердо", "коротко", "кратко",  "публично", "открыто"};

constexpr std::string_view kOpeners[] = {"и",     "но",    "а",      "однако", "впрочем",
                                         "зато",  "ведь",  "также",  "тогда",  "потом",
                                         "затем", "позже", "теперь", "при",    "кроме"};

constexpr std::string_view kClauseOpeners[] = {"когда",     "хотя", "если", "пока", "как",
                                               "поскольку", "хоть", "что",  "где"};

// "который заявил", "которая рассказала": the subject of a cue verb.
constexpr std::string_view kRelatives[] = {"который", "которая", "которые"};

constexpr std::string_view kIndefinites[] = {"один", "одна", "некий", "некая", "кто-то"};

// Unnamed sources: «источник в правительстве», «собеседник издания».
constexpr std::string_view kAnonymousNouns[] = {
    "источник", "источники", "собеседник", "собеседница",   "пользователь", "пользовательница",
    "очевидец", "очевидица", "свидетель",  "свидетельница", "житель",       "жительница",
    "инсайдер", "знакомый",  "знакомая",   "сотрудник",     "сотрудница"};

constexpr std::string_view kIntro[] = {"в", "во", "на", "после", "при", "по", "для", "с", "во"};

constexpr std::string_view kTimeWords[] = {"вчера",   "сегодня", "накануне", "ранее",
                                           "недавно", "утром",   "вечером",  "днём"};

// clang-format off
constexpr std::string_view kNameIntroducers[] = {
    "звания", "звание", "титул", "титула", "статус", "статуса", "премии", "премию", "орден",
    "ордена", "награды", "номинации", "конкурса", "фестиваля", "турнира", "матча", "журнала",
    "журнал", "журнале", "сайта", "передачи", "программе", "шоу", "романа", "романе", "песни",
    "песню", "фильма", "фильме", "спектакля", "спектакль", "акции", "акция", "операции",
    "кампании", "клуба", "клуб", "команды", "концерна", "завода", "комбината", "театра", "газете",
    "издании", "изданию", "агентству", "агентстве", "телеканале", "порталу", "порталом", "так",
    "называемый", "называемая", "называемое", "называемые", "называемых", "называемой",
    "названием", "слово", "слова", "термин", "лозунг", "прозвище", "бренд", "марка", "марки", "в",
    "во", "на", "о", "об", "от", "для", "из", "по", "с", "со", "к", "у", "за", "при", "про",
    "через", "под", "компания", "компании", "компанию", "компанией", "радио", "радиостанция",
    "радиостанции", "радиостанцию", "телеканал", "телеканала", "телеканалу", "газета", "газеты",
    "газету", "газете", "партия", "партии", "партию", "движение", "движения", "фонд", "фонда",
    "банк", "банка", "тоо", "ао", "ооо", "зао", "оао", "фильм", "книга", "книгу", "книге",
    "программа", "программы", "проект", "проекта", "холдинг", "холдинга", "агентство",
    "агентства", "издание", "издания", "портал", "портала", "сайт", "сайте", "статья", "статью",
    "статье", "операция", "операции", "дело", "дела", "эпопея", "ассоциация", "ассоциации",
    "корпорация", "корпорации", "группа", "группы", "организация", "организации", "объединение",
    "объединения", "альянс", "союз", "союза"};
// clang-format on

constexpr std::string_view kMaleNames[] = {
    "нурсултан", "арман",        "серик",   "болат",    "ерлан",     "нурлан",   "кайрат",
    "аскар",     "тимур",        "дархан",  "мухтар",   "рахат",     "акежан",   "алихан",
    "даулет",    "ермек",        "марат",   "бауыржан", "асхат",     "жанболат", "галымжан",
    "канат",     "касым-жомарт", "касым",   "мурат",    "талгат",    "ержан",    "бахытжан",
    "иван",      "сергей",       "андрей",  "алексей",  "дмитрий",   "владимир", "михаил",
    "николай",   "александр",    "игорь",   "олег",     "юрий",      "виктор",   "геннадий",
    "борис",     "павел",        "петр",    "пётр",     "евгений",   "вадим",    "константин",
    "максим",    "артём",        "артем",   "денис",    "роман",     "антон",    "илья",
    "кирилл",    "исмаил",       "ильяс",   "амиржан",  "ертай",     "жармахан", "мэлс",
    "есет",      "бигельдин",    "дастан",  "абай",     "ислам",     "айдос",    "азамат",
    "нуржан",    "самат",        "берик",   "ерболат",  "мурат",     "руслан",   "эдуард",
    "григорий",  "анатолий",     "валерий", "леонид",   "станислав", "вячеслав", "аркадий"};

constexpr std::string_view kFemaleNames[] = {
    "дарига",   "динара", "алия",     "айгуль", "гульнара", "сауле",     "жанна",     "жанар",
    "ботагоз",  "лира",   "светлана", "ирина",  "елена",    "ольга",     "наталья",   "наталия",
    "татьяна",  "анна",   "мария",    "марина", "юлия",     "екатерина", "валентина", "галина",
    "людмила",  "зарема", "асель",    "айжан",  "гаухар",   "мадина",    "камила",    "дина",
    "алма",     "роза",   "бибигуль", "майра",  "назира",   "жибек",     "лейла",     "лейля",
    "евгения",  "вера",   "надежда",  "любовь", "ксения",   "дарья",     "полина",    "софья",
    "виктория", "алёна",  "алена",    "оксана", "лариса",   "нина",      "зинаида",   "тамара"};

// clang-format off
constexpr std::string_view kFemaleNouns[] = {
    "жена", "дочь", "сестра", "мать", "вдова", "супруга", "журналистка", "активистка",
    "владелица", "собеседница", "ведущая", "бизнесвумен", "основательница", "руководительница",
    "представительница", "чиновница", "певица", "актриса", "писательница", "оппозиционерка",
    "истица", "свидетельница", "экс-супруга", "экс-жена", "госпожа", "г-жа", "бабушка", "внучка",
    "племянница", "тётя", "тетя", "невестка", "правозащитница"};
// clang-format on

constexpr std::string_view kMaleNouns[] = {"муж",       "сын",   "брат",    "отец",    "супруг",
                                           "бизнесмен", "зять",  "вдовец",  "экс-муж", "экс-супруг",
                                           "господин",  "г-н",   "дедушка", "внук",    "племянник",
                                           "дядя",      "певец", "актёр",   "актер"};

bool EndsWithAny(std::string_view word, std::initializer_list<std::string_view> tails) {
  for (std::string_view t : tails) {
    if (word.size() > t.size() + 4 && word.ends_with(t)) return true;
  }
  return false;
}

bool IsCyrillicWord(std::string_view word) {
  return !word.empty() && (static_cast<unsigned char>(word[0]) == 0xD0 ||
                           static_cast<unsigned char>(word[0]) == 0xD1 ||
                           static_cast<unsigned char>(word[0]) == 0xD2 ||
                           static_cast<unsigned char>(word[0]) == 0xD3);
}

class RussianLexicon final : public QuoteLexicon {
 public:
  bool IsCueVerb(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return EnglishQuoteLexicon().IsCueVerb(word);
    const std::string lower = LowerWord(word);
    static const WordSet present(kPresentForms);
    if (present.HasLower(lower)) return true;
    static const WordSet stems(kPastStems);
    // The stem before a past ending: "сказал|а", "признал|ся", "поделил|ась".
    static constexpr std::string_view kEndings[] = {"лись", "лась", "лся", "ла", "ли", "ло", "л"};
    for (std::string_view ending : kEndings) {
      if (!std::string_view(lower).ends_with(ending)) continue;
      const std::string_view stem = std::string_view(lower).substr(0, lower.size() - ending.size());
      if (stems.HasLower(stem)) return true;
    }
    return false;
  }

  bool IsCueVerbWithParticle(std::string_view verb, std::string_view particle) const override {
    return EnglishQuoteLexicon().IsCueVerbWithParticle(verb, particle);
  }

  Gender CueVerbGender(std::string_view verb) const override {
    if (!IsCyrillicWord(verb) || !IsCueVerb(verb)) return Gender::kUnknown;
    const std::string lower = LowerWord(verb);
    const std::string_view w = lower;
    if (w.ends_with("ла") || w.ends_with("лась") || w.ends_with("уверена") ||
        w.ends_with("убеждена")) {
      return Gender::kFemale;
    }
    if (w.ends_with("л") || w.ends_with("лся") || w.ends_with("уверен") || w.ends_with("убежден") ||
        w.ends_with("убеждён")) {
      return Gender::kMale;
    }
    return Gender::kUnknown;
  }

  bool IsCueParticiple(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return EnglishQuoteLexicon().IsCueParticiple(word);
    static const WordSet set(kGerunds);
    return set.Has(word);
  }

  bool TakesAddressee(std::string_view verb) const override {
    return EnglishQuoteLexicon().TakesAddressee(verb);
  }

  bool OpensSourcePhrase(std::string_view first, std::string_view second) const override {
    const std::string a = LowerWord(first), b = LowerWord(second);
    if (a == "по") {
      return b == "словам" || b == "мнению" || b == "данным" || b == "информации" ||
             b == "утверждению" || b == "версии" || b == "оценке" || b == "признанию";
    }
    if (a == "как") return IsCueVerb(second);  // "как сообщает X", "как заявил X"
    return EnglishQuoteLexicon().OpensSourcePhrase(first, second);
  }

  bool OpensSourcePlace(std::string_view preposition, std::string_view noun) const override {
    static constexpr std::string_view kPlaces[] = {
        "заявлении",       "сообщении",     "письме",    "пресс-релизе", "документе",
        "посте",           "публикации",    "обращении", "докладе",      "интервью",
        "пресс-службе",    "министерстве",  "ведомстве", "компании",     "акимате",
        "правительстве",   "прокуратуре",   "суде",      "агентстве",    "банке",
        "посольстве",      "администрации", "партии",    "штабе",        "комментарии",
        "телеграм-канале", "телеграме",     "фейсбуке",  "ответе",       "релизе"};
    static const WordSet places(kPlaces);
    const std::string p = LowerWord(preposition);
    return (p == "в" || p == "во") && places.Has(noun);
  }

  PronounKind ThirdPersonPronoun(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return EnglishQuoteLexicon().ThirdPersonPronoun(word);
    static constexpr std::string_view kMale[] = {"он", "его", "него", "ему", "нему", "нём", "нем"};
    static constexpr std::string_view kFemale[] = {"она", "её",  "ее", "неё", "нее",
                                                   "ей",  "ней", "ею", "нею"};
    static constexpr std::string_view kPlural[] = {"они", "их", "них", "им", "ним", "ими", "ними"};
    const std::string lower = LowerWord(word);
    for (std::string_view w : kMale) {
      if (lower == w) return PronounKind::kMale;
    }
    for (std::string_view w : kFemale) {
      if (lower == w) return PronounKind::kFemale;
    }
    for (std::string_view w : kPlural) {
      if (lower == w) return PronounKind::kPlural;
    }
    return PronounKind::kNone;
  }

  bool IsSubjectPronoun(std::string_view word) const override {
    const std::string lower = LowerWord(word);
    return lower == "он" || lower == "она" || EnglishQuoteLexicon().IsSubjectPronoun(word);
  }

  bool IsPersonNoun(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return EnglishQuoteLexicon().IsPersonNoun(word);
    static const WordSet set(kPersonNouns);
    if (set.Has(word)) return true;
    // "экс-аким", "вице-премьер": a prefix on a listed noun.
    const std::string lower = LowerWord(word);
    for (std::string_view prefix : {std::string_view("экс-"), std::string_view("вице-")}) {
      if (std::string_view(lower).starts_with(prefix) &&
          set.HasLower(std::string_view(lower).substr(prefix.size()))) {
        return true;
      }
    }
    return false;
  }

  bool IsSpokesNoun(std::string_view word) const override {
    static const WordSet set(kSpokesNouns);
    return set.Has(word) || EnglishQuoteLexicon().IsSpokesNoun(word);
  }
  bool IsGroupNoun(std::string_view word) const override {
    static const WordSet plural(kPluralGroupNouns);
    return IsInstitutionNoun(word) || IsCrowdNoun(word) || plural.Has(word) ||
           EnglishQuoteLexicon().IsGroupNoun(word);
  }
  bool IsInstitutionNoun(std::string_view word) const override {
    static const WordSet set(kInstitutionNouns);
    return set.Has(word) || EnglishQuoteLexicon().IsInstitutionNoun(word);
  }
  bool IsCrowdNoun(std::string_view word) const override {
    static const WordSet set(kCrowdNouns);
    return set.Has(word) || EnglishQuoteLexicon().IsCrowdNoun(word);
  }
  bool IsDocumentNoun(std::string_view word) const override {
    static const WordSet set(kDocumentNouns);
    return set.Has(word) || EnglishQuoteLexicon().IsDocumentNoun(word);
  }

  Gender PersonNounGender(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return EnglishQuoteLexicon().PersonNounGender(word);
    static const WordSet female(kFemaleNouns);
    static const WordSet male(kMaleNouns);
    if (female.Has(word)) return Gender::kFemale;
    if (male.Has(word)) return Gender::kMale;
    return Gender::kUnknown;
  }

  Gender NameGender(const std::vector<std::string_view>& words) const override {
    static const WordSet male(kMaleNames);
    static const WordSet female(kFemaleNames);
    bool cyrillic = false;
    for (std::string_view w : words) {
      if (!IsCyrillicWord(w)) continue;
      cyrillic = true;
      // Given names in any case: "Нурсултана", "Дариге".
      for (const std::string& lemma : RussianNameLemmas(w)) {
        if (male.HasLower(lemma)) return Gender::kMale;
        if (female.HasLower(lemma)) return Gender::kFemale;
      }
    }
    if (!cyrillic) return EnglishQuoteLexicon().NameGender(words);
    for (std::string_view w : words) {
      const std::string lower = LowerWord(w);
      if (EndsWithAny(lower, {"ович", "евич", "ич", "улы", "ұлы", "уулу"})) return Gender::kMale;
      if (EndsWithAny(lower, {"овна", "евна", "ична", "кызы", "қызы"})) return Gender::kFemale;
    }
    // Surname endings; "-ова" may also be a man's genitive ("по словам
    // Назарбаева"): names come from mentions, mostly in the nominative.
    for (std::string_view w : words) {
      const std::string lower = LowerWord(w);
      if (EndsWithAny(lower, {"ова", "ева", "ёва", "ина", "ская", "цкая"})) return Gender::kFemale;
    }
    for (std::string_view w : words) {
      const std::string lower = LowerWord(w);
      if (EndsWithAny(lower, {"ов", "ев", "ёв", "ин", "ын", "ский", "цкий"})) return Gender::kMale;
    }
    return Gender::kUnknown;
  }

  bool IsPersonTitle(std::string_view word) const override {
    static const WordSet set(kPersonTitles);
    return set.Has(word) || EnglishQuoteLexicon().IsPersonTitle(word);
  }
  bool IsDeterminer(std::string_view word) const override {
    static const WordSet set(kDeterminers);
    return set.Has(word) || EnglishQuoteLexicon().IsDeterminer(word);
  }

  bool StopsPhrase(std::string_view word) const override {
    static const WordSet set(kStops);
    return set.Has(word) || IsCueVerb(word) || EnglishQuoteLexicon().StopsPhrase(word);
  }
  bool IsCueFiller(std::string_view word) const override {
    static const WordSet set(kFillers);
    return set.Has(word) || EnglishQuoteLexicon().IsCueFiller(word);
  }
  bool IsSentenceOpener(std::string_view word) const override {
    static const WordSet set(kOpeners);
    return set.Has(word) || EnglishQuoteLexicon().IsSentenceOpener(word);
  }
  bool IsClauseOpener(std::string_view word) const override {
    static const WordSet set(kClauseOpeners);
    return IsSentenceOpener(word) || set.Has(word) || EnglishQuoteLexicon().IsClauseOpener(word);
  }
  bool IsRelativePronoun(std::string_view word) const override {
    static const WordSet set(kRelatives);
    return set.Has(word) || EnglishQuoteLexicon().IsRelativePronoun(word);
  }
  bool IsIndefinite(std::string_view word) const override {
    static const WordSet set(kIndefinites);
    return set.Has(word) || EnglishQuoteLexicon().IsIndefinite(word);
  }
  bool IsAnonymousNoun(std::string_view word) const override {
    static const WordSet set(kAnonymousNouns);
    return set.Has(word) || EnglishQuoteLexicon().IsAnonymousNoun(word);
  }
  bool IsFirstPersonPronoun(std::string_view word) const override {
    return LowerWord(word) == "я" || EnglishQuoteLexicon().IsFirstPersonPronoun(word);
  }
  bool OpensIntroPhrase(std::string_view word) const override {
    static const WordSet set(kIntro);
    return set.Has(word) || EnglishQuoteLexicon().OpensIntroPhrase(word);
  }
  bool IsTimeWord(std::string_view word) const override {
    static const WordSet set(kTimeWords);
    return set.Has(word) || EnglishQuoteLexicon().IsTimeWord(word);
  }
  bool IntroducesName(std::string_view word) const override {
    static const WordSet set(kNameIntroducers);
    // "сообщает «Лента.ру»": a quotation right after a cue verb is its
    // subject or object, a name.
    return set.Has(word) || (IsCyrillicWord(word) && IsCueVerb(word)) ||
           EnglishQuoteLexicon().IntroducesName(word);
  }

  bool MayNameAlone(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return true;
    static constexpr std::string_view kSurnameEndings[] = {
        "ов",   "ев",   "ёв",   "ин",   "ын",   "ова", "ева", "ёва", "ина", "ына", "ский",
        "цкий", "ская", "цкая", "ко",   "ук",   "юк",  "ич",  "ян",  "янц", "дзе", "швили",
        "улы",  "ұлы",  "кызы", "қызы", "баев", "бай", "ых",  "их",  "ман", "ер",  "ёнок"};
    for (const std::string& lemma : RussianNameLemmas(word)) {
      for (std::string_view ending : kSurnameEndings) {
        if (lemma.size() > ending.size() + 2 && std::string_view(lemma).ends_with(ending)) {
          return true;
        }
      }
    }
    return false;
  }

  // Russian names alone are judged by their endings (MayNameAlone).
  bool OnlyACommonWord(std::string_view word) const override {
    return !IsCyrillicWord(word) && EnglishQuoteLexicon().OnlyACommonWord(word);
  }

  bool NeverAName(std::string_view word) const override {
    if (!IsCyrillicWord(word)) return EnglishQuoteLexicon().NeverAName(word);
    const std::string lower = LowerWord(word);
    for (std::string_view w : {"это", "оно", "мы", "вы", "они", "ты", "тут", "там", "что"}) {
      if (lower == w) return true;
    }
    return false;
  }

  bool SubjectNearVerb() const override { return true; }

  bool CueNeedsDash() const override { return true; }

  bool DashOpensSpeech() const override { return true; }

  bool SameNameWord(std::string_view mention, std::string_view name) const override {
    return ExactNameWord(mention, name) || RussianNameWordsAgree(mention, name);
  }
};

}  // namespace

const QuoteLexicon& RussianQuoteLexicon() {
  static const RussianLexicon lexicon;
  return lexicon;
}

}  // namespace dossier::internal
