// English patterns for citizenship (citizen_of, object: the country): a
// nationality adjective describing a person ("X is an American songwriter",
// "X, a Kazakh journalist,", "Kazakh journalist X") and citizenship stated
// ("a citizen of Canada", "became a Russian citizen in 2001", "holds
// Israeli citizenship"), a country competed for ("represented Norway at the
// Olympics", "the Ghana national team") and a country's possessive ("one of
// Chile's greatest painters"). Countries come from countries.h; citizenship
// inferred from an office or a birthplace is in fact_citizenship_inferred_en.cc.
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// The country a unit names as a nationality: a capitalized word or a
// mention of no person whose text is a country's name or adjective; empty
// otherwise.
std::string_view CountryAt(const SentenceMatcher& m, int i) {
  if (i < 0 || i >= m.size()) return {};
  const Unit& u = m.unit(i);
  if (u.kind == UnitKind::kWord && u.capitalized) return CountryOfNationalityChain(u.lower);
  if (u.kind == UnitKind::kEntity && !u.reference && !u.possessive &&
      m.context().entity(u.entity).type != EntityType::kPerson) {
    return CountryOfNationalityChain(u.lower);
  }
  return {};
}

// The country a capitalized demonym noun names ("Irishman", "Frenchwoman",
// "Englishmen": the nationality before "man"/"woman"); empty otherwise.
std::string_view DemonymAt(const SentenceMatcher& m, int i) {
  if (i < 0 || i >= m.size() || m.unit(i).kind != UnitKind::kWord || !m.unit(i).capitalized) {
    return {};
  }
  return CountryOfDemonymNoun(m.unit(i).lower);
}

// Whether a lower-case word names a person by occupation ("pianist",
// "composer", "governor", "songwriter"): a role head or an agent noun.
bool IsPersonNoun(std::string_view w) {
  if (w.empty()) return false;
  if (RoleHead(w)) return true;
  // "statesman", "businesswoman", "noblemen".
  for (std::string_view end : {"er", "or", "ist", "ian", "ess", "ant", "ent", "sman", "swoman"}) {
    if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
  }
  for (std::string_view noun :
       {"poet",        "priest",      "model",     "oligarch", "tycoon",      "magnate",
        "billionaire", "millionaire", "athlete",   "coach",    "official",    "diplomat",
        "soldier",     "pilot",       "judge",     "monk",     "nun",         "heir",
        "mogul",       "spy",         "star",      "chef",     "envoy",       "hero",
        "expert",      "economist",   "jockey",    "figure",   "scholar",     "expatriate",
        "architect",   "playwright",  "critic",    "academic", "aristocrat",  "entrepreneur",
        "admiral",     "general",     "colonel",   "marshal",  "astronaut",   "cosmonaut",
        "soprano",     "tenor",       "baritone",  "surgeon",  "executive",   "socialite",
        "nobleman",    "noblewoman",  "statesman", "chairman", "businessman", "sportsman"}) {
    if (w == noun) return true;
  }
  return false;
}

// A word that opens a name: a form of address or a rank ("Dr.", "Sir",
// "General Lucius D. Clay", "Rear Admiral X").
bool IsHonorific(std::string_view w) {
  for (std::string_view h :
       {"dr.",     "dr",         "sir",      "mr.",     "mr",        "mrs.",      "mrs",
        "ms.",     "lord",       "dame",     "general", "admiral",   "colonel",   "major",
        "captain", "lieutenant", "sergeant", "marshal", "commander", "professor", "prof."}) {
    if (w == h) return true;
  }
  return false;
}

// A country named at a unit.
struct Nationality {
  std::string_view country;
  int unit = -1;
};

bool Negated(const SentenceMatcher& m, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
    if (m.IsAnyWord(k, {"not", "never", "n't", "no"})) return true;
  }
  return false;
}

