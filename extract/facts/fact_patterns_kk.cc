// Kazakh prose patterns. Kazakh puts the subject first and the verb last, and
// marks case with suffixes on the name itself ("Тулегеновтың" of Tulegenov,
// "Литваға" to Lithuania, "Алматыда" in Almaty), so a pattern reads the
// clause before its verb and the case each name is written in:
// - life events: "1968 жылы Қарағанды қаласында дүниеге келген" / "туған",
//   "қайтыс болды", "университетін бітірген", "Литваға көшіп кетті",
//   "Алматыда тұрады";
// - roles: "«Сарыарқа» радиосының негізін қалаушы Арман Тулегенов", "«Дала
//   Медиа» компаниясының директоры Ислам Игілманов" (an organization in the
//   genitive, a role, a name), "... директоры болып тағайындалды" (a role
//   then a verb of taking office), "... орынбасары болды" (became),
//   "Қазақстанның Венгриядағы елшісі" (the country, not where the office
//   serves), "Қаржы министрінің орынбасары" (the ministry of the field),
//   "радиосын құрды" / "негізін қалады", "басқарды" (headed), the
//   organization named or described by a noun of its kind ("радиостанцияны
//   құрып": the radio named before);
// - family: "Назарбаевтың қызы Дариға", "Оның әйелі Гүлнара".
// Negative verb forms ("бітірмеген", "етпеген") state nothing.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "extract/facts/internal/fact_matcher_kk.h"
#include "extract/facts/internal/fact_matcher_ru.h"
#include "extract/facts/internal/fact_patterns.h"
#include "extract/facts/internal/organization_kinds.h"

