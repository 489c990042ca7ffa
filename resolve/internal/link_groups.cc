#include "resolve/internal/link_groups.h"

#include <algorithm>
#include <numeric>

namespace dossier::internal {
namespace {

bool Contains(const std::vector<std::string>& keys, const std::string& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

std::string_view KeyBody(std::string_view key) {
  const size_t colon = key.find(':');
  return colon == std::string_view::npos ? key : key.substr(colon + 1);
}

LinkConstraints ReadLinkJudgments(const std::vector<LinkJudgment>& judgments) {
  LinkConstraints out;
  for (const LinkJudgment& judgment : judgments) {
    if (judgment.kind == LinkJudgmentKind::kSplit) {
      SplitSet split;
      int next = 0;
      for (const std::string& key : judgment.keys_a) {
        split.class_of.emplace(std::string(KeyBody(key)), next++);
      }
      // The split undoes earlier merges among its keys.
      for (std::vector<std::string>& merge : out.merges) {
        std::erase_if(merge, [&](const std::string& key) {
          return split.class_of.count(std::string(KeyBody(key))) > 0;
        });
      }
      out.splits.push_back(std::move(split));
      continue;
    }
    std::vector<std::string> keys = judgment.keys_a;
    keys.insert(keys.end(), judgment.keys_b.begin(), judgment.keys_b.end());
    // The merge undoes earlier splits between its keys: their classes join.
    for (SplitSet& split : out.splits) {
      int target = -1;
      for (const std::string& key : keys) {
        const auto found = split.class_of.find(std::string(KeyBody(key)));
        if (found == split.class_of.end()) continue;
        if (target < 0) {
          target = found->second;
          continue;
        }
        const int old = found->second;
        for (auto& [other, cls] : split.class_of) {
          if (cls == old) cls = target;
        }
      }
    }
    out.merges.push_back(std::move(keys));
  }
  return out;
}

LinkGroups::LinkGroups(const std::vector<LinkUnit>& units,
                       const std::vector<const UnitInfo*>& infos,
                       const LinkConstraints& constraints, const MatchOptions& match,
                       LinkVerdicts* verdicts)
    : units_(units),
      infos_(infos),
      match_(match),
      verdicts_(verdicts),
      parent_(units.size()),
      roots_(units.size()) {
  std::iota(parent_.begin(), parent_.end(), 0);
  for (size_t i = 0; i < units.size(); ++i) {
    Root& root = roots_[i];
    if (units[i].list != 0) root.lists.push_back(units[i].list);
    if (!units[i].date_of_birth.empty()) root.births.push_back(units[i].date_of_birth);
    for (size_t s = 0; s < constraints.splits.size(); ++s) {
      const auto found = constraints.splits[s].class_of.find(std::string(KeyBody(infos[i]->key)));
      if (found != constraints.splits[s].class_of.end()) {
        root.split_classes.emplace_back(static_cast<int>(s), found->second);
      }
    }
    if (!infos[i]->partial) root.full_names.push_back(static_cast<int>(i));
    root.stated_acronyms = infos[i]->stated_acronyms;
  }
}

int LinkGroups::Find(int unit) {
  while (parent_[unit] != unit) {
    parent_[unit] = parent_[parent_[unit]];
    unit = parent_[unit];
  }
  return unit;
}

bool LinkGroups::Join(int a, int b, bool forced) {
  int ra = Find(a);
  int rb = Find(b);
  if (ra == rb) return true;
  if (!forced && !Compatible(roots_[ra], roots_[rb])) return false;
  if (rb < ra) std::swap(ra, rb);  // the earliest unit stays the root
  parent_[rb] = ra;
  Root& into = roots_[ra];
  Root& from = roots_[rb];
  into.lists.insert(into.lists.end(), from.lists.begin(), from.lists.end());
  into.births.insert(into.births.end(), from.births.begin(), from.births.end());
  into.split_classes.insert(into.split_classes.end(), from.split_classes.begin(),
                            from.split_classes.end());
  for (int unit : from.full_names) AddFullName(&into, unit);
  into.stated_acronyms.insert(into.stated_acronyms.end(), from.stated_acronyms.begin(),
                              from.stated_acronyms.end());
  from = Root();
  return true;
}

void LinkGroups::AddFullName(Root* root, int unit) {
  if (root->full_names.size() >= kMaxFullNames) return;
  for (int other : root->full_names) {
    if (infos_[other]->key == infos_[unit]->key) return;
  }
  root->full_names.push_back(unit);
}

bool LinkGroups::Compatible(const Root& a, const Root& b) const {
  for (int64_t list : a.lists) {
    if (std::find(b.lists.begin(), b.lists.end(), list) != b.lists.end()) return false;
  }
  for (const std::string& birth : a.births) {
    for (const std::string& other : b.births) {
      if (birth != other) return false;
    }
  }
  for (const auto& [set, cls] : a.split_classes) {
    for (const auto& [other_set, other_cls] : b.split_classes) {
      if (set == other_set && cls != other_cls) return false;
    }
  }
  // No chains: every pair of full names across the groups is at least possible.
  for (int x : a.full_names) {
    for (int y : b.full_names) {
      // One matching key is one name (a country under its other names), and
      // an acronym a source states for a group is the name it abbreviates.
      if (units_[x].type != units_[y].type || infos_[x]->key == infos_[y]->key ||
          Contains(b.stated_acronyms, infos_[x]->key) ||
          Contains(a.stated_acronyms, infos_[y]->key)) {
        continue;
      }
      const MatchVerdict verdict = verdicts_->Verdict({infos_[x], infos_[y]}, match_);
      if (verdict == MatchVerdict::kRelated || verdict == MatchVerdict::kDifferent) return false;
    }
  }
  return true;
}

}  // namespace dossier::internal
