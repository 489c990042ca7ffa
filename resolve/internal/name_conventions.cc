#include "resolve/internal/name_conventions.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/ascii.h"
#include "resolve/transliterate.h"

namespace dossier::internal {
namespace {

bool IsVowel(char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; }

// Particles that other cases than lower case also mark ("BIN", "Al", "Van").
// "Ben" is left out: in any case but lower it is a given name.
bool IsParticleWord(std::string_view lower) {
  static constexpr std::string_view kParticles[] = {
      "van", "von", "de",  "der", "den",  "di",  "da",  "del", "della", "du",  "la", "le",
      "al",  "el",  "bin", "ibn", "bint", "abu", "umm", "dos", "das",   "ter", "ul",
  };
  return std::find(std::begin(kParticles), std::end(kParticles), lower) != std::end(kParticles);
}

bool IsNasabParticle(std::string_view lower) {
  return lower == "bin" || lower == "ibn" || lower == "bint";
}

// "binn", "kin" for bin: a word in lower case one slip from a nasab particle
// (the caller asks only inside a name that writes another one).
bool IsNasabSlip(const std::string& written) {
  if (written.empty() || written.size() > 5 || IsParticleWord(written)) return false;
  if (!std::all_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  const std::string key = NameSkeleton(written);
  for (std::string_view particle : {"bin", "ibn", "bint"}) {
    if (WeightedEditDistance(key, NameSkeleton(particle), 1.5) <= 1.0) return true;
  }
  return false;
}

// Groups of romanizations of one East Asian family name; the key of the
// group is the key of its first spelling.
constexpr std::string_view kEastAsianFamilies[][4] = {
    // Korean.
    {"Kim", "Gim"},
    {"Lee", "Yi", "Rhee", "Ri"},
    {"Park", "Pak", "Bak"},
    {"Choi", "Choe"},
    {"Jung", "Jeong", "Chung", "Cheong"},
    {"Kang", "Gang"},
    {"Cho", "Jo"},
    {"Yoon", "Yun"},
    {"Zhang", "Jang", "Chang"},
    {"Lim", "Im", "Rim"},
    {"Shin", "Sin"},
    {"Kwon", "Gwon"},
    {"Hwang"},
    {"Ahn"},
    {"Ryu", "Yoo", "Rhyu"},
    {"Hong"},
    {"Moon", "Mun"},
    {"Seo", "Suh"},
    {"Song"},
    {"Han"},
    {"Oh"},
    {"Jeon"},
    {"Ko", "Koh"},
    {"Nam"},
    {"Bae"},
    {"Baek", "Paik"},
    {"Heo", "Hur"},
    {"Son", "Sohn"},
    // Chinese (pinyin first, Wade-Giles after).
    {"Wang"},
    {"Li"},
    {"Liu"},
    {"Chen", "Ch'en"},
    {"Yang"},
    {"Huang"},
    {"Zhao", "Chao"},
    {"Zhou", "Chou"},
    {"Xu", "Hsu"},
    {"Sun"},
    {"Zhu", "Chu"},
    {"Guo", "Kuo"},
    {"Lin"},
    {"Gao", "Kao"},
    {"Luo", "Lo"},
    {"Zheng", "Cheng"},
    {"Liang"},
    {"Xie", "Hsieh"},
    {"Tang", "T'ang"},
    {"Xi", "Hsi"},
    {"Deng", "Teng"},
    {"Jiang", "Chiang"},
    {"Wen"},
    {"Hu"},
    {"Ma"},
    {"Wu"},
    {"Cai", "Tsai"},
    {"Feng"},
    {"Cao", "Tsao"},
    {"Peng"},
    {"Zeng", "Tseng"},
    {"Tian", "T'ien"},
    {"Yuan"},
    {"Pan"},
    {"Lu"},
    {"Ding"},
    {"Shen"},
    {"Mao"},
    {"Qian", "Ch'ien"},
    {"Kong", "K'ung"},
    {"Cui", "Ts'ui"},
    {"Fang"},
    {"Xia", "Hsia"},
    {"Meng"},
    {"Yao"},
    {"Nguyen", "Nguyễn"},
    {"Tran", "Trần"},
    {"Pham", "Phạm"},
};

const std::unordered_map<std::string, std::string>& EastAsianKeys() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    for (const auto& group : kEastAsianFamilies) {
      const std::string key = NameSkeleton(group[0]);
      for (std::string_view spelling : group) {
        if (!spelling.empty()) t.emplace(NameSkeleton(spelling), key);
      }
    }
    return t;
  }();
  return table;
}

// The skeleton of a word with an Arabic article before a hyphen ("al-Nouri",
// "El-Sayed", "ar-Rahman", "ad-Din"): the article dropped. Empty when the
// word has none.
std::string WithoutArticle(std::string_view written) {
  const std::string lower = AsciiLower(written);
  const size_t hyphen = lower.find('-');
  if (hyphen == std::string::npos || hyphen + 2 >= lower.size()) return "";
  const std::string_view head = std::string_view(lower).substr(0, hyphen);
  const char next = lower[hyphen + 1];
  // al-, el-, and the sun letters: ar-R, as-S, ad-D, an-N, at-T, az-Z, ash-Sh.
  const bool article = head == "al" || head == "el" ||
                       (head.size() == 2 && (head[0] == 'a' || head[0] == 'e') && head[1] == next &&
                        !IsVowel(next)) ||
                       ((head == "ash" || head == "esh") && next == 's');
  if (!article) return "";
  return NameSkeleton(written.substr(hyphen + 1));
}

// Folds a key that starts with abd (servant of): abdul / abdel / abdal /
// abdol / abdu + a consonant, then the name: abd + the name.
std::string FoldAbd(std::string key) {
  if (key.rfind("abd", 0) != 0) return key;
  const std::string_view rest = std::string_view(key).substr(3);
  if (rest.size() >= 5 && (rest.substr(0, 2) == "ul" || rest.substr(0, 2) == "el" ||
                           rest.substr(0, 2) == "al" || rest.substr(0, 2) == "ol")) {
    return "abd" + std::string(rest.substr(2));
  }
  if (rest.size() >= 5 && rest[0] == 'u' && !IsVowel(rest[1])) {
    return "abd" + std::string(rest.substr(1));
  }
  return key;
}

// m-vowel-h-vowel-m-vowel-d/t: Muhammad, Mohammed, Mohamed, Mahomet.
bool IsMuhammad(std::string_view key) {
  return key.size() == 7 && key[0] == 'm' && IsVowel(key[1]) && key[2] == 'h' && IsVowel(key[3]) &&
         key[4] == 'm' && IsVowel(key[5]) && (key[6] == 'd' || key[6] == 't');
}

bool IsAbdWord(std::string_view key) {
  static constexpr std::string_view kAbd[] = {"abd",   "abdul", "abdel", "abdal",
                                              "abdol", "abdu",  "abdur", "abdus"};
  return std::find(std::begin(kAbd), std::end(kAbd), key) != std::end(kAbd);
}

std::string FoldKey(std::string key) {
  key = FoldAbd(std::move(key));
  if (IsMuhammad(key)) return NameSkeleton("Muhammad");
  const auto& east_asian = EastAsianKeys();
  if (auto it = east_asian.find(key); it != east_asian.end()) return it->second;
  return key;
}

// "SHINq Yong Yong", "TORRES SANCHEZm Juan": the comma of the list form
// typed as a letter. In a name without a comma, a word in capitals but for
// one lower-case letter at its end, after words in capitals only and before
// words in mixed case only, is that word and the comma (the letter dropped).
void ApplyCommaTypedAsLetter(NameWords* split) {
  if (split->comma_after >= 0) return;
  std::vector<NameWord>& words = split->words;
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    NameWord& w = words[i];
    if (w.kind != NameWord::kFull || w.all_caps) continue;
    const std::string& s = w.written;
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    const auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    if (s.size() < 3 || !lower(s.back()) || !upper(s[s.size() - 2])) return;
    const std::string capitals = s.substr(0, s.size() - 1);
    // A name has a vowel (an accented one outside ASCII): "RRi" is Ri with
    // a letter doubled.
    const bool vowel = std::any_of(capitals.begin(), capitals.end(), [](char c) {
      return std::string_view("AEIOUY").find(c) != std::string_view::npos ||
             static_cast<unsigned char>(c) >= 0x80;
    });
    if (!vowel) return;
    const NameWords as_word = SplitNameWords(capitals);
    if (as_word.words.size() != 1 || !as_word.words[0].all_caps) return;
    const auto after = words.begin() + static_cast<std::ptrdiff_t>(i) + 1;
    const bool mixed_after =
        std::all_of(after, words.end(), [](const NameWord& next) { return !next.all_caps; }) &&
        std::any_of(after, words.end(),
                    [](const NameWord& next) { return next.kind == NameWord::kFull; });
    if (!mixed_after) return;
    w.written = capitals;
    w.skeleton = as_word.words[0].skeleton;
    w.all_caps = true;
    split->comma_after = static_cast<int>(i);
    return;
  }
}

}  // namespace

