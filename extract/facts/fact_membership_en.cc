// English patterns for membership (member_of): of a party ("a politician
// for the Labour Party", "a candidate of the Ak Zhol party") and of a team
// or band ("played for FC Kairat", "signed for Porto in 2012"). "member
// of X" itself is a role (fact_roles_en.cc).
#include <string>
#include <string_view>
#include <utility>

#include "base/ascii.h"
#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Nouns of someone who stands for a party.
bool IsPartisanNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "politician", "candidate", "representative", "senator",    "congressman", "congresswoman",
      "deputy",     "mp",        "activist",       "legislator", "nominee",     "councillor",
      "councilor",  "delegate",  "statesman"};
  for (std::string_view n : kNouns) {
    if (n == w) return true;
  }
  return false;
}

bool NamesParty(std::string_view text) {
  const std::string lower = AsciiLower(text);
  return lower.find("party") != std::string::npos || lower.find("parti") != std::string::npos;
}

// "played for FC Kairat", "plays for Porto", "signed with Astana": a team
// named by an organization entity.
void FindTeamMembership(SentenceMatcher& m) {
  for (int i = 0; i + 1 < m.size(); ++i) {
    const bool play = m.IsAnyWord(i, {"played", "plays", "playing", "play"});
    const bool sign = m.IsAnyWord(i, {"signed", "signs"});
    if ((!play || !m.IsWord(i + 1, "for")) && (!sign || !m.IsAnyWord(i + 1, {"for", "with"}))) {
      continue;
    }
    const int at = m.SkipDeterminers(i + 2);
    if (!m.IsEntity(at) || m.unit(at).reference ||
        m.context().entity(m.unit(at).entity).type != EntityType::kOrganization) {
      continue;
    }
    if (m.IsAnyWord(i - 1, {"to", "will", "would", "could", "may", "might", "not", "never"})) {
      continue;  // "hopes to play for", "will never play for"
    }
    const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    for (int team : m.EntityList(at)) {
      if (m.context().entity(team).type != EntityType::kOrganization) continue;
      m.Emit(i, subject, "member_of", EntityObject(m.context(), team), {}, m.TimeFor(i),
             sign ? TimeUse::kStart : TimeUse::kDuring);
    }
  }
}

// The party a capitalized partisan adjective names ("a Republican member",
// "elected as a Democrat"); empty for other words.
std::string_view PartyOfAdjective(std::string_view lower) {
  static constexpr std::pair<std::string_view, std::string_view> kParties[] = {
      {"republican", "Republican Party"},
      {"democrat", "Democratic Party"},
      {"democratic", "Democratic Party"},
      {"labour", "Labour Party"},
      {"conservative", "Conservative Party"},
      {"whig", "Whig Party"},
      {"liberal", "Liberal Party"}};
  for (const auto& [word, party] : kParties) {
    if (word == lower) return party;
  }
  return {};
}

// "X was a Republican member of the House", "elected as a Democrat to",
// "Democratic presidential nominee Hillary Clinton", "a Conservative MP":
// a party named by its adjective before a partisan noun or a role, or
// alone after "as a".
void FindPartyAdjectives(SentenceMatcher& m) {
  for (int i = 1; i < m.size(); ++i) {
    if (m.unit(i).kind != UnitKind::kWord || !m.unit(i).capitalized) continue;
    const std::string_view party = PartyOfAdjective(m.Word(i));
    if (party.empty()) continue;
    const bool article = m.IsAnyWord(i - 1, {"a", "an", "the"});
    const std::string_view next = m.Word(i + 1);
    const bool partisan = IsPartisanNoun(next) || RoleHead(next) || next == "presidential" ||
                          next == "party" || next == "parliamentary";
    const bool alone = article && m.IsWord(i - 2, "as") && (next.empty() || next == "to");
    // "sought the Democratic nomination", "won the Republican primary".
    const bool nomination =
        m.IsAnyWord(i + 1, {"nomination", "primary"}) && m.IsWord(i - 1, "the") &&
        m.IsAnyWord(i - 2, {"sought", "won", "lost", "secured", "clinched", "received", "seeking",
                            "winning", "accepted", "seek", "win"});
    // "fellow Democrat Sidney Yates", "Republican John McCain": the party
    // noun right before a name.
    // ("Conservative"/"Liberal" before a name is as often a leaning.)
    const bool before_name = IsNamedPerson(m, i + 1) && !m.unit(i + 1).possessive &&
                             !m.IsAnyWord(i, {"conservative", "liberal"});
    if (next == "party" || (!partisan && !alone && !nomination && !before_name)) continue;
    int subject = before_name ? m.unit(i + 1).entity : -1;
    if (subject < 0 && (article || alone)) subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) {
      // "Democratic presidential nominee Hillary Clinton": the name after the nouns.
      int k = i + 1;
      while (k < m.size() && k <= i + 3 && m.unit(k).kind == UnitKind::kWord) ++k;
      if (m.IsEntity(k) && !m.unit(k).reference &&
          m.context().entity(m.unit(k).entity).type == EntityType::kPerson) {
        subject = m.unit(k).entity;
      }
    }
    if (subject < 0) continue;
    bool negated = false;
    for (int k = i - 1; k >= 0 && k >= i - 4; --k) {
      negated = negated || m.IsAnyWord(k, {"not", "never", "n't"});
    }
    if (negated) continue;
    m.Emit(i, subject, "member_of", FactObject{std::string(party), false, -1}, {}, m.TimeFor(i),
           TimeUse::kDuring);
  }
}

