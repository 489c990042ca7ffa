#include "bench/world_name_generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "base/ascii.h"
#include "base/utf8.h"
#include "bench/internal/world_name_pools.h"
#include "resolve/transliterate.h"

namespace dossier::bench {
namespace {

using internal::kArabicFamily;
using internal::kArabicFemale;
using internal::kArabicMale;
using internal::kChineseFamily;
using internal::kChineseSyllables;
using internal::kKoreanFamily;
using internal::kKoreanSyllables;
using internal::kNationalities;
using internal::kSpanishGiven;
using internal::kSpanishSurnames;
using internal::kWesternGiven;
using internal::kWesternSurnames;
using internal::Pool;

std::string Upper(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string Join(const std::vector<std::string>& words, const char* separator = " ") {
  std::string out;
  for (const std::string& w : words) {
    if (w.empty()) continue;
    if (!out.empty()) out += separator;
    out += w;
  }
  return out;
}

}  // namespace

std::string WorldPerson::Key() const {
  std::string key = std::to_string(static_cast<int>(convention)) + ":";
  if (convention == Convention::kSlavicTurkic) return key + slavic.Key();
  for (int g : given) key += std::to_string(g) + ",";
  key += "/";
  for (int f : father) key += std::to_string(f) + ",";
  key += "/";
  for (int s : surname) key += std::to_string(s) + ",";
  return key + (female ? "f" : "m");
}

namespace {

// Lower case, with the accents of the pools' Latin letters folded.
std::string Fold(std::string_view written) {
  std::string out;
  for (size_t i = 0; i < written.size();) {
    char32_t cp = 0;
    const int n = DecodeUtf8(written, i, &cp);
    if (n == 0) {
      ++i;
      continue;
    }
    i += static_cast<size_t>(n);
    static const std::u32string_view kAccented = U"áàâäãéèêëíìîïóòôöõúùûüñçÁÉÍÓÚÑ";
    static const std::string_view kPlain = "aaaaaeeeeiiiiooooouuuuncaeioun";
    if (const size_t at = kAccented.find(cp); at != std::u32string_view::npos) cp = kPlain[at];
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (cp >= U'А' && cp <= U'Я') cp += U'а' - U'А';
    AppendUtf8(cp, &out);
  }
  return out;
}

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const int n = DecodeUtf8(s, i, &cp);
    if (n == 0) {
      ++i;
      continue;
    }
    out += cp;
    i += static_cast<size_t>(n);
  }
  return out;
}

// Whether `a` and `b` are one stem with the endings -ов / -ев (-ова / -ева).
bool OvEvPair(const std::u32string& a, const std::u32string& b) {
  if (a.size() != b.size() || a.size() < 4) return false;
  const size_t at = a.back() == U'а' ? a.size() - 3 : a.size() - 2;
  if (a.compare(0, at, b, 0, at) != 0 || a.compare(at + 1, std::u32string::npos, b, at + 1) != 0) {
    return false;
  }
  return a[at + 1] == U'в' &&
         ((a[at] == U'о' && b[at] == U'е') || (a[at] == U'е' && b[at] == U'о'));
}

}  // namespace

std::string WorldPerson::FamilyText() const {
  switch (convention) {
    case Convention::kSlavicTurkic:
      return Fold(slavic.surname);
    case Convention::kWestern:
      return Fold(kWesternSurnames[static_cast<size_t>(surname[0])][0]);
    case Convention::kArabic:
      return Fold(kArabicFamily[static_cast<size_t>(surname[0])][0]);
    case Convention::kKorean:
      return Fold(kKoreanFamily[static_cast<size_t>(surname[0])][0]);
    case Convention::kChinese:
      return Fold(kChineseFamily[static_cast<size_t>(surname[0])][0]);
    case Convention::kSpanish:
      return Fold(kSpanishSurnames[static_cast<size_t>(surname[0])][0]);
  }
  return "";
}

