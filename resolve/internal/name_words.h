// Splitting a name into words: full words, initials ("I.A." is two), particles
// ("van", "de", "al") and titles ("Mr", "President", "г-н"), with each
// word's skeleton. Shared by the person and organization parsers.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_RESOLVE_INTERNAL_NAME_WORDS_H_
#define DOSSIER_RESOLVE_INTERNAL_NAME_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::internal {

struct NameWord {
  enum Kind { kFull, kInitial, kParticle, kTitle };
  std::string written;   // as in the text, without dots and combining accents
  std::string skeleton;  // NameSkeleton(written)
  Kind kind = kFull;
  bool all_caps = false;  // two or more letters, all upper case
  // A family name by its naming convention (SplitPersonWords: an East Asian
  // family name beside a given name in syllables).
  bool family_name = false;
  // The father's name by its naming convention (SplitPersonWords: the word
  // after bin, ibn or bint): the parser reads it as the patronymic.
  bool father_name = false;
  // Written with the Arabic article (al-Nouri, "Al Nouri"): a laqab or nisba,
  // which may stand for the family name anywhere in a comma block.
  bool article = false;
};

struct NameWords {
  std::vector<NameWord> words;
  int comma_after = -1;  // index of the last word before the first comma, if words follow it
};

// Splits `text` on spaces, commas, quotes, brackets and slashes; a hyphen
// keeps a word whole ("Rimsky-Korsakov"). Words without letters or digits are
// dropped.
NameWords SplitNameWords(std::string_view text);

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_NAME_WORDS_H_
