#include "dossier/disputes.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "dossier/internal/contested_accounts.h"
#include "dossier/internal/fold.h"

namespace dossier {
namespace {

// An inclusive interval of ISO dates; "0000" and "9999" stand for open ends.
struct DateRange {
  std::string from = "0000";
  std::string to = "9999";
};

bool Overlap(const DateRange& a, const DateRange& b) { return a.from <= b.to && b.from <= a.to; }

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The dates a date-valued claim (born_on, died_on) names: "1961" is the
// whole year, "1961-11" the month, "1961-11-23" the day; otherwise its period.
DateRange DatesOf(const Claim& claim) {
  const std::string_view value = claim.object;
  if (value.size() == 4 && AllDigits(value)) {
    return {std::string(value) + "-01-01", std::string(value) + "-12-31"};
  }
  if (value.size() == 7 && value[4] == '-' && AllDigits(value.substr(0, 4)) &&
      AllDigits(value.substr(5))) {
    return {std::string(value) + "-01", std::string(value) + "-31"};
  }
  if (value.size() == 10 && AllDigits(value.substr(0, 4))) {
    return {std::string(value), std::string(value)};
  }
  return {claim.from.value_or("0000"), claim.to.value_or("9999")};
}

DateRange PeriodOf(const Claim& claim) {
  return {claim.from.value_or("0000"), claim.to.value_or("9999")};
}

bool IsDatePredicate(std::string_view predicate) {
  return predicate == "born_on" || predicate == "died_on";
}

// Folded name of the object: equal for an entity and a literal of one name,
// and for two corpus entities under the same name.
std::string ObjectName(const Claim& claim) { return internal::FoldKey(claim.object); }

bool SameObject(const Claim& a, const Claim& b) {
  if (a.object_is_entity() && b.object_is_entity() && a.object_entity.id == b.object_entity.id) {
    return true;
  }
  return !ObjectName(a).empty() && ObjectName(a) == ObjectName(b);
}

// Whether two values of the single-valued predicate of a and b can both hold.
bool Compatible(const Claim& a, const Claim& b) {
  if (IsDatePredicate(a.predicate)) return Overlap(DatesOf(a), DatesOf(b));
  return SameObject(a, b);
}

std::string Year(const std::optional<std::string>& date) {
  return date && date->size() >= 4 ? date->substr(0, 4) : "";
}

// Whether two periods of one fact contradict: both give a start (or an end)
// and the years differ.
bool PeriodsConflict(const Claim& a, const Claim& b) {
  const std::string a_from = Year(a.from), b_from = Year(b.from);
  const std::string a_to = Year(a.to), b_to = Year(b.to);
  return (!a_from.empty() && !b_from.empty() && a_from != b_from) ||
         (!a_to.empty() && !b_to.empty() && a_to != b_to);
}

DisputeStatement StatementOf(const Corpus& corpus, const Support& support) {
  return {support.according_to, DescribeSupporter(corpus, support), support.citation.published,
          support.citation};
}

// A side made of whole claims; `only_speaker`, when set, keeps the supports
// of that speaker alone.
DisputeSide SideOf(const Corpus& corpus, const std::vector<const Claim*>& claims,
                   std::string position, const std::string* only_speaker = nullptr) {
  DisputeSide side;
  side.position = std::move(position);
  for (const Claim* claim : claims) {
    for (const Support& support : claim->support) {
      if (only_speaker != nullptr && support.according_to.id != *only_speaker) continue;
      side.statements.push_back(StatementOf(corpus, support));
    }
  }
  return side;
}

void AddId(const std::string& id, std::vector<std::string>* ids) {
  if (!id.empty() && std::find(ids->begin(), ids->end(), id) == ids->end()) ids->push_back(id);
}

// Fills entity_ids from the claims and picks the kind: a speaker found on
// two sides changed their account.
void Finish(const std::vector<std::vector<const Claim*>>& sides_claims, Dispute* dispute) {
  std::map<std::string, std::set<size_t>> sides_of_speaker;
  for (size_t i = 0; i < sides_claims.size(); ++i) {
    for (const Claim* claim : sides_claims[i]) {
      AddId(claim->subject.id, &dispute->entity_ids);
      AddId(claim->object_entity.id, &dispute->entity_ids);
      for (const Support& support : claim->support) {
        AddId(support.according_to.id, &dispute->entity_ids);
        if (!support.according_to.id.empty()) sides_of_speaker[support.according_to.id].insert(i);
      }
    }
  }
  for (const auto& [speaker, sides] : sides_of_speaker) {
    if (sides.size() >= 2) dispute->kind = DisputeKind::kChangedAccount;
  }
}

std::string_view MatterOfSingleValued(std::string_view predicate) {
  if (predicate == "born_on") return "date of birth";
  if (predicate == "born_in") return "place of birth";
  if (predicate == "died_on") return "date of death";
  return "place of death";
}

// The most precise claim of a cluster speaks for it ("1961-11-23" over "1961").
const Claim* MostPrecise(const std::vector<const Claim*>& cluster) {
  return *std::max_element(cluster.begin(), cluster.end(), [](const Claim* a, const Claim* b) {
    return a->object.size() < b->object.size();
  });
}

void FindDifferentValues(const CorpusIndex& index, const std::vector<Claim>& claims,
                         std::vector<Dispute>* out) {
  std::map<std::pair<std::string, std::string>, std::vector<const Claim*>> groups;
  std::vector<std::pair<std::string, std::string>> order;
  for (const Claim& claim : claims) {
    if (claim.denied || !IsSingleValued(claim.predicate)) continue;
    auto key = std::make_pair(claim.subject.id, claim.predicate);
    if (groups[key].empty()) order.push_back(key);
    groups[key].push_back(&claim);
  }
  for (const auto& key : order) {
    std::vector<std::vector<const Claim*>> clusters;
    for (const Claim* claim : groups[key]) {
      auto fits = std::find_if(clusters.begin(), clusters.end(), [&](const auto& cluster) {
        return std::all_of(cluster.begin(), cluster.end(),
                           [&](const Claim* other) { return Compatible(*claim, *other); });
      });
      if (fits == clusters.end()) {
        clusters.push_back({claim});
      } else {
        fits->push_back(claim);
      }
    }
    if (clusters.size() < 2) continue;
    Dispute dispute;
    dispute.matter =
        groups[key].front()->subject.name + ": " + std::string(MatterOfSingleValued(key.second));
    for (const auto& cluster : clusters) {
      dispute.sides.push_back(
          SideOf(index.corpus(), cluster, DescribeClaim(*MostPrecise(cluster))));
    }
    Finish(clusters, &dispute);
    out->push_back(std::move(dispute));
  }
}

// Two statements naming disjoint sets of owners of one thing.
void FindRivalOwners(const CorpusIndex& index, const std::vector<Claim>& claims,
                     std::vector<Dispute>* out) {
  std::vector<std::vector<const Claim*>> assets;  // owns claims per thing owned
  for (const Claim& claim : claims) {
    if (claim.denied || claim.predicate != "owns") continue;
    auto same = std::find_if(assets.begin(), assets.end(),
                             [&](const auto& asset) { return SameObject(*asset.front(), claim); });
    if (same == assets.end()) {
      assets.push_back({&claim});
    } else {
      same->push_back(&claim);
    }
  }
  for (const auto& owners : assets) {
    // Owner sets per statement (citation), in order.
    std::map<std::tuple<int, uint32_t, uint32_t>, std::vector<const Claim*>> by_statement;
    for (const Claim* claim : owners) {
      for (const Support& support : claim->support) {
        auto& stated = by_statement[{support.citation.source, support.citation.span.start,
                                     support.citation.span.end}];
        if (std::find(stated.begin(), stated.end(), claim) == stated.end()) stated.push_back(claim);
      }
    }
    std::vector<std::vector<const Claim*>> sets;
    for (auto& [where, stated] : by_statement) {
      std::sort(stated.begin(), stated.end());
      if (std::find(sets.begin(), sets.end(), stated) == sets.end()) sets.push_back(stated);
    }
    auto subjects_disjoint = [](const auto& a, const auto& b) {
      for (const Claim* x : a) {
        for (const Claim* y : b) {
          if (x->subject.id == y->subject.id) return false;
        }
      }
      return true;
    };
    auto times_overlap = [](const auto& a, const auto& b) {
      for (const Claim* x : a) {
        for (const Claim* y : b) {
          if (Overlap(PeriodOf(*x), PeriodOf(*y))) return true;
        }
      }
      return false;
    };
    bool rivals = false;
    for (size_t i = 0; i < sets.size() && !rivals; ++i) {
      for (size_t j = i + 1; j < sets.size() && !rivals; ++j) {
        rivals = subjects_disjoint(sets[i], sets[j]) && times_overlap(sets[i], sets[j]);
      }
    }
    if (!rivals) continue;
    Dispute dispute;
    dispute.matter = "owner of " + owners.front()->object;
    // A side per distinct set of owners; a claim stated alone and together
    // with a co-owner shows on both sides.
    for (const auto& set : sets) {
      std::string names;
      for (const Claim* claim : set) names += (names.empty() ? "" : " and ") + claim->subject.name;
      DisputeSide side;
      side.position = "owned by " + names;
      for (const auto& [where, stated] : by_statement) {
        if (stated != set) continue;
        for (const Support& support : stated.front()->support) {
          if (support.citation.source == std::get<0>(where) &&
              support.citation.span.start == std::get<1>(where) &&
              support.citation.span.end == std::get<2>(where)) {
            side.statements.push_back(StatementOf(index.corpus(), support));
          }
        }
      }
      dispute.sides.push_back(std::move(side));
    }
    Finish(sets, &dispute);
    out->push_back(std::move(dispute));
  }
}

void FindDenials(const CorpusIndex& index, const std::vector<Claim>& claims,
                 std::vector<Dispute>* out) {
  std::vector<bool> used(claims.size(), false);
  for (size_t d = 0; d < claims.size(); ++d) {
    if (!claims[d].denied || used[d]) continue;
    const Claim& denial = claims[d];
    auto matches = [&](const Claim& claim) { return internal::DeniesClaim(denial, claim); };
    std::vector<const Claim*> asserted, denied;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (!matches(claims[i])) continue;
      if (claims[i].denied) {
        denied.push_back(&claims[i]);
        used[i] = true;
      } else {
        asserted.push_back(&claims[i]);
      }
    }
    if (asserted.empty()) continue;
    Dispute dispute;
    dispute.kind = DisputeKind::kDenial;
    dispute.matter = denial.subject.name + " and " + denial.object;
    std::vector<std::vector<const Claim*>> sides;
    for (const Claim* claim : asserted) sides.push_back({claim});
    for (const Claim* claim : denied) sides.push_back({claim});
    for (const auto& side : sides) {
      dispute.sides.push_back(SideOf(index.corpus(), side, DescribeClaim(*side.front())));
    }
    Finish(sides, &dispute);
    out->push_back(std::move(dispute));
  }
}

// One speaker giving different periods for one fact in different sources.
void FindChangedPeriods(const CorpusIndex& index, const std::vector<Claim>& claims,
                        std::vector<Dispute>* out) {
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  std::map<Key, std::vector<const Claim*>> groups;
  std::vector<Key> order;
  for (const Claim& claim : claims) {
    if (claim.denied || IsSingleValued(claim.predicate)) continue;
    std::set<std::string> speakers;
    for (const Support& support : claim.support) {
      if (!support.according_to.id.empty()) speakers.insert(support.according_to.id);
    }
    for (const std::string& speaker : speakers) {
      Key key{speaker, claim.subject.id, claim.predicate,
              claim.object_is_entity() ? "@" + claim.object_entity.id : ObjectName(claim),
              internal::FoldKey(claim.role)};
      if (groups[key].empty()) order.push_back(key);
      groups[key].push_back(&claim);
    }
  }
  for (const Key& key : order) {
    const std::vector<const Claim*>& group = groups[key];
    const std::string& speaker = std::get<0>(key);
    std::set<int> sources;
    bool conflict = false;
    for (size_t i = 0; i < group.size(); ++i) {
      for (const Support& support : group[i]->support) {
        if (support.according_to.id == speaker) sources.insert(support.citation.source);
      }
      for (size_t j = i + 1; j < group.size(); ++j)
        conflict |= PeriodsConflict(*group[i], *group[j]);
    }
    if (!conflict || sources.size() < 2) continue;
    Dispute dispute;
    dispute.kind = DisputeKind::kChangedAccount;
    dispute.matter = group.front()->subject.name + ": " + DescribeClaim([&] {
                       Claim bare = *group.front();
                       bare.from.reset();
                       bare.to.reset();
                       return bare;
                     }());
    for (const Claim* claim : group) {
      dispute.sides.push_back(SideOf(index.corpus(), {claim}, DescribeClaim(*claim), &speaker));
    }
    AddId(group.front()->subject.id, &dispute.entity_ids);
    AddId(group.front()->object_entity.id, &dispute.entity_ids);
    AddId(speaker, &dispute.entity_ids);
    out->push_back(std::move(dispute));
  }
}

}  // namespace

std::string_view DisputeKindName(DisputeKind kind) {
  switch (kind) {
    case DisputeKind::kDifferentValues:
      return "different values";
    case DisputeKind::kDenial:
      return "claim and denial";
    case DisputeKind::kChangedAccount:
      return "changed account";
    case DisputeKind::kContestedAccount:
      return "account contested";
  }
  return "different values";
}

std::vector<Dispute> FindDisputes(const CorpusIndex& index, const std::vector<Claim>& claims,
                                  const std::vector<Statement>& statements) {
  std::vector<Dispute> disputes;
  FindDifferentValues(index, claims, &disputes);
  FindRivalOwners(index, claims, &disputes);
  FindDenials(index, claims, &disputes);
  FindChangedPeriods(index, claims, &disputes);
  internal::FindContestedAccounts(index, claims, statements, &disputes);
  return disputes;
}

std::vector<Dispute> FindDisputes(const CorpusIndex& index, const std::vector<Claim>& claims) {
  return FindDisputes(index, claims, CollectStatements(index));
}

}  // namespace dossier
