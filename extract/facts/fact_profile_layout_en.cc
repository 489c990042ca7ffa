// The list-like layouts of profile pages: a label line ("Labor activity:",
// "Education:", "Family:") followed by item lines ("1992-1999 – President of
// the TV and radio company RIK"), and key-value lines ("Born: November 23,
// 1961, Alma-Ata", "Family: Wife - Gulnara, son - Timur"). Items are about
// the page's subject: the profile subject, else the current person.
#include <string>
#include <string_view>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

enum class Label { kNone, kCareer, kEducation, kFamily, kBorn, kDied, kRelative };

Label LabelOf(std::string_view text) {
  static constexpr std::pair<std::string_view, Label> kLabels[] = {
      {"labor activity", Label::kCareer},
      {"labour activity", Label::kCareer},
      {"career", Label::kCareer},
      {"career history", Label::kCareer},
      {"work experience", Label::kCareer},
      {"work history", Label::kCareer},
      {"employment", Label::kCareer},
      {"employment history", Label::kCareer},
      {"professional experience", Label::kCareer},
      {"professional activity", Label::kCareer},
      {"labor record", Label::kCareer},
      {"positions", Label::kCareer},
      {"positions held", Label::kCareer},
      {"experience", Label::kCareer},
      {"education", Label::kEducation},
      {"educational background", Label::kEducation},
      {"family", Label::kFamily},
      {"family status", Label::kFamily},
      {"marital status", Label::kFamily},
      {"relatives", Label::kFamily},
      {"born", Label::kBorn},
      {"date of birth", Label::kBorn},
      {"date and place of birth", Label::kBorn},
      {"place of birth", Label::kBorn},
      {"birthplace", Label::kBorn},
      {"birth date", Label::kBorn},
      {"died", Label::kDied},
      {"date of death", Label::kDied},
      {"death", Label::kDied},
  };
  for (const auto& [name, label] : kLabels) {
    if (name == text) return label;
  }
  if (FamilyWord(text)) return Label::kRelative;
  return Label::kNone;
}

bool IsBullet(const SentenceMatcher& m, int i) {
  if (m.unit(i).kind != UnitKind::kPunct && m.unit(i).kind != UnitKind::kWord) return false;
  static constexpr std::string_view kBullets[] = {"\u2022", "-",      "*",      "\u00b7", "\u25aa",
                                                  "\u25cf", "\u2013", "\u2014", "\u25e6", ">"};
  for (std::string_view b : kBullets) {
    if (m.unit(i).lower == b) return true;
  }
  return false;
}

int Subject(SentenceMatcher& m) {
  const Discourse& d = m.discourse();
  return d.profile_subject >= 0 ? d.profile_subject : d.last_person;
}

// The relation a family word gives the page's subject about the relative
// ("Son – Timur": the subject is parent_of Timur).
std::string_view SubjectPredicate(std::string_view word) {
  auto relation = FamilyWord(word);
  if (!relation) return {};
  switch (*relation) {
    case FamilyRelation::kSpouse:
      return "spouse";
    case FamilyRelation::kFormerSpouse:
      return "former_spouse";
    case FamilyRelation::kChild:
      return "parent_of";
    case FamilyRelation::kParent:
      return "child_of";
    case FamilyRelation::kSibling:
      return "sibling_of";
  }
  return {};
}

// "Wife - Gulnara Medetbekova, son - Timur; daughters: A and B" from unit i.
void FamilyItems(SentenceMatcher& m, int i, int subject) {
  std::string_view predicate;
  bool former = false;
  for (int j = i; j < m.size(); ++j) {
    if (m.IsAnyWord(j, {"former", "ex"})) former = true;
    std::string_view p = SubjectPredicate(m.Word(j));
    if (!p.empty()) {
      predicate = former && p == "spouse" ? "former_spouse" : p;
      former = false;
      continue;
    }
    if (predicate.empty() || !(m.IsDash(j) || m.IsPunct(j, ":") || m.IsPunct(j, ",") ||
                               m.IsWord(j, "and") || m.IsEntity(j))) {
      continue;
    }
    int k = m.IsEntity(j) ? j : j + 1;
    k = m.SkipQuoteMarks(k);
    auto [b, e] = m.Phrase(k);
    if (auto relative = m.ObjectOf(b, e, ObjectPolicy::kPerson)) {
      m.Emit(k, subject, predicate, *relative);
      j = e - 1;
    }
  }
}

// "1992-1999 – President of the company RIK", "1999 – BBC, London,
// management of broadcasting companies": a career item from unit k.
void CareerItem(SentenceMatcher& m, int k, int subject, int time) {
  if (auto role = MatchRolePhrase(m, k)) {
    if (m.IsAnyWord(role->end, {"of", "at", "in"})) {
      if (auto object = m.ObjectAt(role->end + 1, ObjectPolicy::kOrganization)) {
        EmitRole(m, *role, subject, *object, time);
        return;
      }
    }
  }
  auto [b, e] = m.Phrase(k);
  auto employer = m.ObjectOf(b, e, ObjectPolicy::kOrganization);
  if (!employer) return;
  // A role further on the line: "BBC, London, head of news".
  for (int j = e; j < m.size(); ++j) {
    if (!m.IsPunct(j - 1, ",")) continue;
    if (auto role = MatchRolePhrase(m, m.SkipDeterminers(j))) {
      EmitRole(m, *role, subject, *employer, time);
      return;
    }
  }
  m.Emit(k, subject, "employed_by", *employer, {}, time, TimeUse::kDuring);
}