// The nationalities describing a noun from unit `begin` on ("an American
// former professional footballer", "a Russian and Israeli businessman",
// "a Canadian-born American actor": American only): the countries named
// before the first lower-case word that is no adverb, within a few units.
// `*end` is set past the description's noun.
std::vector<Nationality> NationalitiesFrom(const SentenceMatcher& m, int begin, int* end) {
  std::vector<Nationality> countries;
  bool described = false;  // a word after the last nationality: the noun described
  int j = begin;
  for (; j < m.size() && j < begin + 7; ++j) {
    const std::string_view country = CountryAt(m, j);
    if (!country.empty()) {
      // "Canadian-born", "Russian-American": the country before a hyphen is
      // an origin, not the citizenship (the last one of the chain counts).
      if (m.IsDash(j + 1) || m.IsPunct(j + 1, "-")) continue;
      countries.push_back({country, j});
      described = false;
      continue;
    }
    if (m.IsEntity(j) && !m.unit(j).reference &&
        m.context().entity(m.unit(j).entity).type != EntityType::kPerson) {
      // A name the tagger took with the nationality ("Soviet Armenian
      // Grandmaster") or after it ("Swedish Christian"): its leading
      // nationalities, then the noun described.
      std::string_view rest = m.unit(j).lower;
      for (size_t space = rest.find(' '); space != std::string_view::npos; space = rest.find(' ')) {
        const std::string_view country = CountryNamed(rest.substr(0, space));
        if (country.empty()) break;
        countries.push_back({country, j});
        rest = rest.substr(space + 1);
      }
      // "a Mexican War hero": the name is a thing of the country, unless
      // what follows the nationality names a person ("Grandmaster").
      const bool agent = rest.ends_with("er") || rest.ends_with("or") || rest.ends_with("ist") ||
                         rest.ends_with("ian") || RoleHead(rest).has_value();
      if (countries.empty() || rest.find(' ') != std::string_view::npos || !agent) break;
      described = true;
      continue;
    }
    const std::string_view w = m.Word(j);
    if (w == "and" || w == "-born" || m.IsPunct(j, "-") || m.IsDash(j) ||
        (w.size() > 5 && w.substr(w.size() - 5) == "-born")) {
      continue;
    }
    if (w == "born") {
      countries.clear();  // "German-born": an origin
      continue;
    }
    if (w.empty() || IsPreposition(w) ||
        m.IsAnyWord(j, {"who", "which", "that", "whose", "of", "in", "from"})) {
      break;
    }
    // "a U.S. Representative", "a British Army officer": capitalized words
    // after the nationality belong to the noun; before it, a name ends it.
    // ("a Flemish Belgian journalist": a capitalized word right before a
    // nationality describes too.)
    if (m.unit(j).capitalized && countries.empty() && CountryAt(m, j + 1).empty()) break;
    // "a retired Pakistani general": words before the nationality describe too.
    if (!countries.empty()) described = true;
    if (described && !m.unit(j).capitalized && !IsAdverb(w) && !IsRoleModifier(w) &&
        !IsTenseModifier(w)) {
      break;  // the noun
    }
  }
  *end = j;
  if (!described) countries.clear();
  return countries;
}

void EmitCitizenships(SentenceMatcher& m, int trigger, int subject,
                      const std::vector<Nationality>& countries, int time_unit = -1) {
  for (const Nationality& n : countries) {
    m.Emit(trigger, subject, "citizen_of", CountryObject(m, n.country, n.unit), {}, time_unit,
           TimeUse::kStart);
  }
}

