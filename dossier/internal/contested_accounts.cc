#include "dossier/internal/contested_accounts.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "base/ascii.h"
#include "dossier/internal/fold.h"

namespace dossier::internal {
namespace {

bool IsLinkPredicate(std::string_view predicate) {
  return predicate == "owns" || predicate == "founded" || predicate == "position" ||
         predicate == "employed_by" || predicate == "member_of" || predicate == "associate_of";
}

bool IsOwnershipPredicate(std::string_view predicate) {
  return predicate == "owns" || predicate == "founded";
}

bool SameObject(const Claim& a, const Claim& b) {
  if (a.object_is_entity() && b.object_is_entity() && a.object_entity.id == b.object_entity.id) {
    return true;
  }
  const std::string folded = FoldKey(a.object);
  return !folded.empty() && folded == FoldKey(b.object);
}

// An inclusive range of years; 0 and 9999 stand for open ends.
struct Years {
  int from = 0;
  int to = 9999;
};

std::optional<int> YearOf(const std::optional<std::string>& date) {
  if (!date || date->size() < 4) return std::nullopt;
  for (int i = 0; i < 4; ++i) {
    if ((*date)[i] < '0' || (*date)[i] > '9') return std::nullopt;
  }
  return std::stoi(date->substr(0, 4));
}

// The years a dated time names; nullopt for durations and undated ones.
std::optional<Years> YearsOf(const TimeMention& time) {
  if (time.kind != TimeKind::kDate) return std::nullopt;
  const std::optional<int> from = YearOf(time.from), to = YearOf(time.to);
  if (!from && !to) return std::nullopt;
  return Years{from.value_or(0), to.value_or(9999)};
}

std::string DescribeYears(const Years& years) {
  if (years.from == 0) return "until " + std::to_string(years.to);
  if (years.to == 9999) return "since " + std::to_string(years.from);
  if (years.from == years.to) return std::to_string(years.from);
  return std::to_string(years.from) + "–" + std::to_string(years.to);
}

bool Inside(Span inner, Span outer) { return outer.start <= inner.start && inner.end <= outer.end; }

const CorpusSource* SourceOf(const Corpus& corpus, const Citation& citation) {
  if (citation.source < 0 || citation.source >= static_cast<int>(corpus.sources.size())) {
    return nullptr;
  }
  return &corpus.sources[citation.source];
}

// The years named by dated times inside the citation: from the earliest
// start to the latest end; nullopt when none.
std::optional<Years> YearsInside(const Corpus& corpus, const Citation& citation) {
  const CorpusSource* source = SourceOf(corpus, citation);
  if (source == nullptr) return std::nullopt;
  std::optional<Years> all;
  for (const TimeMention& time : source->extraction.times) {
    if (!Inside(time.span, citation.span)) continue;
    const std::optional<Years> years = YearsOf(time);
    if (!years) continue;
    if (!all) {
      all = years;
    } else {
      all->from = std::min(all->from, years->from);
      all->to = std::max(all->to, years->to);
    }
  }
  return all;
}

bool Overlap(const Years& a, const Years& b) { return a.from <= b.to && b.from <= a.to; }

// The entities named or referred to inside the citation.
std::vector<EntityRef> EntitiesInside(const CorpusIndex& index, const Citation& citation) {
  std::vector<EntityRef> refs;
  const CorpusSource* source = SourceOf(index.corpus(), citation);
  if (source == nullptr) return refs;
  for (const Entity& entity : source->extraction.entities) {
    auto inside = [&](const EntityMention& mention) { return Inside(mention.span, citation.span); };
    if (std::any_of(entity.mentions.begin(), entity.mentions.end(), inside) ||
        std::any_of(entity.references.begin(), entity.references.end(), inside)) {
      EntityRef ref = index.Resolve(citation.source, entity.id);
      if (!ref.id.empty()) refs.push_back(std::move(ref));
    }
  }
  return refs;
}

// People and organizations tie two accounts to one matter; places
// ("Kazakhstan", "Almaty") are named by nearly every account of a region.
bool Specific(const EntityRef& ref) {
  return ref.type == EntityType::kPerson || ref.type == EntityType::kOrganization;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Phrases that say an account is wrong. Whole words; a trailing '*' matches
// any ending ("fabricat*": fabricated, fabrication).
constexpr std::string_view kContradictionCues[] = {
    "not true",    "untrue",         "false",          "falsely",    "a lie",    "lies",
    "lying",       "lied",           "slander*",       "fabricat*",  "baseless", "groundless",
    "contrary to", "did not happen", "never happened", "invent*",    "denies",   "denied",
    "deny",        "refute*",        "nonsense",       "misleading", "distort*", "not correspond",
};

// One side being assembled: its statements keyed by citation, so that each
// passage is cited once.
struct SideBuilder {
  std::string position;
  std::vector<DisputeStatement> statements;

  void Add(DisputeStatement statement) {
    for (const DisputeStatement& known : statements) {
      if (known.citation.source == statement.citation.source &&
          Inside(statement.citation.span, known.citation.span)) {
        return;  // already cited, or inside a cited passage of this side
      }
    }
    // A wider citation replaces those it contains.
    std::erase_if(statements, [&](const DisputeStatement& known) {
      return known.citation.source == statement.citation.source &&
             Inside(known.citation.span, statement.citation.span);
    });
    statements.push_back(std::move(statement));
  }

  DisputeSide Build() && {
    std::stable_sort(statements.begin(), statements.end(),
                     [](const DisputeStatement& a, const DisputeStatement& b) {
                       return std::make_pair(a.citation.source, a.citation.span.start) <
                              std::make_pair(b.citation.source, b.citation.span.start);
                     });
    return {std::move(position), std::move(statements)};
  }
};

// A party disputing A's account: a speaker, or the text of one source.
struct Party {
  EntityRef who;    // empty id: the text
  int source = -1;  // for the text: the source it is the text of
  std::vector<std::pair<const Claim*, const Support*>> denials;
  std::vector<const Statement*> quotes;  // its quotations naming A
};

// The account of A under dispute, with its parties in order of appearance.
struct Contest {
  EntityRef account_of;
  std::vector<Party> parties;
};

Party* PartyFor(Contest* contest, const Support& support) {
  const std::string& id = support.according_to.id;
  for (Party& party : contest->parties) {
    if (id.empty() ? party.who.id.empty() && party.source == support.citation.source
                   : party.who.id == id) {
      return &party;
    }
  }
  Party party;
  party.who = support.according_to;
  if (id.empty()) party.source = support.citation.source;
  contest->parties.push_back(std::move(party));
  return &contest->parties.back();
}

bool Mentions(const Statement& statement, const std::string& id) {
  return std::any_of(statement.mentioned.begin(), statement.mentioned.end(),
                     [&](const EntityRef& ref) { return ref.id == id; });
}

bool SharesSource(const Statement& statement, const std::set<int>& sources) {
  return std::any_of(statement.citations.begin(), statement.citations.end(),
                     [&](const Citation& c) { return sources.count(c.source) > 0; });
}

DisputeStatement StatementAt(const Corpus& corpus, const EntityRef& who_ref, std::string who,
                             const Citation& citation) {
  return {who_ref, std::move(who), WhenOf(corpus, citation), citation};
}

void AddId(const std::string& id, std::vector<std::string>* ids) {
  if (!id.empty() && std::find(ids->begin(), ids->end(), id) == ids->end()) ids->push_back(id);
}

// Builds the dispute of one contest, or nothing when A's own account is not
// found.
std::optional<Dispute> BuildDispute(const CorpusIndex& index, const std::vector<Claim>& claims,
                                    const std::vector<Statement>& statements,
                                    const Contest& contest) {
  const Corpus& corpus = index.corpus();
  const std::string& a = contest.account_of.id;

  // What the disputing side names, and the years it speaks of.
  std::map<std::string, std::string> named;  // corpus id -> name of a person or organization
  std::optional<Years> years;
  std::set<int> sources;
  bool denies_words = false;  // some party denies A's account as such (`claims`)
  auto add_years = [&](const Citation& citation) {
    if (const std::optional<Years> inside = YearsInside(corpus, citation)) {
      if (!years) {
        years = inside;
      } else {
        years->from = std::min(years->from, inside->from);
        years->to = std::max(years->to, inside->to);
      }
    }
  };
  auto add_named = [&](const std::vector<EntityRef>& refs) {
    for (const EntityRef& ref : refs) {
      if (ref.id != a && Specific(ref)) named.emplace(ref.id, ref.name);
    }
  };
  for (const Party& party : contest.parties) {
    add_named({party.who});
    for (const auto& [claim, support] : party.denials) {
      denies_words |= claim->predicate == "claims";
      if (claim->object_is_entity()) add_named({claim->object_entity});
      add_named(EntitiesInside(index, support->citation));
      add_years(support->citation);
      sources.insert(support->citation.source);
    }
    for (const Statement* quote : party.quotes) {
      add_named(quote->mentioned);
      for (const Citation& citation : quote->citations) add_years(citation);
    }
  }
  auto about_matter = [&](const std::set<std::string>& ids, const std::optional<Years>& when) {
    const bool shares = std::any_of(ids.begin(), ids.end(),
                                    [&](const std::string& id) { return named.count(id) > 0; });
    return shares && (!years || !when || Overlap(*years, *when));
  };

  // A's own account: its quotations and its claims about what the other side
  // names, in the period it speaks of.
  SideBuilder own;
  own.position = contest.account_of.name + "'s account";
  std::map<std::string, int> shared;  // named entities A's account speaks of, by count
  auto note_shared = [&](const std::set<std::string>& ids) {
    for (const std::string& id : ids) {
      if (named.count(id) > 0) ++shared[id];
    }
  };
  std::vector<const Statement*> own_quotes;
  for (const Statement& statement : statements) {
    if (statement.speaker.id != a) continue;
    std::set<std::string> ids;
    for (const EntityRef& ref : statement.mentioned) ids.insert(ref.id);
    std::optional<Years> when;
    for (const Citation& citation : statement.citations) {
      const std::optional<Years> inside = YearsInside(corpus, citation);
      if (inside && !when) when = inside;
      if (inside && when) {
        when->from = std::min(when->from, inside->from);
        when->to = std::max(when->to, inside->to);
      }
    }
    if (!about_matter(ids, when)) continue;
    note_shared(ids);
    own_quotes.push_back(&statement);
  }
  for (const Claim& claim : claims) {
    if (claim.denied) continue;
    std::set<std::string> ids;
    if (claim.subject.id != a) ids.insert(claim.subject.id);
    if (claim.object_is_entity() && claim.object_entity.id != a) ids.insert(claim.object_entity.id);
    const std::optional<int> from = YearOf(claim.from), to = YearOf(claim.to);
    std::optional<Years> when;
    if (from || to) when = Years{from.value_or(0), to.value_or(9999)};
    if (!about_matter(ids, when)) continue;
    for (const Support& support : claim.support) {
      if (support.according_to.id != a) continue;
      note_shared(ids);
      own.Add(
          StatementAt(corpus, support.according_to, support.according_to.name, support.citation));
    }
  }
  if (own_quotes.empty() && own.statements.empty() && denies_words) {
    // The denial is of A's words as such: A's quotations in the sources
    // denying them are the account.
    for (const Statement& statement : statements) {
      if (statement.speaker.id == a && SharesSource(statement, sources)) {
        own_quotes.push_back(&statement);
      }
    }
  }
  for (const Statement* quote : own_quotes) {
    for (const Citation& citation : quote->citations) {
      own.Add(StatementAt(corpus, quote->speaker, quote->speaker.name, citation));
    }
  }
  if (own.statements.empty()) return std::nullopt;

  Dispute dispute;
  dispute.kind = DisputeKind::kContestedAccount;
  dispute.matter = "the account of " + contest.account_of.name;
  std::vector<std::pair<int, std::string>> by_count;
  for (const auto& [id, count] : shared) by_count.push_back({-count, named[id]});
  std::sort(by_count.begin(), by_count.end());
  for (size_t i = 0; i < by_count.size() && i < 3; ++i) {
    dispute.matter += (i == 0 ? " on " : ", ") + by_count[i].second;
  }
  AddId(a, &dispute.entity_ids);
  dispute.sides.push_back(std::move(own).Build());

  for (const Party& party : contest.parties) {
    SideBuilder side;
    const std::string who =
        party.who.id.empty()
            ? DescribeSupporter(corpus, Support{{}, party.denials.front().second->citation})
            : party.who.name;
    side.position = "disputed by " + who;
    std::vector<std::string> denied;
    for (const auto& [claim, support] : party.denials) {
      const std::string words = DescribeClaim(*claim);
      if (std::find(denied.begin(), denied.end(), words) == denied.end()) denied.push_back(words);
      side.Add(StatementAt(corpus, support->according_to, who, support->citation));
      if (claim->object_is_entity()) AddId(claim->object_entity.id, &dispute.entity_ids);
    }
    for (size_t i = 0; i < denied.size(); ++i) side.position += (i == 0 ? ": " : "; ") + denied[i];
    for (const Statement* quote : party.quotes) {
      for (const Citation& citation : quote->citations) {
        side.Add(StatementAt(corpus, quote->speaker, who, citation));
      }
    }
    AddId(party.who.id, &dispute.entity_ids);
    dispute.sides.push_back(std::move(side).Build());
  }
  return dispute;
}

}  // namespace

bool DeniesClaim(const Claim& denial, const Claim& claim) {
  if (claim.subject.id != denial.subject.id || !SameObject(claim, denial)) return false;
  return claim.predicate == denial.predicate ||
         (IsOwnershipPredicate(claim.predicate) && IsOwnershipPredicate(denial.predicate)) ||
         (denial.predicate == "associate_of" && IsLinkPredicate(claim.predicate));
}

std::string WhenOf(const Corpus& corpus, const Citation& citation) {
  const CorpusSource* source = SourceOf(corpus, citation);
  if (source == nullptr) return citation.published;
  if (!source->published.empty()) return source->published;
  if (const std::optional<Years> inside = YearsInside(corpus, citation)) {
    // The first dated time inside speaks for the statement.
    for (const TimeMention& time : source->extraction.times) {
      if (!Inside(time.span, citation.span)) continue;
      if (const std::optional<Years> years = YearsOf(time)) return DescribeYears(*years);
    }
  }
  // Else the last dated time before it, in its passage or the one before.
  const std::vector<Passage>& passages = source->document.passages;
  uint32_t from = 0;
  if (citation.passage >= 0 && citation.passage < static_cast<int>(passages.size())) {
    int first = citation.passage;
    if (first > 0 && !IsDuplicatePassage(*source, first - 1)) --first;
    from = passages[first].span.start;
  }
  std::optional<Years> last;
  uint32_t last_start = 0;
  for (const TimeMention& time : source->extraction.times) {
    if (time.span.start < from || time.span.end > citation.span.start) continue;
    const std::optional<Years> years = YearsOf(time);
    if (years && (!last || time.span.start >= last_start)) {
      last = years;
      last_start = time.span.start;
    }
  }
  return last ? DescribeYears(*last) : "";
}

bool HasContradictionCue(std::string_view text) {
  const std::string lower = AsciiLower(text);
  for (std::string_view cue : kContradictionCues) {
    const bool prefix = cue.back() == '*';
    if (prefix) cue.remove_suffix(1);
    for (size_t at = lower.find(cue); at != std::string::npos; at = lower.find(cue, at + 1)) {
      const size_t end = at + cue.size();
      if (at > 0 && IsWordByte(lower[at - 1])) continue;
      if (!prefix && end < lower.size() && IsWordByte(lower[end])) continue;
      return true;
    }
  }
  return false;
}

void FindContestedAccounts(const CorpusIndex& index, const std::vector<Claim>& claims,
                           const std::vector<Statement>& statements, std::vector<Dispute>* out) {
  std::vector<Contest> contests;
  auto contest_of = [&](const EntityRef& a) -> Contest* {
    for (Contest& contest : contests) {
      if (contest.account_of.id == a.id) return &contest;
    }
    contests.push_back({a, {}});
    return &contests.back();
  };
  for (const Claim& denial : claims) {
    if (!denial.denied) continue;
    const bool answered = std::any_of(claims.begin(), claims.end(), [&](const Claim& claim) {
      return !claim.denied && DeniesClaim(denial, claim);
    });
    if (answered) continue;  // "claim and denial" sets them side by side
    for (const Support& support : denial.support) {
      // A speaker denying something about themselves contests nobody's account.
      if (support.according_to.id == denial.subject.id) continue;
      Party* party = PartyFor(contest_of(denial.subject), support);
      party->denials.push_back({&denial, &support});
    }
  }
  for (Contest& contest : contests) {
    const std::string& a = contest.account_of.id;
    std::set<int> sources;
    for (const Party& party : contest.parties) {
      for (const auto& [claim, support] : party.denials) sources.insert(support->citation.source);
    }
    // Quotations naming A by the parties where they deny it, and by anyone
    // else who contradicts A in so many words.
    for (const Statement& statement : statements) {
      const std::string& speaker = statement.speaker.id;
      if (speaker.empty() || speaker == a || !Mentions(statement, a)) continue;
      auto party = std::find_if(contest.parties.begin(), contest.parties.end(),
                                [&](const Party& p) { return p.who.id == speaker; });
      if (party != contest.parties.end() && SharesSource(statement, sources)) {
        party->quotes.push_back(&statement);
      } else if (HasContradictionCue(statement.text)) {
        if (party == contest.parties.end()) {
          contest.parties.push_back({statement.speaker, -1, {}, {}});
          party = contest.parties.end() - 1;
        }
        party->quotes.push_back(&statement);
      }
    }
    if (std::optional<Dispute> dispute = BuildDispute(index, claims, statements, contest)) {
      out->push_back(std::move(*dispute));
    }
  }
}

}  // namespace dossier::internal