void EducationItem(SentenceMatcher& m, int k, int subject, int time) {
  if (m.IsAnyWord(k, {"graduated", "studied"})) ++k;
  if (m.IsAnyWord(k, {"from", "at"})) ++k;
  auto [b, e] = m.Phrase(k);
  auto institution = m.ObjectOf(b, e, ObjectPolicy::kInstitution);
  if (!institution) return;
  const TimeMention* t = time >= 0 ? &m.context().time(m.unit(time).time) : nullptr;
  // A single year is the year of graduation; a range is the years of study.
  const bool range = t != nullptr && t->from && t->to && *t->from != *t->to &&
                     t->from->substr(0, 4) != t->to->substr(0, 4);
  m.Emit(k, subject, "educated_at", *institution, {}, time,
         range ? TimeUse::kDuring : TimeUse::kEnd);
}

// "Born: November 23, 1961, Alma-Ata".
void BirthOrDeathItem(SentenceMatcher& m, int k, int subject, bool birth) {
  for (int j = k; j < m.size(); ++j) {
    if (m.IsTime(j)) {
      std::string date = DateAtPrecision(m.context().time(m.unit(j).time));
      if (!date.empty()) {
        m.Emit(j, subject, birth ? "born_on" : "died_on", FactObject{date, false, -1});
      }
    } else if (m.IsEntity(j) || (m.unit(j).capitalized && m.unit(j).kind == UnitKind::kWord)) {
      if (m.IsAnyWord(j, {"in", "at"})) continue;
      auto [b, e] = m.Phrase(j);
      if (auto place = m.ObjectOf(b, e, ObjectPolicy::kPlace)) {
        m.Emit(j, subject, birth ? "born_in" : "died_in", *place);
        return;
      }
    }
  }
}

}  // namespace

bool FindProfileLineFacts(SentenceMatcher& m, ProfileList* list) {
  int i = 0;
  while (i < m.size() && IsBullet(m, i)) ++i;
  const bool bulleted = i > 0;
  if (i >= m.size()) return false;
  // "Label:" or "Label: value".
  int colon = -1;
  for (int j = i; j < m.size() && j <= i + 5; ++j) {
    if (m.IsPunct(j, ":")) {
      colon = j;
      break;
    }
    if (m.unit(j).kind != UnitKind::kWord) break;
  }
  const int subject = Subject(m);
  if (colon > i) {
    std::string words;
    for (int j = i; j < colon; ++j) {
      if (!words.empty()) words += ' ';
      words += m.unit(j).lower;
    }
    const Label label = LabelOf(words);
    if (label == Label::kNone) return false;
    const bool value = colon + 1 < m.size();
    switch (label) {
      case Label::kCareer:
        *list = ProfileList::kCareer;
        break;
      case Label::kEducation:
        *list = ProfileList::kEducation;
        if (value && subject >= 0) EducationItem(m, colon + 1, subject, m.TimeFor(colon + 1));
        break;
      case Label::kFamily:
        *list = ProfileList::kFamily;
        if (value && subject >= 0) FamilyItems(m, colon + 1, subject);
        break;
      case Label::kRelative:
        if (subject >= 0) FamilyItems(m, i, subject);
        break;
      case Label::kBorn:
      case Label::kDied:
        if (subject >= 0) BirthOrDeathItem(m, colon + 1, subject, label == Label::kBorn);
        break;
      case Label::kNone:
        break;
    }
    return true;
  }
  // "Wife – Gulnara" inside a family list, or anywhere with a dash.
  if (!SubjectPredicate(m.Word(i)).empty() && (m.IsDash(i + 1) || m.IsPunct(i + 1, ":")) &&
      (*list == ProfileList::kFamily || bulleted)) {
    if (subject >= 0) FamilyItems(m, i, subject);
    return true;
  }
  // "1992-1999 – President of ...": a dated item.
  if (!m.IsTime(i) || !m.context().time(m.unit(i).time).from) return false;
  const int time = i;
  int k = i + 1;
  if (!(m.IsDash(k) || m.IsPunct(k, ":") || (bulleted && m.IsPunct(k, ",")))) return false;
  ++k;
  if (subject < 0) return true;
  const size_t before = m.found_count();
  if (*list == ProfileList::kEducation) {
    EducationItem(m, k, subject, time);
  } else {
    CareerItem(m, k, subject, time);
  }
  // "Since 2011 – lives in Vilnius": an item the list reading missed goes to the prose patterns.
  return m.found_count() > before;
}

}  // namespace dossier::internal
