#include "extract/ner/internal/ner_lexicon.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/ner/internal/sorted_list.h"

namespace dossier::internal {
namespace {

// Sorted at first use; all entries lower case ASCII.
constexpr std::string_view kGivenNames[] = {
    "abai", "abay", "adil", "aidar", "aigerim", "aigul", "aizhan", "akezhan", "akhmet", "alibek",
    "aliya", "alikhan", "almas", "almaz", "almazbek", "altynbek", "amangeldy", "arman", "arystan",
    "askar", "assel", "asel", "aset", "azamat", "bakhyt", "bakhytzhan", "bakytbek", "baurzhan",
    "bauyrzhan", "berik", "bolat", "bulat", "daniyar", "dariga", "daulet", "dauren", "dilnaz",
    "dinara", "dosym", "emomali", "erbol", "erlan", "ermek", "galym", "galymzhan", "gaukhar",
    "gulmira", "gulnara", "gulzhan", "gurbanguly", "islam", "kairat", "kamchybek", "kanat", "karim",
    "kassym", "kuanysh", "kurmanbek", "madina", "makhambet", "marat", "mukhtar", "murat", "nazym",
    "nurlan", "nursultan", "olzhas", "rakhat", "rashid", "roza", "rustam", "sadyr", "sanzhar",
    "saparmurat", "saule", "serik", "shavkat", "sooronbay", "talgat", "temirlan", "timur", "ulan",
    "umirzak", "yerbol", "yerlan", "yermek", "yerzhan", "zamanbek", "zhanar", "zhanibek", "zhanna",
    "zhenis", "zhomart",
    // Russian given names common in the region's press.
    "aleksandr", "aleksei", "alexander", "alexei", "anatoly", "andrei", "andrey", "boris", "dmitry",
    "elena", "galina", "gennady", "igor", "irina", "ivan", "lyudmila", "mikhail", "natalia",
    "nikolai", "oleg", "olga", "pavel", "sergei", "sergey", "svetlana", "tatiana", "valentina",
    "valery", "viktor", "vladimir", "yelena", "yevgeny", "yuri"};

constexpr std::string_view kPlaceNames[] = {
    "akmola",        "aksu",      "aktau",        "aktobe",        "almaty",          "alma-ata",
    "altai",         "andijan",   "aral",         "ashgabat",      "astana",          "atyrau",
    "baikonur",      "balkhash",  "bishkek",      "bukhara",       "chimkent",        "dushanbe",
    "ekibastuz",     "fergana",   "irtysh",       "issyk-kul",     "karaganda",       "karagandy",
    "kazakhstan",    "khujand",   "kokshetau",    "kostanay",      "kyrgyzstan",      "kyzylorda",
    "mangystau",     "namangan",  "nur-sultan",   "omsk",          "orenburg",        "osh",
    "oskemen",       "pavlodar",  "petropavl",    "petropavlovsk", "samarkand",       "semey",
    "semipalatinsk", "shymkent",  "taldykorgan",  "taraz",         "tashkent",        "tajikistan",
    "temirtau",      "turkestan", "turkmenistan", "uralsk",        "ust-kamenogorsk", "uzbekistan",
    "zhezkazgan"};

constexpr std::string_view kOrgDesignators[] = {
    "agency",  "akimat",      "ao",        "association", "bank",       "committee",  "company",
    "corp",    "corporation", "council",   "court",       "fund",       "foundation", "group",
    "holding", "inc",         "institute", "jsc",         "llc",        "llp",        "ltd",
    "majilis", "mazhilis",    "ministry",  "ojsc",        "parliament", "party",      "plc",
    "senate",  "service",     "too",       "union",       "university"};

constexpr std::string_view kPersonCues[] = {
    "akim",    "businessman", "chairman",   "colonel", "deputy",    "director",   "dr",
    "general", "governor",    "journalist", "judge",   "minister",  "mr",         "mrs",
    "ms",      "president",   "prosecutor", "senator", "spokesman", "spokeswoman"};

constexpr std::string_view kRegionOrgPrefixes[] = {"kazakh", "samruk", "temir", "astana",
                                                   "almaty", "kyrgyz", "uzbek"};

constexpr std::string_view kSurnameSuffixes[] = {
    "ov",  "ova",  "ev",    "eva",   "yev",  "yeva", "in",   "ina",   "uly",  "kyzy",
    "uli", "kyzi", "bayev", "bekov", "baev", "sky",  "skiy", "skaya", "enko", "yan"};
constexpr std::string_view kPatronymicSuffixes[] = {"ovich",  "evich", "ovna", "evna",
                                                    "yevich", "yevna", "ich",  "ichna"};

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Whether code point `c` (two-byte UTF-8 range) is a capital letter. In the
// Latin Extended-A and Cyrillic Supplement blocks capitals and small
// letters alternate, with a few runs where the parity flips.
bool IsCapitalCodePoint(uint32_t c) {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;     // À..Þ but ×
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;  // Ā..ķ
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;  // Ĺ..ň
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;  // Ŋ..ŷ
  if (c == 0x178) return true;                      // Ÿ
  if (c >= 0x179 && c <= 0x17E) return c % 2 == 1;  // Ź..ž
  if (c >= 0x391 && c <= 0x3A9) return c != 0x3A2;  // Greek Α..Ω
  if (c >= 0x400 && c <= 0x42F) return true;        // Ѐ..Я
  if (c >= 0x460 && c <= 0x481) return c % 2 == 0;  // Ѡ..ҁ
  if (c >= 0x48A && c <= 0x4BF) return c % 2 == 0;  // Ҋ..ҿ (Ғ Қ Ң Ұ Ү Һ)
  if (c == 0x4C0) return true;                      // Ӏ
  if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 1;  // Ӂ..ӎ
  if (c >= 0x4D0 && c <= 0x4FF) return c % 2 == 0;  // Ӑ..ӿ (Ә Ө)
  return false;
}

bool EndsWithAny(std::string_view lower, const std::string_view* suffixes, size_t n,
                 size_t min_stem) {
  for (size_t i = 0; i < n; ++i) {
    const std::string_view s = suffixes[i];
    if (lower.size() >= s.size() + min_stem && lower.substr(lower.size() - s.size()) == s) {
      return true;
    }
  }
  return false;
}

}  // namespace

// "I.", "I.P.", "I. P." is two tokens; Cyrillic capitals are two bytes (D0 90..D0 AF, D0 81).
bool IsInitials(std::string_view w) {
  if (w.size() < 2) return false;
  size_t i = 0;
  int letters = 0;
  while (i < w.size()) {
    const size_t len = static_cast<size_t>(CapitalLetterLength(w.substr(i)));
    if (len == 0) return false;
    i += len;
    if (i >= w.size() || w[i] != '.') return false;
    ++i;
    ++letters;
  }
  return letters >= 1 && letters <= 3;
}

void FoldLetterCase(std::string_view word, std::string* out) {
  for (size_t i = 0; i < word.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(word[i]);
    if (b0 >= 'A' && b0 <= 'Z') {
      out->push_back(static_cast<char>(b0 - 'A' + 'a'));
      continue;
    }
    if (b0 < 0xC2 || b0 > 0xDF || i + 1 >= word.size() ||
        (static_cast<unsigned char>(word[i + 1]) & 0xC0) != 0x80) {
      out->push_back(static_cast<char>(b0));
      continue;
    }
    uint32_t c = (uint32_t{b0} & 0x1F) << 6 | (static_cast<unsigned char>(word[i + 1]) & 0x3F);
    if (IsCapitalCodePoint(c)) {
      if ((c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F)) {
        c += 0x20;
      } else if (c >= 0x400 && c <= 0x40F) {
        c += 0x50;
      } else if (c == 0x178) {
        c = 0xFF;
      } else if (c == 0x4C0) {
        c = 0x4CF;
      } else {
        c += 1;  // the alternating blocks: capital, then its small letter
      }
    }
    // Every small letter here is two bytes, as its capital.
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
    ++i;
  }
}

std::string FoldedWord(std::string_view word) {
  std::string key;
  FoldLetterCase(word, &key);
  return key;
}

std::string FoldedWords(const std::vector<std::string_view>& words, int begin, int end) {
  std::string key;
  for (int i = begin; i < end; ++i) {
    if (i > begin) key.push_back(' ');
    FoldLetterCase(words[i], &key);
  }
  return key;
}

int CapitalLetterLength(std::string_view word) {
  if (word.empty()) return 0;
  const auto b0 = static_cast<unsigned char>(word[0]);
  if (b0 >= 'A' && b0 <= 'Z') return 1;
  if (b0 < 0xC2 || b0 > 0xDF || word.size() < 2) return 0;
  const auto b1 = static_cast<unsigned char>(word[1]);
  if ((b1 & 0xC0) != 0x80) return 0;
  return IsCapitalCodePoint((uint32_t{b0} & 0x1F) << 6 | (b1 & 0x3F)) ? 2 : 0;
}

bool WrittenInCapitals(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    const int len = CapitalLetterLength(word.substr(i));
    if (len == 0) return false;
    i += static_cast<size_t>(len);
    ++letters;
  }
  return letters >= 2;
}

