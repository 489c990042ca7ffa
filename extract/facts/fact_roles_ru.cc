// Russian patterns for positions, founding, ownership and employment, in
// prose and in profile layouts: "президент телерадиокомпании «РИК» Серик
// Медетбеков", "Медетбеков, директор ТОО «X»," "назначен генеральным
// директором", "избран депутатом", "стал председателем", "работал
// корреспондентом", "работал в", "возглавлял", "руководил", "основал",
// "создана Тулегеновым", "владеет", "купил", "принадлежит"; profile
// lines "1992–1999 – президент телерадиокомпании «РИК»", labels
// "Трудовая деятельность:", "Образование:", "Семья: жена – …".
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/facts/internal/fact_matcher_ru.h"
#include "extract/facts/internal/fact_patterns.h"
#include "extract/facts/internal/organization_kinds.h"

namespace dossier::internal {
namespace {

int PersonAt(const SentenceMatcher& m, int j) {
  return m.IsEntity(j) && !m.unit(j).reference &&
                 m.context().entity(m.unit(j).entity).type == EntityType::kPerson
             ? m.unit(j).entity
             : -1;
}

// A country as an object: the document's location entity named so (by
// name or alias: "России" has "Россия"), else the name as a literal.
FactObject CountryObjectRu(const SentenceMatcher& m, std::string_view country) {
  for (int e = 0; e < m.context().entity_count(); ++e) {
    const Entity& entity = m.context().entity(e);
    if (entity.type != EntityType::kLocation) continue;
    if (entity.name == country ||
        std::find(entity.aliases.begin(), entity.aliases.end(), country) != entity.aliases.end()) {
      return EntityObject(m.context(), e);
    }
  }
  return FactObject{std::string(country), false, -1};
}

// A role phrase after a verb of taking office ("назначен генеральным
// директором", "назначен на должность директора", "избран председателем
// партии «Ак Жол»").
void RoleAfterVerb(SentenceMatcher& m, int verb, TimeUse use) {
  int k = verb + 1;
  if (m.IsAnyWord(k, {"на"}) && m.IsAnyWord(k + 1, {"должность", "пост"})) k += 2;
  const std::optional<RolePhraseRu> role = MatchRolePhraseRu(m, k);
  if (!role) return;
  const int subject = SubjectRu(m, verb, SubjectPolicy::kPerson, VerbGenderAt(m, verb),
                                /*inverted=*/true);
  std::optional<FactObject> object = ObjectRu(m, role->end, ObjectPolicy::kOrganization);
  // "назначен заместителем министра финансов": the ministry.
  if (!object && !role->ministry.empty()) object = FactObject{role->ministry, false, -1};
  if (object) EmitRoleRu(m, *role, subject, *object, m.TimeFor(verb), use);
}

void FindVerbFacts(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if (w.empty()) continue;
    const VerbGender gender = VerbGenderAt(m, i);
    if (OneOf(w, {"назначен", "назначена", "избран", "избрана"}) || PastForm(w, "ста", false)) {
      RoleAfterVerb(m, i, TimeUse::kStart);
    } else if (PastForm(w, "работа", false) || OneOf(w, {"работает", "трудился", "трудилась"})) {
      if (m.IsAnyWord(i + 1, {"в", "во", "на"})) {
        const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender);
        if (auto org = ObjectRu(m, i + 2, ObjectPolicy::kOrganization)) {
          if (org->is_entity && m.context().entity(org->entity).type == EntityType::kLocation) {
            continue;  // "работал в Лондоне": a place
          }
          m.Emit(i, subject, "employed_by", *org, {}, m.TimeFor(i), TimeUse::kDuring);
        }
      } else {
        RoleAfterVerb(m, i, TimeUse::kDuring);
      }
    } else if (PastForm(w, "возглави", false) || PastForm(w, "возглавля", false) ||
               PastForm(w, "руководи", false) ||
               OneOf(w, {"возглавляет", "руководит", "возглавляют"})) {
      const bool start = w.starts_with("возглави");
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      if (auto org = OrganizationObjectRu(m, i, subject)) {
        m.Emit(i, subject, "position", *org, "head", TimeForVerbRu(m, i),
               start ? TimeUse::kStart : TimeUse::kDuring);
      }
    } else if (PastForm(w, "основа", false) || PastForm(w, "созда", false) ||
               PastForm(w, "учреди", false)) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      if (auto org = OrganizationObjectRu(m, i, subject)) {
        m.Emit(i, subject, "founded", *org, {}, TimeForVerbRu(m, i), TimeUse::kStart);
      }
    } else if (OneOf(w, {"основан", "основана", "основано", "создан", "создана", "создано",
                         "учреждена", "учреждён", "учрежден", "основанная", "основанной",
                         "созданная", "созданной", "основанный", "созданный"})) {
      // Passive: the founder follows in the instrumental.
      int k = i + 1;
      while (k < m.size() && k < i + 4 && !m.IsEntity(k) && !m.IsPunct(k, ",")) ++k;
      const int founder = PersonAt(m, k);
      const int org = OrganizationBeforeRu(m, i);
      if (founder >= 0 && org >= 0) {
        m.Emit(i, founder, "founded", EntityObject(m.context(), org), {}, m.TimeFor(i),
               TimeUse::kStart);
      }
    } else if (OneOf(w, {"владеет", "владел", "владела", "владеют", "владели"})) {
      // A company owns as a person does ("АО X владеет ТОО Y"), when no
      // person is the subject ("радиостанцией X владеет Y": Y).
      int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      if (subject < 0) {
        subject = SubjectRu(m, i, SubjectPolicy::kPersonOrOrg, gender, /*inverted=*/true);
      }
      if (auto org = OrganizationObjectRu(m, i, subject)) {
        m.Emit(i, subject, "owns", *org, {}, TimeForVerbRu(m, i), TimeUse::kDuring);
      }
    } else if (PastForm(w, "купи", false) || OneOf(w, {"приобрёл", "приобрел", "приобрела"})) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender);
      if (auto org = ObjectRu(m, i + 1, ObjectPolicy::kOrganization)) {
        if (org->is_entity && m.context().entity(org->entity).type != EntityType::kLocation) {
          m.Emit(i, subject, "owns", *org, {}, m.TimeFor(i), TimeUse::kStart);
        }
      }
    } else if (OneOf(w,
                     {"принадлежит", "принадлежал", "принадлежала", "принадлежало", "принадлежали",
                      "принадлежащая", "принадлежащий", "принадлежащее", "принадлежащие",
                      "принадлежащей", "принадлежащего", "принадлежащую", "принадлежащим"})) {
      // "X, принадлежащая Юрию Мильнеру, Григорию Фингеру и Алишеру
      // Усманову": each owner of a list.
      const int org = OrganizationBeforeRu(m, i);
      for (int k = i + 1; org >= 0 && k < m.size(); k += 2) {
        const int owner = PersonAt(m, k);
        if (owner < 0) break;
        m.Emit(i, owner, "owns", EntityObject(m.context(), org), {}, m.TimeFor(i),
               TimeUse::kDuring);
        if (!m.IsPunct(k + 1, ",") && !m.IsAnyWord(k + 1, {"и"})) break;
      }
    }
  }
}

