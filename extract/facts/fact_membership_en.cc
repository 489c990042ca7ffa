// English patterns for membership (member_of): of a party ("a politician
// for the Labour Party", "a candidate of the Ak Zhol party") and of a team
// or band ("played for FC Kairat", "signed for Porto in 2012"). "member
// of X" itself is a role (fact_roles_en.cc).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// Nouns of a group whose name may follow ("the metal band Amaranthe", "the
// Mexican pop group RBD"): the name is the group's, whatever the tagger typed.
bool IsGroupNoun(std::string_view w) {
  for (std::string_view noun : {"band", "group", "duo", "trio", "quartet", "ensemble", "orchestra",
                                "club", "team", "outfit", "choir", "side"}) {
    if (w == noun) return true;
  }
  return false;
}

}  // namespace

int GroupAt(const SentenceMatcher& m, int at) {
  int k = at;
  // "the Mexican pop group RBD", "Premier League club Newcastle United",
  // "the 1970s rock band Badfinger": descriptive words, names (no
  // person's) and decades, then the group noun.
  while (k < m.size() && k < at + 4 && !IsGroupNoun(m.Word(k)) &&
         (!m.Word(k).empty() || m.IsTime(k) ||
          (m.IsEntity(k) && !m.unit(k).reference &&
           m.context().entity(m.unit(k).entity).type != EntityType::kPerson))) {
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

namespace {

// Whether the units at k state how long a player played ("eight years",
// "two seasons", "a season"): a duration the time grammar read, or a
// number or count word before a unit of play.
bool IsSpanOfPlay(const SentenceMatcher& m, int k) {
  if (k < m.size() && m.unit(k).kind == UnitKind::kTime) {
    return m.context().time(m.unit(k).time).kind == TimeKind::kDuration;
  }
  const bool count = m.unit(k).kind == UnitKind::kNumber ||
                     m.IsAnyWord(k, {"a", "one", "two", "three", "four", "five", "six", "seven",
                                     "eight", "nine", "ten", "several", "many"});
  return count && m.IsAnyWord(k + 1, {"years", "year", "seasons", "season", "games", "matches"});
}

// "played for FC Kairat", "plays for Porto", "signed with Astana": a team
// named by an organization entity.
void FindTeamMembership(SentenceMatcher& m) {
  for (int i = 0; i + 1 < m.size(); ++i) {
    const bool play = m.IsAnyWord(i, {"played", "plays", "playing", "play"});
    const bool sign = m.IsAnyWord(i, {"signed", "signs"});
    // "playing eight years for X", "played two seasons with X": a span between.
    int prep = i + 1;
    if (play && !m.IsAnyWord(prep, {"for", "with"}) && IsSpanOfPlay(m, prep)) {
      prep = m.unit(prep).kind == UnitKind::kTime ? prep + 1 : prep + 2;
    }
    if (!((play || sign) && m.IsAnyWord(prep, {"for", "with"}))) {
      continue;
    }
    const int at = m.SkipDeterminers(prep + 1);
    // "plays for Premier League club Newcastle United": the team after its noun.
    const int named = GroupAt(m, at);
    if (named < 0 && (!m.IsEntity(at) || m.unit(at).reference ||
                      m.context().entity(m.unit(at).entity).type != EntityType::kOrganization)) {
      continue;
    }
    if (m.IsAnyWord(i - 1, {"to", "will", "would", "could", "may", "might", "not", "never"})) {
      continue;  // "hopes to play for", "will never play for"
    }
    const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    const std::vector<int> teams =
        named >= 0 && named != m.unit(at).entity ? std::vector<int>{named} : m.EntityList(at);
    for (int team : teams) {
      if (m.context().entity(team).type != EntityType::kOrganization) continue;
      m.Emit(i, subject, "member_of", EntityObject(m.context(), team), {}, m.TimeFor(i),
             sign ? TimeUse::kStart : TimeUse::kDuring);
    }
  }
}

// "with spells for the Berlin Capitals and the DEG Metro Stars", "after
// loan spells with A and B, he joined", "spending a season on loan at Rio
// Ave": a player's teams after "spell(s)" or "on loan", organization
// entities or names after a group noun. The player is the clause's subject,
// or, for a phrase opening the sentence, the person after its comma.
void FindTeamSpells(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if (w.empty() || (w[0] != 's' && w[0] != 'l')) continue;  // a cheap test first
    const bool spell = m.IsAnyWord(i, {"spell", "spells", "stint", "stints"}) &&
                       m.IsAnyWord(i + 1, {"with", "for", "at"});
    const bool loan =
        m.IsWord(i, "loan") && m.IsWord(i - 1, "on") && m.IsAnyWord(i + 1, {"at", "to", "with"});
    if (!spell && !loan) continue;
    const int at = m.SkipDeterminers(i + 2);
    const int named = GroupAt(m, at);
    std::vector<int> teams;
    if (named >= 0 && named != (m.IsEntity(at) ? m.unit(at).entity : -1)) {
      teams.push_back(named);
    } else {
      for (int team : m.EntityList(at)) {
        if (m.context().entity(team).type == EntityType::kOrganization) teams.push_back(team);
      }
    }
    if (teams.empty()) continue;
    int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) {
      // "After loan spells with A and B during 2008, he joined ...".
      int comma = i + 2;
      while (comma < m.size() && comma < i + 16 && !m.IsPunct(comma, ",")) ++comma;
      if (m.IsPunct(comma, ",")) subject = m.ResolvePerson(comma + 1);
      if (subject >= 0 && m.context().entity(subject).type != EntityType::kPerson) subject = -1;
    }
    if (subject < 0) continue;
    for (int team : teams) {
      m.Emit(i, subject, "member_of", EntityObject(m.context(), team), {}, m.TimeFor(i),
             TimeUse::kDuring);
    }
  }
}

// "was traded to the Minnesota Vikings", "drafted by the Kansas City
// Chiefs", "loaned to FC Astana": a player's move to a team, named by an
// organization or after a group noun.
void FindTeamMoves(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    const bool to =
        m.IsAnyWord(i, {"traded", "loaned", "transferred", "sold"}) && m.IsWord(i + 1, "to");
    const bool by = m.IsWord(i, "drafted") && m.IsWord(i + 1, "by");
    if ((!to && !by) || !m.IsAnyWord(i - 1, {"was", "were", "been", "is", "later", "then"})) {
      continue;
    }
    const int team = GroupAt(m, m.SkipDeterminers(i + 2));
    if (team < 0) continue;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    m.Emit(i, subject, "member_of", EntityObject(m.context(), team), {}, m.TimeFor(i),
           TimeUse::kStart);
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
    // ("elected as a Whig to": the tagger may have taken the word for a name.)
    const Unit& unit = m.unit(i);
    const bool named = unit.kind == UnitKind::kEntity && !unit.reference && !unit.possessive;
    if ((unit.kind != UnitKind::kWord || !unit.capitalized) && !named) continue;
    const std::string_view party = PartyOfAdjective(unit.lower);
    // "an Irish Labour Party politician": a party's name before a partisan noun.
    const bool party_name = named && party.empty() &&
                            NamesParty(m.context().entity(unit.entity).name) &&
                            IsPartisanNoun(m.Word(i + 1));
    if (party.empty() && !party_name) continue;
    const bool article = m.IsAnyWord(i - 1, {"a", "an", "the"}) || party_name;
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
    // ("a Republican Obama", "a Democratic Tom Coburn": a name after an
    // article is a figure of speech.)
    const bool before_name = IsNamedPerson(m, i + 1) && !m.unit(i + 1).possessive &&
                             unit.lower != "conservative" && unit.lower != "liberal" &&
                             !m.IsAnyWord(i - 1, {"a", "an"});
    // "X, a Democrat, said": the party noun alone closing an apposition.
    const bool apposition = m.IsAnyWord(i - 1, {"a", "an"}) && m.IsPunct(i - 2, ",") &&
                            (i + 1 >= m.size() || m.unit(i + 1).kind == UnitKind::kPunct);
    if (next == "party" || (!partisan && !alone && !nomination && !before_name && !apposition)) {
      continue;
    }
    int subject = before_name ? m.unit(i + 1).entity : -1;
    // "Democratic Revolutionary Party candidate Martin Torrijos": the name
    // after the noun is the member.
    if (subject < 0 && party_name && IsNamedPerson(m, i + 2) && !m.unit(i + 2).possessive) {
      subject = m.unit(i + 2).entity;
    }
    // "X was a Republican member of", "X, a Democrat,", "elected as a Whig",
    // "X is an Irish Labour Party politician": an article's phrase is said of
    // a subject through a copula, "as" or an apposition only ("Obama
    // attacked the Republican nominee" is about someone else).
    if (subject < 0 && article) {
      int a = i - 1;
      while (a >= 0 && a > i - 3 && !m.IsAnyWord(a, {"a", "an", "the"}) &&
             (m.IsEntity(a) || m.unit(a).capitalized)) {
        --a;  // "an Irish Labour Party": nationalities before the name
      }
      // (The apposition ends where its nouns do: "X, the Democratic
      // candidate stated" is a clause of its own; "As a Republican, I" has
      // no subject before it.)
      int end = i + 1;
      while (end < m.size() && end <= i + 4 &&
             (IsPartisanNoun(m.Word(end)) || RoleHead(m.Word(end)) ||
              m.IsAnyWord(end, {"presidential", "party", "parliamentary"}))) {
        ++end;
      }
      const bool closed = end >= m.size() || m.unit(end).kind == UnitKind::kPunct;
      if (a >= 2 && m.IsAnyWord(a - 1, {"is", "was", "are", "were", "became", "becomes", "remains",
                                        "remained", "as"})) {
        subject = m.SubjectBefore(a - 1, SubjectPolicy::kPerson);
      } else if (closed && m.IsPunct(a - 1, ",") && IsNamedPerson(m, a - 2) &&
                 !m.unit(a - 2).possessive) {
        subject = m.unit(a - 2).entity;
      }
    }
    // "sought the Democratic nomination": the verb's subject.
    if (subject < 0 && nomination) subject = m.VerbSubject(i - 2, SubjectPolicy::kPerson);
    if (party_name && subject < 0) continue;
    if (subject < 0) {
      // "Democratic presidential nominee Hillary Clinton": the name after the
      // nouns of a role ("Republican attacks on Obama" name none).
      int k = i + 1;
      while (k < m.size() && k <= i + 3 && m.unit(k).kind == UnitKind::kWord &&
             (IsPartisanNoun(m.Word(k)) || RoleHead(m.Word(k)) || IsRoleModifier(m.Word(k)) ||
              m.IsAnyWord(k, {"presidential", "parliamentary", "vice", "senate"}))) {
        ++k;
      }
      const std::string_view noun = m.Word(k - 1);
      if (k > i + 1 && (IsPartisanNoun(noun) || RoleHead(noun)) && m.IsEntity(k) &&
          !m.unit(k).reference &&
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
    const FactObject object =
        named ? EntityObject(m.context(), unit.entity) : FactObject{std::string(party), false, -1};
    m.Emit(i, subject, "member_of", object, {}, m.TimeFor(i), TimeUse::kDuring);
  }
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

// "Thomas Anders (ex-Modern Talking)", "X (ex - Steppe Wolves)": a former
// group in parentheses after a person's name, "ex" glued to the group's
// name or written apart. The group is a name (not a person's or a place's)
// closing the parenthesis; the object is the name without "ex-".
void FindFormerGroupInParentheses(SentenceMatcher& m) {
  const FactContext& context = m.context();
  for (int i = 0; i + 3 < m.size(); ++i) {
    if (!IsNamedPerson(m, i) || m.unit(i).possessive || !m.IsPunct(i + 1, "(")) continue;
    int at = i + 2;
    const bool apart = m.IsWord(at, "ex") && (m.IsDash(at + 1) || m.IsPunct(at + 1, "-"));
    if (apart) at += 2;
    if (!m.IsEntity(at) || m.unit(at).reference) continue;
    // ("ex-Modern" tagged, "Talking" left a word: the name runs to the ")".)
    int close = at + 1;
    while (close < m.size() && close < at + 5 && m.unit(close).kind == UnitKind::kWord &&
           m.unit(close).capitalized) {
      ++close;
    }
    if (!m.IsPunct(close, ")")) continue;
    const Entity& group = context.entity(m.unit(at).entity);
    if (group.type == EntityType::kPerson || group.type == EntityType::kLocation) continue;
    const std::string name = m.TextOf(at, close);
    const bool glued = AsciiLower(name).starts_with("ex-");
    if (!apart && !glued) continue;
    FactObject object = EntityObject(context, m.unit(at).entity);
    if (glued) {
      object = FactObject{name.substr(3), false, -1};
    } else if (close > at + 1) {
      object = FactObject{name, false, -1};
    }
    if (object.value.empty()) continue;
    m.Emit(at, m.unit(i).entity, "member_of", object);
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
    // ("Kazakh singer X": a nationality is no group.)
    if (!CountryNamed(AsciiLower(group.name)).empty()) continue;
    const int name = m.IsPunct(at + 1, ",") ? at + 2 : at + 1;
    int member = IsNamedPerson(m, name) && !m.unit(name).possessive ? m.unit(name).entity : -1;
    // "X ran as the MMD candidate", "X was the Fall Out Boy bassist": the
    // phrase said of a subject through "as" or a copula ("X attacked the MMD
    // candidate" is about someone else).
    if (member < 0 && m.IsWord(i - 1, "the") &&
        m.IsAnyWord(i - 2, {"as", "is", "was", "became", "remains", "remained"}) &&
        !m.IsAnyWord(i - 3, {"not", "never"}) && !m.IsAnyWord(i - 4, {"not", "never"})) {
      member = m.SubjectBefore(i - 2, SubjectPolicy::kPerson);
    }
    if (member < 0) continue;
    m.Emit(at, member, "member_of", EntityObject(context, m.unit(i).entity), {}, m.TimeFor(at),
           TimeUse::kDuring);
  }
}

// "drummer Jay Ziskrout left Bad Religion", "guitarist X rejoined the band
// Y": a member's noun, the name, a verb of leaving or joining and the group
// (an organization, or a name after a group noun).
void FindMembersLeavingAndJoining(SentenceMatcher& m) {
  for (int i = 0; i + 3 < m.size(); ++i) {
    if (!IsNamedPerson(m, i + 1) || m.unit(i + 1).possessive || !IsMemberNoun(m.Word(i))) continue;
    const bool left = m.IsAnyWord(i + 2, {"left", "quit"});
    if (!left && !m.IsAnyWord(i + 2, {"joined", "rejoined"})) continue;
    const int at = m.SkipDeterminers(i + 3);
    int group = GroupAt(m, at);
    if (group < 0 && m.IsEntity(at) && !m.unit(at).reference &&
        m.context().entity(m.unit(at).entity).type == EntityType::kOrganization) {
      group = m.unit(at).entity;
    }
    if (group < 0) continue;
    m.Emit(i + 2, m.unit(i + 1).entity, "member_of", EntityObject(m.context(), group), {},
           m.TimeFor(i + 2), left ? TimeUse::kEnd : TimeUse::kStart);
  }
}

// Verbs that list a group's members: "the group consists of vocalist X",
// "formed in 1976 by guitarist X", "later recruiting drummer Y".
bool IsLineupVerb(std::string_view w) {
  for (std::string_view verb :
       {"consists", "consisted", "comprises", "comprised", "comprising", "features", "featured",
        "featuring", "includes", "included", "including", "formed", "founded", "recruited",
        "recruiting", "recruits", "joined"}) {
    if (w == verb) return true;
  }
  return false;
}

// The group a lineup verb at `verb` is about: the organization that is its
// subject ("Joy Division was formed by"), or the one "the group"/"the band"
// before it refers to; -1 when none.
int LineupGroup(const SentenceMatcher& m, int verb) {
  int k = verb - 1;
  while (k >= 0 && (IsAuxiliary(m.Word(k)) || IsAdverb(m.Word(k)))) --k;
  if (IsGroupNoun(m.Word(k)) && m.IsAnyWord(k - 1, {"the", "this"})) {
    return m.context().RecentOrganization(m.unit(k).span.start, m.Word(k));
  }
  const int subject = m.SubjectBefore(verb, SubjectPolicy::kPersonOrOrg);
  return subject >= 0 && m.context().entity(subject).type != EntityType::kPerson ? subject : -1;
}

// "the group consists of vocalist A, guitarist B and drummer C", "X was
// formed by guitarist A and bassist B, later recruiting singer C": each
// member noun and name in a lineup verb's list is the group's member.
void FindLineups(SentenceMatcher& m) {
  const FactContext& context = m.context();
  for (int i = 1; i + 1 < m.size(); ++i) {
    if (!IsMemberNoun(m.Word(i)) || !IsNamedPerson(m, i + 1) || m.unit(i + 1).possessive) continue;
    if (m.IsEntity(i - 1) || m.IsWord(i - 1, "lead")) continue;  // "Fall Out Boy bassist X"
    // Leftwards through the list ("vocalist A, guitarist B and") to its
    // verb, directly or through "of"/"by" ("formed in 1976 by"); anything
    // else ("after the death of singer X") is no lineup.
    int group = -1;
    for (int k = i - 1; k >= 0; --k) {
      if (m.IsPunct(k, ",") || m.IsAnyWord(k, {"and", "later", "then"}) ||
          IsMemberNoun(m.Word(k)) || IsNamedPerson(m, k)) {
        continue;
      }
      if (m.IsAnyWord(k, {"of", "by"})) {
        --k;
        if (m.IsTime(k) && m.IsAnyWord(k - 1, {"in", "on"})) k -= 2;  // "formed in 1976 by"
      }
      if (!IsLineupVerb(m.Word(k))) break;
      // "formed by A and B, later recruiting C": a verb whose subject is a
      // person continues the list of the verb before it.
      group = LineupGroup(m, k);
      if (group >= 0) break;
    }
    if (group < 0) continue;
    m.Emit(i, m.unit(i + 1).entity, "member_of", EntityObject(context, group), {}, m.TimeFor(i),
           TimeUse::kDuring);
  }
}

}  // namespace

void FindPartyMembership(SentenceMatcher& m) {
  FindTeamMembership(m);
  FindTeamSpells(m);
  FindTeamMoves(m);
  FindLineups(m);
  FindMembersLeavingAndJoining(m);
  FindPartyAdjectives(m);
  FindAffiliationAfterName(m);
  FindFormerGroupInParentheses(m);
  FindGroupNounBeforeName(m);
  for (int i = 0; i + 2 < m.size(); ++i) {
    // "a candidate of the Ak Zhol party"; "represented the Moderate Party".
    const bool verb = m.IsAnyWord(i, {"represented", "representing", "represents", "represent"});
    if (!verb && (!IsPartisanNoun(m.Word(i)) || !m.IsAnyWord(i + 1, {"for", "of", "from"}))) {
      continue;
    }
    int begin = verb ? i + 1 : i + 2;
    if (m.IsWord(begin, "the")) ++begin;
    // "represents a big expansion of the Republican Party": a verb's party
    // is named right after it.
    if (verb && !m.IsEntity(begin) && !m.unit(begin).capitalized) continue;
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
    // ("was elected representing": a participle after a verb has its subject.)
    const bool own_subject = verb && m.CommonNounBefore(i) && !m.Word(i - 1).ends_with("ed");
    const int subject = own_subject ? -1 : m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    m.Emit(i, subject, "member_of", *party, {}, m.TimeFor(i), TimeUse::kDuring);
  }
}

}  // namespace dossier::internal
