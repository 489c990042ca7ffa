#include "resolve/transliterate.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include "base/utf8.h"

namespace dossier {
namespace {

bool IsCyrillic(char32_t cp) { return cp >= 0x0400 && cp <= 0x052F; }

bool IsCyrillicVowelOrSign(char32_t lower) {
  static constexpr std::u32string_view kVowels = U"аеёиоуыэюяъьәөұүієї";
  return kVowels.find(lower) != std::u32string_view::npos;
}

// News-style romanization of one lowercase Cyrillic letter; nullptr when the
// letter is not ours (left to ICU).
const char* CyrillicLetter(char32_t c) {
  switch (c) {
    case U'а':
      return "a";
    case U'б':
      return "b";
    case U'в':
      return "v";
    case U'г':
      return "g";
    case U'д':
      return "d";
    case U'е':
      return "e";
    case U'ё':
      return "yo";
    case U'ж':
      return "zh";
    case U'з':
      return "z";
    case U'и':
      return "i";
    case U'й':
      return "y";
    case U'к':
      return "k";
    case U'л':
      return "l";
    case U'м':
      return "m";
    case U'н':
      return "n";
    case U'о':
      return "o";
    case U'п':
      return "p";
    case U'р':
      return "r";
    case U'с':
      return "s";
    case U'т':
      return "t";
    case U'у':
      return "u";
    case U'ф':
      return "f";
    case U'х':
      return "kh";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "shch";
    case U'ъ':
      return "";
    case U'ы':
      return "y";
    case U'ь':
      return "";
    case U'э':
      return "e";
    case U'ю':
      return "yu";
    case U'я':
      return "ya";
    // Kazakh.
    case U'ә':
      return "a";
    case U'ғ':
      return "gh";
    case U'қ':
      return "q";
    case U'ң':
      return "ng";
    case U'ө':
      return "o";
    case U'ұ':
      return "u";
    case U'ү':
      return "u";
    case U'һ':
      return "h";
    case U'і':
      return "i";
    // Ukrainian and Belarusian.
    case U'є':
      return "ye";
    case U'ї':
      return "yi";
    case U'ґ':
      return "g";
    case U'ў':
      return "u";
    default:
      return nullptr;
  }
}

// Latin letters with diacritics whose plain form would lose a sound the
// skeleton folds (č is ch, not c); the rest lose their marks through ICU.
const char* LatinDiacriticLetter(char32_t c) {
  switch (c) {
    case U'č':
    case U'ć':
    case U'ç':
      return "ch";
    case U'š':
    case U'ś':
    case U'ş':
    case U'ș':
      return "sh";
    case U'ž':
    case U'ź':
    case U'ż':
      return "zh";
    case U'ğ':
      return "gh";
    case U'ı':
      return "i";
    case U'ł':
      return "l";
    case U'ø':
      return "o";
    case U'æ':
      return "ae";
    case U'œ':
      return "oe";
    case U'ß':
      return "ss";
    case U'đ':
      return "d";
    default:
      return nullptr;
  }
}

icu::Transliterator* AnyToAscii() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  return instance.get();
}

// Appends `latin` for a source letter whose case was `upper`; `all_caps`
// when a neighbouring letter is upper case too.
void AppendCased(std::string_view latin, bool upper, bool all_caps, std::string* out) {
  for (size_t i = 0; i < latin.size(); ++i) {
    char ch = latin[i];
    if (upper && (i == 0 || all_caps)) ch = static_cast<char>(ch - 'a' + 'A');
    out->push_back(ch);
  }
}

// The ASCII character Any-Latin; Latin-ASCII writes for a Latin letter whose
// canonical decomposition is an ASCII letter and nonspacing marks alone ("ễ"
// e, "Ạ" A) and for the typographic quotation marks and dashes (’ ', “ ",
// — -), whatever stands beside it (transliterate_test.cc checks every such
// code point, alone and in pairs); 0 for any other code point.
char AsciiOf(char32_t cp) {
  switch (cp) {
    case U'‘':
    case U'’':
      return '\'';
    case U'“':
    case U'”':
      return '"';
    case U'–':
    case U'—':
      return '-';
    default:
      break;
  }
  static const icu::Normalizer2* const nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  icu::UnicodeString parts;
  if (nfd == nullptr || !nfd->getDecomposition(static_cast<UChar32>(cp), parts) ||
      parts.length() < 2) {
    return 0;
  }
  const char16_t letter = parts.charAt(0);
  if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z'))) return 0;
  for (int i = 1; i < parts.length(); i = parts.moveIndex32(i, 1)) {
    if (u_charType(parts.char32At(i)) != U_NON_SPACING_MARK) return 0;
  }
  return static_cast<char>(letter);
}

// Appends `run` romanized. A run only of characters AsciiOf() knows is
// written without ICU's transliterator, whose first use on a thread costs about 150
// million instructions (its registry and rules).
void FlushOther(std::u32string* run, std::string* out) {
  if (run->empty()) return;
  std::string letters;
  for (char32_t cp : *run) {
    const char letter = AsciiOf(cp);
    if (letter == 0) break;
    letters += letter;
  }
  if (letters.size() == run->size()) {
    *out += letters;
    run->clear();
    return;
  }
  icu::UnicodeString text;
  for (char32_t cp : *run) text.append(static_cast<UChar32>(cp));
  run->clear();
  if (icu::Transliterator* t = AnyToAscii()) t->transliterate(text);
  text.toUTF8String(*out);
}

std::u32string DecodeAll(std::string_view text) {
  std::u32string cps;
  cps.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    int n = DecodeUtf8(text, pos, &cp);
    if (n == 0) {
      cp = 0xFFFD;
      n = 1;
    }
    cps.push_back(cp);
    pos += n;
  }
  return cps;
}