// What "и" joins before a role phrase: another role, which shares the
// phrase's organization and holder ("управляющий директор и совладелец
// агентства Kollektiv"), or a bare description after a dash or comma, which
// states nothing ("Ковач - политик и лидер партии X"). `start` is the
// first unit of the joined phrases (role.start when nothing is joined).
struct JoinedRole {
  int start;
  std::optional<RolePhraseRu> role;
};

JoinedRole JoinedBefore(const SentenceMatcher& m, const RolePhraseRu& role) {
  const int conjunction = role.start - 1;
  if (!m.IsAnyWord(conjunction, {"и"})) return {role.start, std::nullopt};
  for (int s = std::max(0, conjunction - 3); s < conjunction; ++s) {
    if (std::optional<RolePhraseRu> earlier = MatchRolePhraseRu(m, s);
        earlier && earlier->end == conjunction) {
      return {s, earlier};
    }
  }
  const int word = conjunction - 1;
  if (word >= 1 && m.unit(word).kind == UnitKind::kWord && !m.unit(word).capitalized &&
      (m.IsDash(word - 1) || m.IsPunct(word - 1, ","))) {
    return {word, std::nullopt};
  }
  return {role.start, std::nullopt};
}

// "президент телерадиокомпании «РИК» Серик Медетбеков" and "Серик
// Медетбеков, директор ТОО «X»," / "Медетбеков — основатель радио «X»"; a
// list of roles before one name ("депутат собрания района Отрадное,
// сопредседатель движения «Солидарность» Михаил Вельмакин") gives each.
// A description names no period: the date of its sentence is the event's
// ("бывший глава банка Жакенов покинул страну в 2015 году").
void FindAppositions(SentenceMatcher& m) {
  struct Held {
    RolePhraseRu role;
    FactObject object;
  };
  std::vector<Held> listed;  // roles before a comma and another role, waiting for their holder
  for (int i = 0; i < m.size(); ++i) {
    const std::optional<RolePhraseRu> role = MatchRolePhraseRu(m, i);
    if (!role) continue;
    int end = role->end;
    std::optional<FactObject> object = ObjectRu(m, role->end, ObjectPolicy::kOrganization, &end);
    // "с корреспондентом «Голоса Америки» лидер движения X": another role
    // inside the phrase is the name's; this one has no holder.
    for (int k = role->end + 1; k < end; ++k) {
      if (MatchRolePhraseRu(m, k)) {
        object.reset();
        end = k;
        break;
      }
    }
    // "главу партии Сергея Митрохина": the organization of the noun's
    // kind named last in this passage or the one before.
    if (!object && m.unit(role->end).kind == UnitKind::kWord &&
        OrganizationKindOfWord(m.Word(role->end)) != OrganizationKind::kNone &&
        PersonAt(m, role->end + 1) >= 0) {
      const int recent = m.context().RecentOrganization(m.unit(role->end).span.start,
                                                        m.Word(role->end), /*definite=*/false);
      if (recent >= 0) {
        object = EntityObject(m.context(), recent);
        end = role->end + 1;
      }
    }
    // "Владельцем X не является Y", "является ли", "мог бы": the name is
    // denied, asked about or supposed, not apposed.
    for (int k = role->start - 1; k < end; ++k) {
      if (m.IsAnyWord(k, {"не", "ли", "бы"})) {
        object.reset();
        break;
      }
    }
    // "британский премьер Гордон Браун": the office of a country.
    if (const std::string_view country = CountryOfAdjectiveRu(m.Word(role->start - 1));
        !country.empty() && role->kind == RoleKind::kPosition && PersonAt(m, role->end) >= 0) {
      EmitRoleRu(m, *role, PersonAt(m, role->end), CountryObjectRu(m, country), -1, TimeUse::kNone);
      listed.clear();
      i = role->end;
      continue;
    }
    // "Президент Назарбаев": a title before a name names no organization.
    if (!object ||
        (object->is_entity && m.context().entity(object->entity).type == EntityType::kPerson)) {
      listed.clear();
      continue;
    }
    // The holder named right after the organization, or after where the
    // office serves ("посол Японии в России Масахару Коно", "полпред
    // президента РФ в Северо-Кавказском федеральном округе Александр
    // Хлопонин").
    const JoinedRole joined = JoinedBefore(m, *role);
    // "лидер Национального фронта (FN) Марин Ле Пен": an abbreviation or
    // gloss in parentheses between the organization and the name.
    if (m.IsPunct(end, "(")) {
      for (int k = end + 1; k < m.size() && k <= end + 6; ++k) {
        if (m.IsPunct(k, ")")) {
          if (PersonAt(m, k + 1) >= 0) end = k + 1;
          break;
        }
      }
    }
    int holder = PersonAt(m, end);
    if (holder < 0 && m.IsAnyWord(end, {"в", "во", "на", "при", "от", "по"})) {
      for (int k = end + 1; k < m.size() && k <= end + 5; ++k) {
        if (m.IsPunct(k, ",") || m.unit(k).kind == UnitKind::kTime || MatchRolePhraseRu(m, k)) {
          break;
        }
        if ((holder = PersonAt(m, k)) >= 0) {
          end = k;
          break;
        }
      }
    }
    // "Владельцем Facebook является её основатель Марк Цукерберг": the
    // holder after a copula.
    if (holder < 0 && m.IsAnyWord(end, {"является", "являлся", "являлась"})) {
      for (int k = end + 1; k < m.size() && k <= end + 4; ++k) {
        if (m.unit(k).kind == UnitKind::kPunct || m.unit(k).kind == UnitKind::kTime) break;
        if ((holder = PersonAt(m, k)) >= 0) {
          end = k;
          break;
        }
      }
    }
    if (holder < 0 && listed.empty()) {
      // Or before the role, across a comma, a dash or "является", and
      // "исполняющий обязанности" (acting).
      int k = joined.start - 1;
      if (m.IsAnyWord(k, {"обязанности"}) &&
          m.IsAnyWord(k - 1, {"исполняющий", "исполняющая", "исполняющего", "исполняющей"})) {
        k -= 2;
      }
      if (m.IsPunct(k, ",") || m.IsDash(k) ||
          m.IsAnyWord(k, {"является", "являлся", "являлась", "был", "была"})) {
        --k;
        // "Скотт Хоровитц (Scott Horowitz), бывший астронавт": the name
        // before its parenthesis.
        if (m.IsPunct(k, ")")) {
          for (int open = k - 1; open >= 0 && open >= k - 6; --open) {
            if (m.IsPunct(open, "(")) {
              k = open - 1;
              break;
            }
          }
        }
        holder = PersonAt(m, k);
      }
    }
    if (holder < 0) {
      // "бывший глава компании X и совладелец Y Артур Перепёлкин": roles
      // listed with commas or "и" before one name.
      if ((m.IsPunct(end, ",") || m.IsAnyWord(end, {"и"})) && MatchRolePhraseRu(m, end + 1)) {
        listed.push_back({*role, *object});
      } else {
        listed.clear();
      }
      i = end - 1;
      continue;
    }
    for (const Held& held : listed) {
      EmitRoleRu(m, held.role, holder, held.object, -1, TimeUse::kNone);
    }
    listed.clear();
    if (joined.role) EmitRoleRu(m, *joined.role, holder, *object, -1, TimeUse::kNone);
    EmitRoleRu(m, *role, holder, *object, -1, TimeUse::kNone);
    i = end - 1;
  }
}

