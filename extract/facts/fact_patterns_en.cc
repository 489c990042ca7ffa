// English prose patterns for life events: birth, death, education,
// residence and moves.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "extract/countries/countries.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// After "born" or "died": the date (a time) and the place ("in"/"at" PLACE)
// up to the end of the clause.
void DateAndPlaceAfter(SentenceMatcher& m, int trigger, int subject, std::string_view on,
                       std::string_view in) {
  bool have_date = false;
  bool have_place = false;
  for (int j = trigger + 1; j < m.size() && j < trigger + 16;) {
    if (m.IsPunct(j, ";") || m.IsPunct(j, ")") || m.IsPunct(j, "(") || m.IsDash(j)) break;
    // "(born March 28, 1973, Youngstown, Ohio)": a place entity after the date.
    if (m.IsPunct(j, ",") && have_date && !have_place && m.IsEntity(j + 1) &&
        !m.unit(j + 1).reference &&
        m.context().entity(m.unit(j + 1).entity).type == EntityType::kLocation) {
      m.Emit(trigger, subject, in, EntityObject(m.context(), m.unit(j + 1).entity));
      break;
    }
    // "in St Louis, Missouri on January 26": the place's region is
    // skipped; "at Luster in Sogn og Fjordane": the region after "in" is a
    // birthplace too (a country is read as the citizenship,
    // fact_citizenship_inferred_en.cc).
    if ((m.IsPunct(j, ",") || m.IsWord(j, "in")) && have_place && m.IsEntity(j + 1) &&
        !m.unit(j + 1).reference &&
        m.context().entity(m.unit(j + 1).entity).type == EntityType::kLocation) {
      if (m.IsWord(j, "in") &&
          CountryNamed(AsciiLower(m.context().entity(m.unit(j + 1).entity).name)).empty()) {
        m.Emit(trigger, subject, in, EntityObject(m.context(), m.unit(j + 1).entity));
      }
      j += 2;
      continue;
    }
    // (", to the Reverend X and Y": the parents after the place.)
    if (m.IsPunct(j, ",") && !m.IsAnyWord(j + 1, {"in", "at", "on"}) && !m.IsTime(j + 1) &&
        !(on == "born_on" && m.IsWord(j + 1, "to"))) {
      break;
    }
    // "was born in Dublin to Peter Mumba and Barbara": the parents.
    if (m.IsWord(j, "to") && on == "born_on") {
      int k = j + 1;
      while (k < m.size() && k <= j + 3 && !m.IsEntity(k) &&
             (m.IsAnyWord(k, {"the", "a"}) || m.unit(k).capitalized)) {
        ++k;  // "to the Reverend Joseph Brewster"
      }
      std::vector<int> parents;
      for (int parent : m.EntityList(k)) {
        if (m.context().entity(parent).type == EntityType::kPerson) parents.push_back(parent);
      }
      EmitParents(m, j, subject, parents);
      break;
    }
    if (m.IsAnyWord(j, {"to", "into", "and", "after", "when", "while", "because"}) &&
        !m.IsWord(j + 1, "raised")) {
      break;
    }
    if (m.IsTime(j) && !have_date) {
      std::string date = DateAtPrecision(m.context().time(m.unit(j).time));
      if (!date.empty()) m.Emit(trigger, subject, on, FactObject{date, false, -1});
      have_date = true;
      ++j;
      continue;
    }
    if (m.IsAnyWord(j, {"in", "at"}) && !m.IsTime(j + 1) && !have_place) {
      auto [b, e] = m.Phrase(j + 1);
      if (auto place = m.ObjectOf(b, e, ObjectPolicy::kPlace)) {
        m.Emit(trigger, subject, in, *place);
        have_place = true;
      }
      j = e > j + 1 ? e : j + 1;
      continue;
    }
    ++j;
  }
  // "On 18 May 1980, the eve of the tour, Curtis was found dead in his
  // home": the date the sentence opens with, when the clause has none.
  if (!have_date) {
    if (const int opening = m.OpeningDate(); opening >= 0) {
      const std::string date = DateAtPrecision(m.context().time(opening));
      if (!date.empty()) m.Emit(trigger, subject, on, FactObject{date, false, -1});
    }
  }
}

