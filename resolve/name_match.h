// Whether two names name the same person or organization, with a score, a
// verdict and the reasons in words.
//
// Persons: both names are parsed (person_name.h) and aligned part by part;
// the surname weighs most, then the given name, then the patronymic. Initials
// are compatible with full names that start with them, a surname alone with
// any given name (verdict at most kPossible). Skeletons (transliterate.h) are
// compared by a weighted edit distance in which confusable letters cost less.
// Related is not same: gendered surname forms (Nazarbayev / Nazarbayeva),
// one surname with different given names or patronymics, and a patronymic
// derived from the other's given name (Nursultan / Nursultanovna) are
// kRelated, never kSame. Organizations compare legal forms and core words in
// any order (org_name.h); an acronym matches its stated expansion.
//
// The score is in [0, 1]; a kRelated or kDifferent verdict always scores below
// MatchOptions::possible_threshold, kSame at or above same_threshold.
// docs/resolve.md documents the thresholds and their trade-offs.
//
// Thread-safe (pure functions).
//
//   NameMatch m = CompareNames("Ismail Igilmanov", "Igelmanov Ismail", EntityType::kPerson);
//   // m.verdict == MatchVerdict::kSame,
//   // m.reasons == "surname: Igilmanov ~ Igelmanov, 1 vowel; given name: Ismail = Ismail"
#ifndef DOSSIER_RESOLVE_NAME_MATCH_H_
#define DOSSIER_RESOLVE_NAME_MATCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier {

enum class MatchVerdict {
  kSame = 0,   // the same person or organization
  kPossible,   // may be the same; not enough to merge (surname only, one edit too many)
  kRelated,    // a family or corporate link: gendered form, shared surname, father/child
  kDifferent,  // not the same
};

// "same", "possible", "related", "different".
std::string_view MatchVerdictName(MatchVerdict verdict);

struct NameMatch {
  double score = 0;  // in [0, 1]
  MatchVerdict verdict = MatchVerdict::kDifferent;
  std::string reasons;  // "surname: Igilmanov ~ Igelmanov, 1 vowel; given name: Ismail = Ismail"
  // Persons: how each name was read for the best comparison, "surname
  // Igilmanov; given Ismail | surname Igelmanov; given Ismail" (empty for
  // other types and when compared without reasons).
  std::string readings;
  // Persons: the names agree but for two given names of our list one typing
  // slip apart (Jan / Juan, Marta / Maria beside one surname): the name alone
  // scores below the threshold (verdict kRelated), and screening reports it
  // when a date of birth of each side names the same day.
  bool birth_day_decides = false;
};

struct MatchOptions {
  // At or above: kSame. Lower merges more spelling variants and more namesakes.
  double same_threshold = 0.85;
  // At or above (and below same_threshold): kPossible. Screening reports
  // matches from here by default.
  double possible_threshold = 0.70;
  // Weights of the name parts for persons; renormalized over the parts both
  // names have. The surname carries a person's identity in our sources more
  // than a given name that is often an initial.
  double surname_weight = 0.55;
  double given_weight = 0.35;
  double patronymic_weight = 0.10;
  // Lowest similarity at which two surnames (or two organization core words)
  // count as spellings of one word. Below: kDifferent whatever the rest says.
  // (Words of five letters or more also count when one edit apart.)
  double word_threshold = 0.85;
  // Lowest similarity at which two full given names count as one name; below,
  // the same surname makes the pair kRelated.
  double given_threshold = 0.78;
  // Acronyms the text states ("KTK" for "Commercial Television Channel"), as
  // (acronym, expansion) pairs: an acronym then matches its expansion. Without
  // one, an acronym matches an expansion only when IsAcronymOf() holds and
  // `infer_acronyms` is true.
  std::vector<std::pair<std::string, std::string>> acronyms;
  bool infer_acronyms = false;
};

// Compares names `a` and `b` of entity type `type` (kPerson and kOrganization
// have their own rules; kLocation and kOther compare word skeletons in order).
NameMatch CompareNames(std::string_view a, std::string_view b, EntityType type,
                       const MatchOptions& options = {});

// A name parsed once for many comparisons (the screening index and the store's
// cross-document linking keep these). Cheap to copy; holds its own strings.
class PreparedName {
 public:
  PreparedName() = default;
  PreparedName(std::string_view name, EntityType type);

  const std::string& text() const { return text_; }
  EntityType type() const { return type_; }