bool IsUpperLetter(char32_t cp) { return u_isupper(static_cast<UChar32>(cp)); }

// ---- Skeleton ----

bool IsVowelCode(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsLatinVowel(char c) { return IsVowelCode(c) || c == 'y'; }

// Folds lowercase ASCII letters and digits to the skeleton alphabet:
// 'w' stands for sh, 'q' for ch, 'j' for zh/dzh/dj (and j before a vowel at
// the start), 'c' for ts, 'h' for kh.
std::string FoldAscii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const size_t n = s.size();
  auto at = [&](size_t i, std::string_view p) { return s.substr(i, p.size()) == p; };
  for (size_t i = 0; i < n;) {
    const char c = s[i];
    if (at(i, "shch")) {
      out += "wq";
      i += 4;
      continue;
    }
    if (at(i, "tsch")) {
      out += 'q';
      i += 4;
      continue;
    }
    if (at(i, "sch")) {
      out += 'w';
      i += 3;
      continue;
    }
    if (at(i, "tch")) {
      out += 'q';
      i += 3;
      continue;
    }
    if (at(i, "dzh")) {
      out += 'j';
      i += 3;
      continue;
    }
    if (at(i, "sh") || at(i, "sz")) {
      out += 'w';
      i += 2;
      continue;
    }
    if (at(i, "ch") || at(i, "cz")) {
      out += 'q';
      i += 2;
      continue;
    }
    if (at(i, "zh") || at(i, "dj")) {
      out += 'j';
      i += 2;
      continue;
    }
    if (at(i, "kh")) {
      out += 'h';
      i += 2;
      continue;
    }
    if (at(i, "gh")) {
      out += 'g';
      i += 2;
      continue;
    }
    if (at(i, "ph")) {
      out += 'f';
      i += 2;
      continue;
    }
    if (at(i, "th")) {
      out += 't';
      i += 2;
      continue;
    }
    if (at(i, "ck")) {
      out += 'k';
      i += 2;
      continue;
    }
    if (at(i, "ts") || at(i, "tz")) {
      out += 'c';
      i += 2;
      continue;
    }
    if (at(i, "ou") || at(i, "oo")) {
      out += 'u';
      i += 2;
      continue;
    }
    switch (c) {
      case 'c': {
        const char next = i + 1 < n ? s[i + 1] : 0;
        out += (next == 'e' || next == 'i' || next == 'y') ? 'c' : 'k';
        break;
      }
      case 'q':
        out += 'k';
        break;
      case 'w':
        out += 'v';
        break;
      case 'x':
        out += "ks";
        break;
      case 'y':
        out += 'i';
        break;
      case 'j': {
        const bool next_vowel = i + 1 < n && IsLatinVowel(s[i + 1]);
        const bool prev_vowel = !out.empty() && IsVowelCode(out.back());
        // Initial j before a vowel and j between vowels sound like zh/dzh in
        // the Turkic and English spellings we meet (Janibek, Kajegeldin); a
        // j after a consonant or before one is the German/Slavic y (Ljudmila,
        // Serej).
        out += ((out.empty() && next_vowel) || (prev_vowel && next_vowel)) ? 'j' : 'i';
        break;
      }
      default:
        out += c;
    }
    ++i;
  }
  // i before e is the y of "ye" (Yegarmin, Nazarbayev, Sergeyevich).
  std::string folded;
  folded.reserve(out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == 'i' && i + 1 < out.size() && out[i + 1] == 'e') continue;
    if (!folded.empty() && folded.back() == out[i]) continue;  // doubled letters
    folded += out[i];
  }
  // -off, -of, -ef: the French and German spellings of -ov, -ev.
  if (folded.size() >= 4 && folded.back() == 'f' &&
      (folded[folded.size() - 2] == 'o' || folded[folded.size() - 2] == 'e')) {
    folded.back() = 'v';
  }
  return folded;
}

