// English prose patterns for roles and organizations: positions ("General
// Director of X", "X, the former mayor of Almaty", "headed by"), founding,
// ownership ("owned by X and Y"), membership, employment and associates.
#include <string_view>
#include <vector>

#include "extract/internal/fact_lexicon_en.h"
#include "extract/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

bool IsCopula(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "is",        "was",      "are",       "were",        "became",     "becomes",  "become",
      "as",        "named",    "appointed", "elected",     "remains",    "remained", "been",
      "be",        "served",   "serves",    "works",       "worked",     "acted",    "acts",
      "nominated", "promoted", "installed", "reappointed", "re-elected", "being"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
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
  --k;
  while (k >= 0 && m.IsQuoteMark(k)) --k;
  if (!m.IsEntity(k) || m.unit(k).possessive) return -1;
  // "ROLE of ORG NAME, ROLE of ...": a name closing an earlier item is no holder.
  if (m.IsQuoteMark(k - 1) || m.IsEntity(k - 1) || (k > 0 && m.unit(k - 1).capitalized)) return -1;
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
};

// "ROLE of ORG" / "ROLE at ORG" at unit i; a role with no object when no
// "of"/"at" follows. "Creator of the first stations – A and B": the list
// after the dash.
std::optional<RoleWithObject> RoleAt(const SentenceMatcher& m, int i) {
  auto role = MatchRolePhrase(m, i);
  if (!role) return std::nullopt;
  RoleWithObject out{*role, {}, role->end};
  const int prep = role->end;
  if (!m.IsAnyWord(prep, {"of", "at", "in"})) return out;
  if (m.IsWord(prep, "in") && m.Word(role->heads.back()) != "member") return out;
  auto [b, e] = m.Phrase(prep + 1);
  const ObjectPolicy policy = RoleHead(m.Word(role->heads.back())) == RoleKind::kAssociate
                                  ? ObjectPolicy::kPerson
                                  : ObjectPolicy::kOrganization;
  if (policy == ObjectPolicy::kPerson) {
    for (int entity : m.EntityList(b)) out.objects.push_back(EntityObject(m.context(), entity));
  }
  if (out.objects.empty()) {
    if (auto object = m.ObjectOf(b, e, policy)) out.objects.push_back(*object);
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
    auto first = RoleAt(m, i);
    if (!first || first->objects.empty()) continue;
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
    int holder = HolderAfter(m, first->end, /*adjacent=*/true);
    if (holder < 0) holder = HolderBefore(m, first->role.start);
    if (holder < 0) {
      // "X is [never] a [close] ROLE", "X was appointed ROLE".
      int k = first->role.start - 1;
      for (int words = 0; k >= 0 && words < 4; --k, ++words) {
        const std::string_view before = m.Word(k);
        if (before.empty() || m.unit(k).capitalized || IsCopula(before)) break;
      }
      if (IsCopula(m.Word(k))) holder = m.SubjectBefore(k, SubjectPolicy::kPerson);
    }
    if (holder < 0) holder = HolderAfter(m, end, /*adjacent=*/false);
    if (holder < 0 && i <= 2) holder = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (holder < 0) {
      i = end - 1;
      continue;
    }
    const int time = m.TimeFor(i);
    for (const RoleWithObject& link : chain) {
      for (const FactObject& object : link.objects) EmitRole(m, link.role, holder, object, time);
    }
    i = end - 1;
  }
}