// "X is/was an American songwriter", "X, a Kazakh journalist,".
void FindNationalityDescriptions(SentenceMatcher& m) {
  for (int i = 0; i + 2 < m.size(); ++i) {
    const bool copula = m.IsAnyWord(i, {"is", "was"});
    // "X, a Kyrgyz economist", "X (1927–2006), Hungarian football player".
    int named = i - 1;
    if (m.IsPunct(named, ")")) {
      for (int depth = 0; named >= 0; --named) {
        if (m.IsPunct(named, ")")) ++depth;
        if (m.IsPunct(named, "(") && --depth == 0) break;
      }
      --named;
    }
    // ("Ursula Jones — a retired British actress": a dash opens it too.)
    const bool apposition =
        (m.IsPunct(i, ",") || m.IsDash(i)) && m.IsEntity(named) && !m.unit(named).reference;
    if (!copula && !apposition) continue;
    int j = i + 1;
    while (IsAdverb(m.Word(j))) ++j;
    const bool bare = apposition && named < i - 1;  // after a parenthesis, no article needed
    const bool article = m.IsAnyWord(j, {"a", "an"});
    if (!article && !bare) continue;
    const int from = article ? j + 1 : j;  // the description's first unit
    int end = 0;
    std::vector<Nationality> countries = NationalitiesFrom(m, from, &end);
    if (countries.empty()) {
      // "a footballer from Argentina": a country (not a city) of origin.
      int k = from;
      // ("a Pentecostal pastor from Nigeria": a capitalized adjective may describe too.)
      // (The tagger may take it for a name: "Pentecostal" a place.)
      // ("a lawyer, writer, poet and a prominent legislator from Ceylon": a
      // list of nouns; no clause word or participle: "a lawyer who moved from".)
      while (
          k < m.size() && k < from + 12 && !m.IsWord(k, "from") &&
          (m.IsPunct(k, ",") ||
           (!m.Word(k).empty() && !m.IsAnyWord(k, {"who", "which", "that", "whose"}) &&
            !m.Word(k).ends_with("ed") && !IsAuxiliary(m.Word(k)) && !IsPreposition(m.Word(k))) ||
           // (One word, no organization: "a Republican National
           // Committeeman from Georgia" is a party's delegate of a state.)
           (k == from && m.IsEntity(k) && !m.unit(k).reference &&
            m.unit(k).lower.find(' ') == std::string::npos &&
            m.context().entity(m.unit(k).entity).type != EntityType::kPerson &&
            m.context().entity(m.unit(k).entity).type != EntityType::kOrganization))) {
        ++k;
      }
      // "a folk singer from Malatya, Turkey": the country after a place.
      int at = k + 1;
      if (CountryAt(m, at).empty() && m.IsEntity(at) && m.IsPunct(at + 1, ",")) at += 2;
      const std::string_view country = CountryAt(m, at);
      if (k > from && m.IsWord(k, "from") && !country.empty() &&
          !IsNationalityAdjective(m.unit(at).lower)) {
        countries.push_back({country, at});
      }
    }
    if (countries.empty() || Negated(m, i + 1)) continue;
    const int subject = copula ? m.VerbSubject(i, SubjectPolicy::kPerson) : m.unit(named).entity;
    if (subject < 0 || m.context().entity(subject).type != EntityType::kPerson) continue;
    EmitCitizenships(m, from, subject, countries);
  }
}