// ---- Weighted edit distance ----

bool Confusable(char a, char b) {
  if (a > b) std::swap(a, b);
  static constexpr std::array<std::pair<char, char>, 18> kPairs = {{
      {'c', 'k'},
      {'s', 'z'},
      {'i', 'j'},
      {'d', 't'},
      {'b', 'p'},
      {'f', 'v'},
      {'g', 'k'},
      {'g', 'h'},
      {'h', 'q'},
      {'c', 'q'},
      {'s', 'w'},
      {'j', 'w'},
      {'j', 'z'},
      {'u', 'v'},
      {'c', 's'},
      {'h', 'k'},
      {'m', 'n'},
      {'e', 'j'},
  }};
  for (const auto& [x, y] : kPairs) {
    if (x == a && y == b) return true;
  }
  return false;
}

double SubstitutionCost(char a, char b) {
  if (a == b) return 0;
  if (IsVowelCode(a) && IsVowelCode(b)) return 0.5;
  if (Confusable(a, b)) return 0.5;
  return 1;
}

double IndelCost(char c) { return (IsVowelCode(c) || c == 'h' || c == 'j') ? 0.5 : 1; }

// Vowels that spellings of one Russian Cyrillic name may differ in: o for e
// (ё, written е, romanized e, yo or o), o for u (the skeleton folds ou and oo
// to u), and the national spellings of Central Asian and Caucasian names
// written in Russian Cyrillic: a for o (Uzbek and Tajik o for а, Toshkent,
// -jon for -джан; Belarusian a for unstressed o) and a for e (ә, ə: -zoda
// for -заде). An i, or a u for a or e, is never such a variant.
bool RomanizedVowelPair(char a, char b) {
  if (a > b) std::swap(a, b);
  return (a == 'e' && b == 'o') || (a == 'o' && b == 'u') || (a == 'a' && b == 'o') ||
         (a == 'a' && b == 'e');
}

// SubstitutionCost() and IndelCost() of ASCII letters, computed once: the
// edit distance asks for them once per cell. With `fixed_vowels`, a vowel
// for another costs a full edit, but RomanizedVowelPair()s
// (OriginalScriptEditDistance()).
struct CostTable {
  explicit CostTable(bool fixed_vowels) {
    for (int a = 0; a < 128; ++a) {
      indel[a] = IndelCost(static_cast<char>(a));
      for (int b = 0; b < 128; ++b) {
        substitution[a][b] = SubstitutionCost(static_cast<char>(a), static_cast<char>(b));
        const bool variant = RomanizedVowelPair(static_cast<char>(a), static_cast<char>(b));
        if (fixed_vowels && a != b && IsVowelCode(static_cast<char>(a)) &&
            IsVowelCode(static_cast<char>(b)) && !variant) {
          substitution[a][b] = 1;
        }
      }
    }
  }
  double Substitution(char a, char b) const {
    const auto x = static_cast<unsigned char>(a), y = static_cast<unsigned char>(b);
    return (x | y) < 128 ? substitution[x][y] : SubstitutionCost(a, b);
  }
  double Indel(char c) const {
    const auto x = static_cast<unsigned char>(c);
    return x < 128 ? indel[x] : IndelCost(c);
  }
  double substitution[128][128];
  double indel[128];
};

