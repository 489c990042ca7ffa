// English statements of who taught at a school, made while telling a
// student's education: "earned his doctorate from the University of
// Cologne in 1962, under the supervision of A and B", "received his degree
// in 1959 under A at Moscow State University", "studied at the Paris
// Conservatoire, where his teachers included A and B", "a student at the
// Curtis Institute, where he studied with A and B". Each teacher is
// employed_by the school (a named school only: "under the supervision of
// the police" or "studied with his brother" name none).
#include <string_view>
#include <vector>

#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// The unit where a list of teachers starts for a cue at i: "under (the
// supervision of)", "teachers included", "studied with"; -1 when none.
int TeacherListAt(const SentenceMatcher& m, int i) {
  if (m.IsWord(i, "under")) {
    if (m.IsWord(i + 1, "the") &&
        m.IsAnyWord(i + 2, {"supervision", "direction", "guidance", "tutelage"}) &&
        m.IsWord(i + 3, "of")) {
      return i + 4;
    }
    return i + 1;
  }
  // ("his" may come as a reference the quotation stage resolved.)
  const bool possessive =
      m.IsAnyWord(i - 1, {"his", "her", "their"}) || (m.IsEntity(i - 1) && m.unit(i - 1).reference);
  if (m.IsAnyWord(i, {"teachers", "teacher", "professors", "mentors", "supervisors", "tutors"}) &&
      possessive && m.IsAnyWord(i + 1, {"included", "includes", "were", "was"})) {
    return i + 2;
  }
  if (m.IsAnyWord(i, {"studied", "studies", "trained"}) && m.IsWord(i + 1, "with")) return i + 2;
  return -1;
}

// The school entity at unit k, or -1.
int SchoolAt(const SentenceMatcher& m, int k) {
  if (!m.IsEntity(k) || m.unit(k).reference || m.unit(k).possessive) return -1;
  const int e = m.unit(k).entity;
  if (m.context().entity(e).type != EntityType::kOrganization) return -1;
  return NamesSchool(m.context(), EntityObject(m.context(), e)) ? e : -1;
}

// The school named just before a cue at `cue`: "from the University of
// Cologne in 1962, under", "at the Paris Conservatoire where his teachers",
// "at the Curtis Institute, where he studied with": only a date, commas,
// "where" and a pronoun between; -1 when none.
int SchoolBefore(const SentenceMatcher& m, int cue) {
  for (int k = cue - 1; k >= 0 && k >= cue - 6; --k) {
    if (const int school = SchoolAt(m, k); school >= 0) {
      const int before = m.IsWord(k - 1, "the") ? k - 2 : k - 1;
      return m.IsAnyWord(before, {"at", "from", "of"}) ? school : -1;
    }
    if (!(m.IsTime(k) || m.IsPunct(k, ",") || (m.IsEntity(k) && m.unit(k).reference) ||
          m.IsAnyWord(k, {"where", "in", "he", "she", "his", "her", "their", "they"}))) {
      return -1;
    }
  }
  return -1;
}

}  // namespace

void FindTeachers(SentenceMatcher& m) {
  for (int i = 1; i + 1 < m.size(); ++i) {
    // (Every cue starts with one of these letters: a cheap test first.)
    const std::string_view w = m.Word(i);
    if (w.empty() || std::string_view("mpstu").find(w[0]) == std::string_view::npos) continue;
    const int at = TeacherListAt(m, i);
    if (at < 0) continue;
    std::vector<int> teachers;
    int end = at;
    for (int entity : m.EntityList(at)) {
      if (m.context().entity(entity).type != EntityType::kPerson) break;
      teachers.push_back(entity);
    }
    if (teachers.empty()) continue;
    // Past the list: names, commas and "and".
    while (end < m.size() && (m.IsEntity(end) || m.IsPunct(end, ",") || m.IsWord(end, "and"))) {
      ++end;
    }
    // "under A at Moscow State University", else the school the clause named before.
    int school = m.IsWord(end, "at") ? SchoolAt(m, m.SkipDeterminers(end + 1)) : -1;
    if (school < 0) school = SchoolBefore(m, m.IsWord(i, "under") ? i : i - 1);
    if (school < 0) continue;
    for (int teacher : teachers) {
      m.Emit(i, teacher, "employed_by", EntityObject(m.context(), school));
    }
  }
}

}  // namespace dossier::internal
