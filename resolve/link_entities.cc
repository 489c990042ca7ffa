#include "resolve/link_entities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/sha256.h"
#include "base/utf8.h"
#include "extract/countries/countries.h"
#include "resolve/internal/link_groups.h"
#include "resolve/internal/link_unit_info.h"
#include "resolve/link_name_cache.h"
#include "resolve/link_verdicts.h"
#include "resolve/org_name.h"
#include "resolve/person_name.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace {

using internal::DescribeUnit;
using internal::JoinSorted;
using internal::LinkConstraints;
using internal::LinkGroups;
using internal::TypeLetter;
using internal::UnitInfo;
using internal::WordSkeletons;

// Whether `name` is a country's usual name in English, Russian or Kazakh.
bool IsUsualCountryName(std::string_view name) {
  const CountryMatch match = FindCountry(name);
  return match && (name == match.country->english || name == match.country->russian ||
                   name == match.country->kazakh);
}

class Linker {
 public:
  Linker(const std::vector<LinkUnit>& units, const std::vector<LinkJudgment>& judgments,
         const LinkOptions& options)
      : units_(units),
        options_(options),
        constraints_(internal::ReadLinkJudgments(judgments)),
        own_names_(options.names == nullptr ? std::make_unique<LinkNameCache>() : nullptr),
        infos_(DescribeUnits(units, options.names != nullptr ? options.names : own_names_.get())),
        own_verdicts_(options.verdicts == nullptr ? std::make_unique<LinkVerdicts>() : nullptr),
        verdicts_(options.verdicts != nullptr ? options.verdicts : own_verdicts_.get()),
        groups_(units, infos_, constraints_, options.match, verdicts_) {}

  LinkResult Run() {
    JoinSummaryRows();
    JoinSameKeys();
    JoinSameWordsAcrossTypes();
    JoinSpellings();
    JoinStatedAcronyms();
    JoinLoneSurnames();
    JoinPartials();
    ApplyMerges();
    FindRelations();
    return Collect();
  }

 private:
  // Each distinct name is described once, through the cache.
  static std::vector<const UnitInfo*> DescribeUnits(const std::vector<LinkUnit>& units,
                                                    LinkNameCache* names) {
    names->Prepare(units);
    std::vector<const UnitInfo*> infos;
    infos.reserve(units.size());
    for (const LinkUnit& unit : units) infos.push_back(&names->Get(unit));
    return infos;
  }

  bool Linkable(int unit) const {
    return !infos_[unit]->key.empty() && infos_[unit]->key.size() > 2;
  }