namespace dossier::internal {
namespace {

// Nouns after a place that carry its case: "Қарағанды қаласында".
bool PlaceNounIn(std::string_view word, KazakhCase c) {
  for (std::string_view stem : {"қала", "ауыл", "облыс", "аудан", "өңір", "ел"}) {
    if (!word.starts_with(stem)) continue;
    const std::string_view rest = word.substr(stem.size());
    if (c == KazakhCase::kLocative && (rest.ends_with("да") || rest.ends_with("де"))) return true;
    if (c == KazakhCase::kDative && (rest.ends_with("а") || rest.ends_with("е"))) return true;
  }
  return false;
}

// The nearest place before `trigger` in its clause written in case `c`, on
// the name or on a place noun after it.
std::optional<FactObject> PlaceBefore(const SentenceMatcher& m, int trigger, KazakhCase c) {
  for (int j = trigger - 1; j >= ClauseStartKk(m, trigger); --j) {
    if (!m.IsEntity(j) || m.unit(j).reference) continue;
    const Entity& e = m.context().entity(m.unit(j).entity);
    if (e.type != EntityType::kLocation) continue;
    if (CaseOfName(m, j) == c || PlaceNounIn(m.Word(j + 1), c)) {
      return EntityObject(m.context(), m.unit(j).entity);
    }
  }
  return std::nullopt;
}

// The nearest organization (or other entity) before `trigger` in its clause.
int OrganizationBeforeKk(const SentenceMatcher& m, int trigger) {
  for (int j = trigger - 1; j >= ClauseStartKk(m, trigger); --j) {
    if (!m.IsEntity(j) || m.unit(j).reference) continue;
    const EntityType type = m.context().entity(m.unit(j).entity).type;
    if (type == EntityType::kOrganization || type == EntityType::kOther) return m.unit(j).entity;
  }
  return -1;
}

// The organization a verb is about ("құрды", "басқарды"): the nearest
// organization named before it in its clause, or a noun of its kind
// ("радиостанцияны құрып", "бұл компанияны басқарды"): the organization
// that noun describes, named before (organization_kinds.h). -1 when none.
int OrganizationObjectKk(const SentenceMatcher& m, int verb) {
  for (int j = verb - 1; j >= ClauseStartKk(m, verb); --j) {
    if (m.IsEntity(j)) {
      if (m.unit(j).reference) continue;
      const EntityType type = m.context().entity(m.unit(j).entity).type;
      if (type == EntityType::kOrganization || type == EntityType::kOther) return m.unit(j).entity;
      continue;
    }
    if (m.unit(j).kind != UnitKind::kWord ||
        OrganizationKindOfWord(m.Word(j)) == OrganizationKind::kNone) {
      continue;
    }
    const bool definite = m.IsAnyWord(j - 1, {"бұл", "осы", "сол"});
    return m.context().RecentOrganization(m.unit(j).span.start, m.Word(j), definite);
  }
  return -1;
}

// A school named before "бітірді" in the accusative: the organization, or
// the capitalized words ending in "университетін", "институтын", ...
std::optional<FactObject> SchoolBefore(const SentenceMatcher& m, int trigger) {
  const int org = OrganizationBeforeKk(m, trigger);
  if (org >= 0) return EntityObject(m.context(), org);
  const int last = trigger - 1;
  bool school = false;
  for (std::string_view stem : {"университет", "институт", "академия", "мектеб", "колледж",
                                "училище", "консерватория", "лицей"}) {
    school |= m.Word(last).starts_with(stem);
  }
  if (!school) return std::nullopt;
  int first = last;
  while (first - 1 >= 0 && m.unit(first - 1).kind == UnitKind::kWord &&
         m.unit(first - 1).capitalized && !m.IsTime(first - 1)) {
    --first;
  }
  if (first == last) return std::nullopt;
  return FactObject{m.TextOf(first, last + 1), false, -1};
}

// After the trigger of a birth or a death: the date and the place of the clause.
void DateAndPlaceKk(SentenceMatcher& m, int trigger, std::string_view on, std::string_view in) {
  const int subject = SubjectKk(m, trigger);
  if (subject < 0) return;
  const int time = m.TimeFor(trigger);
  if (time >= 0) {
    const std::string date = DateAtPrecision(m.context().time(m.unit(time).time));
    if (!date.empty()) m.Emit(trigger, subject, on, FactObject{date, false, -1});
  }
  if (auto place = PlaceBefore(m, trigger, KazakhCase::kLocative))
    m.Emit(trigger, subject, in, *place);
}

struct RoleKk {
  std::string_view stem;  // the noun before its possessive ending
  std::string_view role;  // as the fact names it
  RoleKind kind;
};

// Role nouns with the third person's possessive ending, in any case after
// it ("директоры", "директорының", "төрағасы", "әкімі").
constexpr RoleKk kRoles[] = {
    {"директор", "директор", RoleKind::kPosition},
    {"басшы", "басшы", RoleKind::kPosition},
    {"төраға", "төраға", RoleKind::kPosition},
    {"президент", "президент", RoleKind::kPosition},
    {"әкім", "әкім", RoleKind::kPosition},
    {"министр", "министр", RoleKind::kPosition},
    {"депутат", "депутат", RoleKind::kPosition},
    {"редактор", "редактор", RoleKind::kPosition},
    {"меңгеруші", "меңгеруші", RoleKind::kPosition},
    {"бастығ", "бастық", RoleKind::kPosition},
    {"орынбасар", "орынбасар", RoleKind::kPosition},
    {"хатшы", "хатшы", RoleKind::kPosition},
    {"елші", "елші", RoleKind::kPosition},
    {"продюсер", "продюсер", RoleKind::kPosition},
    {"тілші", "тілші", RoleKind::kEmployee},
    {"қызметкер", "қызметкер", RoleKind::kEmployee},
    {"журналист", "журналист", RoleKind::kEmployee},
    {"құрылтайшы", "құрылтайшы", RoleKind::kFounder},
    {"ие", "ие", RoleKind::kOwner},
    {"мүше", "мүше", RoleKind::kMember},
};

// The role phrase at unit i: modifiers ("бас", "бұрынғы", "атқарушы"), a
// role noun, or "негізін қалаушы" (founder).
std::optional<RolePhraseRu> RolePhraseKk(const SentenceMatcher& m, int i) {
  RolePhraseRu phrase;
  phrase.start = i;
  std::string modifiers;
  int k = i;
  for (; k < m.size() && k < i + 3; ++k) {
    const std::string_view w = m.Word(k);
    if (w == "бұрынғы" || w == "экс") {
      phrase.former = true;
    } else if (w == "бас" || w == "атқарушы" || w == "бірінші") {
      modifiers += std::string(w) + " ";
    } else {
      break;
    }
  }
  const std::string_view w = m.Word(k);
  if (w == "негізін" && m.Word(k + 1).starts_with("қалауш")) {
    phrase.kind = RoleKind::kFounder;
    phrase.role = "негізін қалаушы";
    phrase.end = k + 2;
    return phrase;
  }
  for (const RoleKk& r : kRoles) {
    // The possessive "-ы"/"-і"/"-сы"/"-сі", then any case ending.
    if (!w.starts_with(r.stem)) continue;
    const std::string_view rest = w.substr(r.stem.size());
    if (!(rest.starts_with("ы") || rest.starts_with("і") || rest.starts_with("сы") ||
          rest.starts_with("сі"))) {
      continue;
    }
    phrase.kind = r.kind;
    phrase.role = modifiers + std::string(r.role);
    phrase.end = k + 1;
    return phrase;
  }
  return std::nullopt;
}

// Whether `word` ends in a genitive ending ("радиосының").
bool InGenitive(std::string_view word) {
  for (const KazakhCaseEnding& ending : KazakhCaseEndings()) {
    if (ending.of == KazakhCase::kGenitive && word.ends_with(ending.text)) return true;
  }
  return false;
}

// The organization a role at `role_start` belongs to: an entity right
// before it in the genitive ("Хабардың директоры"), or before a noun of its
// kind in the genitive ("«Сарыарқа» радиосының", "Қазақстан Республикасының")
// or a place in compounds ("Қазақстан Президенті").
std::optional<FactObject> OwnerOfRole(const SentenceMatcher& m, int role_start) {
  int j = role_start - 1;
  if (m.IsQuoteMark(j)) --j;
  // "Қазақстанның Венгриядағы елшісі": where the office serves comes between.
  if (m.IsEntity(j) && !m.unit(j).reference &&
      CaseOfName(m, j) == KazakhCase::kLocativeAttributive) {
    --j;
  }
  if (!m.IsEntity(j) && j >= 1 && InGenitive(m.Word(j))) {
    --j;  // the noun of the organization's kind
    if (m.IsQuoteMark(j)) --j;
  }
  if (!m.IsEntity(j) || m.unit(j).reference || IsPersonKk(m, j)) return std::nullopt;
  return EntityObject(m.context(), m.unit(j).entity);
}

// "Қаржы министрінің орынбасары": a minister in the genitive before the
// role, with the field before it. The role grows to the whole phrase
// ("қаржы министрінің орынбасары") and the office is the ministry
// ("қаржы министрлігі"); nullopt when the words before are no such phrase.
std::optional<FactObject> MinistryOfRole(const SentenceMatcher& m, RolePhraseRu* role) {
  const int minister = role->start - 1;
  const int field = minister - 1;
  if (field < 0 || m.Word(field).empty() || !FormOf(m.Word(minister), "министр", {"інің"}) ||
      m.unit(field).kind != UnitKind::kWord || m.IsEntity(field) || m.IsTime(field) ||
      RolePhraseKk(m, field)) {
    return std::nullopt;
  }
  std::string phrase = std::string(m.Word(field)) + " министрінің";
  for (int k = role->start; k < role->end; ++k) {
    if (m.Word(k) != "бұрынғы" && m.Word(k) != "экс") phrase += " " + std::string(m.Word(k));
  }
  role->role = phrase;
  role->start = field;
  return FactObject{std::string(m.Word(field)) + " министрлігі", false, -1};
}

void FindRoleAppositionsAndVerbs(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    std::optional<RolePhraseRu> role = RolePhraseKk(m, i);
    if (!role) continue;
    std::optional<FactObject> object = OwnerOfRole(m, role->start);
    if (!object) object = MinistryOfRole(m, &*role);
    if (!object) continue;
    if (IsPersonKk(m, role->end)) {
      // "... радиосының директоры Арман Тулегенов": a description, whose
      // time is not the clause's ("founder of X, Y moved in 2011").
      EmitRoleRu(m, *role, m.unit(role->end).entity, *object, -1, TimeUse::kNone);
    } else if (FormOf(m.Word(role->end), "бол", {"ды", "ған"})) {
      // "... орынбасары болды": became (from the clause's time), or had been.
      const int subject = SubjectKk(m, role->start);
      if (subject >= 0) {
        EmitRoleRu(m, *role, subject, *object, m.TimeFor(i),
                   m.Word(role->end) == "болды" ? TimeUse::kStart : TimeUse::kDuring);
      }
    } else if (m.Word(role->end) == "болып") {
      // "... директоры болып тағайындалды / сайланды / жұмыс істеді".
      const std::string_view verb = m.Word(role->end + 1);
      const bool start = verb.starts_with("тағайындал") || verb.starts_with("сайлан");
      const bool during = verb.starts_with("жұмыс") || verb.starts_with("істе") ||
                          verb.starts_with("қызмет") || verb.starts_with("бол");
      if (!start && !during) continue;
      const int subject = SubjectKk(m, role->start);
      if (subject >= 0) {
        EmitRoleRu(m, *role, subject, *object, m.TimeFor(i),
                   start ? TimeUse::kStart : TimeUse::kDuring);
      }
    }
    i = role->end - 1;
  }
}

// "құрды", "құрған", "құрып"; "негізін қалады".
bool FoundingVerb(const SentenceMatcher& m, int i) {
  const std::string_view w = m.Word(i);
  // "-ғанын": the clause made a noun before a verb of saying ("құрғанын айтты").
  if (FormOf(w, "құр", {"ды", "ған", "ып", "ыпты", "ады", "ғанын"})) return true;
  return w == "негізін" && FormOf(m.Word(i + 1), "қала", {"ды", "ған", "п", "пты", "ғанын"});
}

}  // namespace

