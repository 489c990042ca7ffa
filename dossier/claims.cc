#include "dossier/claims.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "dossier/internal/fold.h"

namespace dossier {
namespace {

struct PredicateInfo {
  std::string_view predicate;
  ClaimTopic topic;
  RelationKind relation;
  std::string_view forward;  // "owns": subject side, object follows
  std::string_view inverse;  // "owned by": object side, subject follows
};

constexpr PredicateInfo kPredicates[] = {
    {"born_on", ClaimTopic::kBirth, RelationKind::kNone, "born on", ""},
    {"born_in", ClaimTopic::kBirth, RelationKind::kNone, "born in", "birthplace of"},
    {"died_on", ClaimTopic::kDeath, RelationKind::kNone, "died on", ""},
    {"died_in", ClaimTopic::kDeath, RelationKind::kNone, "died in", "place of death of"},
    {"educated_at", ClaimTopic::kEducation, RelationKind::kNone, "studied at", "alumnus:"},
    {"position", ClaimTopic::kPosition, RelationKind::kEmployment, "position at", "staff:"},
    {"employed_by", ClaimTopic::kPosition, RelationKind::kEmployment, "employed by", "employs"},
    {"lives_in", ClaimTopic::kResidence, RelationKind::kNone, "lives in", "home of"},
    {"moved_to", ClaimTopic::kResidence, RelationKind::kNone, "moved to", "new home of"},
    {"spouse", ClaimTopic::kFamily, RelationKind::kFamily, "spouse of", "spouse of"},
    {"former_spouse", ClaimTopic::kFamily, RelationKind::kFamily, "former spouse of",
     "former spouse of"},
    {"parent_of", ClaimTopic::kFamily, RelationKind::kFamily, "parent of", "child of"},
    {"child_of", ClaimTopic::kFamily, RelationKind::kFamily, "child of", "parent of"},
    {"sibling_of", ClaimTopic::kFamily, RelationKind::kFamily, "sibling of", "sibling of"},
    {"founded", ClaimTopic::kOwnership, RelationKind::kOwnership, "founded", "founded by"},
    {"owns", ClaimTopic::kOwnership, RelationKind::kOwnership, "owns", "owned by"},
    {"member_of", ClaimTopic::kMembership, RelationKind::kMembership, "member of", "member:"},
    {"associate_of", ClaimTopic::kAssociation, RelationKind::kAssociate, "associate of",
     "associate of"},
    {"related_to", ClaimTopic::kFamily, RelationKind::kFamily, "related to", "related to"},
    // Topics of their own are for a later version; their words already read.
    {"citizen_of", ClaimTopic::kOther, RelationKind::kNone, "citizen of", "citizens:"},
    {"charged_with", ClaimTopic::kOther, RelationKind::kNone, "charged with", ""},
    {"convicted_of", ClaimTopic::kOther, RelationKind::kNone, "convicted of", ""},
    {"sanctioned_by", ClaimTopic::kOther, RelationKind::kNone, "sanctioned by", "sanctioned:"},
};

const PredicateInfo* InfoOf(std::string_view predicate) {
  for (const PredicateInfo& info : kPredicates) {
    if (info.predicate == predicate) return &info;
  }
  return nullptr;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// "YYYY-MM-DD" of the last day of the month of `date` (a valid ISO date).
std::string MonthEnd(std::string_view date) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int year = std::stoi(std::string(date.substr(0, 4)));
  const int month = std::stoi(std::string(date.substr(5, 2)));
  int days = kDays[(month - 1) % 12];
  if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) days = 29;
  return std::string(date.substr(0, 8)) + (days < 10 ? "0" : "") + std::to_string(days);
}

bool IsIsoDay(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  return date.substr(5, 2) >= "01" && date.substr(5, 2) <= "12";
}

std::string WithPeriod(std::string words, const Claim& claim) {
  const std::string period = DescribePeriod(claim.from, claim.to);
  if (!period.empty()) words += " (" + period + ")";
  if (claim.denied) words = "denied: " + words;
  return words;
}

// The grouping key of a claim: everything but its supports.
using ClaimKey =
    std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, bool>;

ClaimKey KeyOf(const Claim& claim) {
  const std::string object =
      claim.object_is_entity() ? "@" + claim.object_entity.id : internal::FoldKey(claim.object);
  return {
      claim.subject.id,        claim.predicate,       object,      internal::FoldKey(claim.role),
      claim.from.value_or(""), claim.to.value_or(""), claim.denied};
}

}  // namespace

ClaimTopic TopicOf(std::string_view predicate) {
  const PredicateInfo* info = InfoOf(predicate);
  return info == nullptr ? ClaimTopic::kOther : info->topic;
}

std::string_view TopicName(ClaimTopic topic) {
  switch (topic) {
    case ClaimTopic::kBirth:
      return "birth";
    case ClaimTopic::kDeath:
      return "death";
    case ClaimTopic::kEducation:
      return "education";
    case ClaimTopic::kPosition:
      return "positions";
    case ClaimTopic::kResidence:
      return "residence";
    case ClaimTopic::kFamily:
      return "family";
    case ClaimTopic::kOwnership:
      return "ownership";
    case ClaimTopic::kMembership:
      return "membership";
    case ClaimTopic::kAssociation:
      return "associates";
    case ClaimTopic::kOther:
      return "other";
  }
  return "other";
}

