// The groups an entity link builds (resolve/link_entities.h): a union-find
// over link units whose joins respect what the user judged (splits, and the
// merges that still hold), the lists a record belongs to (two records of one
// list are two persons), dates of birth, and no chains (every pair of full
// names across two groups must at least possibly be one name).
//
// Not thread-safe: one link's groups, used by one thread.
#ifndef DOSSIER_RESOLVE_INTERNAL_LINK_GROUPS_H_
#define DOSSIER_RESOLVE_INTERNAL_LINK_GROUPS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "resolve/internal/link_unit_info.h"
#include "resolve/link_entities.h"
#include "resolve/link_verdicts.h"
#include "resolve/name_match.h"

namespace dossier::internal {

// A key without its type letter: a split holds for a spelling whatever type
// the tagger gave it.
std::string_view KeyBody(std::string_view key);

// A split judgment as constraints: the class of each of its keys (by
// KeyBody). Keys in one class may join; keys in different classes may not
// (automatically).
struct SplitSet {
  std::unordered_map<std::string, int> class_of;
};

// Judgments turned into what linking applies: the split sets and the merges
// that still hold, each a set of keys to join.
struct LinkConstraints {
  std::vector<SplitSet> splits;
  std::vector<std::vector<std::string>> merges;
};

// The user's judgments, in order, as constraints: a later judgment undoes
// what an earlier one said about the same keys.
LinkConstraints ReadLinkJudgments(const std::vector<LinkJudgment>& judgments);

// Union-find over units; each root carries what its group must not violate.
class LinkGroups {
 public:
  LinkGroups(const std::vector<LinkUnit>& units, const std::vector<const UnitInfo*>& infos,
             const LinkConstraints& constraints, const MatchOptions& match, LinkVerdicts* verdicts);

  int Find(int unit);

  // Joins the groups of a and b unless a constraint forbids it (or `forced`,
  // a user's merge). Returns whether they are one group afterwards.
  bool Join(int a, int b, bool forced = false);

 private:
  struct Root {
    std::vector<int64_t> lists;
    std::vector<std::string> births;
    std::vector<std::pair<int, int>> split_classes;  // (split set, class)
    std::vector<int> full_names;               // units with distinct keys, at most kMaxFullNames
    std::vector<std::string> stated_acronyms;  // of its units (rule 3b)
  };
  static constexpr size_t kMaxFullNames = 6;

  void AddFullName(Root* root, int unit);

  bool Compatible(const Root& a, const Root& b) const;

  const std::vector<LinkUnit>& units_;
  const std::vector<const UnitInfo*>& infos_;
  const MatchOptions& match_;
  LinkVerdicts* verdicts_;
  std::vector<int> parent_;
  std::vector<Root> roots_;
};

}  // namespace dossier::internal

#endif  // DOSSIER_RESOLVE_INTERNAL_LINK_GROUPS_H_