// "moved to Astana, where he died in 2010", "Taraz, where she was born":
// the place a "where" clause of the verb at `verb` refers back to, unless
// the clause names its own ("where he died in Paris").
void PlaceOfWhere(SentenceMatcher& m, int verb, int subject, std::string_view in) {
  if (m.IsAnyWord(verb + 1, {"in", "at"}) && m.IsEntity(verb + 2)) return;
  int k = verb - 1;
  while (k >= 0 && (IsAuxiliary(m.Word(k)) || IsAdverb(m.Word(k)))) --k;
  // The clause's subject: a pronoun or a name.
  if (!m.IsEntity(k) && !m.IsAnyWord(k, {"he", "she"})) return;
  if (!m.IsWord(k - 1, "where")) return;
  int p = k - 2;
  if (m.IsPunct(p, ",")) --p;
  if (m.IsTime(p) && m.IsAnyWord(p - 1, {"in", "on"})) p -= 2;  // "Astana in 2004, where"
  auto place_at = [&](int at) {
    return m.IsEntity(at) && !m.unit(at).reference &&
           m.context().entity(m.unit(at).entity).type == EntityType::kLocation;
  };
  if (!place_at(p)) return;
  // "Wilmington, Delaware, where": the place before its region.
  while (m.IsPunct(p - 1, ",") && place_at(p - 2)) p -= 2;
  m.Emit(verb, subject, in, EntityObject(m.context(), m.unit(p).entity));
}

// The subject of a sentence opening with a participle clause: the person
// right after its last comma ("Born in Berlin, he moved …", "Educated at
// Upper Canada College and the University of Toronto, Boyd began …");
// -1 when none.
int SubjectAfterOpening(const SentenceMatcher& m) {
  for (int k = 1; k + 1 < m.size() && k < 24; ++k) {
    if (!m.IsPunct(k, ",")) continue;
    int subject = m.ResolvePerson(k + 1);
    // "Born in Venjan, Sweden, the contralto Kerstin Thorborg was ...": the
    // name after a few lower-case words of a description.
    if (subject < 0 && m.IsWord(k + 1, "the")) {
      int j = k + 2;
      // (No verb: "Born in Venjan, the town hosted X" is about the town.)
      while (j < m.size() && j < k + 5 && m.unit(j).kind == UnitKind::kWord &&
             !m.unit(j).capitalized && !IsPreposition(m.Word(j)) && !IsAuxiliary(m.Word(j)) &&
             !m.Word(j).ends_with("ed") && !IsReportingVerb(m.Word(j))) {
        ++j;
      }
      if (j > k + 2 && IsNamedPerson(m, j) && !m.unit(j).possessive) subject = m.unit(j).entity;
    }
    if (subject >= 0 && m.context().entity(subject).type == EntityType::kPerson) return subject;
  }
  return -1;
}