void FindLifeEventFactsKk(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if (w.empty()) continue;
    if (OneOf(w, {"туған", "туды", "туылған", "туылды", "туыпты"}) ||
        (w == "дүниеге" && FormOf(m.Word(i + 1), "кел", {"ген", "ді", "іпті"}))) {
      DateAndPlaceKk(m, i, "born_on", "born_in");
    } else if ((w == "қайтыс" && FormOf(m.Word(i + 1), "бол", {"ды", "ған", "ыпты"})) ||
               (w == "қаза" && FormOf(m.Word(i + 1), "тап", {"ты", "қан"})) ||
               // "өлі күйінде табылды": found dead.
               (w == "өлі" && m.IsWord(i + 1, "күйінде") &&
                FormOf(m.Word(i + 2), "табыл", {"ды", "ған"}))) {
      DateAndPlaceKk(m, i, "died_on", "died_in");
    } else if (FormOf(w, "бітір", {"ді", "ген", "іп", "іпті"}) ||
               FormOf(w, "тәмамда", {"ды", "ған", "п"})) {
      const int subject = SubjectKk(m, i);
      if (auto school = SchoolBefore(m, i)) {
        m.Emit(i, subject, "educated_at", *school, {}, m.TimeFor(i), TimeUse::kEnd);
      }
    } else if (FormOf(w, "көш", {"ті", "кен", "іп"}) ||
               (w == "қоныс" && m.Word(i + 1).starts_with("аудар"))) {
      const int subject = SubjectKk(m, i);
      if (auto place = PlaceBefore(m, i, KazakhCase::kDative)) {
        m.Emit(i, subject, "moved_to", *place, {}, m.TimeFor(i), TimeUse::kStart);
      }
    } else if (w == "тұрады" || (w == "тұрып" && m.Word(i + 1) == "жатыр")) {
      const int subject = SubjectKk(m, i);
      if (auto place = PlaceBefore(m, i, KazakhCase::kLocative)) {
        m.Emit(i, subject, "lives_in", *place, {}, m.TimeFor(i), TimeUse::kDuring);
      }
    }
  }
  FindChargeFactsKk(m);
}