// "Kazakh journalist X", "the Kyrgyz President X", "American actor X": a
// nationality, one to three lower-case words or role heads, a person.
void FindNationalityBeforeNames(SentenceMatcher& m) {
  for (int i = 0; i + 1 < m.size(); ++i) {
    // "Irishman Tadhg Kennelly": a demonym noun right before a name.
    const std::string_view demonym = DemonymAt(m, i);
    if (!demonym.empty() && IsNamedPerson(m, i + 1) && !m.unit(i + 1).reference) {
      EmitCitizenships(m, i, m.unit(i + 1).entity, {{demonym, -1}});
      continue;
    }
    if (i + 2 >= m.size()) continue;
    const std::string_view country = CountryAt(m, i);
    if (country.empty() || m.IsDash(i + 1) || m.IsPunct(i + 1, "-")) continue;
    int j = i + 1;
    int honorific = -1;  // the unit of a "Dr." before the name
    // "Australian recording artist and songwriter X", "American singer -
    // songwriter X", "Ecuadorian ex - president X".
    while (j < m.size() && j <= i + 7 && !m.IsEntity(j)) {
      if ((m.IsPunct(j, "-") || m.IsDash(j)) && j > i + 1 && !m.Word(j + 1).empty()) {
        ++j;
        continue;
      }
      // "the Polish pianist, composer and teacher X": a list of role nouns.
      if (m.IsPunct(j, ",") && j > i + 1 && IsPersonNoun(m.Word(j - 1)) &&
          IsPersonNoun(m.Word(j + 1))) {
        ++j;
        continue;
      }
      const std::string_view w = m.Word(j);
      // ("record producer and recording artist X": one modifier before the noun.)
      if (w == "and" && j > i + 1 &&
          (IsPersonNoun(m.Word(j + 1)) ||
           (!m.Word(j + 1).empty() && !m.unit(j + 1).capitalized && !IsAuxiliary(m.Word(j + 1)) &&
            IsPersonNoun(m.Word(j + 2))))) {
        ++j;
        continue;
      }
      // "Malaysian Prime Minister Dr. Mahathir", "the American military
      // governor General Lucius D. Clay", "Rear Admiral X": an honorific or
      // a rank opens the name.
      if (m.unit(j).capitalized && (IsHonorific(m.Word(j)) || IsHonorific(m.Word(j + 1)))) {
        int name = m.IsPunct(j + 1, ".") ? j + 2 : j + 1;
        if (!m.IsEntity(name) && IsHonorific(m.Word(name))) ++name;  // "Rear Admiral"
        if (m.IsEntity(name)) {
          honorific = j;
          j = name;
          break;
        }
      }
      // ("Prime Minister", "Vice President": a capitalized word before a role head.)
      if (w.empty() || w == "born" ||
          (m.unit(j).capitalized && !RoleHead(w) && !RoleHead(m.Word(j + 1)))) {
        break;
      }
      if (IsAuxiliary(w) || IsPreposition(w) || IsReportingVerb(w) || w == "and" || w == "who" ||
          w == "as" || w == "known" || w == "whose" ||
          (w.size() > 3 && w.substr(w.size() - 2) == "ed")) {
        break;
      }
      ++j;
    }
    if (!m.IsEntity(j) || m.unit(j).reference) continue;
    if (j == i + 1) {
      // "a novel by Jamaican Roger Mais": an adjective right before a name
      // (a name of several words: "Russian Ivan" may be a tagger's join).
      if (IsNationalityAdjective(m.unit(i).lower) && IsNamedPerson(m, j) &&
          m.TextOf(j, j + 1).find(' ') != std::string::npos && !m.unit(j).possessive) {
        EmitCitizenships(m, i, m.unit(j).entity, {{country, i}});
      }
      continue;
    }
    // "the Chilean artists A and B": a plural noun describes each of a list.
    const int noun = (honorific >= 0 ? honorific : j) - 1;
    const std::string_view last = m.Word(noun);
    std::vector<int> persons = {m.unit(j).entity};
    // ("British diplomat praises Obama", "Syrian refugees Obama will accept":
    // one name after a verb or a plural is no one described.)
    if (last.size() > 3 && last.back() == 's' && !last.ends_with("ss") && !RoleHead(last)) {
      persons = m.EntityList(j);
      if (persons.size() < 2) continue;
    } else if (honorific != i + 1 && !IsPersonNoun(last) &&
               !IsPersonNoun(AsciiLower(m.TextOf(noun, noun + 1)))) {
      // ("British Rear Admiral X": the rank is the noun.)
      continue;  // "British envoys met X": the word before the name is a verb
    }
    for (int person : persons) {
      if (m.context().entity(person).type != EntityType::kPerson) continue;
      EmitCitizenships(m, i, person, {{country, i}});
    }
  }
}

