#include "text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/document.h"
#include "text/internal/chars.h"

namespace dossier {
namespace {

// Fewer letters than this: "und".
constexpr size_t kMinLetters = 12;
// Kazakh-only letters make up at least this share (percent) of Cyrillic
// letters in Kazakh text; a Russian text that quotes a Kazakh name stays
// well below it.
constexpr size_t kKazakhPercent = 3;
// What running text needs before CLD2 may overrule the script statistics:
// this many letters, this share (percent) of words starting lower-case, at
// most this share (percent) of the reading language's function words, and
// CLD2's top language at least this share (percent) of the text.
constexpr size_t kModelMinLetters = 60;
constexpr size_t kModelLowerCasePercent = 40;
constexpr size_t kModelFunctionWordPercent = 8;
constexpr int kModelTopPercent = 70;

// The most frequent function words of each language we read, sorted: text
// that has many of them is that language, whatever a model says of it.
constexpr std::array<std::string_view, 36> kEnglishFunctionWords = {
    "a",   "after", "an",   "and",  "are", "as",    "at",   "be", "but", "by",   "for",   "from",
    "had", "has",   "have", "he",   "her", "his",   "in",   "is", "it",  "not",  "of",    "on",
    "or",  "said",  "she",  "that", "the", "their", "this", "to", "was", "were", "which", "with"};
constexpr std::array<std::string_view, 28> kRussianFunctionWords = {
    "в",  "во", "все", "для", "его", "ее", "её",  "за", "и",   "из",    "или", "к",   "как", "на",
    "не", "о",  "он",  "она", "от",  "по", "при", "с",  "так", "также", "то",  "что", "это", "я"};
constexpr std::array<std::string_view, 16> kKazakhFunctionWords = {
    "бен", "бір", "бұл", "да",  "де",     "деп",  "еді",  "және",
    "мен", "осы", "пен", "сол", "туралы", "үшін", "ғана", "оның"};

bool IsKazakhLetter(char32_t cp) {
  switch (cp) {
    case 0x04D8:  // Ә
    case 0x04D9:  // ә
    case 0x0492:  // Ғ
    case 0x0493:  // ғ
    case 0x049A:  // Қ
    case 0x049B:  // қ
    case 0x04A2:  // Ң
    case 0x04A3:  // ң
    case 0x04E8:  // Ө
    case 0x04E9:  // ө
    case 0x04B0:  // Ұ
    case 0x04B1:  // ұ
    case 0x04AE:  // Ү
    case 0x04AF:  // ү
    case 0x04BA:  // Һ
    case 0x04BB:  // һ
    case 0x0406:  // І
    case 0x0456:  // і
      return true;
    default:
      return false;
  }
}

// The Kazakh-only letters that Kyrgyz shares (ң ө ү).
bool IsKyrgyzLetter(char32_t cp) {
  return cp == 0x04A2 || cp == 0x04A3 || cp == 0x04E8 || cp == 0x04E9 || cp == 0x04AE ||
         cp == 0x04AF;
}

// Letters Ukrainian writes and Russian does not (і ї є ґ), and the reverse
// (ы э ъ ё).
bool IsUkrainianOnlyLetter(char32_t cp) {
  return cp == 0x0406 || cp == 0x0456 || cp == 0x0407 || cp == 0x0457 || cp == 0x0404 ||
         cp == 0x0454 || cp == 0x0490 || cp == 0x0491;
}
bool IsRussianOnlyLetter(char32_t cp) {
  return cp == 0x042B || cp == 0x044B || cp == 0x042D || cp == 0x044D || cp == 0x042A ||
         cp == 0x044A || cp == 0x0401 || cp == 0x0451;
}

// What the statistics read off one text.
struct TextCounts {
  size_t latin = 0;
  size_t cyrillic = 0;
  size_t kazakh = 0;          // Kazakh-only letters among the Cyrillic ones
  size_t not_kyrgyz = 0;      // those of them Kyrgyz does not have either (ә ғ қ ұ һ і)
  size_t ukrainian_only = 0;  // і ї є ґ
  size_t russian_only = 0;    // ы э ъ ё
  size_t other = 0;
  UScriptCode other_script = USCRIPT_UNKNOWN;  // the script of the last other letter
  size_t words = 0;
  size_t lower_case_words = 0;  // words whose first letter is lower-case
  size_t english_function = 0;
  size_t russian_function = 0;
  size_t kazakh_function = 0;
};

// A filter bit of a word for FunctionWords::may_hold: its length, middle
// byte and last byte. REQUIRES: !word.empty().
size_t FilterBit(std::string_view word) {
  const auto middle = static_cast<unsigned char>(word[word.size() / 2]);
  const auto last = static_cast<unsigned char>(word.back());
  return (word.size() * 0x9E37u ^ middle * 0x3B1u ^ last * 0x45u) & 4095u;
}

// Which function-word lists hold a word: bit 1 English, 2 Russian, 4 Kazakh;
// and a filter that rules out most other words before the map is asked.
struct FunctionWords {
  std::unordered_map<std::string_view, uint8_t> lists;
  std::array<uint64_t, 64> may_hold{};  // 4096 bits: FilterBit() of every word listed