  // The rows of one stored entity's summary are one group before any rule.
  void JoinSummaryRows() {
    std::unordered_map<int64_t, int> first;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (units_[i].entity == 0 || units_[i].loose) continue;
      if (units_[i].type == EntityType::kPerson && !infos_[i]->partial) {
        named_entities_.insert(units_[i].entity);
      }
      const auto [found, inserted] = first.emplace(units_[i].entity, i);
      if (!inserted) groups_.Join(found->second, i, /*forced=*/true);
    }
  }

  // Rule 1. Partial names join only within their source here (rule 4 does
  // the rest).
  void JoinSameKeys() {
    std::unordered_map<std::string, int> first;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (!Linkable(i)) continue;
      std::string key = infos_[i]->key;
      if (infos_[i]->partial || infos_[i]->description) {
        key += "\x1f" + std::to_string(units_[i].source);
      }
      const auto [found, inserted] = first.emplace(std::move(key), i);
      if (!inserted) groups_.Join(found->second, i);
    }
  }

  std::map<int64_t, std::vector<int>> UnitsBySource() const {
    std::map<int64_t, std::vector<int>> by_source;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (units_[i].source != 0 && Linkable(i)) by_source[units_[i].source].push_back(i);
    }
    return by_source;
  }

  // Rule 2, names of several words: one source, same words, other type.
  void JoinSameWordsAcrossTypes() {
    for (const auto& [source, members] : UnitsBySource()) {
      std::unordered_map<std::string, int> by_words;
      for (int i : members) {
        if (infos_[i]->word_skeletons.size() < 2) continue;
        const auto [found, inserted] = by_words.emplace(JoinSorted(infos_[i]->word_skeletons), i);
        if (!inserted && units_[found->second].type != units_[i].type) {
          groups_.Join(found->second, i);
        }
      }
    }
  }

  // Whether one-word skeleton `word` spells `surname`: equal, or (both of
  // four letters or more) one confusable edit apart ("igelmanov" / "igilmanov").
  static bool SpellsSurname(std::string_view word, std::string_view surname) {
    if (word == surname) return true;
    return word.size() >= 4 && surname.size() >= 4 &&
           WeightedEditDistance(word, surname, 1.0) <= 1.0;
  }

  // Rule 2, one-word names: after rule 3, so that the persons of a source
  // are grouped under all their spellings before a lone surname picks one.
  void JoinLoneSurnames() {
    for (const auto& [source, members] : UnitsBySource()) {
      for (int i : members) {
        if (infos_[i]->word_skeletons.size() != 1) continue;
        int person = -1;
        bool ambiguous = false;
        for (int j : members) {
          if (j == i || units_[j].type != EntityType::kPerson || infos_[j]->partial) continue;
          if (!SpellsSurname(infos_[i]->word_skeletons[0], infos_[j]->surname_skeleton)) continue;
          if (person >= 0 && groups_.Find(person) != groups_.Find(j)) ambiguous = true;
          person = j;
        }
        if (person >= 0 && !ambiguous) groups_.Join(person, i);
      }
    }
  }

  // One representative unit per distinct (type, key) among full names, and
  // among new units apart (rule 3 compares no two stored entities' rows).
  std::vector<int> FullRepresentatives() const {
    std::vector<int> reps;
    std::unordered_set<std::string> seen;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (!Linkable(i) || infos_[i]->partial) continue;
      if (seen.insert(infos_[i]->key + "\x1f" + std::to_string(units_[i].list) +
                      (units_[i].entity != 0 ? "\x1fs" : ""))
              .second) {
        reps.push_back(i);
      }
    }
    return reps;
  }

  using BlockMap = std::unordered_map<std::string, std::vector<int>>;

  BlockMap Blocks(const std::vector<int>& reps, std::vector<std::string> UnitInfo::*keys) const {
    BlockMap blocks;
    for (int rep : reps) {
      for (const std::string& key : infos_[rep]->*keys) blocks[key].push_back(rep);
    }
    return blocks;
  }

  // Whether units a and b may be compared: one type, or a person and a name
  // of another type that reads as a person's.
  bool Comparable(int a, int b) const {
    if ((infos_[a]->description || infos_[b]->description) &&
        units_[a].source != units_[b].source) {
      return false;
    }
    if (units_[a].type == units_[b].type) return true;
    const auto person_or_like = [&](int unit) {
      return units_[unit].type == EntityType::kPerson || infos_[unit]->person_like;
    };
    return person_or_like(a) && person_or_like(b);
  }

  // Units a and b as one comparison: a person and a name of another type
  // that reads as a person's are compared as persons' names.
  LinkVerdicts::Pair PairOf(int a, int b) const {
    const bool cross = units_[a].type != units_[b].type;
    return {infos_[a], infos_[b], cross && units_[a].type != EntityType::kPerson,
            cross && units_[b].type != EntityType::kPerson};
  }

  MatchVerdict VerdictOf(int a, int b) { return verdicts_->Verdict(PairOf(a, b), options_.match); }

  NameMatch Compare(int a, int b) const {
    if (units_[a].type == units_[b].type) {
      return ComparePrepared(infos_[a]->prepared, infos_[b]->prepared, options_.match);
    }
    const auto as_person = [&](int unit) -> const PreparedName& {
      return units_[unit].type == EntityType::kPerson ? infos_[unit]->prepared
                                                      : infos_[unit]->as_person;
    };
    return ComparePrepared(as_person(a), as_person(b), options_.match);
  }

  // Rule 3.
  void JoinSpellings() {
    const std::vector<int> reps = FullRepresentatives();
    word_blocks_ = Blocks(reps, &UnitInfo::word_keys);
    BlockMap blocks = Blocks(reps, &UnitInfo::pair_keys);
    std::unordered_set<uint64_t> compared;
    std::vector<std::pair<int, int>> pairs;
    for (const auto& [key, members] : blocks) {
      if (members.size() > options_.max_block || options_.oversized_blocks.contains(key)) continue;
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          const int a = members[x];
          const int b = members[y];
          if (units_[a].list != 0 && units_[a].list == units_[b].list) continue;
          // Two stored entities were compared when the later one was linked.
          if (units_[a].entity != 0 && units_[b].entity != 0) continue;
          if (!Comparable(a, b)) continue;
          if (!compared.insert(static_cast<uint64_t>(a) << 32 | static_cast<uint32_t>(b)).second) {
            continue;
          }
          pairs.emplace_back(a, b);
        }
      }
    }
    const std::vector<MatchVerdict> verdicts = CompareAll(pairs);
    std::vector<std::pair<int, int>> same;
    for (size_t p = 0; p < pairs.size(); ++p) {
      if (verdicts[p] == MatchVerdict::kSame) same.push_back(pairs[p]);
    }
    // Joined in unit order, whatever order the blocks came in.
    std::sort(same.begin(), same.end());
    for (const auto& [a, b] : same) groups_.Join(a, b);
  }

  // Rule 3b. An acronym alone ("KNB") joins the one organization a source
  // states it for ("National Security Committee (KNB)"); when sources state
  // it for several, it stays apart.
  void JoinStatedAcronyms() {
    std::unordered_map<std::string, std::vector<int>> carriers;  // acronym key -> units
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (!Linkable(i)) continue;
      for (const std::string& key : infos_[i]->stated_acronyms) carriers[key].push_back(i);
    }
    if (carriers.empty()) return;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (units_[i].type != EntityType::kOrganization || !Linkable(i)) continue;
      const auto found = carriers.find(infos_[i]->key);
      if (found == carriers.end()) continue;
      std::set<int> roots;
      for (int carrier : found->second) roots.insert(groups_.Find(carrier));
      if (roots.size() == 1) groups_.Join(*roots.begin(), i);
    }
  }

  // Relations: persons of one source whose names share a word key and
  // compare as kRelated (a father and a daughter named in one article). Across
  // sources, one surname with two given names is mostly namesakes, not family.
  void FindRelations() {
    std::map<int64_t, std::vector<int>> by_source;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (units_[i].source != 0 && units_[i].type == EntityType::kPerson && Linkable(i)) {
        by_source[units_[i].source].push_back(i);
      }
    }
    for (const auto& [source, members] : by_source) {
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          const int a = members[x];
          const int b = members[y];
          if (groups_.Find(a) == groups_.Find(b) || !ShareKey(a, b)) continue;
          NameMatch match = Compare(a, b);
          if (match.verdict == MatchVerdict::kRelated) {
            relations_.push_back({a, b, std::move(match.reasons)});
          }
        }
      }
    }
  }

  bool ShareKey(int a, int b) const {
    for (const std::string& key : infos_[a]->word_keys) {
      if (std::binary_search(infos_[b]->word_keys.begin(), infos_[b]->word_keys.end(), key)) {
        return true;
      }
    }
    return false;
  }

  // Whether rule 4 decides unit i: a partial name, unless a stored entity's
  // that stays in it because the entity has a full name.
  bool DecidedByRule4(int i) const {
    return Linkable(i) && infos_[i]->partial &&
           (units_[i].loose || !named_entities_.contains(units_[i].entity));
  }

  // Rule 4.
  void JoinPartials() {
    ComparePartialsAhead();
    std::vector<int> unresolved;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (!DecidedByRule4(i)) continue;
      std::set<int> roots = SameSourceRoots(i);
      // Across documents only names with a surname ("Igilmanov I.A.",
      // "Tuyakbai" when one full name in the store fits): a given name alone
      // names too many people ("Marat" in one story is not "Marat Zhakenov"
      // in another).
      const bool across = roots.empty();
      if (across && infos_[i]->has_surname) {
        for (int candidate : CompatibleFullNames(i)) roots.insert(groups_.Find(candidate));
      }
      if (roots.size() == 1 && groups_.Join(*roots.begin(), i)) {
        if (across) loose_.insert(i);
        continue;
      }
      if (roots.size() > 1) ambiguous_.insert(i);
      unresolved.push_back(i);
    }
    // Unresolved partial names with one key are one entity within their
    // source, never across sources: "Seitov" or "Marat" alone in two stories
    // may be two men, and nothing names either fully.
    std::map<std::pair<int64_t, std::string>, int> first;
    for (int i : unresolved) {
      const auto [found, inserted] = first.emplace(std::pair(units_[i].source, infos_[i]->key), i);
      if (!inserted) groups_.Join(found->second, i);
    }
  }

  // The verdicts of `pairs` of units, compared on the options' threads.
  std::vector<MatchVerdict> CompareAll(const std::vector<std::pair<int, int>>& pairs) {
    std::vector<LinkVerdicts::Pair> out;
    out.reserve(pairs.size());
    for (const auto& [a, b] : pairs) out.push_back(PairOf(a, b));
    return verdicts_->CompareAll(out, options_.match, options_.threads);
  }

  static bool Fits(MatchVerdict verdict) {
    return verdict == MatchVerdict::kSame || verdict == MatchVerdict::kPossible;
  }

  bool Compatible(int partial, int full) { return Fits(VerdictOf(partial, full)); }

  // Rule 4's comparisons made ahead on the options' threads, each kept
  // (link_verdicts.h): every partial name's with the full names of its source,
  // then the search of the store's full names of each that needs it, with
  // the groups as they stand before rule 4 (they change little during it).
  // JoinPartials then finds them kept; one not foreseen it makes itself.
  void ComparePartialsAhead() {
    if (options_.threads <= 1) return;
    std::vector<int> partials;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      if (DecidedByRule4(i)) partials.push_back(i);
    }
    std::vector<std::pair<int, int>> own_source;
    for (int i : partials) {
      for (int full : SourceFullNames(i)) {
        if (units_[full].type == units_[i].type && ShareKey(i, full)) {
          own_source.emplace_back(i, full);
        }
      }
    }
    verdicts_->RunTasks(own_source.size(), options_.match, options_.threads,
                        [&](size_t t, const LinkVerdicts::VerdictOfPair& verdict) {
                          verdict(PairOf(own_source[t].first, own_source[t].second));
                        });
    std::vector<int> across;
    std::unordered_set<std::string> searched;
    for (int i : partials) {
      if (!infos_[i]->has_surname) continue;
      const std::vector<int>& own = SourceFullNames(i);
      const bool fits_own = std::any_of(own.begin(), own.end(), [&](int full) {
        return units_[full].type == units_[i].type && ShareKey(i, full) && Compatible(i, full);
      });
      if (!fits_own && searched.insert(CompatibleKey(i)).second) across.push_back(i);
    }
    std::vector<int> root(units_.size());
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) root[i] = groups_.Find(i);
    verdicts_->RunTasks(
        across.size(), options_.match, options_.threads,
        [&](size_t t, const LinkVerdicts::VerdictOfPair& verdict) {
          FittingFullNames(
              across[t], [&](int x, int y) { return root[x] == root[y]; },
              [&](int partial, int full) { return Fits(verdict(PairOf(partial, full))); });
        });
  }

  // The full names of unit i's source (none for a list record).
  const std::vector<int>& SourceFullNames(int i) {
    static const std::vector<int> kNone;
    if (units_[i].source == 0) return kNone;
    if (!source_units_ready_) {
      for (int u = 0; u < static_cast<int>(units_.size()); ++u) {
        if (units_[u].source != 0 && !infos_[u]->partial && Linkable(u)) {
          source_units_[units_[u].source].push_back(u);
        }
      }
      source_units_ready_ = true;
    }
    const auto found = source_units_.find(units_[i].source);
    return found == source_units_.end() ? kNone : found->second;
  }

  // The groups of the full names of the partial name's own source that it is
  // compatible with.
  std::set<int> SameSourceRoots(int partial) {
    std::set<int> roots;
    for (int full : SourceFullNames(partial)) {
      if (units_[full].type == units_[partial].type && ShareKey(partial, full) &&
          Compatible(partial, full)) {
        roots.insert(groups_.Find(full));
      }
    }
    return roots;
  }

  // Full-name representatives of the whole store a partial name is
  // compatible with, computed once per name (one surname recurs in many
  // sources). Full-name groups do not change during rule 4, so the search
  // stops at two from different groups: the name is ambiguous.
  const std::vector<int>& CompatibleFullNames(int partial) {
    const auto [cached, inserted] = compatible_.try_emplace(CompatibleKey(partial));
    if (inserted) {
      cached->second = FittingFullNames(
          partial, [&](int x, int y) { return groups_.Find(x) == groups_.Find(y); },
          [&](int p, int full) { return Compatible(p, full); });
    }
    return cached->second;
  }

  // What CompatibleFullNames gives one answer for: a name of a type, and of
  // a stored entity when it is a row of one.
  std::string CompatibleKey(int partial) const {
    std::string key = std::string(1, TypeLetter(units_[partial].type)) + units_[partial].name;
    if (units_[partial].entity != 0) key += "\x1f" + std::to_string(units_[partial].entity);
    return key;
  }

  // CompatibleFullNames' search: the full names under the partial name's
  // word keys that `fits` it, stopping at two of different groups
  // (`same_group`).
  template <typename SameGroup, typename FitsName>
  std::vector<int> FittingFullNames(int partial, SameGroup same_group, FitsName fits) const {
    // A stored entity's row was decided against the stored names when it
    // was linked: it meets new names, and its own entity's again.
    const int64_t entity = units_[partial].entity;
    std::vector<int> out;
    std::unordered_set<int> compared;
    for (const std::string& key : infos_[partial]->word_keys) {
      const auto block = word_blocks_.find(key);
      if (block == word_blocks_.end() || block->second.size() > options_.max_block ||
          options_.oversized_blocks.contains(key)) {
        continue;
      }
      for (int candidate : block->second) {
        if (units_[candidate].type != units_[partial].type || !compared.insert(candidate).second) {
          continue;
        }
        if (entity != 0 && units_[candidate].entity != 0 && units_[candidate].entity != entity) {
          continue;
        }
        if (!out.empty() && same_group(out.front(), candidate)) continue;
        if (!fits(partial, candidate)) continue;
        out.push_back(candidate);
        if (out.size() == 2) return out;
      }
    }
    return out;
  }

  // Rule 5: the merges that still hold join every unit with one of their keys.
  void ApplyMerges() {
    if (constraints_.merges.empty()) return;
    std::unordered_map<std::string, std::vector<int>> units_by_key;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      units_by_key[infos_[i]->key].push_back(i);
    }
    for (const std::vector<std::string>& merge : constraints_.merges) {
      int anchor = -1;
      for (const std::string& key : merge) {
        const auto found = units_by_key.find(key);
        if (found == units_by_key.end()) continue;
        for (int unit : found->second) {
          if (anchor < 0) {
            anchor = unit;
          } else {
            groups_.Join(anchor, unit, /*forced=*/true);
          }
        }
      }
    }
  }

  LinkResult Collect() {
    LinkResult out;
    out.group_of.assign(units_.size(), -1);
    out.loose.assign(units_.size(), false);
    for (int unit : loose_) out.loose[unit] = true;
    std::unordered_map<int, int> group_of_root;
    for (int i = 0; i < static_cast<int>(units_.size()); ++i) {
      const int root = groups_.Find(i);
      const auto [found, inserted] =
          group_of_root.emplace(root, static_cast<int>(out.groups.size()));
      if (inserted) out.groups.emplace_back();
      out.group_of[i] = found->second;
      out.groups[found->second].units.push_back(i);
    }
    std::unordered_set<std::string> ids;
    for (LinkedGroup& group : out.groups) FillGroup(&group, &ids);

    std::set<std::pair<int, int>> seen;
    for (Relation& relation : relations_) {
      int a = out.group_of[relation.a];
      int b = out.group_of[relation.b];
      // A relation between a person and a mistyped name is the tagger's noise.
      if (a == b || out.groups[a].type != out.groups[b].type) continue;
      if (b < a) std::swap(a, b);
      if (!seen.emplace(a, b).second) continue;
      out.related.push_back({a, b, std::move(relation.reason)});
    }
    std::sort(out.related.begin(), out.related.end(),
              [](const GroupRelation& x, const GroupRelation& y) {
                return std::tie(x.a, x.b) < std::tie(y.a, y.b);
              });
    return out;
  }

  // Fills a group's type, names and id from its units.
  void FillGroup(LinkedGroup* group, std::unordered_set<std::string>* ids) const {
    // Type: the one with most mentions, those of names of two words or more
    // counting double (the tagger types a lone surname worst); the earliest
    // unit's on a tie.
    int votes[kNumEntityTypes] = {};
    for (int unit : group->units) {
      const int weight =
          std::max(1, units_[unit].mentions) * (infos_[unit]->word_skeletons.size() >= 2 ? 2 : 1);
      votes[static_cast<int>(units_[unit].type)] += weight;
    }
    group->type = units_[group->units.front()].type;
    for (int t = 0; t < kNumEntityTypes; ++t) {
      if (votes[t] > votes[static_cast<int>(group->type)]) group->type = static_cast<EntityType>(t);
    }
    // Names: units' names by how full they are and how many carry them.
    struct Candidate {
      std::string name;
      int units = 0;
      int words = 0;  // full words: initials do not count
      int mentions = 0;
      int first = 0;
    };
    std::vector<Candidate> candidates;
    std::unordered_map<std::string, size_t> index;
    for (int unit : group->units) {
      const std::string& name = units_[unit].name;
      const auto [found, inserted] = index.emplace(name, candidates.size());
      if (inserted) {
        int words = 0;
        for (const PreparedName::Word& word : infos_[unit]->prepared.words()) {
          words += word.role != PreparedName::Word::kInitial;
        }
        // The group's own type names it better than a mistyped unit; a
        // country goes by a usual name ("Kazakhstan", "Казахстан"), not an
        // oblique case ("Казахстана") or the official name.
        if (units_[unit].type != group->type) words -= 100;
        if (units_[unit].type == EntityType::kLocation && IsUsualCountryName(name)) words += 50;
        candidates.push_back({name, 0, words, 0, unit});
      }
      candidates[found->second].units += units_[unit].count;
      candidates[found->second].mentions += std::max(1, units_[unit].mentions);
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
          return std::tie(b.words, b.mentions, a.first) < std::tie(a.words, a.mentions, b.first);
        });
    group->name = candidates.front().name;
    // Then other names by units, then aliases.
    std::stable_sort(candidates.begin() + 1, candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                       return std::tie(b.units, a.first) < std::tie(a.units, b.first);
                     });
    for (const Candidate& candidate : candidates) {
      group->names.push_back(candidate.name);
      group->keys.push_back(infos_[candidate.first]->key);
      group->name_units.push_back(candidate.units);
    }
    for (int unit : group->units) {
      for (const std::string& alias : units_[unit].aliases) {
        if (!index.emplace(alias, group->names.size()).second) continue;
        group->names.push_back(alias);
        group->keys.push_back(NameKey(alias, units_[unit].type));
        group->name_units.push_back(0);
      }
    }
    group->settled = std::all_of(group->units.begin(), group->units.end(),
                                 [&](int unit) { return ambiguous_.contains(unit); });
    const std::string base = std::string(1, TypeLetter(group->type)) + "-" +
                             Sha256Hex(infos_[group->units.front()]->key).substr(0, 10);
    std::string id = base;
    for (int n = 2; !ids->insert(id).second; ++n) id = base + "-" + std::to_string(n);
    group->id = std::move(id);
  }

  struct Relation {
    int a;
    int b;
    std::string reason;
  };

  const std::vector<LinkUnit>& units_;
  const LinkOptions& options_;
  LinkConstraints constraints_;
  std::unique_ptr<LinkNameCache> own_names_;  // when the options give none
  std::vector<const UnitInfo*> infos_;
  std::unique_ptr<LinkVerdicts> own_verdicts_;  // when the options give none
  LinkVerdicts* verdicts_;
  LinkGroups groups_;
  BlockMap word_blocks_;  // full names by word key, for rule 4
  std::unordered_map<std::string, std::vector<int>> compatible_;  // by type and name
  std::vector<Relation> relations_;
  std::unordered_set<int> ambiguous_;           // partial units that fit several groups
  std::unordered_set<int> loose_;               // partial units joined to another document's name
  std::unordered_set<int64_t> named_entities_;  // summaries with a full person name
  std::unordered_map<int64_t, std::vector<int>> source_units_;  // full names by source
  bool source_units_ready_ = false;
};

}  // namespace