std::vector<std::string> WorldPerson::GivenTexts() const {
  if (convention == Convention::kSlavicTurkic) return {Fold(slavic.given)};
  const Pool* pool = &kWesternGiven;
  switch (convention) {
    case Convention::kArabic:
      pool = female ? &kArabicFemale : &kArabicMale;
      break;
    case Convention::kKorean:
      pool = &kKoreanSyllables;
      break;
    case Convention::kChinese:
      pool = &kChineseSyllables;
      break;
    case Convention::kSpanish:
      pool = &kSpanishGiven;
      break;
    default:
      break;
  }
  std::vector<std::string> out;
  for (int g : given) out.push_back(Fold((*pool)[static_cast<size_t>(g)][0]));
  return out;
}

bool WorldPerson::SameFamily(const WorldPerson& other) const {
  return FamilyText() == other.FamilyText();
}

namespace {

// Namesake() with the family names already compared.
bool GivenNamesCompatible(const WorldPerson& a, const WorldPerson& b) {
  const std::vector<std::string> ga = a.GivenTexts(), gb = b.GivenTexts();
  const auto syllables = [](const WorldPerson& p) {
    return p.convention == Convention::kKorean || p.convention == Convention::kChinese;
  };
  // East Asian given names are their syllables, all of them.
  if (syllables(a) || syllables(b)) return ga == gb;
  // The first given name (the ism) in common; the other given names of one
  // among the other's names.
  if (ga.empty() || gb.empty() || ga[0] != gb[0]) return false;
  auto within = [](const std::vector<std::string>& few, const std::vector<std::string>& many) {
    return std::all_of(few.begin(), few.end(), [&](const std::string& g) {
      return std::find(many.begin(), many.end(), g) != many.end();
    });
  };
  return within(ga, gb) || within(gb, ga);
}

}  // namespace

bool WorldPerson::Namesake(const WorldPerson& other) const {
  return SameFamily(other) && GivenNamesCompatible(*this, other);
}

bool WorldPerson::NearNamesake(const WorldPerson& other) const {
  if (!GivenNamesCompatible(*this, other)) return false;
  const std::u32string a = CodePoints(FamilyText()), b = CodePoints(other.FamilyText());
  return a == b || dossier::OneTypoApart<std::u32string_view>(a, b) || OvEvPair(a, b);
}

WorldNameGenerator::WorldNameGenerator(uint64_t seed) : rng_(seed), slavic_(seed * 31 + 7) {}

size_t WorldNameGenerator::Zipf(size_t n) {
  std::uniform_real_distribution<double> u(0, 1);
  const size_t i = static_cast<size_t>(std::pow(static_cast<double>(n) + 1, u(rng_))) - 1;
  return std::min(i, n - 1);
}

std::string WorldNameGenerator::Spell(const Pool& pool, int index, bool vary) {
  const std::vector<const char*>& spellings = pool[static_cast<size_t>(index)];
  return spellings[vary ? rng_() % spellings.size() : 0];
}

