#include "bench/name_base_generator.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>

namespace dossier::bench {
namespace {

constexpr std::string_view kMaleGiven[] = {
    "Александр", "Сергей",     "Владимир", "Андрей",  "Алексей",   "Дмитрий",  "Николай",
    "Иван",      "Михаил",     "Игорь",    "Евгений", "Юрий",      "Олег",     "Виктор",
    "Павел",     "Константин", "Борис",    "Вадим",   "Валерий",   "Василий",  "Вячеслав",
    "Геннадий",  "Георгий",    "Григорий", "Денис",   "Егор",      "Илья",     "Кирилл",
    "Леонид",    "Максим",     "Никита",   "Пётр",    "Роман",     "Руслан",   "Станислав",
    "Степан",    "Тимур",      "Фёдор",    "Ярослав", "Нурсултан", "Касым",    "Серик",
    "Исмаил",    "Акежан",     "Мухтар",   "Рахат",   "Кайрат",    "Нурлан",   "Аскар",
    "Ерлан",     "Болат",      "Марат",    "Данияр",  "Айдос",     "Айбек",    "Алмас",
    "Арман",     "Асет",       "Азамат",   "Бахыт",   "Бауыржан",  "Бейбит",   "Берик",
    "Даулет",    "Даурен",     "Галым",    "Канат",   "Карим",     "Куаныш",   "Максат",
    "Мирас",     "Нурбол",     "Нуржан",   "Олжас",   "Рустем",    "Самат",    "Санжар",
    "Талгат",    "Темирлан",   "Ержан",    "Жанибек", "Ермек",     "Ринат",    "Айдар",
    "Адиль",     "Жаксыбек",   "Имангали", "Ербол",   "Еркин",     "Булат",    "Ильяс",
    "Бексултан", "Абылай",     "Дархан",   "Жандос",  "Медеу",     "Кенжебек", "Омирзак",
    "Сагындык",  "Шавкат",     "Джамшид",  "Рамзан",  "Магомед",   "Ахмед",    "Тигран",
    "Ашот",      "Леван",      "Гиорги",   "Фарход",  "Улугбек",   "Бахтияр",
};

constexpr std::string_view kFemaleGiven[] = {
    "Анна",   "Елена",     "Ольга",     "Наталья",   "Татьяна",    "Ирина",    "Светлана",
    "Мария",  "Екатерина", "Юлия",      "Анастасия", "Александра", "Алина",    "Валентина",
    "Вера",   "Галина",    "Дарья",     "Дарига",    "Жанна",      "Кристина", "Ксения",
    "Лариса", "Людмила",   "Маргарита", "Марина",    "Надежда",    "Айгерим",  "Айгуль",
    "Алия",   "Асель",     "Айжан",     "Динара",    "Гульнара",   "Гульмира", "Жанар",
    "Камила", "Мадина",    "Сауле",     "Аружан",    "Акмарал",    "Гаухар",   "Карлыгаш",
    "Раушан", "Жулдыз",    "Зарина",    "Асем",      "Меруерт",    "Томирис",  "Назерке",
    "Балжан", "Дильноза",  "Нодира",    "Лейла",     "Фатима",
};

// Surname stems; a surname is stem [+ middle] + ending.
constexpr std::string_view kRussianStems[] = {
    "Иван",      "Петр",    "Сидор",    "Смирн",   "Кузнецо",  "Поп",     "Сокол",   "Лебед",
    "Козл",      "Новик",   "Мороз",    "Волк",    "Соловь",   "Васил",   "Зайц",    "Павл",
    "Семен",     "Голуб",   "Виноград", "Богдан",  "Воробь",   "Федор",   "Михайл",  "Беляк",
    "Тарас",     "Бел",     "Комар",    "Орл",     "Кисел",    "Макар",   "Андре",   "Ковал",
    "Ильин",     "Гусе",    "Титов",    "Кузьм",   "Кудрявц",  "Баран",   "Куликов", "Алексе",
    "Степан",    "Яковл",   "Сорокин",  "Серге",   "Роман",    "Захар",   "Борис",   "Королёв",
    "Герасим",   "Пономар", "Григорь",  "Лазар",   "Медвед",   "Ершов",   "Никитин", "Соболе",
    "Рябов",     "Поляк",   "Цвет",     "Данил",   "Жук",      "Фролов",  "Журавл",  "Николаев",
    "Крылов",    "Максим",  "Сидоренк", "Осип",    "Белоус",   "Федот",   "Дорофе",  "Егор",
    "Матве",     "Бобров",  "Дмитри",   "Калинин", "Анисим",   "Петух",   "Антон",   "Тимофе",
    "Никифор",   "Веселов", "Филипп",   "Марков",  "Большак",  "Суханов", "Миронов", "Ширяе",
    "Александр", "Коновал", "Шестак",   "Казак",   "Ефим",     "Денис",   "Громов",  "Фомин",
    "Давыд",     "Мельник", "Щербак",   "Блинов",  "Колесник",
};

constexpr std::string_view kTurkicStems[] = {
    "Назарба", "Тока",        "Ахмет",    "Сулеймен", "Касым",   "Жумаба",      "Нурпеис",
    "Абен",    "Тулеген",     "Медетбек", "Игильман", "Есен",    "Абылай",      "Ермек",
    "Кенже",   "Сагын",       "Омир",     "Байту",    "Жаксы",   "Кали",        "Муса",
    "Исмаил",  "Оспан",       "Сейт",     "Ибраим",   "Мамыр",   "Бекмамбет",   "Тажи",
    "Утемис",  "Шайх",        "Джумабек", "Аман",     "Алимжан", "Турсун",      "Жолдас",
    "Есимхан", "Кожахмет",    "Аубакир",  "Бектур",   "Сарсен",  "Нурмаганбет", "Досым",
    "Ержан",   "Айтмухамбет", "Калдыба",  "Смаил",    "Мукан",   "Абдрахман",   "Исабек",
    "Толеу",   "Карим",       "Рахим",    "Салык",    "Уразба",  "Асылбек",     "Кайрат",
    "Бейсен",  "Мырзахмет",   "Садык",    "Ташкента", "Усман",   "Юлдаш",       "Каримжан",
    "Рашид",   "Шамил",       "Алиев",    "Гасан",    "Мамед",   "Гусейн",      "Умар",
};

constexpr std::string_view kMiddles[] = {"", "", "", "бай", "бек", "хан", "жан", "тай", "гали"};

constexpr std::string_view kSyllables[] = {
    "ка", "ра", "ли", "мо", "ту", "бе", "на", "са", "до", "ге", "ру", "ла", "ми", "ко",
    "та", "зе", "жу", "ха", "ти", "ва", "пе", "ны", "ша", "чу", "ло", "си", "ба", "де",
};

constexpr std::string_view kWesternGiven[] = {
    "John",   "James",   "Robert", "Michael",  "William",  "David",  "Richard",   "Joseph",
    "Thomas", "Charles", "Daniel", "Paul",     "Mark",     "George", "Peter",     "Frank",
    "Henry",  "Edward",  "Mary",   "Patricia", "Jennifer", "Linda",  "Elizabeth", "Barbara",
    "Susan",  "Sarah",   "Hans",   "Klaus",    "Pierre",   "Jean",   "Marco",     "Giuseppe",
    "Carlos", "Juan",    "Laura",  "Emma",
};

constexpr std::string_view kWesternSurnames[] = {
    "Smith",   "Johnson",   "Williams",  "Brown",    "Jones",      "Miller",    "Davis",
    "Garcia",  "Rodriguez", "Wilson",    "Martinez", "Anderson",   "Taylor",    "Thomas",
    "Moore",   "Martin",    "Jackson",   "Thompson", "White",      "Lopez",     "Harris",
    "Clark",   "Lewis",     "Robinson",  "Walker",   "Perez",      "Hall",      "Young",
    "Allen",   "Schmidt",   "Schneider", "Fischer",  "Weber",      "Meyer",     "Wagner",
    "Becker",  "Schulz",    "Hoffmann",  "Dubois",   "Durand",     "Lefebvre",  "Moreau",
    "Laurent", "Rossi",     "Russo",     "Ferrari",  "Esposito",   "Bianchi",   "Romano",
    "Colombo", "Fernandez", "Kowalski",  "Nowak",    "Wisniewski", "Novak",     "Horvat",
    "Jensen",  "Nielsen",   "Hansen",    "Berg",     "Lindqvist",  "Johansson", "OConnor",
    "Murphy",  "Kelly",     "Walsh",     "Byrne",
};

// Decodes UTF-8 Cyrillic (two-byte letters) or ASCII into code points.
std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c);
      ++i;
    } else {
      out.push_back(((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
      i += 2;
    }
  }
  return out;
}

void Encode(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t Lower(char32_t c) {
  if (c >= U'А' && c <= U'Я') return c + 0x20;
  if (c == U'Ё') return U'ё';
  return c;
}

bool IsCyrVowel(char32_t c) {
  return std::u32string_view(U"аеёиоуыэюя").find(Lower(c)) != std::u32string_view::npos;
}

// One Latin scheme's letters, for а..я then ё (index 32).
using Scheme = std::array<std::string_view, 33>;

// а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я ё
constexpr Scheme kBgn = {"a",  "b",  "v",  "g",    "d", "e", "zh", "z", "i",  "y",  "k",
                         "l",  "m",  "n",  "o",    "p", "r", "s",  "t", "u",  "f",  "kh",
                         "ts", "ch", "sh", "shch", "",  "y", "",   "e", "yu", "ya", "e"};
constexpr Scheme kIcao = {"a",  "b",  "v",  "g",    "d",  "e", "zh", "z", "i",  "i",  "k",
                          "l",  "m",  "n",  "o",    "p",  "r", "s",  "t", "u",  "f",  "kh",
                          "ts", "ch", "sh", "shch", "ie", "y", "",   "e", "iu", "ia", "e"};
constexpr Scheme kGerman = {"a", "b",    "w",   "g",       "d", "e", "sch", "s", "i",  "j",  "k",
                            "l", "m",    "n",   "o",       "p", "r", "s",   "t", "u",  "f",  "ch",
                            "z", "tsch", "sch", "schtsch", "",  "y", "",    "e", "ju", "ja", "jo"};
constexpr Scheme kFrench = {"a",  "b",   "v",  "g",     "d", "e", "j", "z", "i",   "i",  "k",
                            "l",  "m",   "n",  "o",     "p", "r", "s", "t", "ou",  "f",  "kh",
                            "ts", "tch", "ch", "chtch", "",  "y", "",  "e", "iou", "ia", "io"};
constexpr Scheme kNews = {"a",  "b",  "v",  "g",   "d", "e", "zh", "z", "i",  "i",  "k",
                          "l",  "m",  "n",  "o",   "p", "r", "s",  "t", "u",  "f",  "h",
                          "ts", "ch", "sh", "sch", "",  "y", "",   "e", "yu", "ya", "yo"};

const Scheme* SchemeFor(int scheme) {
  switch (scheme) {
    case 1:
      return &kBgn;
    case 2:
      return &kIcao;
    case 3:
      return &kGerman;
    case 4:
      return &kFrench;
    default:
      return &kNews;
  }
}

std::string Romanize(std::string_view cyrillic, int scheme) {
  if (scheme == 0) return std::string(cyrillic);
  const Scheme& table = *SchemeFor(scheme);
  const std::u32string cps = Decode(cyrillic);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    const char32_t lower = Lower(cps[i]);
    std::string_view latin;
    if (lower == U'ё') {
      latin = table[32];
    } else if (lower >= U'а' && lower <= U'я') {
      latin = table[lower - U'а'];
    } else {
      Encode(cps[i], &out);
      continue;
    }
    const bool soft_start = i == 0 || IsCyrVowel(cps[i - 1]) || Lower(cps[i - 1]) == U'ь';
    if (lower == U'е' && soft_start && (scheme == 1 || scheme == 3)) {
      latin = scheme == 1 ? "ye" : "je";
    }
    if (lower == U'и' && i + 1 < cps.size() && Lower(cps[i + 1]) == U'й' && i + 2 == cps.size()) {
      latin = scheme == 2 || scheme == 5 ? "i" : "i";
    }
    if (lower == U'с' && scheme == 3 && i > 0 && i + 1 < cps.size() && IsCyrVowel(cps[i - 1]) &&
        IsCyrVowel(cps[i + 1])) {
      latin = "ss";
    }
    std::string piece(latin);
    if (cps[i] != lower && !piece.empty()) piece[0] = static_cast<char>(piece[0] - 'a' + 'A');
    out += piece;
  }
  return out;
}

std::string Feminine(std::string_view surname) {
  const std::u32string cps = Decode(surname);
  std::string out(surname);
  auto ends = [&](std::u32string_view e) {
    return cps.size() > e.size() && cps.compare(cps.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(U"ов") || ends(U"ев") || ends(U"ин") || ends(U"ёв")) return out + "а";
  if (ends(U"ский")) return out.substr(0, out.size() - 4) + "ая";  // ий (4 bytes) -> ая
  return out;
}

}  // namespace

NameBaseGenerator::NameBaseGenerator(uint64_t seed) : rng_(seed) {}

size_t NameBaseGenerator::Zipf(size_t n) {
  // Approximately Zipf(1): index = floor(n^u) - 1 for uniform u.
  std::uniform_real_distribution<double> u(0, 1);
  const size_t i = static_cast<size_t>(std::pow(static_cast<double>(n) + 1, u(rng_))) - 1;
  return std::min(i, n - 1);
}

std::vector<GeneratedPerson> NameBaseGenerator::People(size_t n) {
  std::vector<GeneratedPerson> people;
  people.reserve(n);
  std::uniform_int_distribution<int> percent(0, 99);
  for (size_t k = 0; k < n; ++k) {
    GeneratedPerson p;
    const int kind = percent(rng_);
    const bool female = percent(rng_) < 40;
    if (kind < 12) {
      p.cyrillic = false;
      p.given = std::string(kWesternGiven[Zipf(std::size(kWesternGiven))]);
      p.surname = std::string(kWesternSurnames[Zipf(std::size(kWesternSurnames))]);
    } else {
      p.given = female ? std::string(kFemaleGiven[Zipf(std::size(kFemaleGiven))])
                       : std::string(kMaleGiven[Zipf(std::size(kMaleGiven))]);
      std::string surname;
      if (kind < 40) {
        surname = std::string(kRussianStems[Zipf(std::size(kRussianStems))]);
        const int e = percent(rng_);
        surname += e < 55 ? "ов" : e < 80 ? "ев" : e < 90 ? "ин" : e < 95 ? "ский" : "енко";
      } else if (kind < 75) {
        surname = std::string(kTurkicStems[Zipf(std::size(kTurkicStems))]);
        surname += kMiddles[rng_() % std::size(kMiddles)];
        surname += percent(rng_) < 70 ? "ов" : percent(rng_) < 85 ? "ев" : "ин";
      } else {
        // Invented stems: the long tail of a real base.
        const int syllables = 2 + static_cast<int>(rng_() % 2);
        std::string stem;
        for (int s = 0; s < syllables; ++s) stem += kSyllables[rng_() % std::size(kSyllables)];
        std::u32string cps = Decode(stem);
        cps[0] = cps[0] - 0x20;  // capital
        surname.clear();
        for (char32_t c : cps) Encode(c, &surname);
        surname += percent(rng_) < 60 ? "ев" : "ов";
      }
      p.surname = female ? Feminine(surname) : surname;
      if (percent(rng_) < 50) {
        const std::string father(kMaleGiven[Zipf(std::size(kMaleGiven))]);
        const std::u32string f = Decode(father);
        const char32_t last = f.back();
        std::string stem = father;
        std::string ending;
        if (last == U'й') {
          stem = father.substr(0, father.size() - 2);
          ending = female ? "евна" : "евич";
        } else if (IsCyrVowel(last)) {
          stem = father.substr(0, father.size() - 2);
          ending = female ? "ична" : "ич";
        } else {
          ending = female ? "овна" : "ович";
        }
        p.patronymic = stem + ending;
      }
    }
    p.scheme = p.cyrillic ? static_cast<int>(rng_() % 6) : 1;
    p.surname_first = percent(rng_) < 30;
    p.with_patronymic = !p.patronymic.empty() && percent(rng_) < 60;
    p.written = Write(p, p.scheme, p.surname_first, p.with_patronymic);
    people.push_back(std::move(p));
  }
  return people;
}

std::string NameBaseGenerator::Write(const GeneratedPerson& p, int scheme, bool surname_first,
                                     bool with_patronymic) const {
  const int s = p.cyrillic ? scheme : 1;
  const std::string given = Romanize(p.given, s);
  const std::string surname = Romanize(p.surname, s);
  const std::string patronymic = with_patronymic ? Romanize(p.patronymic, s) : "";
  std::string out;
  if (surname_first) {
    out = surname + " " + given;
    if (!patronymic.empty()) out += " " + patronymic;
  } else {
    out = given;
    if (!patronymic.empty()) out += " " + patronymic;
    out += " " + surname;
  }
  return out;
}

std::string NameBaseGenerator::Variant(const GeneratedPerson& p, VariantKind kind) {
  std::uniform_int_distribution<int> percent(0, 99);
  switch (kind) {
    case VariantKind::kTransliteration: {
      for (int attempt = 0; attempt < 8; ++attempt) {
        const int scheme = static_cast<int>(rng_() % 6);
        const bool order = percent(rng_) < 50;
        std::string v = Write(p, scheme, order, p.with_patronymic && percent(rng_) < 50);
        if (!p.cyrillic && percent(rng_) < 50) {
          // Latin names vary by order, capitals and a comma.
          std::string upper;
          for (char c : p.surname) upper += static_cast<char>(std::toupper(c));
          v = upper + ", " + p.given;
        }
        if (v != p.written) return v;
      }
      return Write(p, p.scheme, !p.surname_first, p.with_patronymic);
    }
    case VariantKind::kInitial: {
      GeneratedPerson shortened = p;
      std::u32string g = Decode(p.given);
      shortened.given.clear();
      Encode(g[0], &shortened.given);
      const std::string surname =
          Romanize(p.surname, p.cyrillic ? static_cast<int>(rng_() % 6) : 1);
      std::string initial = Romanize(shortened.given, p.cyrillic ? 1 : 1);
      return percent(rng_) < 50 ? initial + ". " + surname : surname + " " + initial + ".";
    }
    case VariantKind::kTypo: {
      std::u32string cps = Decode(p.written);
      std::vector<size_t> letters;
      for (size_t i = 0; i < cps.size(); ++i) {
        if (cps[i] != U' ') letters.push_back(i);
      }
      const size_t at = letters[rng_() % letters.size()];
      const int op = static_cast<int>(rng_() % 4);
      const char32_t random_letter = cps[at] >= 0x400 ? U'а' + static_cast<char32_t>(rng_() % 32)
                                                      : U'a' + static_cast<char32_t>(rng_() % 26);
      if (op == 0) {
        cps[at] = random_letter;
      } else if (op == 1 && at + 1 < cps.size() && cps[at + 1] != U' ') {
        std::swap(cps[at], cps[at + 1]);
      } else if (op == 2) {
        cps.insert(cps.begin() + static_cast<long>(at), cps[at]);
      } else if (at > 0 && cps[at - 1] != U' ' && at + 1 < cps.size() && cps[at + 1] != U' ') {
        cps.erase(cps.begin() + static_cast<long>(at));
      } else {
        cps[at] = random_letter;
      }
      std::string out;
      for (char32_t c : cps) Encode(c, &out);
      return out;
    }
  }
  return p.written;
}

}  // namespace dossier::bench
