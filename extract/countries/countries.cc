#include "extract/countries/countries.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <deque>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"
#include "extract/countries/internal/country_words.h"
#include "extract/countries/internal/russian_cases.h"
#include "extract/ner/kazakh_cases.h"

namespace dossier {
namespace {

using countries_internal::CountryWords;
using countries_internal::IsoCountry;

bool IsDash(char32_t cp) { return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

// A Latin letter without its diacritics ("ü" -> "u"); other letters as they are.
char32_t BaseLetter(char32_t cp) {
  if (cp < 0xC0 || cp > 0x24F) return cp;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString decomposed;
  if (U_FAILURE(status) || !nfd->getDecomposition(static_cast<UChar32>(cp), decomposed)) return cp;
  const UChar32 base = decomposed.char32At(0);
  return base < 0x80 ? static_cast<char32_t>(base) : cp;
}

// The lookup key of a spelling: letters case-folded, "ё" as "е", Latin
// diacritics and stress marks dropped, periods dropped ("U.K." -> "uk"),
// dashes as "-" without spaces around, apostrophes as "'", anything else one
// space; a leading "the " dropped.
std::string CountryKey(std::string_view text) {
  // What each character is: dropped, a dash, a separator, or a letter (or
  // apostrophe) appended as given.
  enum class Kind { kDropped, kDash, kSeparator, kLetter };
  std::string out;
  bool pending_space = false;
  const auto add = [&](Kind kind, char32_t letter) {
    if (kind == Kind::kDropped) return;
    if (kind == Kind::kSeparator) {
      pending_space = true;
      return;
    }
    if (kind == Kind::kLetter && pending_space && !out.empty() && out.back() != '-') {
      out.push_back(' ');
    }
    pending_space = false;
    if (kind == Kind::kLetter) {
      AppendUtf8(letter, &out);
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  };
  for (size_t pos = 0; pos < text.size();) {
    // ASCII without ICU: the fact patterns ask for every word of a sentence.
    if (const char c = text[pos]; static_cast<unsigned char>(c) < 0x80) {
      ++pos;
      const bool letter =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
      add(c == '.'   ? Kind::kDropped
          : c == '-' ? Kind::kDash
          : letter   ? Kind::kLetter
                     : Kind::kSeparator,
          static_cast<char32_t>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
      continue;
    }
    char32_t cp = 0;
    const int length = DecodeUtf8(text, pos, &cp);
    pos += length > 0 ? length : 1;
    if (length <= 0) {
      add(Kind::kSeparator, 0);
    } else if (u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) {
      add(Kind::kDropped, 0);
    } else if (IsDash(cp)) {
      add(Kind::kDash, 0);
    } else if (cp == 0x2019) {
      add(Kind::kLetter, U'\'');
    } else if (!u_isalnum(static_cast<UChar32>(cp))) {
      add(Kind::kSeparator, 0);
    } else {
      cp = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
      add(Kind::kLetter, BaseLetter(cp == U'ё' ? U'е' : cp));
    }
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

// Where a spelling came from: on a clash between two countries the earlier
// source wins, and a clash within one source leaves the spelling to neither.
enum Source { kOurWords, kIsoNames, kCaseForms, kIsoCodes };

struct Entry {
  const Country* country;
  CountryWordKind kind;
  Source source;
};

class CountryTable {
 public:
  CountryTable() {
    for (const IsoCountry& iso : countries_internal::IsoCountries()) AddIso(iso);
    const std::span<const CountryWords> languages[] = {countries_internal::EnglishCountryWords(),
                                                       countries_internal::RussianCountryWords(),
                                                       countries_internal::KazakhCountryWords()};
    for (int language = 0; language < 3; ++language) {
      for (const CountryWords& words : languages[language]) AddOurs(words, language);
    }
    for (const IsoCountry& iso : countries_internal::IsoCountries()) {
      const Country* country = by_code_.at(std::string(iso.alpha_2));
      for (std::string_view name :
           {iso.name, iso.official_name, iso.common_name, iso.name_ru, iso.official_name_ru,
            iso.common_name_ru, iso.name_kk, iso.official_name_kk, iso.common_name_kk}) {
        Add(name, country, CountryWordKind::kName, kIsoNames);
      }
    }
    for (const auto& [name, country, kind] : russian_names_) {
      for (const std::string& form : countries_internal::RussianCaseForms(name)) {
        Add(form, country, kind, kCaseForms);
      }
    }
    for (const IsoCountry& iso : countries_internal::IsoCountries()) {
      const Country* country = by_code_.at(std::string(iso.alpha_2));
      Add(iso.alpha_2, country, CountryWordKind::kCode, kIsoCodes);
      Add(iso.alpha_3, country, CountryWordKind::kCode, kIsoCodes);
    }
  }

  const Entry* Find(const std::string& key) const {
    const auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
  }

 private:
  void AddIso(const IsoCountry& iso) {
    Country& c = countries_.emplace_back();
    c.code = iso.alpha_2;
    // The short name unless it is written inverted ("Korea, Republic of").
    c.english = !iso.common_name.empty() ? iso.common_name
                : iso.name.find(", ") == std::string_view::npos || iso.official_name.empty()
                    ? iso.name
                    : iso.official_name;
    c.russian = !iso.common_name_ru.empty() ? iso.common_name_ru : iso.name_ru;
    c.kazakh = !iso.common_name_kk.empty() ? iso.common_name_kk : iso.name_kk;
    by_code_.emplace(std::string(iso.alpha_2), &c);
  }

  // Our words for a country in `language` (0 English, 1 Russian, 2 Kazakh).
  void AddOurs(const CountryWords& words, int language) {
    Country* country = nullptr;
    if (!words.code.empty()) {
      const auto it = by_code_.find(std::string(words.code));
      if (it != by_code_.end()) country = it->second;
    } else {
      // A state ISO does not list is known by its English name.
      const auto it = by_english_.find(std::string(words.usual_name));
      if (it != by_english_.end()) country = it->second;
    }
    if (country == nullptr) {
      country = &countries_.emplace_back();
      country->code = words.code;
      country->former = words.code.size() != 2;  // not in ISO 3166-1: a former state
      if (!words.code.empty()) by_code_.emplace(std::string(words.code), country);
    }
    if (!words.usual_name.empty()) {
      std::string_view* usual[] = {&country->english, &country->russian, &country->kazakh};
      *usual[language] = words.usual_name;
      if (language == 0) by_english_.emplace(std::string(words.usual_name), country);
    }
    AddList(words.names, country, CountryWordKind::kName, language);
    AddList(words.adjectives, country, CountryWordKind::kAdjective, language);
    AddList(words.loose, country, CountryWordKind::kLooseName, language);
  }

  void AddList(std::string_view list, const Country* country, CountryWordKind kind, int language) {
    while (!list.empty()) {
      const size_t bar = list.find('|');
      const std::string_view word = list.substr(0, bar);
      Add(word, country, kind, kOurWords);
      if (language == 1 && kind != CountryWordKind::kAdjective && !IsAbbreviation(word)) {
        russian_names_.push_back({CountryKey(word), country, kind});
      }
      if (bar == std::string_view::npos) break;
      list.remove_prefix(bar + 1);
    }
  }

  void Add(std::string_view spelling, const Country* country, CountryWordKind kind, Source source) {
    std::string key = CountryKey(spelling);
    if (key.empty() || clashes_.contains(key)) return;
    if (source == kIsoNames && IsCyrillic(key) && !IsAbbreviation(spelling)) {
      russian_names_.push_back({key, country, kind});
    }
    const auto [it, inserted] = entries_.try_emplace(key, Entry{country, kind, source});
    if (inserted || it->second.country == country) return;
    if (it->second.source == source) {  // two countries, one spelling: neither
      entries_.erase(it);
      clashes_.insert(std::move(key));
    }
  }

  // "США", "КНР": abbreviations do not decline.
  static bool IsAbbreviation(std::string_view spelling) {
    for (size_t pos = 0; pos < spelling.size();) {
      char32_t cp = 0;
      const int length = DecodeUtf8(spelling, pos, &cp);
      if (length <= 0) return false;
      pos += length;
      if (u_isalpha(static_cast<UChar32>(cp)) && !u_isupper(static_cast<UChar32>(cp))) return false;
    }
    return true;
  }

  static bool IsCyrillic(std::string_view key) {
    const auto b = static_cast<unsigned char>(key[0]);
    return b >= 0xD0 && b <= 0xD3;
  }

  struct RussianName {
    std::string key;
    const Country* country;
    CountryWordKind kind;
  };

  std::deque<Country> countries_;  // stable addresses
  std::unordered_map<std::string, Country*> by_code_;
  std::unordered_map<std::string, Country*> by_english_;
  std::unordered_map<std::string, Entry> entries_;
  std::unordered_set<std::string> clashes_;
  // Cyrillic names whose oblique cases are looked up too (Kazakh ones
  // decline by suffix at lookup, Russian ones are generated; a Kazakh name
  // declined as Russian finds nothing).
  std::vector<RussianName> russian_names_;
};

const CountryTable& Table() {
  static const CountryTable table;
  return table;
}

bool Accepts(const CountryQuery& query, CountryWordKind kind) {
  switch (kind) {
    case CountryWordKind::kName:
      return true;
    case CountryWordKind::kLooseName:
      return query.loose;
    case CountryWordKind::kAdjective:
      return query.adjectives;
    case CountryWordKind::kCode:
      return query.codes;
  }
  return false;
}

// A Cyrillic key read as a Kazakh name with a case ending on its last word
// ("қазақстанға", "республикасының", "ақш-тың"); nullptr when none is a
// country's name.
const Entry* KazakhCaseForm(const std::string& key, const CountryQuery& query) {
  if (key.empty() || static_cast<unsigned char>(key[0]) < 0xD0) return nullptr;
  for (const KazakhCaseEnding& ending : KazakhCaseEndings()) {
    if (!key.ends_with(ending.text)) continue;
    std::string stem = key.substr(0, key.size() - ending.text.size());
    if (stem.ends_with('-')) stem.pop_back();  // after an abbreviation: "ақш-тың"
    if (stem.size() < 4) continue;
    // An ending written after a possessive needs one: "республикасына".
    if (ending.after_possessive && !stem.ends_with("ы") && !stem.ends_with("і")) continue;
    const Entry* entry = Table().Find(stem);
    if (entry != nullptr && entry->kind != CountryWordKind::kCode && Accepts(query, entry->kind)) {
      return entry;
    }
  }
  return nullptr;
}

}  // namespace

CountryMatch FindCountry(std::string_view text, CountryQuery query) {
  const std::string key = CountryKey(text);
  const Entry* entry = Table().Find(key);
  if (entry == nullptr || !Accepts(query, entry->kind)) entry = KazakhCaseForm(key, query);
  if (entry == nullptr) return {};
  return {entry->country, entry->kind};
}

std::string_view CountryNamed(std::string_view lower) {
  const CountryMatch match = FindCountry(lower, {.loose = true, .adjectives = true});
  return match ? match.country->english : std::string_view();
}

bool IsNationalityAdjective(std::string_view lower) {
  const CountryMatch match = FindCountry(lower, {.loose = true, .adjectives = true});
  return match && match.kind == CountryWordKind::kAdjective;
}

std::string_view CountryOfNationalityChain(std::string_view lower) {
  std::string_view chain = lower;
  std::string joined;  // "soviet - russian" as "soviet-russian"
  if (lower.find(" -") != std::string_view::npos || lower.find("- ") != std::string_view::npos) {
    joined = lower;
    for (size_t at = joined.find(" -"); at != std::string::npos; at = joined.find(" -")) {
      joined.erase(at, 1);
    }
    for (size_t at = joined.find("- "); at != std::string::npos; at = joined.find("- ")) {
      joined.erase(at + 1, 1);
    }
    chain = joined;
  }
  const std::string_view whole = CountryNamed(chain);
  // "Moldavian Romanian" made one name by a tagger: a chain written apart.
  if (const size_t space = chain.rfind(' ');
      whole.empty() && space != std::string_view::npos &&
      IsNationalityAdjective(chain.substr(0, chain.find(' '))) &&
      IsNationalityAdjective(chain.substr(space + 1))) {
    return CountryNamed(chain.substr(space + 1));
  }
  const size_t hyphen = chain.rfind('-');
  if (!whole.empty() || hyphen == std::string_view::npos) return whole;
  // "German-Jewish": a faith after the nationality leaves it the citizenship.
  const std::string_view last = chain.substr(hyphen + 1);
  for (std::string_view faith : {"jewish", "muslim", "catholic", "christian", "orthodox"}) {
    if (last == faith) return CountryNamed(chain.substr(0, hyphen));
  }
  return IsNationalityAdjective(chain.substr(0, chain.find('-'))) ? CountryNamed(last)
                                                                  : std::string_view();
}

std::string_view CountryOfDemonymNoun(std::string_view lower) {
  for (std::string_view end : {"woman", "women", "man", "men"}) {
    if (lower.size() > end.size() + 3 && lower.ends_with(end)) {
      const std::string_view stem = lower.substr(0, lower.size() - end.size());
      return IsNationalityAdjective(stem) ? CountryNamed(stem) : std::string_view();
    }
  }
  return {};
}

std::string CountryCode(std::string_view text) {
  const CountryMatch match = FindCountry(text, {.loose = true, .adjectives = true, .codes = true});
  if (!match || match.country->former) return "";
  return std::string(match.country->code);
}

const Country* CountryOfRussianAdjective(std::string_view lower) {
  static constexpr std::string_view kEndings[] = {"ий", "ого", "ому", "им", "ом",  "ая",
                                                  "ой", "ую",  "ие",  "их", "ими", "ое"};
  for (const countries_internal::RussianAdjectiveStem& a :
       countries_internal::RussianAdjectiveStems()) {
    if (!lower.starts_with(a.stem)) continue;
    const std::string_view ending = lower.substr(a.stem.size());
    for (std::string_view e : kEndings) {
      if (ending == e) return FindCountry(a.code, {.codes = true}).country;
    }
  }
  return nullptr;
}

}  // namespace dossier