// "X played for the Ghana national team", "was called up to the Turkey
// national football team", "his debut for the Canada national side": a
// country's national team a person plays for.
void FindNationalTeam(SentenceMatcher& m) {
  for (int i = 1; i + 1 < m.size(); ++i) {
    if (!m.IsWord(i, "national")) continue;
    const std::string_view country = CountryAt(m, i - 1);
    if (country.empty() || IsNationalityAdjective(m.unit(i - 1).lower)) continue;
    bool team = false;
    for (int k = i + 1; k < m.size() && k <= i + 3 && !team; ++k) {
      team = m.IsAnyWord(k, {"team", "squad", "side", "eleven"});
    }
    if (!team) continue;
    int verb = -1;
    for (int k = i - 2; k >= 0 && k >= i - 7; --k) {
      if (m.unit(k).kind == UnitKind::kPunct) break;
      if (m.IsAnyWord(k, {"played", "plays", "playing", "called", "selected", "capped", "debut",
                          "debuted", "represented", "represents", "captained", "joined"})) {
        verb = k;
        break;
      }
    }
    if (verb < 0 || Negated(m, verb)) continue;
    // "his debut for": the noun's subject is the clause's.
    const int subject = m.IsWord(verb, "debut") ? m.SubjectBefore(verb, SubjectPolicy::kPerson)
                                                : m.VerbSubject(verb, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    EmitCitizenships(m, verb, subject, {{country, i - 1}});
  }
}

// "X was one of Chile's greatest painters", "X, Scotland's national poet,",
// "X is South Africa's Minister of Finance": a country's possessive before
// a few words and a person noun, said of a person by a copula or apposition.
void FindCountryPossessiveDescription(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    const Unit& u = m.unit(i);
    if (u.kind != UnitKind::kEntity || !u.possessive || u.reference ||
        m.context().entity(u.entity).type != EntityType::kLocation ||
        IsNationalityAdjective(u.lower)) {
      continue;
    }
    const std::string_view country = CountryNamed(AsciiLower(m.context().entity(u.entity).name));
    if (country.empty()) continue;
    auto person_noun = [&](int at) {
      const std::string_view w = m.Word(at);
      return IsPersonNoun(w) || (w.ends_with('s') && IsPersonNoun(w.substr(0, w.size() - 1)));
    };
    int k = i + 1;
    while (k < m.size() && k <= i + 4 && !m.Word(k).empty() && !person_noun(k)) ++k;
    // What stands before the country: "is", "was one of", "X,".
    int before = i - 1;
    const bool one_of = m.IsWord(before, "of") && m.IsWord(before - 1, "one");
    if (one_of) before -= 2;
    // ("one of Chile's greatest painters": a plural only after "one of".)
    if (!person_noun(k) || (!IsPersonNoun(m.Word(k)) && !one_of)) continue;
    int subject = -1;
    if (m.IsAnyWord(before, {"is", "was", "became"}) && !Negated(m, before + 1)) {
      subject = m.VerbSubject(before, SubjectPolicy::kPerson);
    } else if (m.IsPunct(before, ",") && m.IsEntity(before - 1) && !m.unit(before - 1).reference &&
               !m.unit(before - 1).possessive) {
      subject = m.unit(before - 1).entity;
    }
    if (subject < 0 || m.context().entity(subject).type != EntityType::kPerson) continue;
    EmitCitizenships(m, i, subject, {{country, i}});
  }
}

// The unit of the person named after the possessive at `i` and a few
// lower-case words ending in a person noun ("Scotland's national poet
// Robert Burns"); -1 when none. A rival or an enemy is no compatriot.
int DescribedAfterPossessive(const SentenceMatcher& m, int i) {
  if (!m.unit(i).possessive) return -1;
  int k = i + 1;
  while (k < m.size() && k <= i + 3 && m.unit(k).kind == UnitKind::kWord &&
         !m.unit(k).capitalized) {
    if (m.IsAnyWord(k, {"enemy", "rival", "foe", "opponent", "critic", "ally"})) return -1;
    ++k;
  }
  if (k == i + 1 || !IsPersonNoun(m.Word(k - 1)) || !IsNamedPerson(m, k) || m.unit(k).possessive) {
    return -1;
  }
  return k;
}

