#include "resolve/internal/given_names.h"

#include <string>
#include <unordered_map>

#include "resolve/internal/name_conventions.h"
#include "resolve/transliterate.h"

namespace dossier::internal {
namespace {

// One spelling each; the skeleton folds the others (Sergey/Sergei/Серге́й).
constexpr std::string_view kMale[] = {
    // Russian and Ukrainian.
    "Aleksandr",
    "Alexander",
    "Aleksei",
    "Alexey",
    "Anatoly",
    "Andrei",
    "Anton",
    "Arkady",
    "Artem",
    "Boris",
    "Vadim",
    "Valentin",
    "Valery",
    "Vasily",
    "Viktor",
    "Vitaly",
    "Vladimir",
    "Vladislav",
    "Vyacheslav",
    "Gennady",
    "Georgy",
    "Grigory",
    "Denis",
    "Dmitry",
    "Evgeny",
    "Yegor",
    "Ivan",
    "Igor",
    "Ilya",
    "Kirill",
    "Konstantin",
    "Leonid",
    "Maksim",
    "Maxim",
    "Mikhail",
    "Nikita",
    "Nikolai",
    "Oleg",
    "Pavel",
    "Petr",
    "Pyotr",
    "Roman",
    "Ruslan",
    "Semyon",
    "Sergei",
    "Stanislav",
    "Stepan",
    "Timur",
    "Fedor",
    "Fyodor",
    "Yuri",
    "Yaroslav",
    "Yakov",
    "Volodymyr",
    "Mykola",
    "Oleksandr",
    "Bogdan",
    "Taras",
    "Vitali",
    "Lev",
    "Gleb",
    "Eduard",
    "Emil",
    "Arseny",
    "Matvei",
    "Daniil",
    "Filipp",
    "Zakhar",
    "Savva",
    "German",
    // Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen.
    "Nursultan",
    "Kassym",
    "Kasym",
    "Serik",
    "Ismail",
    "Akezhan",
    "Mukhtar",
    "Rakhat",
    "Timur",
    "Kairat",
    "Nurlan",
    "Askar",
    "Yerlan",
    "Erlan",
    "Bolat",
    "Marat",
    "Daniyar",
    "Aslan",
    "Ablai",
    "Abai",
    "Aidos",
    "Aibek",
    "Almas",
    "Arman",
    "Asset",
    "Azamat",
    "Bakhyt",
    "Baurzhan",
    "Beibut",
    "Berik",
    "Daulet",
    "Dauren",
    "Dias",
    "Galym",
    "Kanat",
    "Karim",
    "Kuanysh",
    "Madi",
    "Maksat",
    "Miras",
    "Nurbol",
    "Nurzhan",
    "Olzhas",
    "Rustem",
    "Rustam",
    "Sagyndyk",
    "Samat",
    "Sanzhar",
    "Talgat",
    "Temirlan",
    "Yerzhan",
    "Zhanibek",
    "Zhandos",
    "Ermek",
    "Mels",
    "Kuat",
    "Rinat",
    "Aidar",
    "Adil",
    "Akylbek",
    "Almazbek",
    "Bakyt",
    "Kurmanbek",
    "Sooronbai",
    "Sadyr",
    "Islam",
    "Shavkat",
    "Rustam",
    "Jamshid",
    "Bakhtiyor",
    "Sherzod",
    "Emomali",
    "Gurbanguly",
    "Saparmurat",
    "Serdar",
    "Askar",
    "Umirzak",
    "Zhaksybek",
    "Rakhim",
    "Abish",
    "Akhmet",
    "Amanzhol",
    "Dzhaksybek",
    "Imangali",
    "Karim",
    "Nurtai",
    "Orazaly",
    "Kairbek",
    "Ainur",
    "Yerbol",
    "Yerkin",
    "Bulat",
    "Ilyas",
    "Zamir",
    "Beksultan",
    // Caucasus and Arabic.
    "Ramzan",
    "Akhmad",
    "Magomed",
    "Mohammed",
    "Muhammad",
    "Ahmed",
    "Ali",
    "Hassan",
    "Hussein",
    "Omar",
    "Abdullah",
    "Ibrahim",
    "Yusuf",
    "Khalid",
    "Mahmoud",
    "Mustafa",
    "Abdulhai",
    "Rami",
    "Ilham",
    "Heydar",
    "Levan",
    "Giorgi",
    "Mikheil",
    "Armen",
    "Ashot",
    "Vahe",
    "Tigran",
    // Western.
    "John",
    "Ian",
    "James",
    "Robert",
    "Michael",
    "William",
    "David",
    "Richard",
    "Joseph",
    "Thomas",
    "Charles",
    "Christopher",
    "Daniel",
    "Paul",
    "Mark",
    "George",
    "Peter",
    "Frank",
    "Henry",
    "Edward",
    "Juan",
    "Carlos",
    "Jose",
    "Luis",
    "Pierre",
    "Jean",
    "Hans",
    "Klaus",
    "Wolfgang",
    "Giuseppe",
    "Marco",
    "Theodore",
    "Ted",
    "Steven",
    "Kevin",
    "Brian",
    "Donald",
    "Barack",
    "Vladimír",
    "Jan",
    "Tomasz",
    "Piotr",
    "Lukas",
    "Nicolas",
    "Francois",
    "Antonio",
    "Manuel",
    // More Western, Spanish and Arabic names (order and gender cues for
    // lists of any origin).
    "Andrew",
    "Anthony",
    "Kenneth",
    "Timothy",
    "Patrick",
    "Eric",
    "Alan",
    "Geoffrey",
    "Jeffrey",
    "Philip",
    "Stephen",
    "Sean",
    "Stefan",
    "Lars",
    "Jorge",
    "Miguel",
    "Javier",
    "Diego",
    "Alejandro",
    "Fernando",
    "Ricardo",
    "Raul",
    "Sergio",
    "Pablo",
    "Andres",
    "Eduardo",
    "Roberto",
    "Alberto",
    "Rafael",
    "Enrique",
    "Guillermo",
    "Hector",
    "Francisco",
    "Pedro",
    "Tariq",
    "Saleh",
    "Faisal",
    "Hamza",
    "Osama",
    "Nasser",
    "Jamal",
    "Walid",
    "Saeed",
    "Karim",
    "Samir",
    "Rashid",
    "Ziad",
    "Anwar",
    "Bilal",
    "Imad",
    "Majid",
    "Nabil",
    "Adel",
    "Hisham",
    "Marwan",
    "Yasser",
    "Sami",
    "Fadi",
    "Ayman",
    "Abdul Rahman",
    "Abdul Aziz",
    "Abdul Karim",
};

constexpr std::string_view kFemale[] = {
    "Anna",      "Anastasia", "Alexandra", "Alla",      "Alina",     "Valentina", "Valeria",
    "Vera",      "Galina",    "Darya",     "Dariga",    "Ekaterina", "Yelena",    "Elena",
    "Elizaveta", "Zhanna",    "Zoya",      "Irina",     "Inna",      "Kristina",  "Ksenia",
    "Larisa",    "Lyudmila",  "Lyubov",    "Margarita", "Maria",     "Marina",    "Nadezhda",
    "Natalia",   "Nina",      "Oksana",    "Olga",      "Polina",    "Svetlana",  "Sofia",
    "Tamara",    "Tatiana",   "Yulia",     "Yana",      "Veronika",  "Viktoria",  "Evgenia",
    "Diana",     "Aigerim",   "Aida",      "Ainura",    "Aliya",     "Asel",      "Assel",
    "Aizhan",    "Dinara",    "Gulnara",   "Gulmira",   "Zhanar",    "Kamila",    "Madina",
    "Saule",     "Sara",      "Aruzhan",   "Akmaral",   "Bibigul",   "Dana",      "Gaukhar",
    "Karlygash", "Raushan",   "Roza",      "Zarina",    "Zhuldyz",   "Laura",     "Aisha",
    "Fatima",    "Leila",     "Mariam",    "Nodira",    "Gulnara",   "Dilnoza",   "Aliya",
    "Alua",      "Aliia",     "Mary",      "Patricia",  "Jennifer",  "Linda",     "Elizabeth",
    "Barbara",   "Susan",     "Jessica",   "Sarah",     "Karen",     "Nancy",     "Lisa",
    "Emma",      "Julia",     "Claire",    "Marie",     "Sophie",    "Hanna",     "Christine",
    "Annette",   "Janet",     "Helen",     "Margaret",  "Catherine", "Katherine", "Anne",
    "Ruth",      "Ana",       "Carmen",    "Rosa",      "Isabel",    "Marta",     "Teresa",
    "Gabriela",  "Lucia",     "Khadija",   "Layla",     "Noor",      "Zainab",    "Huda",
    "Amina",     "Salma",     "Rania",     "Hana",      "Yasmin",    "Samira",    "Nadia",
};

constexpr std::string_view kEither[] = {"Sasha", "Zhenya", "Valya", "Nur", "Alex"};

// Listed names that are one name in other languages or romanizations, one
// group a line; each name in one group at most. Listed names outside a
// group, and in different groups, are different names: only names of our
// list whose skeletons are alike enough to be taken for one spelling need a
// line (Jean / Jan / Juan, John's forms, are kept apart as John / Juan is).
constexpr std::string_view kVariants[][5] = {
    {"Aleksandr", "Alexander", "Oleksandr"},
    {"Andrei", "Andrew", "Andres"},
    {"Anton", "Antonio", "Anthony"},
    {"Vladimir", "Volodymyr"},
    {"Georgy", "Giorgi", "George"},
    {"Mikhail", "Mikheil", "Michael"},
    {"Nikolai", "Mykola", "Nicolas"},
    {"Pavel", "Paul"},
    {"Petr", "Pyotr", "Peter", "Pedro"},
    {"Sergei", "Sergio"},
    {"Stepan", "Stefan", "Steven", "Stephen"},
    {"Fedor", "Fyodor"},
    {"Eduard", "Edward", "Eduardo"},
    {"Daniil", "Daniel"},
    {"Bolat", "Bulat"},
    {"Rustem", "Rustam"},
    {"Bakhyt", "Bakyt"},
    {"Adil", "Adel"},
    {"Akhmet", "Akhmad", "Ahmed", "Ahmad"},
    {"Robert", "Roberto"},
    {"Thomas", "Tomasz"},
    {"Mark", "Marco"},
    {"Richard", "Ricardo"},
    {"Joseph", "Jose"},
    {"Geoffrey", "Jeffrey"},
    {"Yulia", "Julia"},
    {"Maria", "Mary", "Marie"},
    {"Sara", "Sarah"},
    {"Roza", "Rosa"},
    {"Leila", "Layla"},
    {"Ekaterina", "Catherine", "Katherine"},
    {"Yelena", "Elena", "Helen"},
    {"Elizaveta", "Elizabeth"},
    {"Kristina", "Christine"},
    {"Margarita", "Margaret"},
    {"Sofia", "Sophie"},
    {"Anna", "Hanna", "Anne", "Hana"},
};

// GivenNameId() by skeleton and by person-word key.
const std::unordered_map<std::string, uint16_t>& IdTable() {
  static const std::unordered_map<std::string, uint16_t> table = [] {
    std::unordered_map<std::string, uint16_t> t;
    uint16_t next = 1;
    auto add = [&](std::string_view name, uint16_t id) {
      for (const std::string& key : {NameSkeleton(name), PersonWordKey(name)}) t.emplace(key, id);
    };
    for (const auto& group : kVariants) {
      const uint16_t id = next++;
      for (std::string_view name : group) {
        if (!name.empty()) add(name, id);
      }
    }
    auto add_list = [&](const auto& names) {
      for (std::string_view name : names) {
        const std::string skeleton = NameSkeleton(name);
        auto it = t.find(skeleton);
        add(name, it != t.end() ? it->second : next++);
      }
    };
    add_list(kMale);
    add_list(kFemale);
    add_list(kEither);
    return t;
  }();
  return table;
}

const std::unordered_map<std::string, ListedGender>& Table() {
  static const std::unordered_map<std::string, ListedGender> table = [] {
    std::unordered_map<std::string, ListedGender> t;
    // By skeleton and by person-word key (Abdulhai: abdulhai and abdhai).
    auto add = [&](std::string_view name, ListedGender gender) {
      for (const std::string& key : {NameSkeleton(name), PersonWordKey(name)}) {
        auto [it, inserted] = t.emplace(key, gender);
        if (!inserted && it->second != gender) it->second = ListedGender::kEither;
      }
    };
    for (std::string_view name : kMale) add(name, ListedGender::kMale);
    for (std::string_view name : kFemale) add(name, ListedGender::kFemale);
    for (std::string_view name : kEither) add(name, ListedGender::kEither);
    return t;
  }();
  return table;
}

}  // namespace

ListedGender LookUpGivenName(std::string_view skeleton) {
  const auto& table = Table();
  auto it = table.find(std::string(skeleton));
  return it == table.end() ? ListedGender::kNotListed : it->second;
}

uint16_t GivenNameId(std::string_view skeleton) {
  const auto& table = IdTable();
  auto it = table.find(std::string(skeleton));
  return it == table.end() ? 0 : it->second;
}

}  // namespace dossier::internal
