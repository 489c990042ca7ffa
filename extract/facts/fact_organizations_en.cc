// English prose patterns for verbs about organizations: founding and
// ownership ("X founded Y", "owned/controlled by X and Y", "The bank,
// founded by X", "X holds a stake in Y"), membership ("joined"), heads
// ("headed/led/chaired by X", "X heads Y") and employment ("worked for",
// "hired by", "X hired Y", "manages the finances of X").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"
#include "extract/facts/internal/organization_kinds.h"

namespace dossier::internal {
namespace {

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
    // "a Russian uranium company headed by": a name right before a noun
    // modifies it.
    {
      const int j = m.SkipQuoteMarks(k + 1);
      const std::string_view between = m.Word(j);
      if (j < verb && m.unit(j).kind == UnitKind::kWord && !m.unit(j).capitalized &&
          !IsAuxiliary(between) && !IsAdverb(between) &&
          !m.IsAnyWord(j, {"which", "that", "and", "then"})) {
        return things;
      }
    }
    // Walk the list leftwards: "Khabar, NTK, Hit FM, Europe Plus". A
    // singular verb ("X is owned by") has one thing; a name after a
    // preposition closes an opening phrase, no list ("According to
    // documents seen by the Steppe Herald, Radio Akzhol is owned by").
    const bool singular = m.IsAnyWord(verb - 1, {"is", "was"}) ||
                          (m.IsWord(verb - 1, "been") && m.IsAnyWord(verb - 2, {"has", "had"}));
    for (int j = k; j >= 0 && m.IsEntity(j);) {
      things.insert(things.begin(), m.unit(j).entity);
      int p = j - 1;
      if (m.IsAnyWord(p, {"and"})) --p;
      if (m.IsPunct(p, ",")) --p;
      if (m.IsAnyWord(p, {"and"})) --p;
      if (singular || p == j - 1 || !m.IsEntity(p) || m.IsOblique(p)) break;
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

// Whether the unit at k may be a word of a description before a name
// ("guitarist", "the then president", "Australian expatriate").
bool DescribesName(const SentenceMatcher& m, int k) {
  if (k >= m.size()) return false;
  const Unit& u = m.unit(k);
  if (u.kind == UnitKind::kEntity) {
    // "Australian expatriate James Hunt": a nationality the tagger named.
    return !u.reference && m.context().entity(u.entity).type != EntityType::kPerson &&
           k + 1 < m.size() && m.unit(k + 1).kind == UnitKind::kWord;
  }
  // ("later recruiting singer X": a verb's clause, no description.)
  const std::string_view w = m.Word(k);
  return u.kind == UnitKind::kWord && !IsAuxiliary(w) && !IsPreposition(w) &&
         !IsNominativePronoun(w) && !IsAdverb(w) && !w.ends_with("ing") &&
         !m.IsAnyWord(k, {"and", "or", "who", "which", "that", "it"});
}

// The persons a list of described names after `begin` names: "guitarist
// Bernard Sumner and bassist Peter Hook", "the then president Miguel
// Trovoada"; empty when a name does not follow its description closely.
std::vector<int> DescribedPersons(const SentenceMatcher& m, int begin) {
  std::vector<int> persons;
  for (int k = begin; k < m.size();) {
    const int start = k;
    while (k < start + 4 && DescribesName(m, k)) ++k;
    if (k == start || !m.IsEntity(k) || m.unit(k).reference || m.unit(k).possessive ||
        m.context().entity(m.unit(k).entity).type != EntityType::kPerson) {
      break;
    }
    persons.push_back(m.unit(k).entity);
    ++k;
    if (m.IsPunct(k, ",")) ++k;
    if (!m.IsWord(k, "and") && !m.IsPunct(k - 1, ",")) break;
    if (m.IsWord(k, "and")) ++k;
  }
  return persons;
}

// The agents after "by": persons or organizations, named or described
// ("by guitarist Bernard Sumner and bassist Peter Hook").
std::vector<int> AgentsAfter(const SentenceMatcher& m, int by) {
  std::vector<int> agents;
  if (m.IsEntity(by + 1) && m.unit(by + 1).possessive) {
    // "by Pittsburgh's first bishop, Michael O'Connor": the possessor is no
    // agent; the person the apposition names is.
    for (int j = by + 2; j < m.size() && j <= by + 7; ++j) {
      if (!m.IsPunct(j, ",")) continue;
      if (m.IsEntity(j + 1) && !m.unit(j + 1).possessive &&
          m.context().entity(m.unit(j + 1).entity).type == EntityType::kPerson) {
        agents.push_back(m.unit(j + 1).entity);
      }
      break;
    }
    return agents;
  }
  for (int e : m.EntityList(by + 1)) {
    if (m.context().entity(e).type != EntityType::kLocation) agents.push_back(e);
  }
  if (agents.empty() && m.unit(by + 1 < m.size() ? by + 1 : by).kind == UnitKind::kWord) {
    const int e = m.ResolvePerson(by + 1);
    if (e >= 0) agents.push_back(e);
  }
  if (agents.empty()) agents = DescribedPersons(m, by + 1);
  return agents;
}

// The organization "X is/was a ... NOUN" describes, for the noun at
// `noun`: the entity (no person) before the copula, with only words
// between; -1 when none.
int CopulaSubject(const SentenceMatcher& m, int noun) {
  for (int k = noun - 1; k >= 1 && k > noun - 10; --k) {
    if (m.IsAnyWord(k, {"is", "was"})) {
      const int e = m.IsEntity(k - 1) && !m.unit(k - 1).reference ? m.unit(k - 1).entity : -1;
      return e >= 0 && m.context().entity(e).type != EntityType::kPerson &&
                     m.context().entity(e).type != EntityType::kLocation
                 ? e
                 : -1;
    }
    if (m.unit(k).kind != UnitKind::kWord && m.unit(k).kind != UnitKind::kEntity) return -1;
  }
  return -1;
}

// The verb's "by" within a few words: "created and controlled by".
int ByAfter(const SentenceMatcher& m, int verb) {
  for (int j = verb + 1; j < m.size() && j <= verb + 4; ++j) {
    if (m.IsWord(j, "by")) return j;
    if (m.unit(j).kind == UnitKind::kPunct || m.IsEntity(j)) return -1;
  }
  return -1;
}

// The organization "it" after the verb at `verb` stands for ("founded Dala
// Media in 1998 and headed it until 2004"): the only organization named
// before the verb in its sentence, not `subject` and not a possessor; -1
// when none, when two, or when another named thing (a work, a product)
// might be "it".
int OrganizationIt(const SentenceMatcher& m, int verb, int subject) {
  int found = -1;
  for (int k = 0; k < verb; ++k) {
    if (!m.IsEntity(k) || m.unit(k).reference || m.unit(k).entity == subject) continue;
    const EntityType type = m.context().entity(m.unit(k).entity).type;
    if (type == EntityType::kPerson || type == EntityType::kLocation) continue;
    if (type != EntityType::kOrganization || m.unit(k).possessive ||
        (found >= 0 && found != m.unit(k).entity)) {
      return -1;
    }
    found = m.unit(k).entity;
  }
  return found;
}

// The object of an active verb at `verb`: skips "and VERB" ("established
// and actively worked the company"); "it" is the organization named before
// (OrganizationIt).
std::optional<FactObject> ActiveObject(const SentenceMatcher& m, int verb, ObjectPolicy policy,
                                       int subject) {
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
  if (!object && policy == ObjectPolicy::kOrganization && e == b + 1 && m.IsWord(b, "it")) {
    const int it = OrganizationIt(m, verb, subject);
    return it >= 0 ? std::optional(EntityObject(m.context(), it)) : std::nullopt;
  }
  if (!object && policy == ObjectPolicy::kOrganization && m.IsAnyWord(b, {"the", "this", "that"}) &&
      e == b + 2 && OrganizationKindOfWord(m.Word(b + 1)) != OrganizationKind::kNone) {
    // "founded the station in 1996": the organization the noun describes.
    const int recent = m.context().RecentOrganization(m.unit(b + 1).span.start, m.Word(b + 1));
    if (recent >= 0) return EntityObject(m.context(), recent);
  }
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
  // "acquired US citizenship": a place modifying a common noun owns nothing.
  const int first = m.SkipDeterminers(b);
  if (object && m.IsEntity(first) && first + 1 < e && !m.unit(first + 1).capitalized) {
    const Entity& entity = m.context().entity(m.unit(first).entity);
    if (entity.type == EntityType::kLocation || !CountryNamed(AsciiLower(entity.name)).empty()) {
      return std::nullopt;
    }
  }
  return object;
}

}  // namespace

bool NamesOrganization(const FactContext& context, const FactObject& object) {
  if (object.is_entity) return context.entity(object.entity).type == EntityType::kOrganization;
  const size_t space = object.value.rfind(' ');
  const std::string last =
      AsciiLower(space == std::string::npos ? object.value : object.value.substr(space + 1));
  return IsOrganizationNoun(last) || last == "party" || IsInstitutionWord(last);
}

namespace {

// Whether a verb that makes works and shapes as often as organizations
// founds `object`: "created" an organization ("created the Rayman series"
// makes a work), "formed" an organization or a group the tagger did not
// type ("formed Joy Division"; "forming the eastern border" is a shape).
bool MakesOrganization(const SentenceMatcher& m, std::string_view verb, const FactObject& object) {
  if (verb != "created" && verb != "formed" && verb != "forming") return true;
  if (NamesOrganization(m.context(), object)) return true;
  return verb != "created" && object.is_entity &&
         m.context().entity(object.entity).type == EntityType::kOther;
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
      {"joined", "member_of", TimeUse::kStart},    {"joins", "member_of", TimeUse::kStart},
      {"joining", "member_of", TimeUse::kStart},   {"formed", "founded", TimeUse::kStart},
      {"forming", "founded", TimeUse::kStart},     {"started", "founded", TimeUse::kStart},
      {"controls", "owns", TimeUse::kDuring},      {"controlled", "owns", TimeUse::kDuring},
      {"registered", "founded", TimeUse::kStart}};
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
    // "started his career": only a label "started by" someone is founded.
    if (w == "started" && by < 0) continue;
    if (by >= 0) {  // passive: "X, owned by Y and Z"
      if (w == "joined" || w == "joining" || w == "bought" || w == "purchased" || w == "acquired") {
        continue;
      }
      std::vector<int> things = ThingsBefore(m, i);
      if (things.empty()) {
        // "The bank, founded by X in 1995": the organization the noun last described.
        int k = i - 1;
        while (k >= 0 && (m.IsPunct(k, ",") || m.IsAnyWord(k, {"was", "were", "is", "been"}))) {
          --k;
        }
        if (k >= 1 && IsOrganizationNoun(m.Word(k)) && m.IsAnyWord(k - 1, {"the", "this"})) {
          const int recent = m.context().RecentOrganization(m.unit(k).span.start, m.Word(k));
          if (recent >= 0) things.push_back(recent);
        } else if (k >= 1 && IsOrganizationNoun(m.Word(k))) {
          // "Cinema Verity was a British film company, founded in 1985 by":
          // the company the copula describes.
          const int described = CopulaSubject(m, k);
          if (described >= 0) things.push_back(described);
        }
      }
      for (int agent : AgentsAfter(m, by)) {
        // "registered by Saryarka Invest JSC": a company registering a
        // company founds it; a ministry registering a party does not.
        if (w == "registered" &&
            !KindsAgree(m.context().KindsOf(agent), OrganizationKind::kCompany)) {
          continue;
        }
        for (int thing : things) {
          // "a franchise created by Sega": a work is created, not founded;
          // "a label based in Sackville, Canada, started by": no place is.
          const FactObject object = EntityObject(m.context(), thing);
          if (!MakesOrganization(m, w, object) ||
              m.context().entity(thing).type == EntityType::kLocation) {
            continue;
          }
          m.Emit(i, agent, rule->predicate, EntityObject(m.context(), thing), {}, time, rule->use);
        }
      }
      continue;
    }
    if (m.IsAnyWord(i - 1, {"was", "were", "is", "are", "been", "being"})) continue;
    // "joined the faculty of X": employment (FindEmployment), no membership.
    if (rule->predicate == "member_of" && m.IsWord(i + 1, "the") &&
        m.IsAnyWord(i + 2, {"faculty", "staff"})) {
      continue;
    }
    // "Democrats controlled Congress": political control is no ownership;
    // "X registered the company" may be a clerk's act.
    if (w == "controls" || w == "controlled" || w == "registered") continue;
    {
      // "his recently acquired Ritz-Carlton": a participle modifying a noun.
      int k = i - 1;
      // ("recently" is a time unit: read its text.)
      while (k >= 0 && m.unit(k).kind != UnitKind::kEntity && IsAdverb(m.unit(k).lower)) --k;
      const std::string_view before = k >= 0 ? std::string_view(m.unit(k).lower) : "";
      if (before == "the" || before == "a" || before == "an" || before == "its" ||
          before == "their" || before == "our" || before == "my" || before == "his" ||
          before == "her") {
        continue;
      }
    }
    // "his career at Taraz before joining X": a participle after a
    // conjunction has the clause's subject.
    const bool participle =
        w.ends_with("ing") && m.IsAnyWord(i - 1, {"before", "after", "since", "while", "to"});
    // ("ASEAN joining APEC": a gerund elsewhere is a noun's, no clause.)
    if (w.ends_with("ing") && !participle) continue;
    const int subject = participle ? m.SubjectBefore(i, SubjectPolicy::kPersonOrOrg)
                                   : m.VerbSubject(i, SubjectPolicy::kPersonOrOrg);
    if (subject < 0) continue;
    if (auto object = ActiveObject(m, i, ObjectPolicy::kOrganization, subject)) {
      // "created the Rayman series", "forming the eastern border": a work
      // or a shape is created or formed, not founded.
      if (!MakesOrganization(m, w, *object)) continue;
      m.Emit(i, subject, rule->predicate, *object, {}, time, rule->use);
    }
  }
}

// "X holds a stake in Y", "X acquired a 20% stake in Y", "X has an
// interest in Y", "X owned 100% of the shares of Y", "Y, whose parent X owned
// 100% of its shares": owns.
void FindStakes(SentenceMatcher& m) {
  for (int i = 0; i + 1 < m.size(); ++i) {
    if (!m.IsAnyWord(i, {"stake", "stakes", "shareholding", "share", "shares"})) continue;
    // "owned 100% of its shares": the organization named before, not the owner.
    const bool its = m.IsAnyWord(i - 1, {"its", "their"}) && m.IsWord(i - 2, "of");
    if (!its && !(i + 2 < m.size() && m.IsAnyWord(i + 1, {"in", "of"}))) continue;
    int verb = -1;
    for (int j = i - 1; j >= 0 && j >= i - 5; --j) {
      if (m.IsAnyWord(j, {"holds", "held", "hold", "has", "had", "have", "owns", "owned", "own",
                          "acquired", "bought", "took", "takes", "purchased", "retains"})) {
        verb = j;
        break;
      }
      if (m.IsEntity(j) || m.IsPunct(j, ",")) break;
    }
    if (verb < 0) continue;
    const int subject = m.VerbSubject(verb, SubjectPolicy::kPersonOrOrg);
    if (subject < 0) continue;
    std::optional<FactObject> object;
    if (its) {
      for (int j = verb - 1; j >= 0 && !object; --j) {
        if (!m.IsEntity(j) || m.unit(j).reference || m.unit(j).entity == subject) continue;
        const EntityType type = m.context().entity(m.unit(j).entity).type;
        if (type == EntityType::kOrganization) object = EntityObject(m.context(), m.unit(j).entity);
        if (type != EntityType::kOrganization) break;
      }
    } else {
      object = m.ObjectAt(i + 2, ObjectPolicy::kOrganization);
    }
    if (!object ||
        (object->is_entity && m.context().entity(object->entity).type == EntityType::kLocation)) {
      continue;
    }
    const bool event = m.IsAnyWord(verb, {"acquired", "bought", "took", "takes", "purchased"});
    m.Emit(i, subject, "owns", *object, {}, m.TimeFor(i),
           event ? TimeUse::kStart : TimeUse::kDuring);
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
    // "ran it until 2004": running is heading only an organization named before.
    if ((w == "ran" || w == "runs") && m.IsWord(i + 1, "it")) role = "head";
    if (role.empty()) continue;
    if (w == "head" && !m.IsWord(i + 1, "by") && !m.IsWord(i - 1, "to")) continue;
    // "headed it until 2004": a date right after "it" is this clause's own.
    const int time = m.IsWord(i + 1, "it") && m.IsTime(i + 2) ? i + 2 : m.TimeFor(i);
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
    // "heads the expansion of the church": the thing headed is named before
    // its phrase ends ("headed the advertising agency Europe Plus").
    {
      const auto [b, e] = m.Phrase(m.SkipDeterminers(i + 1));
      bool named = false;
      for (int k = b; k < e && !named && !m.IsWord(k, "of"); ++k) {
        named = m.IsEntity(k) || m.unit(k).capitalized;
      }
      if (!named && !m.IsWord(i + 1, "it")) continue;
    }
    const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    if (auto object = ActiveObject(m, i, ObjectPolicy::kOrganization, subject)) {
      m.Emit(i, subject, "position", *object, role, time, TimeUse::kDuring);
    }
  }
}

// "worked for X", "works at X", "employed by X", "hired by X", "X hired Y",
// and "manages the finances of X" (an associate).
void FindEmployment(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    // The time only where a verb states something: TimeFor scans the sentence.
    const auto time = [&m, i] { return m.TimeFor(i); };
    // "worked in the U.S. for Voice of America": where, then for whom.
    int prep = i + 1;
    if (m.IsWord(prep, "in") && m.IsEntity(m.SkipDeterminers(prep + 1)) &&
        m.context().entity(m.unit(m.SkipDeterminers(prep + 1)).entity).type ==
            EntityType::kLocation &&
        m.IsWord(m.SkipDeterminers(prep + 1) + 1, "for")) {
      prep = m.SkipDeterminers(prep + 1) + 1;
    }
    if ((w == "worked" || w == "works" || w == "work" || w == "working") &&
        m.IsAnyWord(prep, {"for", "at"})) {
      const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
      if (subject < 0) continue;
      std::optional<FactObject> employer;
      const int at = prep + 1;
      const bool pronoun =
          at < m.size() && (m.unit(at).reference || IsThirdPersonPronoun(m.Word(at)) ||
                            IsFirstPersonPronoun(m.Word(at)));
      const int employer_person = pronoun ? m.ResolvePerson(at, subject) : -1;
      if (employer_person >= 0) {
        employer = EntityObject(m.context(), employer_person);
      } else {
        employer = m.ObjectAt(at, ObjectPolicy::kOrganization);
      }
      if (employer && employer->is_entity &&
          m.context().entity(employer->entity).type == EntityType::kLocation) {
        employer.reset();
      }
      if (employer) m.Emit(i, subject, "employed_by", *employer, {}, time(), TimeUse::kDuring);
      continue;
    }
    // "joined the faculty of the University of Hamburg": a school's or a firm's staff.
    if ((w == "joined" || w == "joining" || w == "joins") && m.IsWord(i + 1, "the") &&
        m.IsAnyWord(i + 2, {"faculty", "staff"}) && m.IsWord(i + 3, "of")) {
      const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
      auto employer = m.ObjectAt(i + 4, ObjectPolicy::kOrganization);
      if (subject >= 0 && employer) {
        m.Emit(i, subject, "employed_by", *employer, {}, time(), TimeUse::kStart);
      }
      continue;
    }
    if ((w == "employed" || w == "hired" || w == "recruited") && m.IsWord(i + 1, "by")) {
      const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
      for (int agent : AgentsAfter(m, i + 1)) {
        if (subject >= 0) {
          m.Emit(i, subject, "employed_by", EntityObject(m.context(), agent), {}, time(),
                 TimeUse::kStart);
        }
      }
      continue;
    }
    if ((w == "hired" || w == "hires" || w == "employed" || w == "employs") &&
        !m.IsAnyWord(i - 1, {"was", "were", "is", "been"})) {
      const int employer = m.VerbSubject(i, SubjectPolicy::kPersonOrOrg);
      if (employer < 0) continue;
      const int employee = m.ResolvePerson(i + 1, employer);
      if (employee >= 0 && m.context().entity(employee).type == EntityType::kPerson) {
        m.Emit(i, employee, "employed_by", EntityObject(m.context(), employer), {}, time(),
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
      const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
      if (subject < 0) continue;
      for (int e : m.EntityList(of + 1)) {
        if (m.context().entity(e).type != EntityType::kLocation) {
          m.Emit(i, subject, "associate_of", EntityObject(m.context(), e), {}, time(),
                 TimeUse::kDuring);
        }
      }
    }
  }
}

}  // namespace

void FindOrganizationFacts(SentenceMatcher& m) {
  FindOrganizationVerbs(m);
  FindStakes(m);
  FindHeadedBy(m);
  FindEmployment(m);
}

}  // namespace dossier::internal