const CostTable& Costs() {
  static const CostTable table(false);
  return table;
}

const CostTable& FixedVowelCosts() {
  static const CostTable table(true);
  return table;
}

// Two neighbouring letters swapped ("Smtih" / "Smith") cost one full edit,
// not two substitutions.
constexpr double kTranspositionCost = 1.0;

// Whether a[i-2..i) and b[j-2..j) are the same two different letters swapped.
bool Transposed(std::string_view a, std::string_view b, size_t i, size_t j) {
  return i >= 2 && j >= 2 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2];
}

enum class EditKind { kVowel, kSimilar, kLetter, kTransposition };

EditKind ClassifySubstitution(char a, char b) {
  if (IsVowelCode(a) && IsVowelCode(b)) return EditKind::kVowel;
  return Confusable(a, b) ? EditKind::kSimilar : EditKind::kLetter;
}

EditKind ClassifyIndel(char c) {
  if (IsVowelCode(c)) return EditKind::kVowel;
  return IndelCost(c) < 1 ? EditKind::kSimilar : EditKind::kLetter;
}

}  // namespace

Script DetectScript(std::string_view text) {
  int latin = 0, cyrillic = 0, other = 0;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    int n = DecodeUtf8(text, pos, &cp);
    if (n == 0) {
      ++pos;
      continue;
    }
    pos += n;
    if (!u_isalpha(static_cast<UChar32>(cp))) continue;
    UScriptCode script =
        static_cast<UScriptCode>(u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SCRIPT));
    if (script == USCRIPT_LATIN) {
      ++latin;
    } else if (script == USCRIPT_CYRILLIC) {
      ++cyrillic;
    } else {
      ++other;
    }
  }
  if (latin + cyrillic + other == 0) return Script::kUnknown;
  if (cyrillic >= latin && cyrillic >= other) return Script::kCyrillic;
  if (latin >= other) return Script::kLatin;
  return Script::kOther;
}

std::string ToLatin(std::string_view text) {
  const std::u32string cps = DecodeAll(text);
  std::string out;
  out.reserve(text.size() + 8);
  std::u32string other;
  for (size_t i = 0; i < cps.size(); ++i) {
    const char32_t cp = cps[i];
    if (cp < 0x80) {
      FlushOther(&other, &out);
      out.push_back(static_cast<char>(cp));
      continue;
    }
    const bool upper = IsUpperLetter(cp);
    const char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
    const bool all_caps =
        (i > 0 && IsUpperLetter(cps[i - 1])) || (i + 1 < cps.size() && IsUpperLetter(cps[i + 1]));
    if (IsCyrillic(cp)) {
      const char* latin = CyrillicLetter(lower);
      if (latin != nullptr) {
        FlushOther(&other, &out);
        const char32_t prev = i > 0 ? static_cast<char32_t>(u_tolower(cps[i - 1])) : 0;
        const bool word_start = i == 0 || !u_isalpha(static_cast<UChar32>(cps[i - 1]));
        const char32_t next = i + 1 < cps.size() ? static_cast<char32_t>(u_tolower(cps[i + 1])) : 0;
        std::string_view letter = latin;
        if (lower == U'е' && (word_start || IsCyrillicVowelOrSign(prev))) letter = "ye";
        if (lower == U'ё' && (prev == U'ж' || prev == U'ч' || prev == U'ш' || prev == U'щ')) {
          letter = "o";
        }
        const bool after_next_ends =
            i + 2 >= cps.size() || !u_isalpha(static_cast<UChar32>(cps[i + 2]));
        if (lower == U'ы' && next == U'й' && after_next_ends) letter = "";  // -ый: -y
        AppendCased(letter, upper, all_caps, &out);
        continue;
      }
    } else if (const char* latin = LatinDiacriticLetter(lower)) {
      FlushOther(&other, &out);
      AppendCased(latin, upper, all_caps, &out);
      continue;
    }
    other.push_back(cp);
  }
  FlushOther(&other, &out);
  return out;
}