enum class LabelRu { kNone, kCareer, kEducation, kFamily };

LabelRu LabelOf(std::string_view lower) {
  if (OneOf(lower, {"трудовая деятельность", "карьера", "опыт работы", "трудовой путь", "биография",
                    "профессиональная деятельность"})) {
    return LabelRu::kCareer;
  }
  if (OneOf(lower, {"образование"})) return LabelRu::kEducation;
  if (OneOf(lower, {"семья", "семейное положение", "родственники"})) return LabelRu::kFamily;
  return LabelRu::kNone;
}

int PageSubject(SentenceMatcher& m) {
  const Discourse& d = m.discourse();
  return d.profile_subject >= 0 ? d.profile_subject : d.last_person;
}

// "жена – Гульнара, сын – Тимур" from unit i: the page's subject's family.
void FamilyItemsRu(SentenceMatcher& m, int i, int subject) {
  std::optional<RuKin> kin;
  bool former = false;
  for (int j = i; j < m.size(); ++j) {
    if (IsFormerRu(m.Word(j))) former = true;
    if (auto k = KinWordRu(m.Word(j))) {
      kin = k;
      continue;
    }
    const int relative = PersonAt(m, j);
    if (!kin || relative < 0) continue;
    m.Emit(j, subject, KinPredicateRu(*kin, former, /*of_relative=*/false),
           EntityObject(m.context(), relative));
    kin.reset();
    former = false;
  }
}

}  // namespace

