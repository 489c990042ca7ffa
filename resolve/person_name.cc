#include "resolve/person_name.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"
#include "resolve/internal/given_names.h"
#include "resolve/internal/name_conventions.h"
#include "resolve/internal/name_words.h"

namespace dossier {
namespace {

using internal::ListedGender;
using internal::NameWord;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct PatronymicEnding {
  std::string_view skeleton_ending;
  Gender gender;
  size_t min_length;  // of the whole skeleton
};

constexpr PatronymicEnding kPatronymicEndings[] = {
    {"oviq", Gender::kMale, 6},   {"eviq", Gender::kMale, 6},   {"oviqi", Gender::kMale, 7},
    {"ovici", Gender::kMale, 7},  {"evici", Gender::kMale, 7},  {"oviks", Gender::kMale, 7},
    {"eviks", Gender::kMale, 7},  {"ovic", Gender::kMale, 6},   {"evic", Gender::kMale, 6},
    {"iniq", Gender::kMale, 6},   {"iliq", Gender::kMale, 5},   {"uli", Gender::kMale, 6},
    {"ogli", Gender::kMale, 6},   {"ovna", Gender::kFemale, 6}, {"evna", Gender::kFemale, 6},
    {"iqna", Gender::kFemale, 6}, {"kizi", Gender::kFemale, 7},
};

// Surname endings by gender; the skeleton of the word must be longer than
// the ending by at least two letters.
struct SurnameEnding {
  std::string_view skeleton_ending;
  Gender gender;
};

constexpr SurnameEnding kSurnameEndings[] = {
    {"ova", Gender::kFemale},    {"eva", Gender::kFemale},   {"ina", Gender::kFemale},
    {"skaia", Gender::kFemale},  {"ckaia", Gender::kFemale}, {"ska", Gender::kFemale},
    {"ov", Gender::kMale},       {"ev", Gender::kMale},      {"in", Gender::kMale},
    {"ski", Gender::kMale},      {"cki", Gender::kMale},     {"enko", Gender::kUnknown},
    {"iuk", Gender::kUnknown},   {"ian", Gender::kUnknown},  {"dze", Gender::kUnknown},
    {"wvili", Gender::kUnknown}, {"uli", Gender::kUnknown},  {"ovic", Gender::kUnknown},
};

// A surname ending of `skeleton`, or nullptr.
const SurnameEnding* FindSurnameEnding(std::string_view skeleton) {
  for (const SurnameEnding& e : kSurnameEndings) {
    if (skeleton.size() >= e.skeleton_ending.size() + 2 && EndsWith(skeleton, e.skeleton_ending)) {
      return &e;
    }
  }
  return nullptr;
}

Gender FromListed(ListedGender g) {
  switch (g) {
    case ListedGender::kMale:
      return Gender::kMale;
    case ListedGender::kFemale:
      return Gender::kFemale;
    default:
      return Gender::kUnknown;
  }
}

// How strongly a full word reads as a surname (positive) or a given name
// (negative).
int SurnameLean(const NameWord& word, bool mixed_caps) {
  int lean = 0;
  const ListedGender listed = internal::LookUpGivenName(word.skeleton);
  if (listed != ListedGender::kNotListed) lean -= 2;
  // -in is also the end of Arabic and other given names (Husain, Amin,
  // Yasin): a weak cue alone.
  if (const SurnameEnding* e = FindSurnameEnding(word.skeleton); e != nullptr) {
    lean += e->skeleton_ending == "in" ? 1 : 2;
  }
  if (word.skeleton.rfind("abd", 0) == 0) lean -= 1;  // Abdul-, Abd al- given names
  if (word.family_name) lean += 3;                    // Kim of "Kim Jong Un"
  if (mixed_caps && word.all_caps) lean += 1;         // "PUTIN vladimir", "Vladimir PUTIN"
  return lean;
}

}  // namespace

bool IsPatronymic(std::string_view word, Gender* gender) {
  const std::string skeleton = NameSkeleton(word);
  for (const PatronymicEnding& e : kPatronymicEndings) {
    if (skeleton.size() >= e.min_length && EndsWith(skeleton, e.skeleton_ending)) {
      if (gender != nullptr) *gender = e.gender;
      return true;
    }
  }
  return false;
}

std::string PatronymicBaseSkeleton(std::string_view patronymic) {
  const std::string skeleton = NameSkeleton(patronymic);
  for (const PatronymicEnding& e : kPatronymicEndings) {
    if (skeleton.size() >= e.min_length && EndsWith(skeleton, e.skeleton_ending)) {
      std::string base = skeleton.substr(0, skeleton.size() - e.skeleton_ending.size());
      // -evich after a vowel stands for a father's name in -i (-й):
      // Rakhimbaevich <- Rakhimbai.
      if (e.skeleton_ending[0] == 'e' && !base.empty() &&
          std::string_view("aeiou").find(base.back()) != std::string_view::npos) {
        base += 'i';
      }
      return base;
    }
  }
  return "";
}

bool HasSurnameEnding(std::string_view word) {
  return FindSurnameEnding(NameSkeleton(word)) != nullptr;
}

bool IsKnownGivenName(std::string_view word, Gender* gender) {
  const ListedGender listed = internal::LookUpGivenName(NameSkeleton(word));
  if (listed == ListedGender::kNotListed) return false;
  if (gender != nullptr) *gender = FromListed(listed);
  return true;
}

PersonName ParsePersonName(std::string_view text) {
  PersonName name;
  name.script = DetectScript(text);
  const internal::NameWords words = internal::SplitPersonWords(text);

  std::vector<const NameWord*> full;
  std::vector<const NameWord*> initials_before, initials_after;
  for (const NameWord& w : words.words) {
    if (w.kind == NameWord::kTitle) continue;
    if (w.kind == NameWord::kParticle) {
      name.particles.push_back(w.written);
      continue;
    }
    if (w.kind == NameWord::kInitial) {
      (full.empty() ? initials_before : initials_after).push_back(&w);
      continue;
    }
    full.push_back(&w);
  }
  for (const NameWord* w : initials_before) name.initials.push_back(w->written);
  for (const NameWord* w : initials_after) name.initials.push_back(w->written);
  if (full.empty()) {
    if (!name.initials.empty()) name.order = NameOrder::kUncertain;
    return name;
  }

  // The patronymic, if a word reads as one (not the first of several words
  // unless it is the only candidate).
  int patronymic_at = -1;
  Gender patronymic_gender = Gender::kUnknown;
  for (size_t i = 0; i < full.size(); ++i) {
    Gender g;
    if (full.size() >= 2 && i > 0 && IsPatronymic(full[i]->written, &g)) {
      patronymic_at = static_cast<int>(i);
      patronymic_gender = g;
      break;
    }
  }
  // "Ahmed bin Saleh al-Nouri": the first word after bin is the father's.
  for (size_t i = 1; i < full.size() && patronymic_at < 0; ++i) {
    if (full[i]->father_name && i + 1 < full.size()) patronymic_at = static_cast<int>(i);
  }
  // "Bolatovich Tulegenov": a patronymic first is one only before a word
  // with a surname ending (a tagger that missed the given name leaves this).
  if (Gender g; patronymic_at < 0 && full.size() == 2 && IsPatronymic(full[0]->written, &g) &&
                FindSurnameEnding(full[1]->skeleton) != nullptr) {
    patronymic_at = 0;
    patronymic_gender = g;
  }
  bool mixed_caps = false;
  {
    int caps = 0;
    for (const NameWord* w : full) caps += w->all_caps ? 1 : 0;
    mixed_caps = caps > 0 && caps < static_cast<int>(full.size());
  }

  std::vector<const NameWord*> rest;  // full words other than the patronymic
  for (size_t i = 0; i < full.size(); ++i) {
    if (static_cast<int>(i) != patronymic_at) rest.push_back(full[i]);
  }
  if (patronymic_at >= 0) name.patronymic = full[patronymic_at]->written;

  auto assign = [&](bool surname_first) {
    if (rest.size() == 1) {
      // "Serik Rakhimbaevich": a given name and a patronymic, no surname;
      // "Bolatovich Tulegenov": a patronymic and a surname, no given name.
      if (patronymic_at == 0) {
        name.surname = rest[0]->written;
      } else if (patronymic_at > 0) {
        name.given.push_back(rest[0]->written);
      } else {
        name.surname = rest[0]->written;
      }
      return;
    }
    if (surname_first) {
      name.surname = rest[0]->written;
      for (size_t i = 1; i < rest.size(); ++i) name.given.push_back(rest[i]->written);
    } else {
      name.surname = rest.back()->written;
      for (size_t i = 0; i + 1 < rest.size(); ++i) name.given.push_back(rest[i]->written);
    }
  };

  // The words before a comma: "SALEK, ABDULHAI" (one), "KHALED AL-NOURI,
  // ABDUL RAHIM", "GARCIA LOPEZ, Maria" (several; which one is the family
  // name is left to the comparison's readings).
  size_t block = 0;
  if (words.comma_after >= 0) {
    for (const NameWord* w : rest) {
      if (w - words.words.data() <= words.comma_after) ++block;
    }
  }
  if (block > 0 && block < rest.size()) {
    name.order = NameOrder::kSurnameFirst;
    name.surname = rest[0]->written;
    for (size_t i = 1; i < block; ++i) name.other_surnames.push_back(rest[i]->written);
    for (size_t i = block; i < rest.size(); ++i) name.given.push_back(rest[i]->written);
  } else if (words.comma_after >= 0 && !rest.empty()) {
    name.order = NameOrder::kSurnameFirst;
    assign(/*surname_first=*/true);
  } else if (patronymic_at >= 0 && rest.size() >= 2) {
    // A patronymic after the given name: last means the surname came first
    // (Medetbekov Serik Rakhimbaevich), in the middle that it comes last.
    const bool surname_first = patronymic_at == static_cast<int>(full.size()) - 1;
    name.order = surname_first ? NameOrder::kSurnameFirst : NameOrder::kGivenFirst;
    assign(surname_first);
  } else if (rest.size() == 1) {
    if (patronymic_at < 0 && name.initials.empty() &&
        internal::LookUpGivenName(rest[0]->skeleton) != ListedGender::kNotListed &&
        FindSurnameEnding(rest[0]->skeleton) == nullptr) {
      name.given.push_back(rest[0]->written);  // "Vladimir" alone
    } else {
      assign(true);
    }
    if (!initials_before.empty()) {
      name.order = NameOrder::kGivenFirst;
    } else if (!initials_after.empty()) {
      name.order = NameOrder::kSurnameFirst;
    }
  } else {
    // A cue decides when it outweighs the other end's by two: one weak cue
    // (an -in ending, capitals, an Abd- word) leaves the order uncertain.
    const int first_lean = SurnameLean(*rest.front(), mixed_caps);
    const int last_lean = SurnameLean(*rest.back(), mixed_caps);
    if (first_lean >= last_lean + 2) {
      name.order = NameOrder::kSurnameFirst;
    } else if (last_lean >= first_lean + 2) {
      name.order = NameOrder::kGivenFirst;
    }
    // An East Asian family name beside a single given word that is not
    // joined from syllables ("Chen Jinjin", "Lee Smith"): either order.
    if (rest.size() == 2 && rest.front()->family_name != rest.back()->family_name) {
      const NameWord* other = rest.front()->family_name ? rest.back() : rest.front();
      if (other->written.find_first_of(" -") == std::string::npos) {
        name.order = NameOrder::kUncertain;
      }
    }
    const bool surname_first =
        name.order == NameOrder::kSurnameFirst ||
        (name.order == NameOrder::kUncertain && name.script == Script::kCyrillic);
    assign(surname_first);
  }

  // Gender: patronymic, then surname ending, then the given name.
  if (patronymic_gender != Gender::kUnknown) {
    name.gender = patronymic_gender;
    name.gender_cue = GenderCue::kPatronymic;
  }
  if (name.gender == Gender::kUnknown && !name.surname.empty()) {
    const SurnameEnding* e = FindSurnameEnding(NameSkeleton(name.surname));
    if (e != nullptr && e->gender != Gender::kUnknown) {
      name.gender = e->gender;
      name.gender_cue = GenderCue::kSurname;
    }
  }
  if (name.gender == Gender::kUnknown && !name.given.empty()) {
    Gender g = Gender::kUnknown;
    if (IsKnownGivenName(name.given.front(), &g) && g != Gender::kUnknown) {
      name.gender = g;
      name.gender_cue = GenderCue::kGivenName;
    }
  }
  // Cyrillic surnames whose ending may be a case ending.
  if (!name.surname.empty() && DetectScript(name.surname) == Script::kCyrillic) {
    for (const NominativeReading& r : NominativeReadings(name.surname)) {
      if (r.nominative != name.surname) name.surname_alternatives.push_back(r.nominative);
    }
  }
  return name;
}

std::string FormatPersonName(const PersonName& name) {
  std::string out;
  auto add = [&](std::string_view part) {
    if (part.empty()) return;
    if (!out.empty()) out += ' ';
    out += part;
  };
  for (const std::string& g : name.given) add(g);
  add(name.patronymic);
  for (const std::string& i : name.initials) add(i + ".");
  for (const std::string& p : name.particles) add(p);
  add(name.surname);
  for (const std::string& s : name.other_surnames) add(s);
  return out;
}

}  // namespace dossier