  // Internal representation, for name_match.cc and screening_index.cc.
  struct Word {
    std::string written;   // as in the text (initials without the dot)
    std::string skeleton;  // NameSkeleton(written)
    // ToLatin(written), lower-cased, letters only: the written form without
    // the skeleton's folding (a slip that the folding widens, Williax ->
    // viliaks, is one edit here).
    std::string latin;
    // kOtherSurname: a further word of a comma block ("LOPEZ" of "GARCIA
    // LOPEZ, Maria"): a full word the comparison reads after the given names.
    enum Role : unsigned char {
      kGiven,
      kPatronymic,
      kSurname,
      kInitial,
      kCore,
      kOtherSurname
    } role = kCore;
    // Screening (screening_index.h): how many listed records have this
    // skeleton as their family name, capped at 65535; 0 outside an index.
    // Two words that both have at least kListedFamilyRecords and are spelled
    // one way (not `romanized`, one script) are two family names of the
    // list, not a slip of one another (docs/resolve.md).
    uint16_t listed_family = 0;
    // Screening: how many listed records have this skeleton as a given name
    // (any full word but the family name), capped; 0 outside an index.
    uint16_t listed_given = 0;
    // Screening: the skeleton's id in the index's vocabulary plus one (0:
    // none), so that comparisons look similarities up by number.
    uint32_t token = 0;
    // Screening: the id of `latin` in the index's vocabulary of written
    // forms plus one (0: none).
    uint32_t latin_token = 0;
    // internal::GivenNameId(skeleton): which name of our given-name list the
    // word spells (0: none). Two words with different nonzero ids are two
    // given names, never one by similarity.
    uint16_t given_name_id = 0;
    // Computed once with the word, for the comparison: written in Cyrillic;
    // `skeleton` is a common East Asian family name; `skeleton` and `latin`
    // are names of our given-name list; `latin` reads as romanized Chinese
    // or Korean syllables.
    bool cyrillic = false;
    bool east_asian_family = false;
    bool listed_given_name = false;
    bool latin_listed_given_name = false;
    bool syllables = false;
    // Persons: a Latin spelling of a name from another script, which
    // romanizations spell several ways: a Slavic or Turkic surname ending, an
    // East Asian family name, any word of an Arabic name (article, bin / ibn
    // / bint, abu / umm). Words in their own script (Cyrillic) and other
    // Latin names are spelled one way: Hill is not Hall.
    bool romanized = false;
  };
  const std::vector<Word>& words() const { return words_; }
  // Persons: the parse had no cue for the order; the comparison tries both.
  bool order_uncertain() const { return order_uncertain_; }
  // Persons: where the family name may be, as positions among the full
  // words (roles kGiven and kSurname) in written order, the parse's reading
  // first; the comparison tries each. Empty when the name has no surname.
  const std::vector<uint8_t>& surname_readings() const { return readings_; }
  // Persons: the full-word position of a Spanish first surname ("Cruz" of
  // "Ana Cruz Díaz"), which a reading with the last word as the family name
  // takes for a middle name; -1 when the name shows no such cue.
  int first_surname_at() const { return first_surname_at_; }
  // Persons: the other nominative readings of the surname (Cyrillic oblique
  // forms: "Назарбаев" for "Назарбаева"); organizations: the canonical legal form.
  const std::vector<std::string>& alternatives() const { return alternatives_; }
  // NameSkeleton() of each of alternatives() (persons), computed once.
  const std::vector<std::string>& alternative_skeletons() const { return alternative_skeletons_; }
  const std::string& legal_form() const { return legal_form_; }
  // Screening: sets words()[word].token, listed_family, listed_given and
  // latin_token.
  // REQUIRES: word < words().size().
  void set_listed(size_t word, uint32_t token, uint16_t family_records, uint16_t given_records,
                  uint32_t latin_token = 0) {
    words_[word].token = token;
    words_[word].listed_family = family_records;
    words_[word].listed_given = given_records;
    words_[word].latin_token = latin_token;
  }

 private:
  std::string text_;
  EntityType type_ = EntityType::kPerson;
  std::vector<Word> words_;
  std::vector<std::string> alternatives_;
  std::vector<std::string> alternative_skeletons_;
  std::string legal_form_;
  std::vector<uint8_t> readings_;
  int8_t first_surname_at_ = -1;
  bool order_uncertain_ = false;
};

// The fewest listed records with a family name for it to count as a name
// of the list (Word::listed_family): one record may carry a typo, two make
// a name.
inline constexpr uint16_t kListedFamilyRecords = 2;

// CompareNames() on prepared names. REQUIRES: a.type() == b.type() for a
// meaningful result (different types are kDifferent).
NameMatch ComparePrepared(const PreparedName& a, const PreparedName& b,
                          const MatchOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_NAME_MATCH_H_