std::vector<WorldPerson> WorldNameGenerator::People(size_t n) {
  std::vector<WorldPerson> people;
  people.reserve(n);
  std::uniform_int_distribution<int> percent(0, 99);
  std::vector<GeneratedPerson> slavic = slavic_.People(n / 5 + 1);
  size_t next_slavic = 0;
  for (size_t k = 0; k < n; ++k) {
    WorldPerson p;
    const int kind = percent(rng_);
    p.female = percent(rng_) < 35;
    auto pick = [&](const Pool& pool) { return static_cast<int>(Zipf(pool.size())); };
    if (kind < 25) {
      p.convention = Convention::kWestern;
      p.given.push_back(pick(kWesternGiven));
      if (percent(rng_) < 60) p.given.push_back(pick(kWesternGiven));
      p.surname.push_back(pick(kWesternSurnames));
    } else if (kind < 45) {
      p.convention = Convention::kArabic;
      p.given.push_back(pick(p.female ? kArabicFemale : kArabicMale));
      const int fathers = percent(rng_) < 60 ? 1 : percent(rng_) < 50 ? 2 : 0;
      for (int f = 0; f < fathers; ++f) p.father.push_back(pick(kArabicMale));
      p.surname.push_back(pick(kArabicFamily));
    } else if (kind < 53) {
      p.convention = Convention::kKorean;
      p.surname.push_back(pick(kKoreanFamily));
      p.given = {pick(kKoreanSyllables), pick(kKoreanSyllables)};
    } else if (kind < 60) {
      p.convention = Convention::kChinese;
      p.surname.push_back(pick(kChineseFamily));
      p.given.push_back(pick(kChineseSyllables));
      if (percent(rng_) < 70) p.given.push_back(pick(kChineseSyllables));
    } else if (kind < 80) {
      p.convention = Convention::kSpanish;
      p.given.push_back(pick(kSpanishGiven));
      if (percent(rng_) < 30) p.given.push_back(pick(kSpanishGiven));
      p.surname.push_back(pick(kSpanishSurnames));
      if (percent(rng_) < 85) p.surname.push_back(pick(kSpanishSurnames));
    } else {
      p.convention = Convention::kSlavicTurkic;
      p.slavic = slavic[next_slavic++ % slavic.size()];
      p.female = false;
    }
    const int dob = percent(rng_);
    if (dob < 85) {
      char buffer[16];
      const int year = 1940 + static_cast<int>(rng_() % 60);
      if (dob < 75) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year,
                      1 + static_cast<int>(rng_() % 12), 1 + static_cast<int>(rng_() % 28));
      } else {
        std::snprintf(buffer, sizeof buffer, "%04d", year);
      }
      p.birth_date = buffer;
    }
    if (percent(rng_) < 60) {
      p.nationality = kNationalities[static_cast<int>(p.convention)][rng_() % 8];
    }
    p.form = percent(rng_) < 50 ? 0 : 1;  // lists write given-first or "SURNAME, Given"
    p.written = Write(p, p.form, /*vary_spelling=*/true);
    people.push_back(std::move(p));
  }
  return people;
}

