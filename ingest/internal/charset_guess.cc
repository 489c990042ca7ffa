#include "ingest/internal/charset_guess.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

#include "base/utf8.h"
#include "ingest/decode.h"

namespace dossier::internal {
namespace {

constexpr double kNoScore = -1000.0;
// A candidate must reach this score and vowel share to be taken for Russian
// text. Russian prose scores about +0.7 and short sentences heavy in rare
// letters ("Ёлка, щи и объём.") about -0.2; Greek read as windows-1251
// scores about -0.6, with a vowel share near 0.15.
constexpr double kMinRussianScore = -0.75;
// When uchardet names another script (Greek, Hebrew, ...), overruling it
// takes a clearly Russian reading.
constexpr double kMinScoreOverOtherScript = 0.0;
constexpr double kMinVowelShare = 0.25;
constexpr double kTypicalVowelShare = 0.3;
// Added to the candidate uchardet named: a tie-break, not a verdict.
constexpr double kUchardetBonus = 0.001;
// Texts with fewer Russian letters than this are too short for the vowel test.
constexpr int kMinLettersForVowelTest = 4;
// Text whose high bytes touch ASCII letters at least this often is Latin.
constexpr double kLatinMixedShare = 0.5;
// Text whose high bytes are at least this share in well-formed UTF-8
// sequences is UTF-8 with a few stray bytes.
constexpr double kMostlyUtf8Share = 0.9;
// A sample whose best Cyrillic reading scores this high, this far ahead of
// the next, over this many letters, is Russian in that code page whatever
// uchardet would say (Russian prose scores about +0.7 through the right
// table, below -0.5 through most wrong ones; windows-1251 and
// x-mac-cyrillic share their lower case and differ by about 0.1, which the
// capitals of a few hundred letters decide).
constexpr double kClearRussianScore = 0.4;
constexpr double kClearRussianMargin = 0.05;
constexpr int kMinLettersForClearGuess = 200;
// Detection looks at most this much of a file: thousands of letters
// decide the code page as surely as the whole file, and large files would
// otherwise pay for uchardet and the five letter scorings over every byte.
constexpr size_t kSampleBytes = 16 << 10;

// The Cyrillic candidates, in tie-break order, with uchardet's names for them.
struct Candidate {
  const char* name;      // display name, opened with ICU
  const char* uchardet;  // how uchardet spells it
};
constexpr std::array<Candidate, 5> kCyrillic = {{
    {"windows-1251", "WINDOWS-1251"},
    {"KOI8-R", "KOI8-R"},
    {"IBM866", "IBM866"},
    {"ISO-8859-5", "ISO-8859-5"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"},
}};

// Russian lowercase letter frequencies in percent, а..я (U+0430..U+044F),
// then ё (U+0451).
constexpr std::array<double, 33> kRussianFrequency = {
    8.01, 1.59, 4.54, 1.70,  2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49,
    4.40, 3.21, 6.70, 10.97, 2.81, 4.73, 5.47, 6.26, 2.62, 0.26, 0.97,
    0.48, 1.44, 0.73, 0.36,  0.04, 1.90, 1.74, 0.32, 0.64, 2.01, 0.20};

// High-byte decoding tables (bytes 0x80..0xFF) of the Cyrillic candidates.
using HighTable = std::array<char32_t, 128>;

HighTable BuildTable(const char* charset) {
  HighTable table{};
  table.fill(0xFFFD);
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &error);
  if (U_FAILURE(error)) return table;
  for (int b = 0x80; b <= 0xFF; ++b) {
    const char byte = static_cast<char>(b);
    const char* source = &byte;
    error = U_ZERO_ERROR;
    ucnv_reset(converter);
    const UChar32 cp = ucnv_getNextUChar(converter, &source, source + 1, &error);
    if (U_SUCCESS(error) && cp >= 0) table[b - 0x80] = static_cast<char32_t>(cp);
  }
  ucnv_close(converter);
  return table;
}

const std::array<HighTable, kCyrillic.size()>& CyrillicTables() {
  // Trivially destructible, so safe as a function-local static.
  static const std::array<HighTable, kCyrillic.size()> tables = [] {
    std::array<HighTable, kCyrillic.size()> built;
    for (size_t i = 0; i < kCyrillic.size(); ++i) built[i] = BuildTable(kCyrillic[i].name);
    return built;
  }();
  return tables;
}

bool IsRussianLower(char32_t cp) { return (cp >= 0x430 && cp <= 0x44F) || cp == 0x451; }
bool IsRussianUpper(char32_t cp) { return (cp >= 0x410 && cp <= 0x42F) || cp == 0x401; }

double LetterWeight(char32_t lower) {
  // Log-likelihood against a uniform choice among 33 letters, floored so one
  // rare letter does not sink a short text. Computed once: it is called for
  // every letter of the sample under every candidate table.
  static const std::array<double, 33> weights = [] {
    std::array<double, 33> built;
    for (size_t i = 0; i < built.size(); ++i) {
      built[i] = std::max(-2.0, std::log2(kRussianFrequency[i] / (100.0 / 33)));
    }
    return built;
  }();
  return weights[lower == 0x451 ? 32 : lower - 0x430];
}

// Punctuation that Cyrillic text legitimately carries in its high bytes.
bool IsNeutralPunctuation(char32_t cp) {
  switch (cp) {
    case 0xA0:
    case 0xAB:
    case 0xBB:
    case 0xB0:
    case 0xB7:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2026:
    case 0x2116:
    case 0x2022:
      return true;
    default:
      return false;
  }
}

bool IsUkrainianOrBelarusian(char32_t cp) {
  const std::u32string_view kLetters = U"іїєґўІЇЄҐЎ";
  return kLetters.find(cp) != std::u32string_view::npos;
}

bool IsRussianLetter(char32_t cp) { return IsRussianLower(cp) || IsRussianUpper(cp); }

bool IsRussianVowel(char32_t cp) {
  const std::u32string_view kVowels = U"аеиоуыэюяёАЕИОУЫЭЮЯЁ";
  return kVowels.find(cp) != std::u32string_view::npos;
}

// How well the bytes >= 0x80 read as Russian through one table.
struct CyrillicFit {
  double score = kNoScore;  // mean per-character plausibility
  double vowel_share = 0;   // share of vowels among the Russian letters
  int letters = 0;          // Russian letters in this reading
};

CyrillicFit FitTable(std::string_view bytes, const HighTable& table) {
  const auto decode = [&](size_t i) -> char32_t {
    const auto b = static_cast<unsigned char>(bytes[i]);
    return b < 0x80 ? b : table[b - 0x80];
  };
  double total = 0;
  int counted = 0, letters = 0, vowels = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) continue;
    const char32_t cp = decode(i);
    const bool after_letter = i > 0 && IsRussianLetter(decode(i - 1));
    const bool after_lower = i > 0 && IsRussianLower(decode(i - 1));
    const bool before_letter = i + 1 < bytes.size() && IsRussianLetter(decode(i + 1));
    if (IsRussianLetter(cp)) {
      ++letters;
      if (IsRussianVowel(cp)) ++vowels;
    }
    double weight;
    if (IsRussianLower(cp)) {
      weight = LetterWeight(cp);
    } else if (IsRussianUpper(cp)) {
      // A capital inside a lowercase word is the mark of a wrong table
      // (windows-1251 read as KOI8-R swaps the cases).
      weight = after_lower ? -3.0 : LetterWeight(cp == 0x401 ? 0x451 : cp + 0x20);
    } else if (IsUkrainianOrBelarusian(cp)) {
      weight = -1.0;  // possible in Cyrillic text, rare in Russian
    } else if (cp >= 0x400 && cp <= 0x4FF) {
      weight = -2.5;  // Serbian, Macedonian: what a wrong table makes of capitals
    } else if (IsNeutralPunctuation(cp)) {
      // Quotes and dashes sit next to words, not inside them.
      weight = after_letter && before_letter ? -2.0 : 0.0;
    } else {
      weight = -4.0;  // box drawing, symbols, C1 controls: not prose
    }
    total += weight;
    ++counted;
  }
  CyrillicFit fit;
  fit.letters = letters;
  if (counted == 0) return fit;
  fit.vowel_share = letters < kMinLettersForVowelTest ? kTypicalVowelShare
                                                      : static_cast<double>(vowels) / letters;
  // Russian words need vowels: about 40% of letters; a wrong table (or Greek
  // read as Cyrillic) turns frequent vowels into consonants.
  fit.score = total / counted - 2.0 * std::max(0.0, kTypicalVowelShare - fit.vowel_share);
  return fit;
}

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Share of bytes >= 0x80 that touch an ASCII letter: high in Latin text
// ("caf\xE9"), low in Cyrillic text, whose words are all high bytes.
double LatinMixedShare(std::string_view bytes) {
  size_t high = 0, mixed = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) continue;
    ++high;
    const bool before = i > 0 && IsAsciiLetter(bytes[i - 1]);
    const bool after = i + 1 < bytes.size() && IsAsciiLetter(bytes[i + 1]);
    if (before || after) ++mixed;
  }
  return high == 0 ? 0.0 : static_cast<double>(mixed) / high;
}