void FindRoleFactsRu(SentenceMatcher& m) {
  FindVerbFacts(m);
  FindAppositions(m);
}

bool FindProfileLineFactsRu(SentenceMatcher& m, ProfileList* list) {
  // A label, alone or with its value after a colon.
  int colon = -1;
  for (int i = 0; i < m.size() && i < 5; ++i) {
    if (m.IsPunct(i, ":")) {
      colon = i;
      break;
    }
  }
  if (colon > 0) {
    std::string label;
    for (int i = 0; i < colon; ++i) label += (i ? " " : "") + m.unit(i).lower;
    const LabelRu kind = LabelOf(label);
    if (kind != LabelRu::kNone) {
      *list = kind == LabelRu::kCareer      ? ProfileList::kCareer
              : kind == LabelRu::kEducation ? ProfileList::kEducation
                                            : ProfileList::kFamily;
      const int subject = PageSubject(m);
      if (kind == LabelRu::kFamily && subject >= 0) FamilyItemsRu(m, colon + 1, subject);
      if (kind == LabelRu::kEducation && subject >= 0) {
        if (auto school = ObjectRu(m, colon + 1, ObjectPolicy::kInstitution)) {
          m.Emit(colon + 1, subject, "educated_at", *school, {}, m.TimeFor(colon + 1),
                 TimeUse::kEnd);
        }
      }
      return true;
    }
  }
  // An item: "[–] [в|с] 1992–1999 [гг.] – президент телерадиокомпании «РИК»".
  int i = 0;
  while (i < m.size() && (m.IsDash(i) || m.IsPunct(i, "\u2022") || m.IsPunct(i, "*"))) ++i;
  if (m.IsAnyWord(i, {"в", "с", "со", "до", "по"})) ++i;
  if (!(m.IsTime(i) || (i < m.size() && m.unit(i).kind == UnitKind::kNumber))) return false;
  int time = -1;
  while (i < m.size() &&
         (m.IsTime(i) || m.unit(i).kind == UnitKind::kNumber ||
          m.IsAnyWord(i, {"гг", "г", "год", "года", "годы", "годах", "по", "до", "н", "в"}) ||
          m.IsPunct(i, ".") ||
          (m.IsDash(i) && i + 1 < m.size() && m.unit(i + 1).kind == UnitKind::kNumber))) {
    if (m.IsTime(i) && time < 0) time = i;
    ++i;
  }
  if (!m.IsDash(i) && !m.IsPunct(i, ":")) return false;
  const int item = i + 1;
  const int subject = PageSubject(m);
  if (subject < 0) return false;
  if (const std::optional<RolePhraseRu> role = MatchRolePhraseRu(m, item)) {
    if (auto object = ObjectRu(m, role->end, ObjectPolicy::kOrganization)) {
      EmitRoleRu(m, *role, subject, *object, time, TimeUse::kDuring);
      return true;
    }
  }
  if (*list == ProfileList::kEducation) {
    if (auto school = ObjectRu(m, item, ObjectPolicy::kInstitution)) {
      m.Emit(item, subject, "educated_at", *school, {}, time, TimeUse::kEnd);
      return true;
    }
  }
  return false;  // "С 2011 г. – живёт в Вильнюсе": the prose patterns read it
}

}  // namespace dossier::internal