void FindRoleFactsKk(SentenceMatcher& m) {
  FindRoleAppositionsAndVerbs(m);
  for (int i = 0; i < m.size(); ++i) {
    const bool founded = FoundingVerb(m, i);
    // "басқарды" / "басқарған" / "басқарып": headed.
    const bool headed = FormOf(m.Word(i), "басқар", {"ды", "ған", "ып", "ады", "ғанын"});
    if (!founded && !headed) continue;
    const int subject = SubjectKk(m, i);
    const int org = OrganizationObjectKk(m, i);
    if (subject < 0 || org < 0 || org == subject) continue;
    if (founded) {
      m.Emit(i, subject, "founded", EntityObject(m.context(), org), {}, m.TimeFor(i),
             TimeUse::kStart);
    } else {
      m.Emit(i, subject, "position", EntityObject(m.context(), org), "head", m.TimeFor(i),
             TimeUse::kDuring);
    }
  }
}

void FindFamilyFactsKk(SentenceMatcher& m) {
  struct KinKk {
    std::string_view word;
    RuKin kin;
  };
  static constexpr KinKk kKin[] = {
      {"әйелі", RuKin::kSpouse},   {"жұбайы", RuKin::kSpouse},     {"күйеуі", RuKin::kSpouse},
      {"ұлы", RuKin::kChild},      {"қызы", RuKin::kChild},        {"баласы", RuKin::kChild},
      {"әкесі", RuKin::kParent},   {"анасы", RuKin::kParent},      {"ағасы", RuKin::kSibling},
      {"інісі", RuKin::kSibling},  {"бауыры", RuKin::kSibling},    {"апасы", RuKin::kSibling},
      {"әпкесі", RuKin::kSibling}, {"қарындасы", RuKin::kSibling}, {"сіңлісі", RuKin::kSibling}};
  for (int i = 1; i + 1 < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    const KinKk* kin = nullptr;
    for (const KinKk& k : kKin) {
      if (k.word == w) kin = &k;
    }
    if (kin == nullptr || !IsPersonKk(m, i + 1)) continue;
    const bool former = m.Word(i - 1) == "бұрынғы";
    const int before = former ? i - 2 : i - 1;
    int anchor = -1;  // whose relative
    if (m.IsEntity(before) && m.unit(before).reference) {
      anchor = m.unit(before).entity;  // "Оның" resolved by the quotes stage
    } else if (m.Word(before) == "оның") {
      anchor = m.discourse().last_person;
    } else if (before >= 0 && IsPersonKk(m, before) &&
               CaseOfName(m, before) == KazakhCase::kGenitive) {
      anchor = m.unit(before).entity;
    }
    const int relative = m.unit(i + 1).entity;
    if (anchor < 0 || anchor == relative) continue;
    m.Emit(i, relative, KinPredicateRu(kin->kin, former, /*of_relative=*/true),
           EntityObject(m.context(), anchor));
  }
}

}  // namespace dossier::internal