// Share of bytes >= 0x80 that belong to well-formed multi-byte UTF-8.
double Utf8Share(std::string_view bytes) {
  size_t high = 0, in_utf8 = 0;
  size_t pos = 0;
  while (pos < bytes.size()) {
    if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
      ++pos;
      continue;
    }
    char32_t cp;
    const int length = DecodeUtf8(bytes, pos, &cp);
    if (length == 0) {
      ++high;
      ++pos;
    } else {
      high += length;
      in_utf8 += length;
      pos += length;
    }
  }
  return high == 0 ? 0.0 : static_cast<double>(in_utf8) / high;
}

std::string UchardetGuess(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
      uchardet_new(), uchardet_delete);
  if (detector == nullptr) return "";
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return "";
  uchardet_data_end(detector.get());
  const char* charset = uchardet_get_charset(detector.get());
  return charset == nullptr ? "" : charset;
}

bool IsWesternOrUnicode(std::string_view uchardet_name) {
  return uchardet_name.empty() || uchardet_name == "ASCII" || uchardet_name == "UTF-8" ||
         uchardet_name == "ISO-8859-1" || uchardet_name == "ISO-8859-15" ||
         uchardet_name == "WINDOWS-1252";
}

bool IsMultiByteEastAsian(std::string_view uchardet_name) {
  constexpr std::string_view kNames[] = {"SHIFT_JIS",   "EUC-JP",      "EUC-KR",     "GB18030",
                                         "BIG5",        "EUC-TW",      "UHC",        "HZ-GB-2312",
                                         "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN"};
  return std::find(std::begin(kNames), std::end(kNames), uchardet_name) != std::end(kNames);
}

