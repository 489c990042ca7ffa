#include "extract/ner/place_forms.h"

#include <unicode/uchar.h>

#include <vector>

#include "base/utf8.h"
#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/kazakh_cases.h"
#include "extract/ner/word_dictionary.h"

namespace dossier {
namespace {

// Whether every letter of `word` is Cyrillic and one at least is Kazakh's own
// (ә ғ қ ң ө ұ ү һ і, either case); false on a non-Cyrillic letter.
bool CyrillicWord(std::string_view word, bool* kazakh) {
  static constexpr std::u32string_view kKazakhLetters = U"әғқңөұүһіӘҒҚҢӨҰҮҺІ";
  *kazakh = false;
  bool letters = false;
  for (size_t p = 0; p < word.size();) {
    char32_t cp = 0;
    const int length = DecodeUtf8(word, p, &cp);
    if (length <= 0) return false;
    p += length;
    if (!u_isalpha(static_cast<UChar32>(cp))) return false;
    if (ublock_getCode(static_cast<UChar32>(cp)) != UBLOCK_CYRILLIC) return false;
    if (kKazakhLetters.find(cp) != std::u32string_view::npos) *kazakh = true;
    letters = true;
  }
  return letters;
}

// `stem` with its first letter a capital, as place names are written.
std::string Capitalized(const std::string& stem) {
  char32_t first = 0;
  const int length = DecodeUtf8(stem, 0, &first);
  if (length <= 0) return stem;
  std::string out;
  AppendUtf8(static_cast<char32_t>(u_toupper(static_cast<UChar32>(first))), &out);
  return out + stem.substr(length);
}

// Whether `word` is `stem` with a Kazakh case ending places take in news:
// locative, dative, ablative or genitive. The accusative (-ды, -ні, ...) is
// left out: many names end so ("Қарағанды" is no "қараған" + -ды).
bool KazakhPlaceEnding(std::string_view word, std::string_view stem) {
  if (!word.starts_with(stem)) return false;
  return IsKazakhPlaceEnding(word.substr(stem.size()));
}

// Whether `stem` can be the dictionary form of the Russian place name `word`:
// not a verb ("Курил" is the Kuril Islands, not "курить"), not a participle,
// and not an adjective's masculine form when the word is the nominative of
// another gender or the plural ("Отрадное", "Поднебесная" are names as they
// stand; "Грозном" is "Грозный").
bool RussianPlaceStem(std::string_view word, std::string_view stem) {
  for (std::string_view verb : {"ть", "ться", "ти", "нный", "тый", "вший"}) {
    if (stem.ends_with(verb)) return false;
  }
  for (std::string_view nominative : {"ое", "ая", "ые", "ие", "ее", "яя"}) {
    if (word.ends_with(nominative)) return false;
  }
  return true;
}

// The dictionary form of one word, or "". A proper noun's stem keeps its
// capital ("Калифорния", not the common noun "калифорний"), and one equal to
// the word means the word is a dictionary form; the Kazakh dictionary writes
// all in small letters and lists some inflected forms as words too
// ("алматыда" beside "алматы"), so there the stem the word starts with wins.
std::string WordForm(const std::string& word, bool kazakh) {
  const std::string folded = internal::FoldedWord(word);
  std::string best;
  int best_rank = -1;
  for (const std::string& stem :
       DictionaryStems(word, kazakh ? DictionaryLanguage::kKazakh : DictionaryLanguage::kRussian)) {
    const bool capital = internal::StartsWithCapital(stem);
    const std::string folded_stem = internal::FoldedWord(stem);
    if (folded_stem == folded) {
      if (capital) return "";
      continue;
    }
    if (kazakh ? !KazakhPlaceEnding(folded, folded_stem) : !RussianPlaceStem(folded, folded_stem)) {
      continue;
    }
    const int rank = capital ? 2 : folded.starts_with(folded_stem) ? 1 : 0;
    if (rank > best_rank) {
      best = stem;
      best_rank = rank;
    }
  }
  return best.empty() ? "" : Capitalized(best);
}

// A Kazakh case ending on a place the Kazakh dictionary does not know but
// the Russian one does as a proper noun in its dictionary form
// ("Вильнюстан" → "Вильнюс", "Женевада" → "Женева"); "" when none.
std::string KazakhEndingOnRussianName(const std::string& word) {
  const std::string folded = internal::FoldedWord(word);
  for (size_t cut = 2; cut <= 8 && cut < folded.size(); cut += 2) {  // 1 to 4 Cyrillic letters
    const std::string stem = word.substr(0, word.size() - cut);
    if (!KazakhPlaceEnding(folded, internal::FoldedWord(stem))) continue;
    for (const std::string& known : DictionaryStems(stem, DictionaryLanguage::kRussian)) {
      if (known == stem && internal::StartsWithCapital(known)) return known;
    }
  }
  return "";
}

}  // namespace

std::string PlaceDictionaryForm(std::string_view name, std::string_view language) {
  const size_t hyphen = name.rfind('-');
  const std::string_view head = hyphen == std::string_view::npos ? "" : name.substr(0, hyphen + 1);
  const std::string_view last = name.substr(head.size());
  bool kazakh = false;
  if (!CyrillicWord(last, &kazakh) || name.find(' ') != std::string_view::npos) return "";
  std::string form = WordForm(std::string(last), kazakh || language == "kk");
  if (form.empty() && !kazakh && language == "kk") form = WordForm(std::string(last), false);
  if (form.empty() && (kazakh || language == "kk"))
    form = KazakhEndingOnRussianName(std::string(last));
  return form.empty() ? "" : std::string(head) + form;
}

}  // namespace dossier