// Nouns of a group whose name may follow ("the metal band Amaranthe", "the
// Mexican pop group RBD"): the name is the group's, whatever the tagger typed.
bool IsGroupNoun(std::string_view w) {
  for (std::string_view noun : {"band", "group", "duo", "trio", "quartet", "ensemble", "orchestra",
                                "club", "team", "outfit", "choir"}) {
    if (w == noun) return true;
  }
  return false;
}

// The group named from unit `at` on: an organization entity, or any entity
// but a person after a group noun ("the pop group RBD"); -1 when none.
int GroupAt(const SentenceMatcher& m, int at) {
  int k = at;
  // "the Mexican pop group RBD": descriptive words, then the group noun.
  while (k < m.size() && k < at + 4 && !m.IsEntity(k) && !m.Word(k).empty() &&
         !IsGroupNoun(m.Word(k))) {
    ++k;
  }
  const bool noun = IsGroupNoun(m.Word(k));
  k = noun ? k + 1 : at;
  if (!m.IsEntity(k) || m.unit(k).reference || m.unit(k).possessive) return -1;
  const EntityType type = m.context().entity(m.unit(k).entity).type;
  if (type == EntityType::kOrganization || (noun && type != EntityType::kPerson)) {
    return m.unit(k).entity;
  }
  return -1;
}

// "Uma Bharti of the Bharatiya Janata Party", "Mary Wilson of the
// Supremes", "Paul Langlois and Rob Baker of The Tragically Hip", "Dulce
// Maria of the Mexican pop group RBD": a person's organization right after
// the name (every person of a list before "of"); "Janne Johnsen
// (Conservative Party)": a party in parentheses after the name; "Leroy
// Burgess (formerly of Black Ivory)": a former group.
void FindAffiliationAfterName(SentenceMatcher& m) {
  const FactContext& context = m.context();
  for (int i = 0; i + 2 < m.size(); ++i) {
    if (!IsNamedPerson(m, i) || m.unit(i).possessive) continue;
    // "Senator X of Arizona": a title's office is the title's.
    if (RoleHead(m.Word(i - 1))) continue;
    const bool of = m.IsWord(i + 1, "of");
    const bool parenthesis = m.IsPunct(i + 1, "(");
    const bool formerly =
        parenthesis && m.IsAnyWord(i + 2, {"formerly", "previously"}) && m.IsWord(i + 3, "of");
    if (!of && !parenthesis) continue;
    const int at = of ? m.SkipDeterminers(i + 2) : formerly ? m.SkipDeterminers(i + 4) : i + 2;
    int group = of || formerly ? GroupAt(m, at) : -1;
    if (group < 0 && parenthesis && !formerly && m.IsEntity(at) && !m.unit(at).reference &&
        context.entity(m.unit(at).entity).type == EntityType::kOrganization &&
        m.IsPunct(at + 1, ")") && NamesParty(context.entity(m.unit(at).entity).name)) {
      group = m.unit(at).entity;
    }
    if (group < 0) continue;
    // "X of the Y company": the name opens a longer phrase.
    if (of && m.IsEntity(at) && (IsOrganizationNoun(m.Word(at + 1)) || m.IsWord(at + 1, "party"))) {
      continue;
    }
    const int time = formerly ? -1 : m.TimeFor(i + 1);
    m.Emit(i + 1, m.unit(i).entity, "member_of", EntityObject(context, group), {}, time,
           TimeUse::kDuring);
    // "A, B and C of the Supremes": the persons listed before the name.
    for (int k = i - 1; of && k >= 1 && (m.IsWord(k, "and") || m.IsPunct(k, ",")) &&
                        IsNamedPerson(m, k - 1) && !m.unit(k - 1).possessive;
         k -= 2) {
      m.Emit(i + 1, m.unit(k - 1).entity, "member_of", EntityObject(context, group), {}, time,
             TimeUse::kDuring);
    }
  }
}