std::string PersonWordKey(std::string_view written) {
  std::string key = WithoutArticle(written);
  if (key.empty()) key = NameSkeleton(written);
  return FoldKey(std::move(key));
}

bool IsEastAsianFamilyName(std::string_view key) {
  if (key.size() > 6) return false;  // the longest key: nguien
  static const std::unordered_set<std::string> keys = [] {
    std::unordered_set<std::string> out;
    for (const auto& [spelling, key] : EastAsianKeys()) out.insert(key);
    return out;
  }();
  return keys.count(std::string(key)) > 0;
}

bool IsRomanizedSyllables(std::string_view latin) {
  static constexpr std::string_view kOnsets[] = {
      "",   "b",  "p",  "m",  "f",  "d",  "t",  "n",  "l",  "g",  "k",  "h",   "j",
      "q",  "x",  "r",  "z",  "c",  "s",  "y",  "w",  "zh", "ch", "sh", "hs",  "ts",
      "tz", "kk", "tt", "pp", "ss", "jj", "gw", "kw", "hw", "ry", "ny", "chh", "tch"};
  static constexpr std::string_view kCodas[] = {"", "n", "ng", "r", "k", "l", "m", "p", "t"};
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  // ok[i]: latin[0, i) splits into syllables.
  std::vector<bool> ok(latin.size() + 1, false);
  ok[0] = true;
  for (size_t i = 0; i < latin.size(); ++i) {
    if (!ok[i]) continue;
    for (std::string_view onset : kOnsets) {
      if (latin.substr(i, onset.size()) != onset) continue;
      const size_t nucleus = i + onset.size();
      // A vowel group of one to three letters (a, ou, iao), then a coda.
      for (size_t end = nucleus + 1; end <= latin.size() && end - nucleus <= 3; ++end) {
        if (!vowel(latin[end - 1])) break;
        for (std::string_view coda : kCodas) {
          if (latin.substr(end, coda.size()) == coda) ok[end + coda.size()] = true;
        }
      }
    }
  }
  return !latin.empty() && ok[latin.size()];
}