// The person whose death a noun at `noun` names: "Morris's death", "his
// (untimely) death", "the death of X"; *next is set to the unit after the
// phrase. -1 when none.
int DeathNounSubject(const SentenceMatcher& m, int noun, int* next) {
  *next = noun + 1;
  if (m.IsWord(noun - 1, "the") && m.IsWord(noun + 1, "of") && IsNamedPerson(m, noun + 2)) {
    *next = noun + 3;
    return m.unit(noun + 2).entity;
  }
  int k = noun - 1;
  // One describing word between: "his untimely death", "Arias' sudden death".
  if (k > 0 && m.unit(k).kind == UnitKind::kWord && !m.unit(k).capitalized &&
      !m.IsAnyWord(k, {"his", "her", "the", "a", "an", "of", "no"})) {
    --k;
  }
  int person = -1;
  if (m.IsEntity(k) && m.unit(k).possessive && !m.unit(k).reference) {
    person = m.unit(k).entity;
  } else if (m.IsAnyWord(k, {"his", "her"}) || (m.IsEntity(k) && m.unit(k).reference)) {
    person = m.ResolvePerson(k);
  }
  // "rumours of his death", "faked his death": no death.
  for (int j = k - 1; j >= 0 && j >= k - 3; --j) {
    if (m.IsAnyWord(j, {"faked", "fake", "faking", "staged", "rumors", "rumours", "rumor", "rumour",
                        "false", "reports", "feared", "fears", "threatened"})) {
      return -1;
    }
  }
  if (person < 0 || m.context().entity(person).type != EntityType::kPerson) return -1;
  return person;
}

// Deaths stated by a noun with their date: "Following Morris's death in
// 1896", "after the death of X on 5 May 1821", "until his murder in 1490",
// "his death in Paris in 1920". Without a date no death is read ("his
// death shocked the party" states no time).
void FindDeathNouns(SentenceMatcher& m) {
  for (int i = 1; i + 2 < m.size(); ++i) {
    if (!m.IsAnyWord(i, {"death", "murder", "assassination", "execution"})) continue;
    int j = 0;
    const int subject = DeathNounSubject(m, i, &j);
    if (subject < 0) continue;
    std::optional<FactObject> place;
    if (m.IsAnyWord(j, {"in", "at"}) && m.IsEntity(j + 1) && !m.unit(j + 1).reference &&
        m.context().entity(m.unit(j + 1).entity).type == EntityType::kLocation) {
      place = EntityObject(m.context(), m.unit(j + 1).entity);
      j += 2;
      if (m.IsPunct(j, ",") && m.IsEntity(j + 1)) j += 2;  // "in Paris, France"
    }
    if (!m.IsAnyWord(j, {"in", "on"}) || !m.IsTime(j + 1)) continue;
    const std::string date = DateAtPrecision(m.context().time(m.unit(j + 1).time));
    if (date.empty()) continue;
    m.Emit(i, subject, "died_on", FactObject{date, false, -1});
    if (place) m.Emit(i, subject, "died_in", *place);
  }
}

void FindBirthAndDeath(SentenceMatcher& m) {
  FindLifespan(m);
  FindDeathNouns(m);
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    // A sentence-initial "Born" the tagger took into a name: still the verb.
    if (i == 0 && m.unit(0).lower == "born") w = "born";
    if (w == "born") {
      // "Born in Berlin, he ...", "Although born in Denmark, Hwass ...".
      const bool opening =
          i == 0 || (i == 1 && m.IsAnyWord(0, {"although", "though", "while", "once"}));
      int subject = opening ? SubjectAfterOpening(m) : m.VerbSubject(i, SubjectPolicy::kPerson);
      // "Zevs (born Christophe Schwarz on 17 November 1977 in Saverne)": with
      // no subject named (a pseudonym the tagger left out), the birth name
      // after "born" is the person.
      int after = i + 1;
      if (subject < 0 && m.IsPunct(i - 1, "(") && IsNamedPerson(m, i + 1) &&
          !m.unit(i + 1).possessive && m.IsAnyWord(i + 2, {"on", "in", "at"})) {
        subject = m.unit(i + 1).entity;
        after = i + 2;
      }
      if (subject >= 0) {
        DateAndPlaceAfter(m, after - 1, subject, "born_on", "born_in");
        PlaceOfWhere(m, i, subject, "born_in");
      }
    } else if (w == "native" && m.IsWord(i + 1, "of")) {
      // "A native of Syracuse, New York, Wallace attended ...": the person after the opening.
      int subject = i <= 1 ? SubjectAfterOpening(m) : m.VerbSubject(i, SubjectPolicy::kPerson);
      if (auto place = m.ObjectAt(i + 2, ObjectPolicy::kPlace); place && subject >= 0) {
        m.Emit(i, subject, "born_in", *place);
      }
    } else if (w == "died" || w == "dies" || (w == "passed" && m.IsWord(i + 1, "away")) ||
               (w == "dead" && m.IsAnyWord(i - 1, {"found", "declared", "pronounced"})) ||
               ((w == "killed" || w == "murdered" || w == "assassinated") &&
                m.IsAnyWord(i - 1, {"was", "were", "been"}))) {
      // "may have been murdered": a supposition, no death.
      bool modal = false;
      for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
        modal = modal || m.IsAnyWord(k, {"may", "might", "could", "would", "allegedly"});
      }
      // "was found dead": the verb before "dead" has the subject.
      int subject = modal ? -1 : m.VerbSubject(w == "dead" ? i - 1 : i, SubjectPolicy::kPerson);
      if (subject >= 0) {
        DateAndPlaceAfter(m, w == "passed" ? i + 1 : i, subject, "died_on", "died_in");
        PlaceOfWhere(m, i, subject, "died_in");
      }
    }
  }
}

