// English word lists of the facts extractor: roles and titles, family words,
// education institution cues, residence and move verbs, reporting verbs.
// Every list is our own, written for Dossier; words are compared in ASCII
// lower case.
//
// Thread-safe (pure functions over static tables).
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_LEXICON_EN_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_LEXICON_EN_H_

#include <cstdint>
#include <iterator>
#include <optional>
#include <string_view>

#include "extract/countries/countries.h"  // CountryNamed, used with these lists

namespace dossier::internal {

// Whether `word` is one of [begin, end): a scan that compares the bytes of
// an entry only when its length and first byte are the word's.
inline bool InWordList(const std::string_view* begin, const std::string_view* end,
                       std::string_view word) {
  for (const std::string_view* w = begin; w != end; ++w) {
    if (w->size() == word.size() && (word.empty() || (*w)[0] == word[0]) && *w == word) {
      return true;
    }
  }
  return false;
}

// Which (length, first byte) pairs the words of a list have, as bits: a
// word whose pair no entry has is not in the list, and most words are
// turned away so without a compare. Lengths past 31 share one bit row.
class WordListFilter {
 public:
  template <size_t N>
  static constexpr WordListFilter Of(const std::string_view (&list)[N]) {
    WordListFilter filter;
    for (std::string_view w : list) {
      const unsigned key = Key(w);
      filter.bits_[key / 64] |= uint64_t{1} << (key % 64);
    }
    return filter;
  }
  constexpr bool MayHold(std::string_view word) const {
    const unsigned key = Key(word);
    return (bits_[key / 64] >> (key % 64)) & 1;
  }

 private:
  static constexpr unsigned Key(std::string_view w) {
    const unsigned length = w.size() < 31 ? static_cast<unsigned>(w.size()) : 31;
    const unsigned first = w.empty() ? 0 : static_cast<unsigned char>(w[0]) & 63;
    return length * 64 + first;
  }
  uint64_t bits_[32] = {};
};

template <const auto& kList>
inline constexpr WordListFilter kWordListFilter = WordListFilter::Of(kList);

// Whether `word` is one of the static list kList: InWordList() behind the
// list's WordListFilter. REQUIRES: kList is an array of std::string_view.
template <const auto& kList>
bool InList(std::string_view word) {
  return kWordListFilter<kList>.MayHold(word) &&
         InWordList(std::begin(kList), std::end(kList), word);
}

// What holding a role says about the holder and the organization.
enum class RoleKind {
  kPosition,   // "president", "general director", "mayor": a position
  kFounder,    // "founder", "co-founder", "creator": founded
  kOwner,      // "owner", "co-owner", "shareholder": owns
  kMember,     // "member": member_of
  kEmployee,   // "employee", "staffer": employed_by
  kAssociate,  // "associate", "ally", "partner", "confidant": associate_of
};

// Returns the kind of `word` when it can end a role phrase ("director",
// "mayor", "founder", "editor-in-chief"); nullopt otherwise.
std::optional<RoleKind> RoleHead(std::string_view word);

// Returns whether `word` may precede a role head inside a role phrase
// ("general", "deputy", "chief", "former", "ex", "acting").
bool IsRoleModifier(std::string_view word);

// Returns whether `word` marks a role as past or not part of the role's
// name ("former", "ex", "then", "late", "current", "incumbent").
bool IsTenseModifier(std::string_view word);

enum class FamilyRelation { kSpouse, kFormerSpouse, kChild, kParent, kSibling };

// The relation named by a family word, singular or plural: "wife" and
// "husbands" are kSpouse, "ex-husband" kFormerSpouse, "daughter" kChild,
// "father" kParent, "sister" kSibling; nullopt for anything else.
std::optional<FamilyRelation> FamilyWord(std::string_view word);

// The tie a kin word beyond the nuclear family names, singular ("nephews"
// and "nephew" give "nephew", "son-in-law" itself); empty for other words.
std::string_view RelatedTie(std::string_view word);

// Returns whether `word` names a kind of educational institution ("school",
// "university", "institute", "academy", "lyceum", "faculty").
bool IsInstitutionWord(std::string_view word);

// Returns whether `word` names an academic degree: "degree", "diploma",
// "doctorate", "phd", "ba", "mba", "bachelor's".
bool IsDegreeWord(std::string_view word);

// Returns whether `word` is a verb of saying that introduces reported speech
// or closes a quotation: "said", "noted", "told", "claims", "explained".
bool IsReportingVerb(std::string_view word);

// Returns whether `word` is a verb of moving somewhere: "moved", "fled",
// "emigrated", "relocated" (all forms listed).
bool IsMoveVerb(std::string_view word);

// Returns whether `word` is a verb of living somewhere: "lives", "lived",
// "living", "resides", "resided", "residing".
bool IsResideVerb(std::string_view word);

// Returns whether `word` is a third-person personal pronoun that can name a
// person: he, she, him, her, his, hers, himself, herself.
bool IsThirdPersonPronoun(std::string_view word);

// Returns whether `word` is a first-person singular pronoun: i, me, my,
// mine, myself.
bool IsFirstPersonPronoun(std::string_view word);

// Returns whether `word` is a nominative personal pronoun, the subject of
// its clause: i, he, she, we, they.
bool IsNominativePronoun(std::string_view word);

// Returns whether `word` is an auxiliary or modal verb: "was", "has",
// "been", "would", "did".
bool IsAuxiliary(std::string_view word);

// Returns whether `word` is an adverb that may stand between a subject and
// its verb: "also", "later", "never", any "-ly" word.
bool IsAdverb(std::string_view word);

// Returns whether `word` is a generic noun for an organization that "the"
// makes refer back to a named one: "company", "bank", "firm", "agency".
bool IsOrganizationNoun(std::string_view word);

// Returns whether `word` is a preposition that makes the entity after it an
// oblique object, never a clause subject ("of", "from", "with", "by", ...).
bool IsPreposition(std::string_view word);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_LEXICON_EN_H_
