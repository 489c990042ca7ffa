// Scripts and spellings: Cyrillic (Russian and Kazakh) to Latin, and the
// matching key ("skeleton") that folds the spelling variants news really uses.
//
// ToLatin() is a readable romanization for display ("Назарбаев" ->
// "Nazarbayev", "Қасым" -> "Qasym"); other scripts go through ICU's Any-Latin
// and every diacritic is removed ("Vladimír" -> "Vladimir"). NameSkeleton()
// is the key two spellings of one name share: lowercase ASCII with
// y/i, ye/e, kh/h, zh/dzh/j, ay/ai, iy/y, ts/c, ks/x, ph/f, w/v, ou/u, sch/sh,
// -off/-ov and doubled letters folded, so Nazarbayev, Nazarbaev and Назарбаев
// all give "nazarbaev". Skeletons are compared with WeightedEditDistance()
// (name_match.h builds on it), where confusable letters cost less.
//
// Russian case endings are never stripped blindly: NominativeReadings()
// returns every nominative a Cyrillic surname form can stand for, so
// "Назарбаева" yields both the feminine surname and the genitive of
// "Назарбаев", and the caller decides with context.
//
// Thread-safe (pure functions; the ICU transliterator is per thread).
//
//   ToLatin("Игильманов Исмаил")  // "Igilmanov Ismail"
//   NameSkeleton("Yegarmin")      // "egarmin" == NameSkeleton("Егармин")
#ifndef DOSSIER_RESOLVE_TRANSLITERATE_H_
#define DOSSIER_RESOLVE_TRANSLITERATE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier {

enum class Script { kUnknown = 0, kLatin, kCyrillic, kOther };

// The script of most letters of `text` (kUnknown when it has no letters).
Script DetectScript(std::string_view text);

// Returns `text` romanized: Cyrillic by our news-style rules (BGN/PCGN-like:
// х kh, ж zh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya, й y, е ye at the start of a
// word and after a vowel; Kazakh ә a, ғ gh, қ q, ң ng, ө o, ұ u, ү u, һ h,
// і i), other scripts through ICU Any-Latin, diacritics removed. Letter case
// is kept; characters that are not letters pass through unchanged.
std::string ToLatin(std::string_view text);

// Returns the matching key of one word: ToLatin(), lowercased, letters only,
// with the variant spellings folded (see the file comment and docs/resolve.md).
// Empty when `word` has no letters. Two spellings of one name in different
// transliteration schemes give the same or a close skeleton.
std::string NameSkeleton(std::string_view word);

// The cost of turning skeleton `a` into skeleton `b`: 1 per edit, less for
// vowel-for-vowel (0.5), confusable letters such as c/k, s/z, i/j, d/t, b/p,
// v/f, g/k (0.5), for inserting or deleting a vowel, 'h' or 'j' (0.5), and 1
// for two neighbouring letters swapped (a transposition, "smtih" / "smith").
// Stops early and returns a value > `limit` once the cost exceeds `limit`.
double WeightedEditDistance(std::string_view a, std::string_view b, double limit = 1e9);

// WeightedEditDistance() for two skeletons of which one at least is a word in
// its own script (Russian Cyrillic), where a vowel stands for one letter: a
// vowel for another costs a full edit (a typo, or another name), except o
// for e (ё is often written е, and romanized e, yo or o), o for u (the
// skeleton folds ou and oo to u), and a for o or e (national spellings of
// Central Asian names: Muhammadjonov / Мухамеджанов, Tursunzoda /
// Турсунзаде). So an i, or a u for a or e, is a letter: romanizations of
// one name never differ so. The other costs are WeightedEditDistance()'s.
double OriginalScriptEditDistance(std::string_view a, std::string_view b, double limit = 1e9);

// Whether `a` and `b` are one typing slip apart: one letter changed, dropped
// or added, or two neighbours swapped (plain letters, no weights); false when
// equal. `View`: std::string_view or std::u32string_view.
template <typename View>
bool OneTypoApart(View a, View b) {
  if (a == b) return false;
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

// A human-readable summary of the edits between two skeletons, e.g.
// "1 vowel", "1 vowel, 1 letter", "1 transposition", "" when equal. For
// explanations.
std::string DescribeEdits(std::string_view a, std::string_view b);

// One way to read a Cyrillic surname form as a nominative.
struct NominativeReading {
  std::string nominative;  // Cyrillic, same letter case as the input
  bool feminine = false;   // the nominative is a feminine surname
  bool oblique = false;    // the input is an inflected (non-nominative) form of it
  bool operator==(const NominativeReading&) const = default;
};

// Returns every reading of a Cyrillic surname form of the -ов/-ев/-ин/-ский
// families, the input itself first when it can be a nominative:
//   "Назарбаев"   -> {Назарбаев}
//   "Назарбаева"  -> {Назарбаева (feminine), Назарбаев (oblique: genitive/accusative)}
//   "Назарбаеву"  -> {Назарбаев (oblique: dative)}
//   "Назарбаевой" -> {Назарбаева (feminine, oblique)}
// Words of other shapes (and Latin words) yield just themselves.
std::vector<NominativeReading> NominativeReadings(std::string_view word);

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_TRANSLITERATE_H_