// The word at i, or a degree the tagger took for a name ("an MBA",
// "a Ph.D."), in lower case.
std::string_view EducationWord(const SentenceMatcher& m, int i) {
  if (m.IsEntity(i) && !m.unit(i).reference && IsDegreeWord(m.unit(i).lower)) {
    return m.unit(i).lower;
  }
  return m.Word(i);
}

// The unit an education object starts at for a trigger word at i; -1 when
// the word opens no education pattern. *use is how the time applies.
int EducationObjectStart(const SentenceMatcher& m, int i, TimeUse* use) {
  const std::string_view w = EducationWord(m, i);
  if (w == "graduated" || w == "graduates" || w == "graduating") {
    // "graduated from X", "graduated with a BA from X", "graduated at age
    // 21 from X": "from" within a few words, no punctuation or name between.
    for (int j = i + 1; j < m.size() && j <= i + 6; ++j) {
      if (m.IsWord(j, "from")) {
        *use = TimeUse::kEnd;
        return j + 1;
      }
      if (m.unit(j).kind == UnitKind::kPunct || m.IsEntity(j) || m.IsAnyWord(j, {"and", "but"})) {
        break;
      }
    }
  }
  if (w == "graduate" && m.IsWord(i + 1, "from")) {
    *use = TimeUse::kEnd;
    return i + 2;
  }
  if ((w == "graduate" || w == "graduates" || w == "alumnus" || w == "alumna" || w == "alumni") &&
      m.IsWord(i + 1, "of")) {
    *use = TimeUse::kEnd;
    return i + 2;
  }
  if (IsDegreeWord(w)) {
    // "a law degree from X", "a BFA in sculpture and installation from X",
    // "his doctorate at X": the school within a few words, no punctuation
    // between; "his doctorate in 1959 under Y at X": a date and a
    // supervisor ("under" a person) are skipped.
    bool dated = false;  // a date skipped: "and" then joins something else
    for (int j = i + 1; j < m.size() && j <= i + 9; ++j) {
      if (m.IsTime(j) && m.IsWord(j - 1, "in") && !m.IsEntity(j + 1)) {
        dated = true;
        continue;
      }
      if (dated && m.IsWord(j, "and")) break;  // "his degree in 1959 and a job at X"
      // "an MA in Sequential Illustration at X": a field the tagger named.
      if (m.IsEntity(j) && m.IsWord(j - 1, "in") && m.IsAnyWord(j + 1, {"at", "from"})) continue;
      if (m.IsWord(j, "under") && IsNamedPerson(m, j + 1) && !m.unit(j + 1).possessive) {
        ++j;
        continue;
      }
      if (m.unit(j).kind == UnitKind::kPunct || m.IsEntity(j) || m.IsTime(j)) break;
      if (m.IsAnyWord(j, {"from", "at"})) {
        *use = TimeUse::kEnd;
        return j + 1;
      }
    }
    return -1;
  }
  // "then went to Yale College": a school only (FindEducation checks the name).
  if ((w == "went" || w == "goes") && m.IsWord(i + 1, "to")) {
    *use = TimeUse::kDuring;
    return i + 2;
  }
  // "while a student at the Curtis Institute".
  if (w == "student" && m.IsAnyWord(i - 1, {"a", "former"}) && m.IsWord(i + 1, "at")) {
    *use = TimeUse::kDuring;
    return i + 2;
  }
  // "played college football for Idaho State University": a student's team.
  if (m.IsAnyWord(i, {"played", "playing", "plays"}) && m.IsWord(i + 1, "college") &&
      m.IsAnyWord(i + 2, {"football", "basketball", "baseball", "hockey", "soccer", "lacrosse",
                          "volleyball", "rugby", "softball", "tennis", "golf"}) &&
      m.IsAnyWord(i + 3, {"for", "at"})) {
    *use = TimeUse::kDuring;
    return i + 4;
  }
  // "received an education at the Norwegian Military Academy".
  if (w == "education" && m.IsAnyWord(i - 1, {"an", "his", "her", "their"}) &&
      m.IsWord(i + 1, "at")) {
    *use = TimeUse::kDuring;
    return i + 2;
  }
  if (w == "attended" || w == "attends") {
    *use = TimeUse::kDuring;
    return i + 1;
  }
  // "his studies at MIT": a noun after a determiner, whose subject is elsewhere.
  if ((w == "studied" || w == "studies" || w == "studying" || w == "educated" || w == "enrolled" ||
       w == "trained") &&
      !(i > 0 && (m.unit(i - 1).lower == "his" || m.unit(i - 1).lower == "her" ||
                  m.unit(i - 1).lower == "their" || m.unit(i - 1).lower == "my" ||
                  m.IsAnyWord(i - 1, {"the", "its", "our", "your"})))) {
    for (int j = i + 1; j < m.size() && j <= i + 4; ++j) {
      if (m.unit(j).kind == UnitKind::kPunct || m.IsTime(j)) break;
      if (m.IsAnyWord(j, {"at", "in"})) {
        *use = TimeUse::kDuring;
        return j + 1;
      }
    }
  }
  return -1;
}