std::string WorldNameGenerator::Write(const WorldPerson& p, int form, bool vary) {
  std::uniform_int_distribution<int> percent(0, 99);
  auto spell_all = [&](const Pool& pool, const std::vector<int>& parts) {
    std::vector<std::string> out;
    for (int part : parts) out.push_back(Spell(pool, part, vary));
    return out;
  };
  switch (p.convention) {
    case Convention::kWestern: {
      const std::vector<std::string> given = spell_all(kWesternGiven, p.given);
      const std::string surname = Spell(kWesternSurnames, p.surname[0], vary);
      const std::string middle = given.size() > 1 ? given[1] : "";
      if (form == 1) return Upper(surname) + ", " + Join({given[0], middle});
      if (form == 2 && !middle.empty())
        return given[0] + " " + middle.substr(0, 1) + ". " + surname;
      if (form >= 2) return given[0] + " " + surname;
      return Join({given[0], middle, surname});
    }
    case Convention::kArabic: {
      const std::string ism = Spell(p.female ? kArabicFemale : kArabicMale, p.given[0], vary);
      const std::vector<std::string> fathers = spell_all(kArabicMale, p.father);
      const char* const kArticles[] = {"al-", "Al-", "Al ", "el-", ""};
      const std::string article = vary ? kArticles[rng_() % std::size(kArticles)] : "al-";
      const std::string family = Spell(kArabicFamily, p.surname[0], vary);
      if (form == 1) {
        return Upper(article.empty() ? family : "AL-" + family) + ", " + Join({ism, Join(fathers)});
      }
      if (form == 3) return ism + " " + article + family;
      std::vector<std::string> words = {ism};
      for (const std::string& f : fathers) {
        if (form == 0) words.push_back(p.female && words.size() == 1 ? "bint" : "bin");
        words.push_back(f);
      }
      words.push_back(article + family);
      return Join(words);
    }
    case Convention::kKorean:
    case Convention::kChinese: {
      const bool korean = p.convention == Convention::kKorean;
      const std::string family = Spell(korean ? kKoreanFamily : kChineseFamily, p.surname[0], vary);
      const std::vector<std::string> syllables =
          spell_all(korean ? kKoreanSyllables : kChineseSyllables, p.given);
      std::string joined = syllables[0];
      for (size_t i = 1; i < syllables.size(); ++i) {
        // Korean: Jong-un or Jong Un; Chinese pinyin: Jinping.
        joined += korean
                      ? (percent(rng_) < 50 ? "-" + AsciiLower(syllables[i]) : " " + syllables[i])
                      : AsciiLower(syllables[i]);
      }
      if (form == 1) return Upper(family) + ", " + joined;
      if (form == 2) return family + " " + Join(syllables, korean ? " " : "-");
      if (form == 3) return joined + " " + family;
      return family + " " + joined;
    }
    case Convention::kSpanish: {
      const std::vector<std::string> given = spell_all(kSpanishGiven, p.given);
      const std::vector<std::string> surnames = spell_all(kSpanishSurnames, p.surname);
      if (form == 1) return Upper(Join(surnames)) + ", " + Join(given);
      if (form == 2) return given[0] + " " + surnames[0];
      if (form == 3) return Join(given) + " " + surnames[0];
      return Join(given) + " " + Join(surnames);
    }
    case Convention::kSlavicTurkic: {
      const GeneratedPerson& s = p.slavic;
      if (form == 1) {
        const std::string written = slavic_.Write(s, s.scheme, true, s.with_patronymic);
        const size_t space = written.find(' ');
        return Upper(written.substr(0, space)) + "," + written.substr(space);
      }
      if (form == 0) return s.written;
      return slavic_.Write(s, s.scheme, !s.surname_first, form == 3 && s.with_patronymic);
    }
  }
  return p.written;
}

std::string WorldNameGenerator::Variant(const WorldPerson& p, WorldVariant kind) {
  std::uniform_int_distribution<int> percent(0, 99);
  switch (kind) {
    case WorldVariant::kTransliteration:
      if (p.convention == Convention::kSlavicTurkic) {
        return slavic_.Variant(p.slavic, VariantKind::kTransliteration);
      }
      for (int attempt = 0; attempt < 8; ++attempt) {
        std::string v = Write(p, p.form, /*vary_spelling=*/true);
        if (v != p.written) return v;
      }
      return Write(p, p.form == 0 ? 1 : 0, true);
    case WorldVariant::kTypo: {
      GeneratedPerson listed;
      listed.written = p.written;
      return slavic_.Variant(listed, VariantKind::kTypo);
    }
    case WorldVariant::kReordering:
      for (int attempt = 0; attempt < 8; ++attempt) {
        std::string v = Write(p, 2 + static_cast<int>(rng_() % 2), /*vary_spelling=*/false);
        if (v != p.written) return v;
      }
      return Write(p, p.form == 0 ? 1 : 0, false);
    case WorldVariant::kCommaInversion:
      return Write(p, p.form == 0 ? 1 : 0, /*vary_spelling=*/false);
  }
  return p.written;
}

std::string WorldNameGenerator::QueryBirthDate(const WorldPerson& p) {
  if (p.birth_date.empty()) return "";
  const int r = static_cast<int>(rng_() % 10);
  if (p.birth_date.size() == 10 && r == 0) {
    // A slip in the day: same year and month.
    const int day = std::stoi(p.birth_date.substr(8));
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02d", day % 28 + 1);
    return p.birth_date.substr(0, 8) + buffer;
  }
  return r < 4 ? p.birth_date.substr(0, 4) : p.birth_date;
}

}  // namespace dossier::bench