// "Charles VII of France", "Nazarbayev of Kazakhstan", "Kazakhstan's
// Nazarbayev", "Malta's Chiara": a person named with a country.
void FindCountryWithName(SentenceMatcher& m) {
  const FactContext& context = m.context();
  auto person_at = [&](int k) { return IsNamedPerson(m, k); };
  for (int i = 0; i + 1 < m.size(); ++i) {
    if (!m.IsEntity(i) || m.unit(i).reference) continue;
    int person = -1, country_unit = -1;
    // "Charles VII of France"; a one-word name "of" a country is a title
    // ("Lewis of Luxembourg"), and so may a tagged "Nintendo of America" be.
    const bool several_words = m.TextOf(i, i + 1).find(' ') != std::string::npos;
    if (person_at(i) && several_words && !m.unit(i).possessive && m.IsWord(i + 1, "of") &&
        !RoleHead(m.Word(i - 1))) {
      country_unit = m.SkipDeterminers(i + 2);
      person = m.unit(i).entity;
      // "X of France's ...": the country describes what follows.
      if (!m.IsEntity(country_unit) || m.unit(country_unit).possessive) continue;
    } else if (m.unit(i).possessive && person_at(i + 1)) {
      country_unit = i;
      person = m.unit(i + 1).entity;
    } else if (const int named = DescribedAfterPossessive(m, i); named >= 0) {
      // "Scotland's national poet Robert Burns", "Kazakhstan's deputy
      // finance minister X": a person noun between.
      country_unit = i;
      person = m.unit(named).entity;
    } else {
      continue;
    }
    const Entity& place = context.entity(m.unit(country_unit).entity);
    if (place.type != EntityType::kLocation) continue;
    const std::string lower = AsciiLower(place.name);
    const std::string_view country = CountryNamed(lower);
    if (country.empty() || IsNationalityAdjective(lower)) continue;
    EmitCitizenships(m, i, person, {{country, country_unit}});
  }
}

// "a citizen of Canada", "became a naturalized American citizen in 2001",
// "holds Russian and Israeli citizenship"; not after "renounced", "lost",
// "stripped of", "applied for" or a negation.
void FindCitizenshipStated(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    if (!m.IsAnyWord(i, {"citizen", "citizenship", "citizens", "nationality"})) continue;
    bool lost = Negated(m, i);
    for (int k = i - 1; k >= 0 && k >= i - 6; --k) {
      lost = lost || m.IsAnyWord(k, {"renounced", "renounce", "lost", "stripped", "revoked",
                                     "applied", "seeking", "sought", "deprived", "wants"});
    }
    if (lost) continue;
    std::vector<Nationality> countries;
    for (int k = i - 1; k >= 0 && k >= i - 5; --k) {
      const std::string_view country = CountryAt(m, k);
      if (!country.empty()) {
        countries.push_back({country, k});
      } else if (!m.IsAnyWord(k, {"and", "dual", "naturalized", "naturalised"}) &&
                 !m.IsPunct(k, ",")) {
        break;
      }
    }
    if (countries.empty() && m.IsWord(i + 1, "of")) {
      const int k = m.SkipDeterminers(i + 2);
      const std::string_view country = CountryAt(m, k);
      if (!country.empty()) countries.push_back({country, k});
    }
    if (countries.empty()) continue;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    EmitCitizenships(m, i, subject, countries, m.TimeFor(i));
  }
}

// Whether a word names a sports or song contest between countries.
bool IsContestWord(std::string_view w) {
  for (std::string_view contest : {"olympics", "olympic", "games", "championships", "championship",
                                   "cup", "contest", "tournament", "olympiad", "paralympics"}) {
    if (w == contest) return true;
  }
  return false;
}