void FindEducation(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    TimeUse use = TimeUse::kDuring;
    const int start = EducationObjectStart(m, i, &use);
    if (start < 0) continue;
    // A degree is a noun: its subject is the clause's ("he earned a law degree").
    int subject = i == 0 && m.IsWord(i, "educated") ? SubjectAfterOpening(m)
                  : IsDegreeWord(EducationWord(m, i)) || m.IsAnyWord(i, {"student", "education"})
                      ? m.SubjectBefore(i, SubjectPolicy::kPerson)
                      : m.VerbSubject(i, SubjectPolicy::kPerson);
    // "After playing college football for X, he was drafted": a participle
    // opening the sentence has the subject after its comma.
    if (subject < 0 && i <= 2 && m.Word(i).ends_with("ing")) subject = SubjectAfterOpening(m);
    if (subject < 0) continue;
    // "studied at London's St. Martin's College": the city's possessive
    // before the school.
    const int after_city = m.SkipDeterminers(start);
    const bool city_possessive =
        m.IsEntity(after_city) && m.unit(after_city).possessive &&
        m.context().entity(m.unit(after_city).entity).type == EntityType::kLocation &&
        m.IsEntity(after_city + 1);
    auto [b, e] = m.Phrase(city_possessive ? after_city + 1 : start);
    auto object = m.ObjectOf(b, e, ObjectPolicy::kInstitution);
    if (object && object->is_entity &&
        m.context().entity(object->entity).type == EntityType::kLocation) {
      object.reset();  // "studied in Moscow" names a city, not a school
    }
    if (object && !object->is_entity && m.IsWord(i, "student")) {
      object.reset();  // "a student at the school": a named school only
    }
    if (object && m.IsAnyWord(i, {"went", "goes"}) &&
        (!object->is_entity || !NamesSchool(m.context(), *object))) {
      object.reset();  // "went to Paris", "went to the Senate": no school
    }
    if (object) m.Emit(i, subject, "educated_at", *object, {}, m.TimeFor(i), use);
    // "studied at the Moore College of Art and the University of
    // Pennsylvania": a second school joined by "and"; "educated at Lakefield
    // College School in Lakefield, Ontario, McGill University in Montreal,
    // and at INSEAD in Fontainebleau": a list, each school's place skipped.
    while (object && object->is_entity) {
      int k = e;
      // (The place may be typed a person: "in Lakefield, Ontario".)
      if (m.IsWord(k, "in") && m.IsEntity(k + 1) &&
          m.context().entity(m.unit(k + 1).entity).type != EntityType::kOrganization) {
        k += 2;
        while (m.IsPunct(k, ",") && m.IsEntity(k + 1) &&
               m.context().entity(m.unit(k + 1).entity).type == EntityType::kLocation) {
          k += 2;
        }
      }
      const bool comma = m.IsPunct(k, ",");
      if (comma) ++k;
      const bool conjunction = m.IsWord(k, "and");
      if (conjunction) ++k;
      const bool at = m.IsWord(k, "at");
      if (at) ++k;
      if (!comma && !conjunction) break;
      const int next = m.SkipDeterminers(k);
      auto [nb, ne] = m.Phrase(next);
      auto item = m.ObjectOf(nb, ne, ObjectPolicy::kInstitution);
      // ("attended Jets and Giants football games": a name before a noun
      // modifies it; the school is the whole phrase.)
      const bool modifier = ne > nb + 1;
      if (!item || !item->is_entity || modifier ||
          m.context().entity(item->entity).type != EntityType::kOrganization ||
          (!conjunction && !at && !NamesSchool(m.context(), *item))) {
        break;  // (after a bare comma, a school's name only)
      }
      m.Emit(i, subject, "educated_at", *item, {}, m.TimeFor(i), use);
      e = ne;
    }
    // The elided list: "..., in 1984 – the Kazakh Agricultural Institute, ...".
    for (int j = e; j < m.size();) {
      int k = j;
      if (!m.IsPunct(k, ",") && !m.IsPunct(k, ";")) {
        ++j;
        if (j - e > 24) break;
        continue;
      }
      ++k;
      if (m.IsAnyWord(k, {"in", "and"})) ++k;
      if (m.IsAnyWord(k, {"in"})) ++k;
      if (!m.IsTime(k)) {
        j = k;
        continue;
      }
      const int time = k++;
      if (m.IsDash(k) || m.IsPunct(k, ",") || m.IsPunct(k, ":")) ++k;
      if (m.IsWord(k, "from")) ++k;
      auto [ib, ie] = m.Phrase(k);
      if (auto item = m.ObjectOf(ib, ie, ObjectPolicy::kInstitution)) {
        m.Emit(time, subject, "educated_at", *item, {}, time, use);
      }
      j = ie > k ? ie : k;
    }
    // The elided list ran to the sentence's end; a second statement after
    // the object ("attended X and obtained a law degree from Y") still reads.
    i = std::max(i, e - 1);
  }
}