RelationKind RelationKindOf(std::string_view predicate) {
  const PredicateInfo* info = InfoOf(predicate);
  return info == nullptr ? RelationKind::kNone : info->relation;
}

std::string_view RelationKindName(RelationKind kind) {
  switch (kind) {
    case RelationKind::kNone:
      return "";
    case RelationKind::kFamily:
      return "family";
    case RelationKind::kOwnership:
      return "ownership";
    case RelationKind::kEmployment:
      return "employment";
    case RelationKind::kMembership:
      return "membership";
    case RelationKind::kAssociate:
      return "associate";
  }
  return "";
}

bool IsSingleValued(std::string_view predicate) {
  return predicate == "born_on" || predicate == "born_in" || predicate == "died_on" ||
         predicate == "died_in";
}

std::vector<Claim> CollectClaims(const CorpusIndex& index) {
  const Corpus& corpus = index.corpus();
  std::vector<Claim> claims;
  std::map<ClaimKey, size_t> by_key;
  for (int s = 0; s < static_cast<int>(corpus.sources.size()); ++s) {
    const CorpusSource& source = corpus.sources[s];
    for (const Fact& fact : source.extraction.facts) {
      if (IsDuplicatePassage(source, fact.passage)) continue;
      Claim claim;
      claim.subject = index.Resolve(s, fact.subject);
      if (claim.subject.id.empty()) continue;  // a fact about no known entity
      claim.predicate = fact.predicate;
      if (fact.object_is_entity) {
        claim.object_entity = index.Resolve(s, fact.object);
        if (claim.object_entity.id.empty()) continue;
        claim.object = claim.object_entity.name;
      } else {
        claim.object = fact.object;
      }
      claim.role = fact.role;
      claim.from = fact.from;
      claim.to = fact.to;
      claim.denied = fact.denied;
      Support support{index.Resolve(s, fact.according_to),
                      CiteSpan(corpus, s, fact.passage, fact.evidence)};
      auto [it, inserted] = by_key.emplace(KeyOf(claim), claims.size());
      if (inserted) {
        claim.support.push_back(std::move(support));
        claims.push_back(std::move(claim));
        continue;
      }
      std::vector<Support>& supports = claims[it->second].support;
      const bool known = std::any_of(supports.begin(), supports.end(), [&](const Support& s2) {
        return s2.citation == support.citation && s2.according_to == support.according_to;
      });
      if (!known) supports.push_back(std::move(support));
    }
  }
  return claims;
}

std::string DescribeClaim(const Claim& claim) {
  const PredicateInfo* info = InfoOf(claim.predicate);
  std::string words;
  const bool dated = claim.predicate == "born_on" || claim.predicate == "died_on";
  if (claim.predicate == "position" && !claim.role.empty()) {
    words = claim.role + " of " + claim.object;
  } else if (dated && !IsIsoDay(claim.object)) {
    // A year or a month is not a day: "born in 1967", not "born on 1967".
    words = std::string(claim.predicate == "born_on" ? "born in " : "died in ") + claim.object;
  } else if (info != nullptr) {
    words = std::string(info->forward) + " " + claim.object;
  } else {
    words = claim.predicate + " " + claim.object;
  }
  return WithPeriod(std::move(words), claim);
}

std::string DescribeClaimFromObject(const Claim& claim) {
  const PredicateInfo* info = InfoOf(claim.predicate);
  std::string words;
  if (claim.predicate == "position" && !claim.role.empty()) {
    words = claim.role + ": " + claim.subject.name;
  } else if (info != nullptr && !info->inverse.empty()) {
    words = std::string(info->inverse) + " " + claim.subject.name;
  } else {
    words = claim.predicate + " (subject) " + claim.subject.name;
  }
  return WithPeriod(std::move(words), claim);
}

std::string DescribePeriod(const std::optional<std::string>& from,
                           const std::optional<std::string>& to) {
  if (from && to && IsIsoDay(*from) && IsIsoDay(*to)) {
    if (EndsWith(*from, "-01-01") && EndsWith(*to, "-12-31")) {
      const std::string first = from->substr(0, 4), last = to->substr(0, 4);
      return first == last ? first : first + "–" + last;
    }
    if (EndsWith(*from, "-01") && from->substr(0, 7) == to->substr(0, 7) && *to == MonthEnd(*to)) {
      return from->substr(0, 7);
    }
    return *from == *to ? *from : *from + "–" + *to;
  }
  auto shorten_from = [](const std::string& date) {
    return IsIsoDay(date) && EndsWith(date, "-01-01") ? date.substr(0, 4) : date;
  };
  auto shorten_to = [](const std::string& date) {
    return IsIsoDay(date) && EndsWith(date, "-12-31") ? date.substr(0, 4) : date;
  };
  if (from && to) return shorten_from(*from) + "–" + shorten_to(*to);
  if (from) return "since " + shorten_from(*from);
  if (to) return "until " + shorten_to(*to);
  return "";
}

std::string DescribeSupporter(const Corpus& corpus, const Support& support) {
  if (!support.according_to.id.empty()) return support.according_to.name;
  const int source = support.citation.source;
  if (source < 0 || source >= static_cast<int>(corpus.sources.size())) return "the text";
  const CorpusSource& from = corpus.sources[source];
  return "the text of " + (from.title.empty() ? from.path : from.title);
}

}  // namespace dossier