// The entities a passive verb at `verb` is about: "X, owned by", "X was
// founded by", "A, B and C, owned by"; inside "(a company created by Y)" the
// entity before the parenthesis.
std::vector<int> ThingsBefore(const SentenceMatcher& m, int verb) {
  std::vector<int> things;
  int k = verb - 1;
  for (int steps = 0; k >= 0 && steps < 10; --k, ++steps) {
    if (m.IsPunct(k, ";") || m.IsPunct(k, "(") || m.IsPunct(k, ")")) break;
    if (m.IsEntity(k) && !m.unit(k).possessive && !m.unit(k).reference) break;
    if (m.IsAnyWord(k, {"by", "who"})) {
      k = -1;
      break;
    }
  }
  if (k >= 0 && m.IsEntity(k)) {
    // Walk the list leftwards: "Khabar, NTK, Hit FM, Europe Plus".
    for (int j = k; j >= 0 && m.IsEntity(j);) {
      things.insert(things.begin(), m.unit(j).entity);
      int p = j - 1;
      if (m.IsAnyWord(p, {"and"})) --p;
      if (m.IsPunct(p, ",")) --p;
      if (m.IsAnyWord(p, {"and"})) --p;
      if (p == j - 1 || !m.IsEntity(p)) break;
      j = p;
    }
    return things;
  }
  // A generic description in a parenthesis: the entity it explains.
  int open = -1;
  for (int j = verb - 1, depth = 0; j >= 0; --j) {
    if (m.IsPunct(j, ")")) ++depth;
    if (m.IsPunct(j, "(") && depth-- == 0) {
      open = j;
      break;
    }
  }
  if (open > 0) {
    int j = open - 1;
    while (j >= 0 && m.IsQuoteMark(j)) --j;
    if (m.IsEntity(j)) things.push_back(m.unit(j).entity);
  }
  return things;
}

// The agents after "by": persons or organizations.
std::vector<int> AgentsAfter(const SentenceMatcher& m, int by) {
  std::vector<int> agents;
  for (int e : m.EntityList(by + 1)) {
    if (m.context().entity(e).type != EntityType::kLocation) agents.push_back(e);
  }
  if (agents.empty() && m.unit(by + 1 < m.size() ? by + 1 : by).kind == UnitKind::kWord) {
    const int e = m.ResolvePerson(by + 1);
    if (e >= 0) agents.push_back(e);
  }
  return agents;
}

// The verb's "by" within a few words: "created and controlled by".
int ByAfter(const SentenceMatcher& m, int verb) {
  for (int j = verb + 1; j < m.size() && j <= verb + 4; ++j) {
    if (m.IsWord(j, "by")) return j;
    if (m.unit(j).kind == UnitKind::kPunct || m.IsEntity(j)) return -1;
  }
  return -1;
}

// The object of an active verb at `verb`: skips "and VERB" ("established
// and actively worked the company").
std::optional<FactObject> ActiveObject(const SentenceMatcher& m, int verb, ObjectPolicy policy) {
  int start = verb + 1;
  if (m.IsWord(start, "up")) ++start;  // "set up"
  if (m.IsWord(start, "and")) {
    for (int j = start + 1; j < m.size() && j <= start + 4; ++j) {
      if (m.IsEntity(j) || m.IsAnyWord(j, {"the", "a", "an"})) {
        start = j;
        break;
      }
    }
  }
  auto [b, e] = m.Phrase(start);
  auto object = m.ObjectOf(b, e, policy);
  if (object && object->is_entity) {
    // A person named alone is no organization ("founded X" where X is a
    // person is a tagging slip only when words describe X as a company).
    EntityType type = m.context().entity(object->entity).type;
    const int first = m.SkipDeterminers(b);
    const bool alone = first + 1 >= e;
    if (type == EntityType::kLocation || (type == EntityType::kPerson && alone)) {
      return std::nullopt;
    }
  }
  return object;
}

struct VerbRule {
  std::string_view verb;
  std::string_view predicate;
  TimeUse use;
};