// Nouns of a group's members written between the group and a member's
// name ("Fall Out Boy bassist Pete Wentz", "former Sha Na Na member X").
bool IsMemberNoun(std::string_view w) {
  for (std::string_view noun : {"member", "bassist", "guitarist", "drummer", "vocalist", "singer",
                                "keyboardist", "frontman", "frontwoman", "bandmate",
                                "percussionist", "saxophonist", "trumpeter", "rapper"}) {
    if (w == noun) return true;
  }
  return false;
}

// Whether an organization's name may be a party's short form before
// "candidate" ("the MMD candidate", "ANC candidate"): capitals only.
bool IsAcronym(std::string_view name) {
  if (name.size() < 2 || name.size() > 6) return false;
  for (char c : name) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// "Fall Out Boy bassist Pete Wentz", "former Sha Na Na member, Amaia
// Montero", "Labor candidate Matt Viney", "Democratic Revolutionary Party
// candidate X", "the MMD candidate X": a group, a member's noun, the
// member's name. A candidate is a party's only when the name says party or
// is a party adjective or an acronym ("Senate candidate X" runs for the
// Senate).
void FindGroupNounBeforeName(SentenceMatcher& m) {
  const FactContext& context = m.context();
  for (int i = 0; i + 2 < m.size(); ++i) {
    if (!m.IsEntity(i) || m.unit(i).reference || m.unit(i).possessive) continue;
    const Entity& group = context.entity(m.unit(i).entity);
    // (A one-word name of no organization is as often an adjective the
    // tagger took: "Kurdish singer", "Grammy-nominated rapper".)
    if (group.type != EntityType::kOrganization &&
        (group.type != EntityType::kOther || m.unit(i).lower.find(' ') == std::string::npos)) {
      continue;
    }
    const int at = m.IsWord(i + 1, "lead") ? i + 2 : i + 1;  // "lead singer"
    const std::string_view noun = m.Word(at);
    const bool candidate = noun == "candidate" || noun == "nominee";
    if (!IsMemberNoun(noun) && !candidate) continue;
    // ("Labor candidate X"; "Labor Secretary X" is no party's.)
    const std::string lower = AsciiLower(group.name);
    if (candidate && !NamesParty(group.name) && PartyOfAdjective(lower).empty() &&
        lower != "labor" && lower != "labour" && !IsAcronym(group.name)) {
      continue;
    }
    const int name = m.IsPunct(at + 1, ",") ? at + 2 : at + 1;
    if (!IsNamedPerson(m, name) || m.unit(name).possessive) continue;
    // ("Kazakh singer X": a nationality is no group.)
    if (!CountryNamed(AsciiLower(group.name)).empty()) continue;
    m.Emit(at, m.unit(name).entity, "member_of", EntityObject(context, m.unit(i).entity), {},
           m.TimeFor(at), TimeUse::kDuring);
  }
}

}  // namespace

void FindPartyMembership(SentenceMatcher& m) {
  FindTeamMembership(m);
  FindPartyAdjectives(m);
  FindAffiliationAfterName(m);
  FindGroupNounBeforeName(m);
  for (int i = 0; i + 2 < m.size(); ++i) {
    if (!IsPartisanNoun(m.Word(i)) || !m.IsAnyWord(i + 1, {"for", "of", "from"})) continue;
    int begin = i + 2;
    if (m.IsWord(begin, "the")) ++begin;
    auto [b, e] = m.Phrase(begin);
    // "the Labour Party", "the Free Choice party": a phrase naming a party.
    while (e < m.size() && m.IsWord(e, "party")) ++e;
    auto party = m.ObjectOf(b, e, ObjectPolicy::kOrganization);
    if (!party || !NamesParty(m.TextOf(b, e))) continue;
    bool negated = false;
    for (int k = i - 1; k >= 0 && k >= i - 4; --k) {
      negated = negated || m.IsAnyWord(k, {"not", "never", "n't"});
    }
    if (negated) continue;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    m.Emit(i, subject, "member_of", *party, {}, m.TimeFor(i), TimeUse::kDuring);
  }
}

}  // namespace dossier::internal