bool IsHispanicSurname(std::string_view key) {
  if (key.size() >= 4) {
    const std::string_view end = key.substr(key.size() - 2);
    if (end == "ez" || end == "az" || end == "iz" || end == "oz") return true;
  }
  // The commonest surnames of Spain and Latin America without that ending.
  static const std::unordered_set<std::string> keys = [] {
    static constexpr std::string_view kCommon[] = {
        "Garcia",   "Martin",    "Moreno",   "Romero",     "Alonso",   "Navarro",  "Torres",
        "Gil",      "Serrano",   "Blanco",   "Molina",     "Morales",  "Ortega",   "Delgado",
        "Castro",   "Rubio",     "Marin",    "Sanz",       "Iglesias", "Medina",   "Garrido",
        "Castillo", "Santos",    "Lozano",   "Guerrero",   "Cano",     "Prieto",   "Cruz",
        "Herrera",  "Pena",      "Leon",     "Cabrera",    "Gallego",  "Calvo",    "Vidal",
        "Campos",   "Vega",      "Carrasco", "Caballero",  "Nieto",    "Aguilar",  "Pascual",
        "Santana",  "Herrero",   "Montero",  "Lorenzo",    "Hidalgo",  "Ferrer",   "Duran",
        "Santiago", "Mora",      "Vicente",  "Vargas",     "Arias",    "Carmona",  "Crespo",
        "Roman",    "Pastor",    "Soto",     "Velasco",    "Moya",     "Soler",    "Parra",
        "Esteban",  "Bravo",     "Gallardo", "Rojas",      "Silva",    "Rivera",   "Mendoza",
        "Salazar",  "Contreras", "Guzman",   "Acosta",     "Figueroa", "Aguirre",  "Pineda",
        "Cordero",  "Ramos",     "Flores",   "Reyes",      "Ortiz",    "Mejia",    "Castaneda",
        "Espinosa", "Rios",      "Cardenas", "Villanueva", "Sandoval", "Miranda",  "Cortes",
        "Lopes",    "Pereira",   "Oliveira", "Costa",      "Rocha",    "Carvalho", "Almeida",
    };
    std::unordered_set<std::string> out;
    for (std::string_view name : kCommon) out.insert(PersonWordKey(name));
    return out;
  }();
  return keys.count(std::string(key)) > 0;
}