std::string NameSkeleton(std::string_view word) {
  std::string latin = ToLatin(word);
  std::string ascii;
  ascii.reserve(latin.size());
  for (char ch : latin) {
    if (ch >= 'A' && ch <= 'Z') {
      ascii.push_back(static_cast<char>(ch - 'A' + 'a'));
    } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      ascii.push_back(ch);
    }
  }
  return FoldAscii(ascii);
}

namespace {

// WeightedEditDistance() with the letter costs of `costs`.
double EditDistance(std::string_view a, std::string_view b, double limit, const CostTable& costs) {
  const size_t n = a.size(), m = b.size();
  if (n > m + 2 * limit + 2 && n > m) {
    // Cheap bound: every missing letter costs at least 0.5.
    if ((n - m) * 0.5 > limit) return limit + 1;
  }
  if (m > n && (m - n) * 0.5 > limit) return limit + 1;
  // Three rows: a transposition reads the row before the previous one
  // (from the third row on, so no cell is read before it is written).
  std::array<double, 64> row_storage_a, row_storage_b, row_storage_c;
  std::vector<double> heap;
  double* before = row_storage_c.data();
  double* prev = row_storage_a.data();
  double* cur = row_storage_b.data();
  if (m + 1 > row_storage_a.size()) {
    heap.assign(3 * (m + 1), 0);
    prev = heap.data();
    cur = prev + m + 1;
    before = cur + m + 1;
  }
  prev[0] = 0;
  for (size_t j = 1; j <= m; ++j) prev[j] = prev[j - 1] + costs.Indel(b[j - 1]);
  for (size_t i = 1; i <= n; ++i) {
    const double indel_a = costs.Indel(a[i - 1]);
    cur[0] = prev[0] + indel_a;
    double row_min = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      double best = prev[j - 1] + costs.Substitution(a[i - 1], b[j - 1]);
      best = std::min(best, prev[j] + indel_a);
      best = std::min(best, cur[j - 1] + costs.Indel(b[j - 1]));
      if (Transposed(a, b, i, j)) best = std::min(best, before[j - 2] + kTranspositionCost);
      cur[j] = best;
      row_min = std::min(row_min, best);
    }
    // Row minima never decrease (a transposition adds a full edit to a row
    // at most one full edit below the previous one): stop early.
    if (row_min > limit) return limit + 1;
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

}  // namespace

double WeightedEditDistance(std::string_view a, std::string_view b, double limit) {
  return EditDistance(a, b, limit, Costs());
}

double OriginalScriptEditDistance(std::string_view a, std::string_view b, double limit) {
  return EditDistance(a, b, limit, FixedVowelCosts());
}

std::string DescribeEdits(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<double> d((n + 1) * (m + 1));
  auto at = [&](size_t i, size_t j) -> double& { return d[i * (m + 1) + j]; };
  for (size_t i = 0; i <= n; ++i) {
    for (size_t j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) continue;
      double best = 1e9;
      if (i > 0 && j > 0) best = at(i - 1, j - 1) + SubstitutionCost(a[i - 1], b[j - 1]);
      if (i > 0) best = std::min(best, at(i - 1, j) + IndelCost(a[i - 1]));
      if (j > 0) best = std::min(best, at(i, j - 1) + IndelCost(b[j - 1]));
      if (Transposed(a, b, i, j)) best = std::min(best, at(i - 2, j - 2) + kTranspositionCost);
      at(i, j) = best;
    }
  }
  int counts[4] = {0, 0, 0, 0};
  for (size_t i = n, j = m; i > 0 || j > 0;) {
    if (i > 0 && j > 0 && at(i, j) == at(i - 1, j - 1) + SubstitutionCost(a[i - 1], b[j - 1])) {
      if (a[i - 1] != b[j - 1])
        ++counts[static_cast<int>(ClassifySubstitution(a[i - 1], b[j - 1]))];
      --i;
      --j;
    } else if (Transposed(a, b, i, j) && at(i, j) == at(i - 2, j - 2) + kTranspositionCost) {
      ++counts[static_cast<int>(EditKind::kTransposition)];
      i -= 2;
      j -= 2;
    } else if (i > 0 && at(i, j) == at(i - 1, j) + IndelCost(a[i - 1])) {
      ++counts[static_cast<int>(ClassifyIndel(a[i - 1]))];
      --i;
    } else {
      ++counts[static_cast<int>(ClassifyIndel(b[j - 1]))];
      --j;
    }
  }
  static constexpr const char* kSingular[4] = {"vowel", "similar letter", "letter",
                                               "transposition"};
  static constexpr const char* kPlural[4] = {"vowels", "similar letters", "letters",
                                             "transpositions"};
  std::string out;
  for (int k = 0; k < 4; ++k) {
    if (counts[k] == 0) continue;
    if (!out.empty()) out += ", ";
    out += std::to_string(counts[k]) + " " + (counts[k] == 1 ? kSingular[k] : kPlural[k]);
  }
  return out;
}