std::string WesternEncoding(std::string_view bytes) {
  // 0x80-0x9F are C1 controls in ISO-8859-1 and punctuation in windows-1252.
  const bool has_c1 = std::any_of(bytes.begin(), bytes.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 && b <= 0x9F;
  });
  return has_c1 ? "windows-1252" : "ISO-8859-1";
}

// Returns the code page whose reading is unmistakably Russian prose: a score
// far above any other script's reading and far ahead of the runner-up. Null
// when the sample is not that clear (short, mixed or another language).
const char* ClearlyRussian(const std::array<CyrillicFit, kCyrillic.size()>& fits) {
  size_t best = 0;
  for (size_t i = 1; i < fits.size(); ++i) {
    if (fits[i].score > fits[best].score) best = i;
  }
  double runner_up = kNoScore;
  for (size_t i = 0; i < fits.size(); ++i) {
    if (i != best) runner_up = std::max(runner_up, fits[i].score);
  }
  const CyrillicFit& fit = fits[best];
  const bool clear = fit.letters >= kMinLettersForClearGuess && fit.vowel_share >= kMinVowelShare &&
                     fit.score >= kClearRussianScore &&
                     fit.score - runner_up >= kClearRussianMargin;
  return clear ? kCyrillic[best].name : nullptr;
}

}  // namespace

double RussianScore(std::string_view bytes, std::string_view charset) {
  for (size_t i = 0; i < kCyrillic.size(); ++i) {
    if (charset == kCyrillic[i].name) return FitTable(bytes, CyrillicTables()[i]).score;
  }
  return kNoScore;
}

std::string GuessLegacyEncoding(std::string_view whole) {
  // WesternEncoding below still sees the whole file: one C1 byte anywhere
  // decides between windows-1252 and ISO-8859-1.
  std::string_view bytes = whole.substr(0, kSampleBytes);
  if (bytes.size() < whole.size()) {
    // Do not cut a character: end the sample at a line break when there is one.
    const size_t line_end = bytes.rfind('\n');
    if (line_end != std::string_view::npos && line_end > bytes.size() / 2) {
      bytes = bytes.substr(0, line_end + 1);
    }
  }
  if (Utf8Share(bytes) >= kMostlyUtf8Share) return "UTF-8";

  std::array<CyrillicFit, kCyrillic.size()> fits;
  for (size_t i = 0; i < kCyrillic.size(); ++i) fits[i] = FitTable(bytes, CyrillicTables()[i]);
  const bool latin_mixed = LatinMixedShare(bytes) >= kLatinMixedShare;
  if (const char* clear = ClearlyRussian(fits); clear != nullptr && !latin_mixed) {
    return clear;  // uchardet, the slowest step, could only agree
  }

  const std::string uchardet = UchardetGuess(bytes);
  if (IsMultiByteEastAsian(uchardet)) {
    std::string name = CanonicalCharsetName(uchardet);
    if (!name.empty()) return name;
  }
  if (latin_mixed) return WesternEncoding(whole);

  double best_score = kNoScore;
  const char* best = nullptr;
  bool uchardet_cyrillic = false;
  for (size_t i = 0; i < kCyrillic.size(); ++i) {
    uchardet_cyrillic = uchardet_cyrillic || uchardet == kCyrillic[i].uchardet;
    const CyrillicFit& fit = fits[i];
    if (fit.vowel_share < kMinVowelShare) continue;
    const double score = fit.score + (uchardet == kCyrillic[i].uchardet ? kUchardetBonus : 0);
    if (score > best_score) best_score = score, best = kCyrillic[i].name;
  }
  const bool other_script = !uchardet_cyrillic && !IsWesternOrUnicode(uchardet);
  if (best != nullptr &&
      best_score >= (other_script ? kMinScoreOverOtherScript : kMinRussianScore)) {
    return best;
  }

  if (!uchardet.empty() && uchardet != "ASCII" && uchardet != "UTF-8") {
    std::string name = CanonicalCharsetName(uchardet);
    if (!name.empty()) return name;
  }
  return WesternEncoding(whole);
}

}  // namespace dossier::internal