NameWords SplitPersonWords(std::string_view text) {
  NameWords split = SplitNameWords(text);
  ApplyCommaTypedAsLetter(&split);
  std::vector<NameWord>& words = split.words;
  // Particles in any case, but for a capitalized first word (Al Gore) unless
  // more words come before the comma ("VAN DER BERG, Jan"); never the last
  // word (Kim Le).
  int first_full = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    NameWord& w = words[i];
    if (w.kind == NameWord::kTitle) continue;
    const bool first = first_full < 0;
    if (first) first_full = static_cast<int>(i);
    if (w.kind != NameWord::kFull || i + 1 == words.size()) continue;
    if (!IsParticleWord(AsciiLower(w.written))) continue;
    if (first && !(split.comma_after > static_cast<int>(i))) continue;
    w.kind = NameWord::kParticle;
  }
  // The nasab: the word after bin, ibn or bint names the father. In a name
  // that writes one, a lower-case word one slip from one inside the name is
  // one too ("Mohammad binn Ahmad bin Ali").
  std::vector<bool> nasab(words.size(), false);
  for (size_t i = 0; i < words.size(); ++i) {
    nasab[i] =
        words[i].kind == NameWord::kParticle && IsNasabParticle(AsciiLower(words[i].written));
  }
  if (std::find(nasab.begin(), nasab.end(), true) != nasab.end()) {
    for (size_t i = 1; i + 1 < words.size(); ++i) {
      if (words[i].kind == NameWord::kFull && IsNasabSlip(words[i].written)) {
        words[i].kind = NameWord::kParticle;
        nasab[i] = true;
      }
    }
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (nasab[i] && words[i + 1].kind == NameWord::kFull) words[i + 1].father_name = true;
  }
  // Keys, and abd compounds joined: "Abdul Rahim", "Abd al-Rahim".
  std::vector<NameWord> out;
  int comma_after = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    NameWord w = words[i];
    if (w.kind == NameWord::kFull) {
      w.skeleton = PersonWordKey(w.written);
      const std::string before = i > 0 ? AsciiLower(words[i - 1].written) : "";
      w.article =
          !WithoutArticle(w.written).empty() ||
          (i > 0 && words[i - 1].kind == NameWord::kParticle && (before == "al" || before == "el"));
    }
    size_t last = i;
    if (w.kind == NameWord::kFull && IsAbdWord(NameSkeleton(w.written))) {
      size_t next = i + 1;
      while (next < words.size() && words[next].kind == NameWord::kParticle) ++next;
      if (next < words.size() && words[next].kind == NameWord::kFull &&
          !(split.comma_after >= static_cast<int>(i) &&
            split.comma_after < static_cast<int>(next))) {
        const std::string name_key = PersonWordKey(words[next].written);
        for (size_t k = i + 1; k <= next; ++k) w.written += " " + words[k].written;
        w.skeleton = FoldKey("abd" + name_key);
        w.all_caps = w.all_caps && words[next].all_caps;
        last = next;
      }
    }
    out.push_back(std::move(w));
    if (split.comma_after >= static_cast<int>(i) && split.comma_after <= static_cast<int>(last)) {
      comma_after = static_cast<int>(out.size()) - 1;
    }
    i = last;
  }
  // A given name in syllables beside an East Asian family name: "Kim Jong Un",
  // "Moon Jae In", "Jong Un Kim" -> one given word.
  std::vector<size_t> full;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].kind == NameWord::kFull) full.push_back(i);
  }
  if (full.size() >= 3) {
    const bool family_first = IsEastAsianFamilyName(out[full.front()].skeleton);
    const bool family_last = !family_first && IsEastAsianFamilyName(out[full.back()].skeleton);
    const size_t from = family_first ? 1 : 0;
    const size_t to = family_first ? full.size() : full.size() - 1;
    const bool syllables = std::all_of(full.begin() + from, full.begin() + to, [&](size_t i) {
      return out[i].skeleton.size() <= 5 && out[i].written.find('-') == std::string::npos;
    });
    // A comma between the syllables means the list split them on purpose.
    const bool comma_inside =
        comma_after >= static_cast<int>(full[from]) && comma_after < static_cast<int>(full[to - 1]);
    if ((family_first || family_last) && syllables && !comma_inside) {
      out[family_first ? full.front() : full.back()].family_name = true;
      NameWord& joined = out[full[from]];
      std::string letters = joined.written;
      for (size_t k = from + 1; k < to; ++k) {
        joined.written += " " + out[full[k]].written;
        letters += out[full[k]].written;
        joined.all_caps = joined.all_caps && out[full[k]].all_caps;
      }
      joined.skeleton = PersonWordKey(letters);
      std::vector<NameWord> kept;
      int kept_comma = -1;
      for (size_t i = 0; i < out.size(); ++i) {
        const bool merged_away =
            std::find(full.begin() + from + 1, full.begin() + to, i) != full.begin() + to;
        if (!merged_away) kept.push_back(std::move(out[i]));
        if (comma_after == static_cast<int>(i)) kept_comma = static_cast<int>(kept.size()) - 1;
      }
      out = std::move(kept);
      comma_after = kept_comma;
    }
  }
  // Two words, one an East Asian family name: "Kim Jong-un", "Xi Jinping"
  // (the parser decides the order only with a hyphenated given name).
  if (full.size() == 2) {
    for (int k = 0; k < 2; ++k) {
      NameWord& family = out[full[k]];
      const NameWord& given = out[full[1 - k]];
      if (IsEastAsianFamilyName(family.skeleton) && !IsEastAsianFamilyName(given.skeleton)) {
        family.family_name = true;
      }
    }
  }
  split.words = std::move(out);
  split.comma_after = comma_after;
  if (split.comma_after >= static_cast<int>(split.words.size()) - 1) split.comma_after = -1;
  return split;
}

}  // namespace dossier::internal