uint32_t LexiconFlags(std::string_view word) {
  if (word.empty()) return 0;
  std::string lower(word);
  for (char& c : lower) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  uint32_t flags = 0;
  const bool capitalized = StartsWithCapital(word);
  if (capitalized && EndsWithAny(lower, kSurnameSuffixes, std::size(kSurnameSuffixes), 3)) {
    flags |= kRegionSurname;
  }
  if (capitalized && EndsWithAny(lower, kPatronymicSuffixes, std::size(kPatronymicSuffixes), 3)) {
    flags |= kPatronymic;
  }
  if (IsInitials(word)) flags |= kInitials;
  if (InSortedList<kGivenNames>(lower)) flags |= kGivenName;
  if (InSortedList<kPlaceNames>(lower)) flags |= kPlaceName;
  if (InSortedList<kOrgDesignators>(lower)) flags |= kOrgDesignator;
  std::string_view cue = lower;
  if (!cue.empty() && cue.back() == '.') cue.remove_suffix(1);
  if (InSortedList<kPersonCues>(cue)) flags |= kPersonCue;
  if (capitalized) {
    for (std::string_view prefix : kRegionOrgPrefixes) {
      if (lower.size() > prefix.size() + 2 && lower.compare(0, prefix.size(), prefix) == 0) {
        flags |= kRegionOrgPrefix;
        break;
      }
    }
  }
  return flags;
}

std::string_view LexiconFlagName(int bit) {
  static constexpr std::string_view kNames[kNumLexiconFlags] = {
      "surname", "patronymic", "initials",  "given",  "place",
      "orgword", "personcue",  "orgprefix", "orghead"};
  return kNames[bit];
}

}  // namespace dossier::internal