// "represented Norway at the 1952 Winter Olympics", "to represent China at
// the World Championships", "represented Ireland in the Eurovision Song
// Contest": a country a person competed for (not a lawyer's client: the
// contest must follow).
void FindCountryRepresented(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    if (!m.IsAnyWord(i, {"represented", "represent", "represents", "representing"})) continue;
    const std::string_view country = CountryAt(m, i + 1);
    if (country.empty() || m.unit(i + 1).possessive ||
        IsNationalityAdjective(m.unit(i + 1).lower) || !m.IsAnyWord(i + 2, {"at", "in"}) ||
        Negated(m, i)) {
      continue;
    }
    bool contest = false;
    for (int k = i + 3; k < m.size() && k <= i + 8 && !contest; ++k) {
      if (m.IsPunct(k, ",") || m.IsPunct(k, ".")) break;
      std::string_view text = m.unit(k).lower;  // a word, or an entity's words
      for (size_t space = text.find(' '); !contest; space = text.find(' ')) {
        contest = IsContestWord(text.substr(0, space));
        if (space == std::string_view::npos) break;
        text = text.substr(space + 1);
      }
    }
    if (!contest) continue;
    const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    EmitCitizenships(m, i, subject, {{country, i + 1}});
  }
}

}  // namespace

int EntityIndexOf(const FactContext& context, std::string_view id) {
  for (int e = 0; e < context.entity_count(); ++e) {
    if (context.entity(e).id == id) return e;
  }
  return -1;
}

// The country as an object: the location entity at unit `at` when it names
// the country ("acquired US citizenship"), else the document's location
// entity naming it ("Canada", "U.S."), else its name as a literal.
FactObject CountryObject(const SentenceMatcher& m, std::string_view country, int at) {
  const FactContext& context = m.context();
  auto names = [&](int e) {
    const std::string lower = AsciiLower(context.entity(e).name);
    return context.entity(e).type == EntityType::kLocation && CountryNamed(lower) == country &&
           !IsNationalityAdjective(lower);
  };
  if (m.IsEntity(at) && names(m.unit(at).entity)) return EntityObject(context, m.unit(at).entity);
  for (int e = 0; e < context.entity_count(); ++e) {
    if (names(e)) return EntityObject(context, e);
  }
  return FactObject{std::string(country), false, -1};
}

// "he was unknown in his native Poland", "returned to Tyminski's native
// Poland": a person's native country.
void FindNativeCountry(SentenceMatcher& m) {
  for (int i = 1; i + 1 < m.size(); ++i) {
    if (!m.IsWord(i, "native")) continue;
    const std::string_view country = CountryAt(m, i + 1);
    // ("his native Georgia" in American news is as often the state.)
    if (country.empty() || IsNationalityAdjective(m.unit(i + 1).lower) ||
        m.unit(i + 1).lower == "georgia") {
      continue;
    }
    int person = -1;
    if (m.IsAnyWord(i - 1, {"his", "her"})) {
      person = m.ResolvePerson(i - 1);
    } else if (m.IsEntity(i - 1) && m.unit(i - 1).possessive) {
      person = m.unit(i - 1).reference ? m.ResolvePerson(i - 1) : m.unit(i - 1).entity;
    }
    if (person < 0 || m.context().entity(person).type != EntityType::kPerson) continue;
    EmitCitizenships(m, i, person, {{country, i + 1}});
  }
}

void FindCitizenshipFacts(SentenceMatcher& m) {
  FindNativeCountry(m);
  FindNationalityDescriptions(m);
  FindNationalityBeforeNames(m);
  FindCitizenshipStated(m);
  FindCountryWithName(m);
  FindCountryRepresented(m);
  FindCountryPossessiveDescription(m);
  FindNationalTeam(m);
}

}  // namespace dossier::internal