void FindOrganizationVerbs(SentenceMatcher& m) {
  static constexpr VerbRule kFound[] = {
      {"founded", "founded", TimeUse::kStart},     {"co-founded", "founded", TimeUse::kStart},
      {"established", "founded", TimeUse::kStart}, {"created", "founded", TimeUse::kStart},
      {"set", "founded", TimeUse::kStart},         {"founds", "founded", TimeUse::kStart},
      {"owned", "owns", TimeUse::kDuring},         {"owns", "owns", TimeUse::kDuring},
      {"co-owned", "owns", TimeUse::kDuring},      {"bought", "owns", TimeUse::kStart},
      {"acquired", "owns", TimeUse::kStart},       {"purchased", "owns", TimeUse::kStart},
      {"joined", "member_of", TimeUse::kStart},    {"joins", "member_of", TimeUse::kStart}};
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    const VerbRule* rule = nullptr;
    for (const VerbRule& r : kFound) {
      if (r.verb == w) rule = &r;
    }
    if (rule == nullptr) continue;
    if (w == "set" && !m.IsWord(i + 1, "up")) continue;
    const int time = m.TimeFor(i);
    const int by = ByAfter(m, i);
    if (by >= 0) {  // passive: "X, owned by Y and Z"
      if (w == "joined" || w == "bought" || w == "purchased" || w == "acquired") continue;
      for (int agent : AgentsAfter(m, by)) {
        for (int thing : ThingsBefore(m, i)) {
          m.Emit(i, agent, rule->predicate, EntityObject(m.context(), thing), {}, time, rule->use);
        }
      }
      continue;
    }
    if (m.IsAnyWord(i - 1, {"was", "were", "is", "are", "been", "being"})) continue;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPersonOrOrg);
    if (subject < 0) continue;
    if (auto object = ActiveObject(m, i, ObjectPolicy::kOrganization)) {
      m.Emit(i, subject, rule->predicate, *object, {}, time, rule->use);
    }
  }
}

// "headed by X", "X heads Y", "led by", "chaired by", "run by".
void FindHeadedBy(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    std::string_view role;
    if (w == "headed" || w == "heads" || w == "head" || w == "heading") role = "head";
    if (w == "led" || w == "leads" || w == "leading") role = "leader";
    if (w == "chaired" || w == "chairs") role = "chairman";
    if (role.empty()) continue;
    if (w == "head" && !m.IsWord(i + 1, "by") && !m.IsWord(i - 1, "to")) continue;
    const int time = m.TimeFor(i);
    if (m.IsWord(i + 1, "by")) {
      std::vector<int> heads;
      for (int e : m.EntityList(i + 2)) {
        if (m.context().entity(e).type == EntityType::kPerson) heads.push_back(e);
      }
      if (heads.empty()) continue;
      std::vector<int> things;
      for (int thing : ThingsBefore(m, i)) {
        // "the crackdown in Almaty was led by": a place is led by no one.
        const EntityType type = m.context().entity(thing).type;
        if (type != EntityType::kLocation &&
            (role == "head" || type == EntityType::kOrganization)) {
          things.push_back(thing);
        }
      }
      // "The agency, he clarified, was headed by": skip the inserted cue.
      if (things.size() == 1 && m.context().entity(things[0]).type == EntityType::kPerson) {
        things.clear();
      }
      std::optional<FactObject> object;
      if (!things.empty()) {
        object = EntityObject(m.context(), things.back());
      } else {
        // "the city administration headed by X": the description as written.
        int k = i - 1;
        while (k >= 0 && m.IsAnyWord(k, {"was", "is", "were", "are", "been", "then"})) --k;
        int b = k;
        while (b >= 0 && m.unit(b).kind == UnitKind::kWord && !IsPreposition(m.Word(b)) &&
               !m.IsAnyWord(b, {"the", "a", "an", "which", "that", "it"}) && k - b < 6) {
          --b;
        }
        object = m.ObjectOf(b + 1, k + 1, ObjectPolicy::kOrganization);
        if (!object && k >= 0 && m.unit(k).kind == UnitKind::kWord) {
          // "the agency was headed by X": the organization that noun last described.
          const int recent = m.context().RecentOrganization(m.unit(k).span.start, m.Word(k));
          if (recent >= 0) object = EntityObject(m.context(), recent);
        }
      }
      if (!object) continue;
      for (int head : heads) m.Emit(i, head, "position", *object, role, time, TimeUse::kDuring);
      continue;
    }
    if (w == "heading" || w == "leading") continue;
    if (w == "head" && !m.IsWord(i + 1, "the")) continue;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    if (auto object = ActiveObject(m, i, ObjectPolicy::kOrganization)) {
      m.Emit(i, subject, "position", *object, role, time, TimeUse::kDuring);
    }
  }
}

