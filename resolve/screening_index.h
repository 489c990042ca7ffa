// An in-memory index of names for screening: which listed records might a
// query name be, best first, with scores and reasons.
//
// Candidates come from blocking keys, never from a scan. Build() interns every
// word skeleton once (the vocabulary) and groups names that the comparison
// cannot tell apart (same skeletons, roles and readings) into one shape,
// scored once per query. A query word finds its spellings in the vocabulary
// through consonant-frame and one-edit keys, each checked with the
// comparison's own word tolerance; then a person query looks up its surname
// together with its given name (a pair key), so "Aleksandr Nazarbaev" never
// touches the other Aleksandrs; an initial is looked up with the surname by
// its letter; names listed with a single full word ("Ivanov A. S.") by that
// word. Build() also counts, per word, the records that list it as a family
// name (PreparedName::Word::listed_family): another family name of the list
// is never a typo of the query's. Candidates are then scored by name_match.h without reasons, and
// reasons are built for the returned hits only. Names are laid out by family
// name and first given name, so that a query's candidates lie together in
// memory. docs/resolve.md describes the keys and their figures.
//
// Thread-compatible while adding; after Build(), Query() is thread-safe
// (const, no shared mutable state).
//
//   ScreeningIndex index;
//   index.Add(7, "Nursultan Nazarbayev", EntityType::kPerson);
//   index.Add(7, "Назарбаев Нурсултан Абишевич", EntityType::kPerson);
//   index.Build();
//   for (const ScreeningHit& hit : index.Query("Nazarbaev N.", std::nullopt, {})) ...
#ifndef DOSSIER_RESOLVE_SCREENING_INDEX_H_
#define DOSSIER_RESOLVE_SCREENING_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ner/ner_tags.h"
#include "resolve/name_match.h"
#include "resolve/person_attributes.h"

namespace dossier {

struct ScreeningOptions {
  // Lowest score reported. The default is MatchOptions::possible_threshold:
  // kSame and kPossible verdicts are reported, related and different are not.
  double threshold = 0.70;
  // Most hits per query (the best); 0 = no limit.
  size_t max_hits = 20;
  // Also report kRelated hits at any score (the family of a listed person).
  bool include_related = false;
  // How names are compared; its thresholds decide the verdicts.
  MatchOptions match;
  // Also report name matches that the attributes veto (a date of birth years
  // apart), with verdict kDifferent and the reason: what a reviewer reads to
  // see a namesake told apart.
  bool keep_vetoed = false;
};

// What a weak alias (FollowTheMoney's weakAlias: a short or common name the
// list itself trusts less) takes off a match's score.
inline constexpr double kWeakAliasPenalty = 0.10;

struct ScreeningHit {
  uint32_t record = 0;       // as given to Add()
  std::string matched_name;  // the record's name that matched best
  // The final score and verdict, and all reasons: the name's, then "weak
  // alias", then the attributes'.
  NameMatch match;
  double name_score = 0;          // the name comparison's score alone
  std::string name_reasons;       // its reasons
  std::string attribute_reasons;  // "date of birth: 1958 = 1958-03-12; ..." ("" when none)
  bool weak_alias = false;        // matched_name is a weak alias
  bool vetoed = false;            // the attributes say another person (keep_vetoed)
};

class ScreeningIndex {
 public:
  ScreeningIndex();
  ~ScreeningIndex();
  ScreeningIndex(ScreeningIndex&&) noexcept;
  ScreeningIndex& operator=(ScreeningIndex&&) noexcept;

  // Adds one name of `record`; a record may have several names (aliases,
  // spellings). Names without letters are ignored. REQUIRES: !built().
  // A weak alias scores kWeakAliasPenalty lower.
  void Add(uint32_t record, std::string_view name, EntityType type, bool weak_alias = false);

  // The attributes of `record` (date of birth, countries, gender), compared
  // with a query's (person_attributes.h). Allowed after Build() too (a
  // record's attributes read only once a query finds it), but not while a
  // Query() runs on another thread.
  void SetAttributes(uint32_t record, PersonAttributes attributes);

  // Builds the vocabulary, shapes and posting lists for querying.
  // REQUIRES: !built(). Afterwards Add() is not allowed.
  void Build();
  bool built() const;

  // The records whose names match `name` at or above options.threshold, each
  // once (by its best name), best score first, ties by record. When `type` is
  // set, only names added with that type are considered. REQUIRES: built().
  // With `attributes` (may be null), records with attributes of their own
  // score higher when they agree and lower, or not at all, when they
  // conflict (CompareAttributes); agreeing attributes never lift a name
  // below the threshold to a hit.
  std::vector<ScreeningHit> Query(std::string_view name, std::optional<EntityType> type,
                                  const ScreeningOptions& options = {},
                                  const PersonAttributes* attributes = nullptr) const;

  // How many names were added (not records).
  size_t size() const;
  // The number of candidates the last Query() on this thread scored (shapes:
  // names listed with the same skeletons and roles count once); for
  // benchmarks and tests.
  static size_t LastCandidateCount();
  // Approximate heap bytes held.
  size_t MemoryBytes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_SCREENING_INDEX_H_