namespace {

// Cyrillic suffix rules of NominativeReadings: a word ending in `ending`
// reads as its stem plus `nominative_ending`.
struct CaseRule {
  std::u32string_view ending;
  std::u32string_view nominative_ending;
  bool feminine;
  bool oblique;
};

constexpr CaseRule kCaseRules[] = {
    // -ов/-ев/-ёв/-ин/-ын families.
    {U"ова", U"ова", true, false},
    {U"ова", U"ов", false, true},
    {U"ева", U"ева", true, false},
    {U"ева", U"ев", false, true},
    {U"ёва", U"ёва", true, false},
    {U"ёва", U"ёв", false, true},
    {U"ина", U"ина", true, false},
    {U"ина", U"ин", false, true},
    {U"ына", U"ына", true, false},
    {U"ына", U"ын", false, true},
    {U"ову", U"ов", false, true},
    {U"еву", U"ев", false, true},
    {U"ину", U"ин", false, true},
    {U"овым", U"ов", false, true},
    {U"евым", U"ев", false, true},
    {U"иным", U"ин", false, true},
    {U"ове", U"ов", false, true},
    {U"еве", U"ев", false, true},
    {U"ине", U"ин", false, true},
    {U"овой", U"ова", true, true},
    {U"евой", U"ева", true, true},
    {U"иной", U"ина", true, true},
    {U"ову", U"ова", true, true},
    {U"еву", U"ева", true, true},
    // -ский/-ская families.
    {U"ская", U"ская", true, false},
    {U"ского", U"ский", false, true},
    {U"скому", U"ский", false, true},
    {U"ским", U"ский", false, true},
    {U"ском", U"ский", false, true},
    {U"ской", U"ская", true, true},
    {U"скую", U"ская", true, true},
};

}  // namespace

std::vector<NominativeReading> NominativeReadings(std::string_view word) {
  const std::u32string cps = DecodeAll(word);
  std::u32string lower;
  for (char32_t cp : cps)
    lower.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  std::vector<NominativeReading> readings;
  const bool all_caps = cps.size() > 1 && IsUpperLetter(cps[cps.size() - 1]);
  for (const CaseRule& rule : kCaseRules) {
    if (lower.size() < rule.ending.size() + 2) continue;
    if (lower.compare(lower.size() - rule.ending.size(), rule.ending.size(), rule.ending) != 0) {
      continue;
    }
    std::u32string stem = cps.substr(0, cps.size() - rule.ending.size());
    std::string nominative;
    for (char32_t cp : stem) AppendUtf8(cp, &nominative);
    for (char32_t cp : rule.nominative_ending) {
      AppendUtf8(all_caps ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(cp))) : cp,
                 &nominative);
    }
    readings.push_back({nominative, rule.feminine, rule.oblique});
  }
  if (readings.empty() || readings.front().oblique) {
    // A word no rule reads as inflected is its own nominative; an inflected
    // one may still be a nominative of another family, so it is kept only
    // when no rule claimed it.
    if (readings.empty()) readings.push_back({std::string(word), false, false});
  }
  return readings;
}

}  // namespace dossier
