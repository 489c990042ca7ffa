// English statements of a career with an employer that name no role (and
// of bodies a person was elected or admitted to):
// "took a position with the Democratic National Committee", "took a job at
// X", "began his career with X", "went on to teach literature at the
// University of Tunis", "taught at X". Each gives employed_by of the
// clause's subject; the employer must be an organization entity (a school
// for teaching), and nothing is read after "to" of a wish or a plan ("hopes
// to teach at X") or a negation.
#include <string_view>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Whether the words before unit i make its verb no fact: a negation, a
// modal, or a wish or plan before "to" ("hopes to teach").
bool Unreal(const SentenceMatcher& m, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
    if (m.IsAnyWord(k, {"not", "never", "n't", "will", "would", "could", "might", "may"})) {
      return true;
    }
  }
  return m.IsWord(i - 1, "to") &&
         m.IsAnyWord(i - 2, {"hopes", "hoped", "wants", "wanted", "plans", "planned", "hope",
                             "want", "plan", "expects", "expected", "intends", "intended"});
}

// The organization entity at unit k (after determiners), or -1.
int OrganizationAt(const SentenceMatcher& m, int k) {
  k = m.SkipDeterminers(k);
  if (!m.IsEntity(k) || m.unit(k).reference || m.unit(k).possessive) return -1;
  const int e = m.unit(k).entity;
  return m.context().entity(e).type == EntityType::kOrganization ? e : -1;
}

// The unit after "with"/"at" that an employer follows for a career verb at
// i; -1 when the words at i state no career.
int EmployerAt(const SentenceMatcher& m, int i) {
  // "took a position with X", "accepted a job at X".
  if (m.IsAnyWord(i, {"took", "takes", "take", "taking", "accepted", "accepts"}) &&
      m.IsAnyWord(i + 1, {"a", "an", "the"}) && m.IsAnyWord(i + 2, {"position", "job", "post"}) &&
      m.IsAnyWord(i + 3, {"with", "at"})) {
    return i + 4;
  }
  // "began his career with X", "started her career at X".
  if (m.IsAnyWord(i, {"began", "begins", "begin", "started", "starts", "start"}) &&
      (m.IsAnyWord(i + 1, {"his", "her", "their"}) ||
       (m.IsEntity(i + 1) && m.unit(i + 1).reference)) &&
      m.IsWord(i + 2, "career") && m.IsAnyWord(i + 3, {"with", "at"})) {
    return i + 4;
  }
  return -1;
}

// "is on the faculties of the USC Thornton School of Music and the Colburn
// School", "was on the staff of X" (the noun at i): each organization (or a
// school the tagger typed OTHER) employs the subject.
void FacultyAt(SentenceMatcher& m, int i) {
  if (!m.IsAnyWord(i, {"faculty", "faculties", "staff", "staffs"}) || !m.IsWord(i - 1, "the") ||
      !m.IsWord(i - 2, "on") || !m.IsWord(i + 1, "of") || Unreal(m, i - 2)) {
    return;
  }
  const int subject = m.SubjectBefore(i - 2, SubjectPolicy::kPerson);
  if (subject < 0) return;
  for (int e : m.EntityList(i + 2)) {
    const Entity& entity = m.context().entity(e);
    const bool school =
        entity.type == EntityType::kOther && NamesSchool(m.context(), EntityObject(m.context(), e));
    if (entity.type == EntityType::kOrganization || school) {
      m.Emit(i, subject, "employed_by", EntityObject(m.context(), e), {}, m.TimeFor(i),
             TimeUse::kDuring);
    }
  }
}

// "was elected to the Political Bureau", "was admitted to the skiing club
// SK Ull", "was appointed to the Supreme Court" (the verb at i): a body that
// takes members, named by an organization entity (or after a group noun).
// member_of.
void BodyJoinedAt(SentenceMatcher& m, int i) {
  if (!m.IsAnyWord(i, {"elected", "admitted", "appointed", "named", "reelected", "re-elected"}) ||
      !m.IsWord(i + 1, "to") || !m.IsAnyWord(i - 1, {"was", "were", "been", "is", "be"}) ||
      Unreal(m, i - 1)) {
    return;
  }
  const int at = m.SkipDeterminers(i + 2);
  int body = GroupAt(m, at);
  if (body < 0) body = OrganizationAt(m, at);
  // ("appointed to the board of X": the body is the board's; "elected to
  // Congress in 1990": a name, then anything but "of".)
  if (body < 0 || m.IsWord(at + 1, "of")) return;
  const int subject = m.SubjectBefore(i - 1, SubjectPolicy::kPerson);
  if (subject < 0) return;
  m.Emit(i, subject, "member_of", EntityObject(m.context(), body), {}, m.TimeFor(i),
         TimeUse::kStart);
}

}  // namespace

void FindCareers(SentenceMatcher& m) {
  for (int i = 0; i + 2 < m.size(); ++i) {
    // Every cue is a word of four letters or more starting with one of these.
    const std::string_view w = m.Word(i);
    if (w.size() < 4 || std::string_view("abefnrst").find(w[0]) == std::string_view::npos) {
      continue;
    }
    FacultyAt(m, i);
    BodyJoinedAt(m, i);
    int employer = -1;
    TimeUse use = TimeUse::kStart;
    if (const int at = EmployerAt(m, i); at >= 0) {
      employer = OrganizationAt(m, at);
    } else if (m.IsAnyWord(i, {"teach", "taught", "teaches", "teaching"})) {
      // "taught at X", "to teach literature at X": a school, one word of the subject between.
      const int at = m.IsWord(i + 1, "at") ? i + 1 : m.IsWord(i + 2, "at") ? i + 2 : -1;
      if (at < 0 || (at == i + 2 && (m.unit(i + 1).kind != UnitKind::kWord ||
                                     m.unit(i + 1).capitalized || IsPreposition(m.Word(i + 1))))) {
        continue;
      }
      const int school = OrganizationAt(m, at + 1);
      if (school >= 0 && NamesSchool(m.context(), EntityObject(m.context(), school))) {
        employer = school;
        use = TimeUse::kDuring;
      }
    }
    if (employer < 0 || Unreal(m, i)) continue;
    // ("went on to teach": the subject of the verb the infinitive follows.)
    const int verb = m.IsWord(i - 1, "to") && m.IsWord(i - 2, "on") ? i - 3 : i;
    const int subject = m.VerbSubject(verb, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    m.Emit(i, subject, "employed_by", EntityObject(m.context(), employer), {}, m.TimeFor(i), use);
  }
}

}  // namespace dossier::internal