// "worked for X", "works at X", "employed by X", "hired by X", "X hired Y",
// and "manages the finances of X" (an associate).
void FindEmployment(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    const int time = m.TimeFor(i);
    if ((w == "worked" || w == "works" || w == "work" || w == "working") &&
        m.IsAnyWord(i + 1, {"for", "at"})) {
      const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
      if (subject < 0) continue;
      std::optional<FactObject> employer;
      const bool pronoun =
          i + 2 < m.size() && (m.unit(i + 2).reference || IsThirdPersonPronoun(m.Word(i + 2)) ||
                               IsFirstPersonPronoun(m.Word(i + 2)));
      const int employer_person = pronoun ? m.ResolvePerson(i + 2, subject) : -1;
      if (employer_person >= 0) {
        employer = EntityObject(m.context(), employer_person);
      } else {
        employer = m.ObjectAt(i + 2, ObjectPolicy::kOrganization);
      }
      if (employer && employer->is_entity &&
          m.context().entity(employer->entity).type == EntityType::kLocation) {
        employer.reset();
      }
      if (employer) m.Emit(i, subject, "employed_by", *employer, {}, time, TimeUse::kDuring);
      continue;
    }
    if ((w == "employed" || w == "hired" || w == "recruited") && m.IsWord(i + 1, "by")) {
      const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
      for (int agent : AgentsAfter(m, i + 1)) {
        if (subject >= 0) {
          m.Emit(i, subject, "employed_by", EntityObject(m.context(), agent), {}, time,
                 TimeUse::kStart);
        }
      }
      continue;
    }
    if ((w == "hired" || w == "hires" || w == "employed" || w == "employs") &&
        !m.IsAnyWord(i - 1, {"was", "were", "is", "been"})) {
      const int employer = m.SubjectBefore(i, SubjectPolicy::kPersonOrOrg);
      if (employer < 0) continue;
      const int employee = m.ResolvePerson(i + 1, employer);
      if (employee >= 0 && m.context().entity(employee).type == EntityType::kPerson) {
        m.Emit(i, employee, "employed_by", EntityObject(m.context(), employer), {}, time,
               TimeUse::kStart);
      }
      continue;
    }
    if ((w == "manages" || w == "managed" || w == "manage" || w == "managing") &&
        m.IsWord(i + 1, "the") &&
        m.IsAnyWord(i + 2, {"finances", "assets", "money", "affairs", "fortune", "wealth",
                            "property", "companies", "businesses", "business", "funds"})) {
      int of = -1;
      for (int j = i + 3; j < m.size() && j <= i + 6; ++j) {
        if (m.IsWord(j, "of")) {
          of = j;
          break;
        }
      }
      if (of < 0) continue;
      const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
      if (subject < 0) continue;
      for (int e : m.EntityList(of + 1)) {
        if (m.context().entity(e).type != EntityType::kLocation) {
          m.Emit(i, subject, "associate_of", EntityObject(m.context(), e), {}, time,
                 TimeUse::kDuring);
        }
      }
    }
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
    const bool followed_by_head =
        h + 1 < role.heads.size() && role.heads[h + 1] == unit + 1 && role.heads[h + 1] < role.end;
    if (!followed_by_head) heads.push_back(unit);
  }
  role.heads = heads;
  if (role.heads.empty()) return std::nullopt;
  return role;
}

void EmitRole(SentenceMatcher& m, const RolePhrase& role, int holder, const FactObject& object,
              int time_unit) {
  // The role's name runs from its first word to its last position head.
  int begin = role.begin;
  for (int head : role.heads) {
    const RoleKind kind = *RoleHead(m.Word(head));
    switch (kind) {
      case RoleKind::kPosition: {
        std::string name = m.TextOf(begin, head + 1);
        if (m.IsWord(head + 1, "in") && m.IsWord(head + 2, "chief")) {
          name = m.TextOf(begin, head + 3);
        }
        if (name.size() > 3 && name.substr(0, 3) == "ex-") name = name.substr(3);
        m.Emit(head, holder, "position", object, name, time_unit, TimeUse::kDuring);
        break;
      }
      case RoleKind::kFounder:
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
  FindRolePhrases(m);
  FindOrganizationVerbs(m);
  FindHeadedBy(m);
  FindEmployment(m);
}

}  // namespace dossier::internal
