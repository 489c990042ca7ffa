// The vocabulary of the synthetic news corpus (corpus_generator.h): English
// and Russian function and content words, sentence openers, headings,
// outlets, cities and the parts of Central Asian names. Word lists are
// ordered from frequent to rare: the generator draws from them with a skew
// towards the front, like word frequencies in real text.
//
// Russian entries use only letters and signs that windows-1251 can encode
// (no Kazakh-specific letters), since some Russian files are written in it.
#ifndef DOSSIER_BENCH_INTERNAL_CORPUS_VOCABULARY_H_
#define DOSSIER_BENCH_INTERNAL_CORPUS_VOCABULARY_H_

#include <array>
#include <string_view>

namespace dossier::bench::internal {

using std::string_view_literals::operator""sv;

inline constexpr std::array kEnFunction = {
    "the"sv,   "of"sv,    "and"sv,     "to"sv,      "in"sv,    "a"sv,     "on"sv,    "for"sv,
    "that"sv,  "with"sv,  "by"sv,      "from"sv,    "at"sv,    "as"sv,    "is"sv,    "was"sv,
    "were"sv,  "has"sv,   "had"sv,     "have"sv,    "be"sv,    "been"sv,  "will"sv,  "would"sv,
    "its"sv,   "their"sv, "his"sv,     "her"sv,     "this"sv,  "which"sv, "after"sv, "before"sv,
    "under"sv, "over"sv,  "against"sv, "between"sv, "about"sv, "not"sv,   "also"sv,  "but"sv,
    "or"sv,    "an"sv,    "more"sv,    "than"sv,    "into"sv,  "while"sv, "since"sv, "during"sv};

inline constexpr std::array kEnContent = {
    "government"sv,   "ministry"sv,   "court"sv,         "prosecutor"sv,   "investigation"sv,
    "company"sv,      "contract"sv,   "tender"sv,        "budget"sv,       "deputy"sv,
    "minister"sv,     "akim"sv,       "region"sv,        "city"sv,         "district"sv,
    "construction"sv, "road"sv,       "hospital"sv,      "school"sv,       "project"sv,
    "funds"sv,        "report"sv,     "statement"sv,     "press"sv,        "service"sv,
    "office"sv,       "agency"sv,     "committee"sv,     "parliament"sv,   "mazhilis"sv,
    "senate"sv,       "decree"sv,     "law"sv,           "amendment"sv,    "decision"sv,
    "hearing"sv,      "defendant"sv,  "lawyer"sv,        "witness"sv,      "case"sv,
    "charges"sv,      "fraud"sv,      "embezzlement"sv,  "bribery"sv,      "property"sv,
    "land"sv,         "plot"sv,       "shares"sv,        "bank"sv,         "loan"sv,
    "payment"sv,      "transfer"sv,   "account"sv,       "audit"sv,        "inspection"sv,
    "official"sv,     "former"sv,     "chairman"sv,      "director"sv,     "head"sv,
    "general"sv,      "national"sv,   "state"sv,         "public"sv,       "private"sv,
    "local"sv,        "regional"sv,   "international"sv, "foreign"sv,      "annual"sv,
    "new"sv,          "large"sv,      "announced"sv,     "confirmed"sv,    "denied"sv,
    "reported"sv,     "approved"sv,   "signed"sv,        "allocated"sv,    "received"sv,
    "transferred"sv,  "opened"sv,     "closed"sv,        "launched"sv,     "completed"sv,
    "appointed"sv,    "dismissed"sv,  "detained"sv,      "arrested"sv,     "sentenced"sv,
    "acquitted"sv,    "questioned"sv, "accused"sv,       "claimed"sv,      "stated"sv,
    "noted"sv,        "added"sv,      "explained"sv,     "published"sv,    "documents"sv,
    "residents"sv,    "families"sv,   "workers"sv,       "farmers"sv,      "pipeline"sv,
    "oil"sv,          "gas"sv,        "grain"sv,         "railway"sv,      "airport"sv,
    "housing"sv,      "apartments"sv, "subsidies"sv,     "pensions"sv,     "salaries"sv,
    "tariffs"sv,      "prices"sv,     "inflation"sv,     "exports"sv,      "imports"sv,
    "customs"sv,      "border"sv,     "election"sv,      "campaign"sv,     "party"sv,
    "candidate"sv,    "voters"sv,     "protest"sv,       "police"sv,       "journalists"sv,
    "newspaper"sv,    "interview"sv,  "spokesman"sv,     "shareholders"sv, "holding"sv,
    "subsidiary"sv,   "offshore"sv,   "relatives"sv,     "brother"sv,      "son-in-law"sv,
    "nephew"sv,       "villa"sv,      "estate"sv,        "assets"sv,       "seized"sv,
    "frozen"sv,       "appeal"sv,     "verdict"sv,       "years"sv,        "months"sv,
    "previously"sv,   "reportedly"sv, "officially"sv,    "publicly"sv,     "recently"sv,
    "suspicious"sv,   "illegal"sv,    "unfinished"sv,    "overpriced"sv,   "missing"sv};

inline constexpr std::array kEnSentenceStart = {"The"sv,
                                                "According to the"sv,
                                                "In addition, the"sv,
                                                "However, the"sv,
                                                "Meanwhile, the"sv,
                                                "Earlier, the"sv,
                                                "Last year the"sv,
                                                "A"sv,
                                                "Prosecutors say the"sv,
                                                "The ministry said the"sv,
                                                "Documents show that the"sv,
                                                "Critics argue that the"sv,
                                                "It is not clear whether the"sv,
                                                "Officials insist the"sv};

inline constexpr std::array kEnQuoteStart = {"We"sv,    "This"sv,   "Our"sv,        "It"sv,
                                             "There"sv, "Nobody"sv, "Everything"sv, "I"sv};

inline constexpr std::array kEnSayVerbs = {"said"sv, "told reporters"sv, "wrote on Facebook"sv,
                                           "told the court"sv, "said in a statement"sv};

inline constexpr std::array kEnRoles = {"deputy minister"sv,
                                        "akim of the region"sv,
                                        "head of the anti-corruption agency"sv,
                                        "defence lawyer"sv,
                                        "spokesman for the prosecutor's office"sv,
                                        "member of parliament"sv,
                                        "chairman of the board"sv,
                                        "local activist"sv};

inline constexpr std::array kEnCities = {"Astana"sv,  "Almaty"sv,    "Shymkent"sv, "Karaganda"sv,
                                         "Aktobe"sv,  "Taraz"sv,     "Pavlodar"sv, "Oskemen"sv,
                                         "Semey"sv,   "Atyrau"sv,    "Kostanay"sv, "Kyzylorda"sv,
                                         "Uralsk"sv,  "Petropavl"sv, "Aktau"sv,    "Turkestan"sv,
                                         "Bishkek"sv, "Tashkent"sv,  "Osh"sv,      "Samarkand"sv};

inline constexpr std::array kEnOutlets = {"Steppe Herald"sv,  "Nomad Post"sv,    "Dala Media"sv,
                                          "Radio Saryarka"sv, "Ak Zhol Daily"sv, "Caspian Wire"sv};

inline constexpr std::array kEnFooters = {
    "Follow us on Telegram for the latest news from the region."sv,
    "Reprinting is allowed only with an active link to the source."sv,
    "If you have information about this case, write to our editors."sv,
    "This article was updated after the publication of the court verdict."sv};

inline constexpr std::array kEnHeadings = {"Background"sv,
                                           "What the court said"sv,
                                           "Reaction"sv,
                                           "The tender"sv,
                                           "Money trail"sv,
                                           "Next steps"sv,
                                           "Official response"sv,
                                           "Timeline"sv,
                                           "Who is behind the company"sv,
                                           "The family business"sv,
                                           "Questions remain"sv,
                                           "Is the investigation over?"sv};

inline constexpr std::array kEnTitleStart = {"Court in"sv,    "Prosecutors in"sv, "Akim of"sv,
                                             "Auditors in"sv, "Residents of"sv,   "Police in"sv};

inline constexpr std::array kEnMonths = {"January"sv,   "February"sv, "March"sv,    "April"sv,
                                         "May"sv,       "June"sv,     "July"sv,     "August"sv,
                                         "September"sv, "October"sv,  "November"sv, "December"sv};

inline constexpr std::array kRuFunction = {
    "и"sv,   "в"sv,       "на"sv,      "с"sv,     "по"sv,    "не"sv,    "что"sv,   "о"sv,
    "из"sv,  "за"sv,      "для"sv,     "к"sv,     "от"sv,    "до"sv,    "как"sv,   "его"sv,
    "ее"sv,  "их"sv,      "это"sv,     "был"sv,   "была"sv,  "были"sv,  "также"sv, "однако"sv,
    "при"sv, "после"sv,   "уже"sv,     "еще"sv,   "более"sv, "около"sv, "между"sv, "против"sv,
    "под"sv, "который"sv, "которые"sv, "этого"sv, "всех"sv,  "лишь"sv};

inline constexpr std::array kRuContent = {"правительство"sv,
                                          "министерство"sv,
                                          "суд"sv,
                                          "прокурор"sv,
                                          "расследование"sv,
                                          "компания"sv,
                                          "контракт"sv,
                                          "тендер"sv,
                                          "бюджет"sv,
                                          "депутат"sv,
                                          "министр"sv,
                                          "аким"sv,
                                          "область"sv,
                                          "город"sv,
                                          "район"sv,
                                          "строительство"sv,
                                          "дорога"sv,
                                          "больница"sv,
                                          "школа"sv,
                                          "проект"sv,
                                          "средства"sv,
                                          "отчет"sv,
                                          "заявление"sv,
                                          "пресс-служба"sv,
                                          "ведомство"sv,
                                          "агентство"sv,
                                          "комитет"sv,
                                          "парламент"sv,
                                          "мажилис"sv,
                                          "сенат"sv,
                                          "указ"sv,
                                          "закон"sv,
                                          "поправки"sv,
                                          "решение"sv,
                                          "заседание"sv,
                                          "обвиняемый"sv,
                                          "адвокат"sv,
                                          "свидетель"sv,
                                          "дело"sv,
                                          "обвинение"sv,
                                          "мошенничество"sv,
                                          "хищение"sv,
                                          "взятка"sv,
                                          "имущество"sv,
                                          "земля"sv,
                                          "участок"sv,
                                          "акции"sv,
                                          "банк"sv,
                                          "кредит"sv,
                                          "платеж"sv,
                                          "аудит"sv,
                                          "проверка"sv,
                                          "чиновник"sv,
                                          "бывший"sv,
                                          "председатель"sv,
                                          "директор"sv,
                                          "глава"sv,
                                          "национальный"sv,
                                          "государственный"sv,
                                          "частный"sv,
                                          "местный"sv,
                                          "областной"sv,
                                          "новый"sv,
                                          "крупный"sv,
                                          "сообщил"sv,
                                          "подтвердил"sv,
                                          "опроверг"sv,
                                          "заявил"sv,
                                          "утвердил"sv,
                                          "подписал"sv,
                                          "выделил"sv,
                                          "получил"sv,
                                          "перевел"sv,
                                          "открыл"sv,
                                          "закрыл"sv,
                                          "запустил"sv,
                                          "завершил"sv,
                                          "назначил"sv,
                                          "освободил"sv,
                                          "задержал"sv,
                                          "арестовал"sv,
                                          "приговорил"sv,
                                          "оправдал"sv,
                                          "допросил"sv,
                                          "обвинил"sv,
                                          "отметил"sv,
                                          "добавил"sv,
                                          "пояснил"sv,
                                          "опубликовал"sv,
                                          "документы"sv,
                                          "жители"sv,
                                          "семьи"sv,
                                          "рабочие"sv,
                                          "фермеры"sv,
                                          "трубопровод"sv,
                                          "нефть"sv,
                                          "газ"sv,
                                          "зерно"sv,
                                          "железная"sv,
                                          "аэропорт"sv,
                                          "жилье"sv,
                                          "квартиры"sv,
                                          "субсидии"sv,
                                          "пенсии"sv,
                                          "зарплаты"sv,
                                          "тарифы"sv,
                                          "цены"sv,
                                          "инфляция"sv,
                                          "экспорт"sv,
                                          "импорт"sv,
                                          "таможня"sv,
                                          "граница"sv,
                                          "выборы"sv,
                                          "кампания"sv,
                                          "партия"sv,
                                          "кандидат"sv,
                                          "избиратели"sv,
                                          "акция"sv,
                                          "полиция"sv,
                                          "журналисты"sv,
                                          "газета"sv,
                                          "интервью"sv,
                                          "акционеры"sv,
                                          "холдинг"sv,
                                          "офшор"sv,
                                          "родственники"sv,
                                          "брат"sv,
                                          "зять"sv,
                                          "племянник"sv,
                                          "особняк"sv,
                                          "активы"sv,
                                          "изъяты"sv,
                                          "арестованы"sv,
                                          "апелляция"sv,
                                          "приговор"sv,
                                          "лет"sv,
                                          "месяцев"sv,
                                          "ранее"sv,
                                          "официально"sv,
                                          "недавно"sv,
                                          "подозрительный"sv,
                                          "незаконный"sv,
                                          "недостроенный"sv,
                                          "завышенный"sv,
                                          "пропавший"sv};

inline constexpr std::array kRuSentenceStart = {"По данным"sv,
                                                "Кроме того,"sv,
                                                "Однако"sv,
                                                "Между тем"sv,
                                                "Ранее"sv,
                                                "В прошлом году"sv,
                                                "Как сообщает пресс-служба,"sv,
                                                "Суд"sv,
                                                "Прокуратура"sv,
                                                "Министерство"sv,
                                                "Документы показывают, что"sv,
                                                "Критики считают, что"sv,
                                                "Неясно, был ли"sv,
                                                "Чиновники настаивают, что"sv};

inline constexpr std::array kRuQuoteStart = {"Мы"sv,    "Это"sv, "Наш"sv, "Нет"sv,
                                             "Никто"sv, "Все"sv, "Я"sv,   "Здесь"sv};

inline constexpr std::array kRuRoles = {"заместитель министра"sv,
                                        "аким области"sv,
                                        "глава антикоррупционного агентства"sv,
                                        "адвокат"sv,
                                        "представитель прокуратуры"sv,
                                        "депутат мажилиса"sv,
                                        "председатель правления"sv,
                                        "местный активист"sv};

inline constexpr std::array kRuCities = {
    "Астана"sv,        "Алматы"sv, "Шымкент"sv,   "Караганда"sv, "Актобе"sv,    "Тараз"sv,
    "Павлодар"sv,      "Семей"sv,  "Атырау"sv,    "Костанай"sv,  "Кызылорда"sv, "Уральск"sv,
    "Петропавловск"sv, "Актау"sv,  "Туркестан"sv, "Бишкек"sv};

inline constexpr std::array kRuOutlets = {"Степной вестник"sv, "Номад"sv,  "Дала медиа"sv,
                                          "Радио Сарыарка"sv,  "Ак жол"sv, "Каспий инфо"sv};

inline constexpr std::array kRuFooters = {
    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости региона."sv,
    "Перепечатка материалов допускается только с активной ссылкой на источник."sv,
    "Если у вас есть информация по этому делу, напишите в редакцию."sv,
    "Статья обновлена после оглашения приговора суда."sv};

inline constexpr std::array kRuHeadings = {"Предыстория"sv,
                                           "Что решил суд"sv,
                                           "Реакция"sv,
                                           "Тендер"sv,
                                           "Куда ушли деньги"sv,
                                           "Что дальше"sv,
                                           "Официальный ответ"sv,
                                           "Хронология"sv,
                                           "Кто стоит за компанией"sv,
                                           "Семейный бизнес"sv,
                                           "Вопросы остаются"sv,
                                           "Закончено ли следствие?"sv};

inline constexpr std::array kRuTitleStart = {"Суд"sv,      "Прокуратура"sv, "Аким"sv,
                                             "Аудиторы"sv, "Жители"sv,      "Полиция"sv};

inline constexpr std::array kRuMonths = {"января"sv,   "февраля"sv, "марта"sv,  "апреля"sv,
                                         "мая"sv,      "июня"sv,    "июля"sv,   "августа"sv,
                                         "сентября"sv, "октября"sv, "ноября"sv, "декабря"sv};

// Central Asian surnames: a root and a suffix ("Tulegen" + "bayev").
inline constexpr std::array kEnSurnameRoots = {
    "Tulegen"sv, "Akhmet"sv,   "Sarsen"sv, "Nurlan"sv,     "Yerlan"sv, "Bekmurat"sv,
    "Zhakup"sv,  "Kassym"sv,   "Tokay"sv,  "Abdrakhman"sv, "Iskak"sv,  "Mukhamed"sv,
    "Serik"sv,   "Dauren"sv,   "Temir"sv,  "Baiken"sv,     "Omar"sv,   "Kuanysh"sv,
    "Yesen"sv,   "Zhumabek"sv, "Kenes"sv,  "Almas"sv,      "Ermek"sv,  "Aidar"sv,
    "Marat"sv,   "Nurgali"sv,  "Utemis"sv, "Saparbek"sv,   "Toktar"sv, "Yegarmin"sv};
inline constexpr std::array kEnMaleSuffixes = {"ov"sv, "ev"sv, "bayev"sv, "bekov"sv, "uly"sv};
inline constexpr std::array kEnFemaleSuffixes = {"ova"sv, "eva"sv, "bayeva"sv, "bekova"sv,
                                                 "kyzy"sv};
inline constexpr std::array kEnMaleNames = {"Nurlan"sv,  "Askar"sv, "Bolat"sv,  "Daniyar"sv,
                                            "Yerzhan"sv, "Timur"sv, "Rustem"sv, "Arman"sv,
                                            "Kairat"sv,  "Marat"sv, "Yerlan"sv, "Serik"sv};
inline constexpr std::array kEnFemaleNames = {"Aigerim"sv, "Dana"sv,   "Gulnara"sv, "Saule"sv,
                                              "Madina"sv,  "Zhanar"sv, "Aliya"sv,   "Asel"sv,
                                              "Dinara"sv,  "Botagoz"sv};
inline constexpr std::array kEnInitials = {"A"sv, "B"sv, "D"sv, "E"sv, "G"sv, "I"sv, "K"sv, "M"sv,
                                           "N"sv, "O"sv, "P"sv, "R"sv, "S"sv, "T"sv, "Y"sv, "Z"sv};

inline constexpr std::array kRuSurnameRoots = {
    "Тулеген"sv, "Ахмет"sv,   "Сарсен"sv, "Нурлан"sv,    "Ерлан"sv,  "Бекмурат"sv,
    "Жакуп"sv,   "Касым"sv,   "Токай"sv,  "Абдрахман"sv, "Искак"sv,  "Мухамед"sv,
    "Серик"sv,   "Даурен"sv,  "Темир"sv,  "Байкен"sv,    "Омар"sv,   "Куаныш"sv,
    "Есен"sv,    "Жумабек"sv, "Кенес"sv,  "Алмас"sv,     "Ермек"sv,  "Айдар"sv,
    "Марат"sv,   "Нургали"sv, "Утемис"sv, "Сапарбек"sv,  "Токтар"sv, "Егармин"sv};
inline constexpr std::array kRuMaleSuffixes = {"ов"sv, "ев"sv, "баев"sv, "беков"sv, "улы"sv};
inline constexpr std::array kRuFemaleSuffixes = {"ова"sv, "ева"sv, "баева"sv, "бекова"sv, "кызы"sv};
inline constexpr std::array kRuMaleNames = {"Нурлан"sv, "Аскар"sv, "Болат"sv,  "Данияр"sv,
                                            "Ержан"sv,  "Тимур"sv, "Рустем"sv, "Арман"sv,
                                            "Кайрат"sv, "Марат"sv, "Ерлан"sv,  "Серик"sv};
inline constexpr std::array kRuFemaleNames = {"Айгерим"sv, "Дана"sv,   "Гульнара"sv, "Сауле"sv,
                                              "Мадина"sv,  "Жанар"sv,  "Алия"sv,     "Асель"sv,
                                              "Динара"sv,  "Ботагоз"sv};
inline constexpr std::array kRuInitials = {"А"sv, "Б"sv, "В"sv, "Г"sv, "Д"sv, "Е"sv, "Ж"sv, "И"sv,
                                           "К"sv, "Л"sv, "М"sv, "Н"sv, "О"sv, "П"sv, "Р"sv, "С"sv};

}  // namespace dossier::bench::internal

#endif  // DOSSIER_BENCH_INTERNAL_CORPUS_VOCABULARY_H_