  bool MayHold(std::string_view word) const {
    const size_t bit = FilterBit(word);
    return (may_hold[bit / 64] >> (bit % 64)) & 1;
  }
};

const FunctionWords& FunctionWordLists() {
  static const FunctionWords lists = [] {
    FunctionWords words;
    for (std::string_view w : kEnglishFunctionWords) words.lists[w] |= 1;
    for (std::string_view w : kRussianFunctionWords) words.lists[w] |= 2;
    for (std::string_view w : kKazakhFunctionWords) words.lists[w] |= 4;
    for (const auto& [w, lists] : words.lists) {
      if (w.empty()) continue;
      const size_t bit = FilterBit(w);
      words.may_hold[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    return words;
  }();
  return lists;
}

// Counts one word (UTF-8, as written) against the function-word lists. Only a
// lower-case or a capitalized first letter matches; that is all function
// words need.
void CountWord(std::string_view word, bool first_lower, TextCounts* counts) {
  ++counts->words;
  counts->lower_case_words += first_lower;
  if (word.size() > 12) return;
  std::string lower(word);
  if (!first_lower) {
    // Lower-case the first letter: ASCII, or a two-byte Cyrillic capital.
    const unsigned char lead = static_cast<unsigned char>(lower[0]);
    if (lead < 0x80) {
      lower[0] = static_cast<char>(lead | 0x20);
    } else {
      char32_t cp;
      const int n = text_internal::DecodeAt(lower, 0, &cp);
      const UChar32 folded = u_tolower(static_cast<UChar32>(cp));
      std::string head;
      AppendUtf8(static_cast<char32_t>(folded), &head);
      lower = head + lower.substr(n);
    }
  }
  const FunctionWords& function_words = FunctionWordLists();
  if (lower.empty() || !function_words.MayHold(lower)) return;
  const auto it = function_words.lists.find(lower);
  if (it == function_words.lists.end()) return;
  counts->english_function += (it->second & 1) != 0;
  counts->russian_function += (it->second & 2) != 0;
  counts->kazakh_function += (it->second & 4) != 0;
}

TextCounts Count(std::string_view text) {
  TextCounts counts;
  size_t word_start = std::string_view::npos;
  bool word_first_lower = false;
  size_t p = 0;
  auto end_word = [&](size_t at) {
    if (word_start == std::string_view::npos) return;
    CountWord(text.substr(word_start, at - word_start), word_first_lower, &counts);
    word_start = std::string_view::npos;
  };
  while (p < text.size()) {
    const size_t at = p;
    char32_t cp;
    p += text_internal::DecodeAt(text, p, &cp);
    if (!text_internal::IsLetter(cp)) {
      end_word(at);
      continue;
    }
    if (word_start == std::string_view::npos) {
      word_start = at;
      word_first_lower = u_islower(static_cast<UChar32>(cp));
    }
    if (cp < 0x80) {
      ++counts.latin;
    } else if (cp >= 0x0400 && cp <= 0x052F) {  // Cyrillic and its supplement
      ++counts.cyrillic;
      counts.kazakh += IsKazakhLetter(cp);
      counts.not_kyrgyz += IsKazakhLetter(cp) && !IsKyrgyzLetter(cp);
      counts.ukrainian_only += IsUkrainianOnlyLetter(cp);
      counts.russian_only += IsRussianOnlyLetter(cp);
    } else {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
      if (U_SUCCESS(status) && script == USCRIPT_LATIN) {
        ++counts.latin;
      } else if (U_SUCCESS(status) && script == USCRIPT_CYRILLIC) {
        ++counts.cyrillic;
      } else {
        ++counts.other;
        if (U_SUCCESS(status)) counts.other_script = script;
      }
    }
  }
  end_word(text.size());
  return counts;
}

// CLD2's reading of `text`: its language code, or "" when it is not reliable
// or its top language covers less than kModelTopPercent of the text.
std::string ModelLanguage(std::string_view text) {
  CLD2::Language top3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  int valid_prefix_bytes = 0;
  bool reliable = false;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  const int size = static_cast<int>(std::min<size_t>(text.size(), 1 << 20));
  const CLD2::Language language = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      text.data(), size, /*is_plain_text=*/true, &hints, /*flags=*/0, top3, percent3, scores3,
      nullptr, &text_bytes, &reliable, &valid_prefix_bytes);
  if (!reliable || language == CLD2::UNKNOWN_LANGUAGE || percent3[0] < kModelTopPercent) {
    return "";
  }
  return CLD2::LanguageCode(language);
}

// True when `counts` describe running text in which the reading language's
// function words are rare: where CLD2 may overrule the script statistics.
bool ModelMayOverrule(const TextCounts& counts, size_t letters, size_t function_words) {
  return letters >= kModelMinLetters && counts.words > 0 &&
         counts.lower_case_words * 100 >= counts.words * kModelLowerCasePercent &&
         function_words * 100 < counts.words * kModelFunctionWordPercent;
}

// Adds to `sum` the counts of a text that follows the one `sum` counts,
// with no word across the seam.
void AddCounts(const TextCounts& next, TextCounts* sum) {
  sum->latin += next.latin;
  sum->cyrillic += next.cyrillic;
  sum->kazakh += next.kazakh;
  sum->not_kyrgyz += next.not_kyrgyz;
  sum->ukrainian_only += next.ukrainian_only;
  sum->russian_only += next.russian_only;
  sum->other += next.other;
  if (next.other_script != USCRIPT_UNKNOWN) sum->other_script = next.other_script;
  sum->words += next.words;
  sum->lower_case_words += next.lower_case_words;
  sum->english_function += next.english_function;
  sum->russian_function += next.russian_function;
  sum->kazakh_function += next.kazakh_function;
}

// Whether Count() of `text` is the sum of the counts of its parts cut at
// `at`: an ASCII byte that is no letter on one side of the cut, so that no
// code point and no word runs across it.
bool CountsSplitAt(std::string_view text, size_t at) {
  auto plain = [&](size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    return c < 0x80 && !text_internal::IsLetter(c);
  };
  return at == 0 || at >= text.size() || plain(at - 1) || plain(at);
}

// The language of a text of `counts` (DetectLanguage()).
std::string LanguageOf(const TextCounts& counts, std::string_view text) {
  const size_t total = counts.latin + counts.cyrillic + counts.other;
  if (total < kMinLetters) return "und";
  if (counts.cyrillic * 2 > total) {
    const bool kazakh = counts.kazakh * 100 >= counts.cyrillic * kKazakhPercent;
    const size_t function_words = kazakh ? counts.kazakh_function : counts.russian_function;
    if (ModelMayOverrule(counts, counts.cyrillic, function_words)) {
      const std::string model = ModelLanguage(text);
      // Kyrgyz shares three of Kazakh's letters, never the other six.
      const bool kyrgyz_contradicted = model == "ky" && counts.not_kyrgyz > 0;
      // Ukrainian writes і, ї, є or ґ in any sentence and never ы, э, ъ, ё.
      const bool ukrainian_contradicted =
          model == "uk" && (counts.ukrainian_only == 0 || counts.russian_only > 0);
      if (!model.empty() && model != "ru" && model != "kk" && !kyrgyz_contradicted &&
          !ukrainian_contradicted) {
        return model;
      }
    }
    return kazakh ? "kk" : "ru";
  }
  if (counts.latin * 2 > total) {
    if (ModelMayOverrule(counts, counts.latin, counts.english_function)) {
      const std::string model = ModelLanguage(text);
      if (model == "ru" || model == "kk") return model + "-Latn";
      if (!model.empty() && model != "en") return model;
    }
    return "en";
  }
  const std::string model = ModelLanguage(text);
  if (!model.empty()) return model;
  const char* script =
      counts.other_script != USCRIPT_UNKNOWN ? uscript_getShortName(counts.other_script) : nullptr;
  return script != nullptr ? std::string("und-") + script : "und";
}

}  // namespace

std::string DetectLanguage(std::string_view text) { return LanguageOf(Count(text), text); }

bool IsReadLanguage(std::string_view language) {
  return language == "en" || language == "ru" || language == "kk" || language == "und";
}

std::string_view PassageLanguage(const NormalizedDocument& doc, const Passage& passage) {
  const std::string& own = passage.language;
  return own.empty() || own == "und" ? doc.language : own;
}

bool PassageIsRead(const NormalizedDocument& doc, const Passage& passage) {
  return !passage.duplicate_of.has_value() && IsReadLanguage(PassageLanguage(doc, passage));
}

void DetectLanguages(NormalizedDocument* doc) {
  const std::string_view text = doc->text;
  // The text is counted once, passage by passage and between them, when
  // the passages follow each other and no word runs across their edges;
  // else whole once more.
  TextCounts total;
  size_t counted = 0;  // the text before this offset is in `total`
  bool split = true;
  for (Passage& passage : doc->passages) {
    const Span span = passage.span;
    if (span.start > span.end || span.end > text.size()) continue;
    const std::string_view own = text.substr(span.start, span.size());
    const TextCounts counts = Count(own);
    passage.language = LanguageOf(counts, own);
    split = split && span.start >= counted && CountsSplitAt(text, span.start) &&
            CountsSplitAt(text, span.end);
    if (!split) continue;
    AddCounts(Count(text.substr(counted, span.start - counted)), &total);
    AddCounts(counts, &total);
    counted = span.end;
  }
  if (split) {
    AddCounts(Count(text.substr(counted)), &total);
  } else {
    total = Count(text);
  }
  doc->language = LanguageOf(total, text);
}

void AssignPassageLanguages(NormalizedDocument* doc) {
  const std::string_view text = doc->text;
  for (Passage& passage : doc->passages) {
    if (passage.span.start > passage.span.end || passage.span.end > text.size()) continue;
    passage.language = DetectLanguage(text.substr(passage.span.start, passage.span.size()));
  }
}

}  // namespace dossier