std::string NameKey(std::string_view name, EntityType type) {
  if (type == EntityType::kLocation) {
    // A country under any of its names, in any language and case: "UK",
    // "U.K.", "Britain", "United Kingdom"; "Kazakhstan", "Republic of
    // Kazakhstan", "Казахстана", "Қазақстанға"; its ISO code when written as
    // one ("KAZ"). Not its adjective nor a part of it ("England").
    const CountryMatch country = FindCountry(name, {.codes = LooksLikeAcronym(name)});
    if (country && !country.country->code.empty()) {
      return "L:country " + std::string(country.country->code);
    }
  }
  std::vector<std::string> words;
  if (type == EntityType::kOrganization) {
    words = ParseOrgName(name).core_skeletons;
    std::erase(words, std::string());
  }
  if (words.empty()) words = WordSkeletons(name);
  if (words.empty()) return "";
  return std::string(1, TypeLetter(type)) + ":" + JoinSorted(std::move(words));
}

LinkBlocking LinkBlockingOf(std::string_view name, EntityType type) {
  return internal::BlockingOf(DescribeUnit(LinkUnit{.type = type, .name = std::string(name)}));
}

std::vector<std::string> StatedAcronymKeys(const LinkUnit& unit) {
  std::vector<std::string> keys;
  if (unit.type != EntityType::kOrganization) return keys;
  const std::string own = NameKey(unit.name, unit.type);
  for (const std::string& alias : unit.aliases) {
    if (!LooksLikeAcronym(alias)) continue;
    std::string key = NameKey(alias, unit.type);
    if (key != own) keys.push_back(std::move(key));
  }
  return keys;
}

LinkResult LinkEntities(const std::vector<LinkUnit>& units,
                        const std::vector<LinkJudgment>& judgments, const LinkOptions& options) {
  return Linker(units, judgments, options).Run();
}

}  // namespace dossier
