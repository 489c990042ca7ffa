// English prose patterns for role phrases: positions ("General Director of
// X", "X, the former mayor of Almaty", "was appointed/resigned as"), titles
// before names ("President X", "Kaspi Bank chairman X") and the founding,
// ownership, membership, employment and association a role word states
// ("founder and owner of Y", "a close associate of X"). Verbs about
// organizations are in fact_organizations_en.cc.
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {

bool IsCopula(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "is",       "was",       "are",         "were",      "became",  "becomes",  "become",
      "as",       "named",     "appointed",   "elected",   "remains", "remained", "been",
      "served",   "serves",    "works",       "worked",    "acted",   "acts",     "nominated",
      "promoted", "installed", "reappointed", "re-elected"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

namespace {

// How a copula or verb before a role dates it: "was appointed/became
// director in 2010" starts it, "resigned as director in 2010" ends it.
TimeUse UseOfCopula(const SentenceMatcher& m, int k) {
  static constexpr std::string_view kStart[] = {
      "became", "become", "becomes", "named", "appointed", "elected", "promoted", "installed",
      "reappointed", "re-elected", "nominated", "hired", "sent", "posted",
      // Nominalizations: "his appointment as ambassador in 2011".
      "appointment", "election", "nomination", "promotion"};
  static constexpr std::string_view kEnd[] = {
      "resigned", "resigns",  "stepped",     "steps",     "retired", "quit",
      "quits",    "left",     "leaves",      "ousted",    "removed", "dismissed",
      "fired",    "replaced", "resignation", "dismissal", "removal"};
  auto in = [](std::string_view w, const auto& list) {
    for (std::string_view x : list) {
      if (x == w) return true;
    }
    return false;
  };
  if (in(m.Word(k), kStart)) return TimeUse::kStart;
  if (m.IsWord(k, "as")) {
    int v = k - 1;
    if (m.IsWord(v, "down")) --v;
    if (in(m.Word(v), kEnd)) return TimeUse::kEnd;
    if (m.IsAnyWord(v, {"abroad", "back"})) --v;  // "sent abroad as"
    if (in(m.Word(v), kStart)) return TimeUse::kStart;
  }
  return TimeUse::kDuring;
}

bool IsPluralHead(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "members", "heads",     "leaders",   "directors",  "chairmen", "founders", "co-founders",
      "owners",  "co-owners", "employees", "associates", "allies",   "partners", "shareholders"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

// Words before a role that make it no position held: "running for
// president", "the next president", "a potential director".
bool IsIrrealisBefore(const SentenceMatcher& m, int k) {
  static constexpr std::string_view kWords[] = {"next",     "future",      "potential",
                                                "would-be", "prospective", "possible",
                                                "likely",   "presumptive", "aspiring"};
  static constexpr std::string_view kRunning[] = {
      "run",  "running", "runs",  "ran",    "candidate", "candidates", "bid",        "campaign",
      "race", "vote",    "voted", "voting", "nominee",   "nomination", "campaigning"};
  const std::string_view w = m.Word(k);
  for (std::string_view x : kWords) {
    if (x == w) return true;
  }
  if (w != "for") return false;
  for (std::string_view x : kRunning) {
    if (x == m.Word(k - 1)) return true;
  }
  return false;
}

// Words between a possessive or article and a role head that do not change
// who holds it: "the [then] head", "[long-time] partner".
bool IsFiller(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

// The holder named right before a role that starts at `start`: "NAME, the
// ROLE", "NAME (ROLE", "NAME – ROLE"; -1 when none.
int HolderBefore(const SentenceMatcher& m, int start) {
  int k = start - 1;
  while (k >= 0 && (IsFiller(m.Word(k)) || m.IsQuoteMark(k))) --k;
  if (!(m.IsPunct(k, ",") || m.IsPunct(k, "(") || m.IsDash(k))) return -1;
  const bool comma = m.IsPunct(k, ",");
  --k;
  // "X (born 21 August 1955), a senior member of Y": a parenthesis after the name.
  if (comma && m.IsPunct(k, ")")) {
    int open = k - 1;
    while (open >= 0 && open > k - 16 && !m.IsPunct(open, "(") && !m.IsPunct(open, ")")) --open;
    if (open < 0 || !m.IsPunct(open, "(")) return -1;
    k = open - 1;
  }
  while (k >= 0 && m.IsQuoteMark(k)) --k;
  if (!m.IsEntity(k) || m.unit(k).possessive) return -1;
  // "ROLE of ORG NAME, ROLE of ...": a name closing an earlier item is no holder.
  // (The sentence's first word is capitalized anyway: "But X, head of ...".)
  if (m.IsQuoteMark(k - 1) || m.IsEntity(k - 1) || (k > 1 && m.unit(k - 1).capitalized)) return -1;
  const int e = m.ResolvePerson(k);
  return m.SubjectAllowed(e, SubjectPolicy::kPerson) ? e : -1;
}

// The holder named right after a role and its object: "ROLE of ORG, NAME" or
// (with `adjacent`, only) "ROLE of ORG NAME"; -1 when none.
int HolderAfter(const SentenceMatcher& m, int end, bool adjacent) {
  int k = m.SkipQuoteMarks(end);
  if (m.IsPunct(k, ",")) {
    if (adjacent) return -1;
    ++k;
  }
  if (!m.IsEntity(k) || m.unit(k).reference) return -1;
  const int e = m.unit(k).entity;
  return m.context().entity(e).type == EntityType::kPerson ? e : -1;
}

struct RoleWithObject {
  RolePhrase role;
  std::vector<FactObject> objects;  // what the role is of; may be empty
  int end = 0;                      // one past the object phrase
  // "partner at Hogan & Hartson": an associate word at a firm states employment.
  bool employment = false;
  // "RBF's chairwoman", "CIA Deputy Director": the unit of the organization
  // named before the role, which the role is of; -1 when none.
  int possessor = -1;
  // "was appointed deputy finance minister": a minister of no country the
  // sentence names, whose office is the holder's country's (or the ministry).
  bool needs_country = false;
};

// "ROLE of ORG" / "ROLE at ORG" at unit i; a role with no object when no
// "of"/"at" follows. "Creator of the first stations – A and B": the list
// after the dash.
// The one country a sentence names (a location entity or a nationality
// word); nullopt when it names two or none (the document's main country is
// no safe guess: "ambassador to Hungary. ... appointed deputy minister").
std::optional<FactObject> SentenceCountry(const SentenceMatcher& m) {
  const FactContext& context = m.context();
  std::string_view country;
  int entity = -1;
  for (int u = 0; u < m.size(); ++u) {
    std::string_view named = CountryNamed(m.Word(u));
    int e = -1;
    if (m.IsEntity(u) && !m.unit(u).reference) {
      e = m.unit(u).entity;
      if (context.entity(e).type != EntityType::kPerson) {
        named = CountryNamed(AsciiLower(context.entity(e).name));
      }
    }
    if (named.empty()) continue;
    if (!country.empty() && named != country) return std::nullopt;
    country = named;
    if (e >= 0 && context.entity(e).type == EntityType::kLocation &&
        !IsNationalityAdjective(AsciiLower(context.entity(e).name))) {
      entity = e;
    }
  }
  if (entity >= 0) return EntityObject(context, entity);
  if (!country.empty()) return FactObject{std::string(country), false, -1};
  return std::nullopt;
}

// The country of a holder's office when the sentence names none: the one
// the document already made the holder a citizen of ("In 2004, Seitov was
// sent abroad as the Kazakh ambassador. ... he was appointed deputy finance
// minister"); nullopt when none is known.
std::optional<FactObject> HolderCountry(const SentenceMatcher& m, int holder) {
  const std::string& id = m.context().entity(holder).id;
  for (size_t k = m.found_count(); k-- > 0;) {
    const Fact& f = m.found(k).fact;
    if (f.subject != id || f.predicate != "citizen_of" || f.denied) continue;
    FactObject object{f.object, f.object_is_entity, -1};
    for (int e = 0; object.is_entity && e < m.context().entity_count(); ++e) {
      if (m.context().entity(e).id == f.object) object.entity = e;
    }
    return object;
  }
  return std::nullopt;
}

// The ministry a minister's field names ("deputy finance minister":
// "Ministry of Finance"; "foreign minister": "Ministry of Foreign
// Affairs"); nullopt for a minister of no field.
std::optional<FactObject> MinistryOf(const SentenceMatcher& m, const RolePhrase& role) {
  for (int k = role.begin; k < role.heads.back(); ++k) {
    const std::string_view w = m.Word(k);
    std::string field;
    if (w == "foreign") field = "Foreign Affairs";
    if (w == "finance" || w == "defense" || w == "defence" || w == "interior" || w == "justice") {
      field = std::string(w);
      field[0] = static_cast<char>(field[0] - 'a' + 'A');
    }
    if (!field.empty()) return FactObject{"Ministry of " + field, false, -1};
  }
  return std::nullopt;
}

std::optional<RoleWithObject> RoleAt(const SentenceMatcher& m, int i) {
  auto role = MatchRolePhrase(m, i);
  if (!role) return std::nullopt;
  RoleWithObject out{*role, {}, role->end};
  const int prep = role->end;
  const std::string_view head = m.Word(role->heads.back());
  if ((head == "ambassador" || head == "envoy") && m.IsWord(prep, "to")) {
    // "ambassador to Hungary": the post is the country served in.
    auto [b, e] = m.Phrase(prep + 1);
    if (auto place = m.ObjectOf(b, e, ObjectPolicy::kPlace)) out.objects.push_back(*place);
    out.end = e;
    return out;
  }
  if (!m.IsAnyWord(prep, {"of", "at", "in", "for"})) {
    // "US Airways' CEO", "RBF's chairwoman", "appointed CIA Deputy
    // Director": the organization right before the role.
    int k = role->start - 1;
    if (m.IsEntity(k) && !m.unit(k).reference &&
        m.context().entity(m.unit(k).entity).type == EntityType::kOrganization) {
      out.objects.push_back(EntityObject(m.context(), m.unit(k).entity));
      out.possessor = k;
      return out;
    }
    // "was appointed deputy finance minister": a government's office, of
    // the country the sentence names, else the holder's (EmitRoleChain).
    if (head == "minister") {
      if (auto country = SentenceCountry(m)) {
        out.objects.push_back(*country);
      } else {
        out.needs_country = true;
      }
    }
    return out;
  }
  if (m.IsWord(prep, "in") && m.Word(role->heads.back()) != "member") return out;
  // "a midfielder for FC Kairat": a member's team or band after "for".
  if (m.IsWord(prep, "for")) {
    // ("a defender for Premier League side Leicester City": the team after its noun.)
    const int at = m.SkipDeterminers(prep + 1);
    const int team = GroupAt(m, at);
    if (RoleHead(head) == RoleKind::kMember && team >= 0) {
      out.objects.push_back(EntityObject(m.context(), team));
      out.end = at + 1;
    }
    return out;
  }
  auto [b, e] = m.Phrase(prep + 1);
  const bool associate = RoleHead(m.Word(role->heads.back())) == RoleKind::kAssociate;
  if (associate && !m.IsWord(prep, "of")) {
    // "a partner at Hogan & Hartson": employment by a named firm, nothing else.
    auto object = m.ObjectOf(b, e, ObjectPolicy::kOrganization);
    if (object && object->is_entity &&
        m.context().entity(object->entity).type != EntityType::kLocation &&
        m.context().entity(object->entity).type != EntityType::kPerson) {
      out.objects.push_back(*object);
      out.employment = true;
    }
    out.end = e;
    return out;
  }
  const ObjectPolicy policy = associate ? ObjectPolicy::kPerson : ObjectPolicy::kOrganization;
  if (policy == ObjectPolicy::kPerson) {
    for (int entity : m.EntityList(b)) out.objects.push_back(EntityObject(m.context(), entity));
  }
  if (out.objects.empty()) {
    // "the former secretary of State": the title's own "of", no organization.
    auto object = m.ObjectOf(b, e, policy);
    // "a professor of history at Jeonju University": a field, then where.
    if (!object && policy == ObjectPolicy::kOrganization && m.IsWord(e, "at") &&
        RoleHead(head) == RoleKind::kPosition) {
      const int at = m.SkipDeterminers(e + 1);
      if (m.IsEntity(at) && !m.unit(at).reference &&
          m.context().entity(m.unit(at).entity).type == EntityType::kOrganization) {
        object = EntityObject(m.context(), m.unit(at).entity);
        e = at + 1;
      }
    }
    if (object && !object->is_entity &&
        (AsciiLower(object->value) == "state" || AsciiLower(object->value).starts_with("state "))) {
      object.reset();
    }
    if (object) out.objects.push_back(*object);
    // "a member of the Academy (since 2008) and of the Society": a second
    // body joined by "and (of)".
    if (object && object->is_entity && RoleHead(head) == RoleKind::kMember) {
      int k = e;
      if (m.IsPunct(k, "(")) {
        while (k < m.size() && k < e + 8 && !m.IsPunct(k, ")")) ++k;
        ++k;
      }
      if (m.IsWord(k, "and")) {
        if (m.IsWord(k + 1, "of")) ++k;
        const int second = m.SkipDeterminers(k + 1);
        if (m.IsEntity(second) && !m.unit(second).reference && !m.unit(second).possessive &&
            m.context().entity(m.unit(second).entity).type == EntityType::kOrganization) {
          out.objects.push_back(EntityObject(m.context(), m.unit(second).entity));
          e = second + 1;
        }
      }
    }
  }
  out.end = e;
  if (out.objects.empty() && (m.IsDash(e) || m.IsPunct(e, ":"))) {
    for (int entity : m.EntityList(e + 1)) out.objects.push_back(EntityObject(m.context(), entity));
    if (!out.objects.empty()) out.end = e + 1;
  }
  return out;
}

void FindRolePhrases(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    if (w.empty() || !(IsRoleModifier(w) || RoleHead(w))) continue;
    std::string_view prev = m.Word(i - 1);
    if (!prev.empty() && (IsRoleModifier(prev) || RoleHead(prev))) continue;  // inside a phrase
    {
      int k = i - 1;
      while (k >= 0 && IsFiller(m.Word(k))) --k;
      if (IsIrrealisBefore(m, k)) continue;
    }
    if (FindTitleBeforeName(m, i)) continue;
    auto first = RoleAt(m, i);
    if (first && first->objects.empty() && !first->needs_country) {
      int shared_end = first->end;
      if (auto shared = CoordinatedRoleObject(m, first->end, &shared_end)) {
        first->objects.push_back(*shared);
        first->end = shared_end;
      }
    }
    if (!first || (first->objects.empty() && !first->needs_country)) continue;
    // A chain: "the former mayor of A, the akim of B and the Minister of C, NAME".
    std::vector<RoleWithObject> chain = {*first};
    int end = first->end;
    for (;;) {
      int k = end;
      if (!(m.IsPunct(k, ",") || m.IsWord(k, "and"))) break;
      ++k;
      if (m.IsWord(k, "and")) ++k;
      while (IsFiller(m.Word(k))) ++k;
      auto next = RoleAt(m, k);
      if (!next || next->objects.empty()) break;
      chain.push_back(*next);
      end = next->end;
    }
    TimeUse use = TimeUse::kDuring;
    // "RBF's chairwoman": the holder is named before the possessor.
    const int role_start = first->possessor >= 0 ? first->possessor : first->role.start;
    int holder = HolderAfter(m, first->end, /*adjacent=*/true);
    if (holder < 0) holder = HolderBefore(m, role_start);
    int nationality = -1;  // "as the Kazakh ambassador": the unit of the nationality
    if (holder < 0) {
      // "X is [never] a [close] ROLE", "X was appointed ROLE".
      int k = role_start - 1;
      for (int words = 0; k >= 0 && words < 4; --k, ++words) {
        const std::string_view before = m.Word(k);
        // "as the Kazakh ambassador": a nationality is part of the description
        // (a word, or a name the tagger made of it).
        const bool nationality_name =
            m.IsEntity(k) && !m.unit(k).reference &&
            m.context().entity(m.unit(k).entity).type != EntityType::kPerson &&
            IsNationalityAdjective(m.unit(k).lower);
        if ((!before.empty() && m.unit(k).capitalized && IsNationalityAdjective(before)) ||
            nationality_name) {
          nationality = k;
          continue;
        }
        // "X is the daughter of the Y founder": a role after a preposition is no predicate.
        if (before.empty() || m.unit(k).capitalized || IsCopula(before) || IsPreposition(before)) {
          break;
        }
      }
      // "X is a Norwegian civil servant and former CEO of Y".
      if (const int copula = CopulaBeforeCoordinatedNoun(m, role_start); copula >= 0) k = copula;
      if (IsCopula(m.Word(k))) {
        use = UseOfCopula(m, k);
        // "resigned as", "stepped down as", "sent abroad as": the subject is the verb's.
        const int verb = m.IsAnyWord(k - 1, {"down", "abroad", "back"}) ? k - 2 : k - 1;
        holder = m.IsWord(k, "as") && !m.Word(verb).empty() && !m.unit(verb).capitalized
                     ? m.VerbSubject(verb, SubjectPolicy::kPerson)
                     : m.VerbSubject(k, SubjectPolicy::kPerson);
      }
    }
    if (holder < 0) holder = HolderAfter(m, end, /*adjacent=*/false);
    // "The current president of RBF is Stephen Heintz", "the first prime
    // minister of Siam was X": the holder after a copula.
    if (holder < 0 && m.IsAnyWord(end, {"is", "was"}) && IsNamedPerson(m, end + 1) &&
        !m.unit(end + 1).possessive) {
      holder = m.unit(end + 1).entity;
    }
    // "He said members of the Court ...": a plural role is no one subject's.
    if (holder < 0 && i <= 2 && !IsPluralHead(m.Word(first->role.heads.back()))) {
      holder = m.SubjectBefore(i, SubjectPolicy::kPerson);
    }
    if (holder < 0) {
      i = end - 1;
      continue;
    }
    if (first->needs_country) {
      auto office = HolderCountry(m, holder);
      if (!office) office = MinistryOf(m, first->role);
      if (!office) {
        i = end - 1;
        continue;
      }
      chain.front().objects.push_back(*office);
    }
    int time = m.TimeFor(i);
    // "X (born 21 August 1955), a member of Y": a date closed in a
    // parenthesis before the role is the holder's, not the role's.
    for (int k = time + 1; time >= 0 && time < i && k < i; ++k) {
      if (m.IsPunct(k, ")")) time = -1;
    }
    if (nationality >= 0) {
      // "sent abroad as the Kazakh ambassador": the holder's own country.
      m.Emit(nationality, holder, "citizen_of",
             CountryObject(m, CountryNamed(m.unit(nationality).lower), nationality));
    }
    for (const RoleWithObject& link : chain) {
      for (const FactObject& object : link.objects) {
        if (link.employment) {
          m.Emit(i, holder, "employed_by", object, {}, time, TimeUse::kDuring);
        } else {
          EmitRole(m, link.role, holder, object, time, use);
        }
      }
    }
    i = end - 1;
  }
}

}  // namespace

std::optional<RolePhrase> MatchRolePhrase(const SentenceMatcher& m, int i) {
  RolePhrase role;
  role.start = i;
  int j = i;
  while (IsTenseModifier(m.Word(j))) ++j;
  // "ex-premier": the hyphenated prefix stays in the word.
  role.begin = j;
  int last_head = -1;
  while (j < m.size()) {
    std::string_view w = m.Word(j);
    if (w.empty()) break;
    if (RoleHead(w)) {
      last_head = j;
      role.heads.push_back(j);
      ++j;
      // "editor in chief"
      if (m.IsWord(j, "in") && m.IsWord(j + 1, "chief")) j += 2, last_head = j - 1;
      continue;
    }
    if (IsRoleModifier(w) && (j + 1 < m.size()) && !m.Word(j + 1).empty()) {
      ++j;
      continue;
    }
    // "founder and owner", "founder, owner": a second head after a conjunction.
    if ((w == "and" || w == "&") && last_head == j - 1 && RoleHead(m.Word(j + 1))) {
      ++j;
      continue;
    }
    break;
  }
  if (last_head < 0) return std::nullopt;
  // "deputy" and "chief" alone are heads only when nothing follows them as a head.
  role.end = last_head + 1;
  // Keep only heads that end a run: in "general director" the head is "director".
  std::vector<int> heads;
  for (size_t h = 0; h < role.heads.size(); ++h) {
    const int unit = role.heads[h];
    if (unit >= role.end) break;
    // "deputy finance minister": a head that is also a modifier, before
    // modifiers and another head, modifies it.
    bool followed_by_head = h + 1 < role.heads.size() && role.heads[h + 1] < role.end;
    for (int k = unit + 1; followed_by_head && k < role.heads[h + 1]; ++k) {
      followed_by_head = IsRoleModifier(m.Word(unit)) && IsRoleModifier(m.Word(k));
    }
    if (!followed_by_head) heads.push_back(unit);
  }
  role.heads = heads;
  if (role.heads.empty()) return std::nullopt;
  return role;
}

void EmitRole(SentenceMatcher& m, const RolePhrase& role, int holder, const FactObject& object,
              int time_unit, TimeUse use) {
  // The role's name runs from its first word to its last position head.
  int begin = role.begin;
  for (int head : role.heads) {
    const RoleKind kind = *RoleHead(m.Word(head));
    switch (kind) {
      case RoleKind::kPosition: {
        // "advisor of Frederick II": an adviser of a person is tied to them
        // (other heads before a "person" are as often organizations the
        // tagger mistyped: "president of Judicial Watch").
        if (m.IsAnyWord(head, {"adviser", "advisor"}) && object.is_entity &&
            m.context().entity(object.entity).type == EntityType::kPerson) {
          m.Emit(head, holder, "associate_of", object, {}, time_unit, TimeUse::kNone);
          break;
        }
        std::string name = m.TextOf(begin, head + 1);
        if (m.IsWord(head + 1, "in") && m.IsWord(head + 2, "chief")) {
          name = m.TextOf(begin, head + 3);
        }
        if (name.size() > 3 && name.substr(0, 3) == "ex-") name = name.substr(3);
        m.Emit(head, holder, "position", object, name, time_unit, use);
        break;
      }
      case RoleKind::kFounder:
        // "creator of the Peanuts comic strip": a work is created, not founded.
        if (m.IsAnyWord(head, {"creator", "creators"}) && !NamesOrganization(m.context(), object)) {
          break;
        }
        m.Emit(head, holder, "founded", object, {}, time_unit, TimeUse::kStart);
        break;
      case RoleKind::kOwner:
        m.Emit(head, holder, "owns", object, {}, time_unit, TimeUse::kDuring);
        break;
      case RoleKind::kMember:
        m.Emit(head, holder, "member_of", object, {}, time_unit, TimeUse::kDuring);
        break;
      case RoleKind::kEmployee:
        m.Emit(head, holder, "employed_by", object, {}, time_unit, TimeUse::kDuring);
        break;
      case RoleKind::kAssociate:
        m.Emit(head, holder, "associate_of", object, {}, time_unit, TimeUse::kNone);
        break;
    }
    begin = head + 1;
    while (begin < m.size() && (m.IsWord(begin, "and") || m.IsPunct(begin, ","))) ++begin;
  }
}

void FindRoleFacts(SentenceMatcher& m) {
  const size_t first = m.found_count();
  FindRolePhrases(m);
  FindOrganizationFacts(m);
  FindPartyMembership(m);
  FindCareers(m);
  FindContactClauses(m);
  FindMonarchs(m);
  FindCitizenshipByOffice(m, first);
}

}  // namespace dossier::internal