void FindResidenceAndMoves(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::string_view w = m.Word(i);
    const bool reside = IsResideVerb(w);
    const bool move = IsMoveVerb(w) || (w == "left" && m.IsWord(i + 1, "for"));
    if (!reside && !move) continue;
    // "a living room", "the next potential resident of": a noun or modifier, no verb.
    if ((w == "resident" || w == "residents") &&
        !m.IsAnyWord(i - 1, {"a", "is", "was", "are", "were", "and"}) && !m.IsPunct(i - 1, ",")) {
      continue;
    }
    // "may move to", "joked about moving to", "the lives of": plans, gerunds
    // after a preposition and nouns state no move or residence.
    if (i > 0 && m.unit(i - 1).kind == UnitKind::kWord &&
        (m.IsAnyWord(i - 1, {"may", "might", "would", "could", "will", "should", "can", "the", "a",
                             "an", "their", "our", "whose"}) ||
         (m.IsWord(i - 1, "to") &&
          m.IsAnyWord(i - 2, {"plans", "plan", "planned", "planning", "wants", "want", "wanted",
                              "hopes", "hope", "hoped", "threatened", "threatens", "intends",
                              "intended", "like", "promised", "vowed", "considering"})) ||
         (IsPreposition(m.Word(i - 1)) && m.Word(i - 1) != "to"))) {
      continue;
    }
    if ((w == "living" || w == "based" || w == "lives") && i > 0 &&
        m.unit(i - 1).kind == UnitKind::kWord && !m.unit(i - 1).capitalized &&
        !IsAuxiliary(m.Word(i - 1)) && !IsAdverb(m.Word(i - 1)) &&
        !m.IsAnyWord(i - 1, {"who", "and", "he", "she", "they"})) {
      continue;
    }
    // The preposition that opens the place: within a few words, no punctuation between.
    int prep = -1;
    for (int j = i + 1; j < m.size() && j <= i + 6; ++j) {
      if (m.unit(j).kind == UnitKind::kPunct && !m.IsQuoteMark(j)) break;
      if (m.IsTime(j)) continue;
      std::string_view p = m.Word(j);
      // "lives with his family in": only a companion or an adverb may come between.
      if (reside && !p.empty() && p != "in" && p != "of" && p != "at" && !IsAdverb(p) &&
          !m.IsAnyWord(j, {"with", "his", "her", "their", "my", "family", "wife", "husband",
                           "children", "parents", "there", "abroad", "mainly", "mostly"})) {
        break;
      }
      if (reside && (p == "in" || p == "of" || (p == "at" && w != "based"))) {
        prep = j;
        break;
      }
      // "moving closer to the nomination": only an adverb may come between.
      if (move && !p.empty() && p != "to" && p != "for" && p != "in" && p != "from" &&
          !IsAdverb(p) && !m.IsAnyWord(j, {"back", "abroad", "there", "permanently"})) {
        break;
      }
      if (move && (p == "to" || p == "for" ||
                   (p == "in" && (w == "settled" || w == "settle" || w == "settles")))) {
        prep = j;
        break;
      }
      if (p == "from") {  // "flee from Kazakhstan to Canada": skip the origin
        auto [b, e] = m.Phrase(j + 1);
        j = e - 1;
      }
    }
    if (prep < 0) continue;
    auto place = m.ObjectAt(prep + 1, ObjectPolicy::kPlace);
    if (!place) continue;
    const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    m.Emit(i, subject, reside ? "lives_in" : "moved_to", *place, {}, m.TimeFor(i),
           reside ? TimeUse::kDuring : TimeUse::kStart);
  }
}

}  // namespace

// Whether an object's name holds a kind of school ("Yale College",
// "Moscow State University").
bool NamesSchool(const FactContext& context, const FactObject& object) {
  const std::string name =
      AsciiLower(object.is_entity ? context.entity(object.entity).name : object.value);
  size_t start = 0;
  while (start < name.size()) {
    size_t end = name.find(' ', start);
    if (end == std::string::npos) end = name.size();
    if (IsInstitutionWord(std::string_view(name).substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

void FindLifeEventFacts(SentenceMatcher& m) {
  const size_t first = m.found_count();
  FindBirthAndDeath(m);
  FindCitizenshipByBirthplace(m, first);
  FindEducation(m);
  FindTeachers(m);
  FindResidenceAndMoves(m);
  FindCitizenshipFacts(m);
  FindChargeFacts(m);
}

}  // namespace dossier::internal
