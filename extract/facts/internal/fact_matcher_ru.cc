#include "extract/facts/internal/fact_matcher_ru.h"

#include <algorithm>
#include <string_view>

#include "extract/facts/internal/organization_kinds.h"
#include "extract/quotes/internal/quote_lexicon.h"
#include "extract/quotes/internal/quote_text.h"

namespace dossier::internal {
namespace {

constexpr int kMostPhraseUnits = 12;

bool IsRelative(std::string_view w) {
  return w == "который" || w == "которая" || w == "которое" || w == "которые";
}

bool IsObliqueRelative(std::string_view w) {
  return w == "которую" || w == "которого" || w == "которой" || w == "которым" || w == "которых";
}

// Whether the entity at j depends on the word before it: a relative's or
// a role's genitive ("зять Назарбаева", "директор компании"), or the
// source of a source phrase ("по словам Тулегенова"); no subject then.
bool Dependent(const SentenceMatcher& m, int j) {
  int k = j - 1;
  while (k >= 0 && m.IsQuoteMark(k)) --k;
  if (k < 0) return false;
  const std::string_view w = m.Word(k);
  return KinWordRu(w).has_value() || RoleNounRu(w).has_value() ||
         (k > 0 && RussianQuoteLexicon().OpensSourcePhrase(m.unit(k - 1).lower, m.unit(k).lower));
}

// Words that may stand before the verb of a subjectless line: "В 1984 году
// окончил", "Затем работал", "С 1999 года живёт".
bool IsFragmentWordRu(std::string_view w) {
  return IsPrepositionRu(w) || w == "году" || w == "года" || w == "год" || w == "гг" || w == "г" ||
         w == "годах" || w == "годы" || w == "также" || w == "затем" || w == "потом" ||
         w == "позже" || w == "позднее" || w == "впоследствии" || w == "тогда" || w == "и" ||
         w == "а" || w == "с" || w == "по" || w == "был" || w == "была" || w == "вновь" ||
         w == "снова" || w == "уже" || w == "ещё" || w == "еще" || w == "он" || w == "она";
}

// Whether the unit before j (quotation marks skipped) is a preposition.
bool AfterPreposition(const SentenceMatcher& m, int j) {
  int k = j - 1;
  while (k >= 0 && m.IsQuoteMark(k)) --k;
  return k >= 0 && IsPrepositionRu(m.Word(k));
}

// The person a unit names as a subject: an entity (a reference only when
// nominative: "он", "она"); "я" in a quotation is its speaker.
int SubjectEntityAt(const SentenceMatcher& m, int j) {
  const Unit& u = m.unit(j);
  if (u.kind == UnitKind::kEntity) {
    if (!u.reference) return u.entity;
    return u.lower == "он" || u.lower == "она" ? u.entity : -1;
  }
  if (m.Word(j) == "я" && u.quote >= 0) return m.context().QuoteSpeaker(u.quote);
  return -1;
}

// The field of a ministry in the genitive from unit k ("финансов",
// "иностранных дел", "сельского хозяйства"), lower case; empty when none.
std::string OneMinistryFieldRu(const SentenceMatcher& m, int k) {
  static constexpr std::string_view kOneWord[] = {
      "финансов",    "обороны",         "юстиции",  "экономики",    "энергетики",
      "образования", "здравоохранения", "культуры", "транспорта",   "труда",
      "информации",  "промышленности",  "связи",    "коммуникаций", "науки",
      "спорта",      "туризма",         "экологии", "торговли",     "строительства",
      "развития",    "просвещения"};
  static constexpr std::string_view kTwoWords[][2] = {
      {"иностранных", "дел"},        {"внутренних", "дел"},        {"сельского", "хозяйства"},
      {"национальной", "экономики"}, {"социальной", "защиты"},     {"природных", "ресурсов"},
      {"чрезвычайных", "ситуаций"},  {"массовых", "коммуникаций"}, {"высшего", "образования"},
      {"регионального", "развития"}, {"цифрового", "развития"},    {"экономического", "развития"}};
  for (const auto& pair : kTwoWords) {
    if (m.IsWord(k, pair[0]) && m.IsWord(k + 1, pair[1])) {
      return std::string(pair[0]) + " " + std::string(pair[1]);
    }
  }
  for (std::string_view word : kOneWord) {
    if (m.IsWord(k, word)) return std::string(word);
  }
  return {};
}

// The field of a ministry at unit k ("финансов", "иностранных дел"), two
// joined by "и" ("связи и коммуникаций", "труда и социальной защиты");
// empty when none.
std::string MinistryFieldRu(const SentenceMatcher& m, int k) {
  std::string field = OneMinistryFieldRu(m, k);
  if (field.empty()) return field;
  const int next = k + static_cast<int>(std::count(field.begin(), field.end(), ' ')) + 1;
  if (m.IsWord(next, "и")) {
    if (const std::string more = OneMinistryFieldRu(m, next + 1); !more.empty()) {
      field += " и " + more;
    }
  }
  return field;
}

}  // namespace

VerbGender VerbGenderAt(const SentenceMatcher& m, int i) {
  const std::string_view w = m.Word(i);
  if (w.ends_with("лась") || w.ends_with("ла") || w.ends_with("ена") || w.ends_with("ана") ||
      w.ends_with("ана")) {
    return VerbGender::kFemale;
  }
  if (w.ends_with("лся") || w.ends_with("л") || w.ends_with("ен") || w.ends_with("ан")) {
    return VerbGender::kMale;
  }
  return VerbGender::kAny;
}

bool GenderFits(const SentenceMatcher& m, int entity, VerbGender gender) {
  if (entity < 0) return false;
  const Entity& e = m.context().entity(entity);
  if (gender == VerbGender::kAny || e.type != EntityType::kPerson) return true;
  Gender g = RussianQuoteLexicon().NameGender(Words(e.name));
  // A surname alone may be an oblique form whose ending reads as the other
  // gender ("Игильманова" beside "Игильманов", "осуждён Игильманов"): when
  // the entity's forms disagree, its gender is unknown.
  if (e.name.find(' ') == std::string::npos) {
    for (const std::string& alias : e.aliases) {
      if (RussianQuoteLexicon().NameGender(Words(alias)) != g) g = Gender::kUnknown;
    }
  }
  return !((gender == VerbGender::kMale && g == Gender::kFemale) ||
           (gender == VerbGender::kFemale && g == Gender::kMale));
}

int SubjectRu(SentenceMatcher& m, int trigger, SubjectPolicy policy, VerbGender gender,
              bool inverted) {
  // The first person after the verb in its clause (inverted order).
  auto after_verb = [&]() {
    for (int j = trigger + 1; j < m.size() && j < trigger + 8; ++j) {
      if (m.IsPunct(j, ",") || m.IsPunct(j, ";") || m.IsPunct(j, ".")) break;
      const int e = SubjectEntityAt(m, j);
      if (e >= 0 && !AfterPreposition(m, j) && !Dependent(m, j) &&
          m.context().entity(e).type == EntityType::kPerson && GenderFits(m, e, gender)) {
        return e;
      }
    }
    return -1;
  };
  bool fragment = true;  // nothing but small words, times and numbers before the trigger
  for (int j = trigger - 1; j >= 0; --j) {
    if (m.IsPunct(j, ";")) {
      fragment = false;
      break;
    }
    const std::string_view w = m.Word(j);
    if (IsRelative(w)) {
      // "Тулегенов, который родился …": the antecedent.
      int k = j - 1;
      while (k >= 0 && (m.IsPunct(k, ",") || m.IsQuoteMark(k))) --k;
      const int e = m.IsEntity(k) ? SubjectEntityAt(m, k) : -1;
      return m.SubjectAllowed(e, policy) && GenderFits(m, e, gender) ? e : -1;
    }
    if (IsObliqueRelative(w)) {
      fragment = false;
      break;  // "радио, которое основал Тулегенов": the subject follows
    }
    if (w == "что") {
      // "X отрицает, что владеет …": X's clause goes on, unless the clause
      // names its subject after the verb ("X отрицает, что компанию основал Y").
      fragment = false;
      if (const int e = inverted ? after_verb() : -1; e >= 0) return e;
    }
    const int e = SubjectEntityAt(m, j);
    if (e >= 0 && !m.unit(j).possessive && !AfterPreposition(m, j) && !Dependent(m, j) &&
        m.SubjectAllowed(e, policy) && GenderFits(m, e, gender)) {
      return e;
    }
    const Unit& u = m.unit(j);
    if (u.kind == UnitKind::kEntity || (u.kind == UnitKind::kWord && !IsFragmentWordRu(w))) {
      fragment = false;
    }
  }
  if (inverted || !fragment) {
    if (const int e = after_verb(); e >= 0) return e;
  }
  if (!fragment || m.unit(trigger).quote >= 0) return -1;
  const int current = m.discourse().last_person;
  return m.SubjectAllowed(current, policy) && GenderFits(m, current, gender) ? current : -1;
}

int TimeForVerbRu(const SentenceMatcher& m, int verb) {
  if (const int time = m.TimeFor(verb); time >= 0) return time;
  int k = verb + 1;
  bool persons = false;
  for (; k < m.size(); ++k) {
    if (m.IsEntity(k) && !m.unit(k).reference &&
        m.context().entity(m.unit(k).entity).type == EntityType::kPerson) {
      persons = true;
    } else if (!m.IsPunct(k, ",") && !m.IsAnyWord(k, {"и"})) {
      break;
    }
  }
  if (!persons) return -1;
  if (m.IsAnyWord(k, {"в", "во"})) ++k;
  if (!m.IsTime(k)) return -1;
  const TimeMention& t = m.context().time(m.unit(k).time);
  return t.from || t.to ? k : -1;
}

std::optional<FactObject> OrganizationObjectRu(const SentenceMatcher& m, int verb, int subject) {
  std::optional<FactObject> object = ObjectRu(m, verb + 1, ObjectPolicy::kOrganization);
  const bool usable = object && !(object->is_entity &&
                                  (object->entity == subject ||
                                   m.context().entity(object->entity).type == EntityType::kPerson));
  if (usable) return object;
  // "владел станцией", "руководил этой компанией": the organization the
  // noun describes, named before ("радио «Сарыарка»"), when no name follows.
  const bool demonstrative =
      m.IsAnyWord(verb + 1, {"эта", "эту", "этой", "этот", "этого", "этим", "этом", "данная",
                             "данную", "данной", "данный", "данного", "данным"});
  const int noun = demonstrative ? verb + 2 : verb + 1;
  if (noun < m.size() && m.unit(noun).kind == UnitKind::kWord &&
      OrganizationKindOfWord(m.Word(noun)) != OrganizationKind::kNone &&
      !m.IsEntity(m.SkipQuoteMarks(noun + 1))) {
    const int recent =
        m.context().RecentOrganization(m.unit(noun).span.start, m.Word(noun), demonstrative);
    if (recent >= 0 && recent != subject) return EntityObject(m.context(), recent);
  }
  // "Радиостанцию «Сарыарка» основал Тулегенов": the object stood first, in
  // the verb's clause ("«Дала Медиа» заявила, что Тулегенов не владел …"
  // names the speaker, not the object), and the subject does not stand
  // between them; a relative clause reaches its noun ("радио «Сарыарка»,
  // которым он руководил").
  for (int j = verb - 1; j >= 0; --j) {
    if ((m.IsPunct(j, ",") && !(IsRelative(m.Word(j + 1)) || IsObliqueRelative(m.Word(j + 1)))) ||
        m.IsPunct(j, ";") || m.IsPunct(j, ":") || m.IsDash(j) || m.IsAnyWord(j, {"что", "чтобы"})) {
      return std::nullopt;
    }
    if (m.unit(j).kind == UnitKind::kWord &&
        OrganizationKindOfWord(m.Word(j)) != OrganizationKind::kNone) {
      // "основал радиостанцию и руководил ею": the noun of the clause.
      const int recent = m.context().RecentOrganization(m.unit(j).span.start, m.Word(j),
                                                        /*definite=*/false);
      if (recent >= 0 && recent != subject) return EntityObject(m.context(), recent);
      continue;
    }
    if (!m.IsEntity(j) || m.unit(j).reference) continue;
    if (m.unit(j).entity == subject) return std::nullopt;
    const EntityType type = m.context().entity(m.unit(j).entity).type;
    if (type == EntityType::kOrganization || type == EntityType::kOther) {
      return EntityObject(m.context(), m.unit(j).entity);
    }
  }
  return std::nullopt;
}

int OrganizationBeforeRu(const SentenceMatcher& m, int i) {
  for (int j = i - 1; j >= 0; --j) {
    if (!m.IsEntity(j) || m.unit(j).reference) continue;
    const EntityType type = m.context().entity(m.unit(j).entity).type;
    if (type == EntityType::kOrganization || type == EntityType::kOther) return m.unit(j).entity;
  }
  return -1;
}

std::pair<int, int> PhraseRu(const SentenceMatcher& m, int begin) {
  int i = begin;
  bool content = false;
  bool in_quotes = false;
  while (i < m.size() && i - begin < kMostPhraseUnits) {
    const Unit& u = m.unit(i);
    if (u.kind == UnitKind::kTime) break;
    if (u.kind == UnitKind::kPunct) {
      if (m.IsQuoteMark(i)) {
        in_quotes = !in_quotes;
        ++i;
        continue;
      }
      if (u.lower == "№") {
        ++i;
        continue;
      }
      break;
    }
    if (u.kind == UnitKind::kEntity) {
      if (u.reference) break;
      if (content && !in_quotes && m.context().entity(u.entity).type == EntityType::kPerson) break;
      content = true;
      ++i;
      continue;
    }
    if (!in_quotes && content && EndsPhraseRu(u.lower)) break;
    content = true;
    ++i;
  }
  return {begin, i};
}

std::optional<FactObject> ObjectRu(const SentenceMatcher& m, int begin, ObjectPolicy policy,
                                   int* end) {
  auto [b, e] = PhraseRu(m, begin);
  if (end != nullptr) *end = e;
  if (b >= e) return std::nullopt;
  // "ТОО «Дала Медиа»": the company form before the name.
  // "компании ТОО «Дала Медиа»", "правления АО «Казкоммерцбанк»": lower-case
  // words and a company form before a name leave the name.
  static constexpr std::string_view kForms[] = {"тоо", "ао", "ооо", "зао", "оао", "пао", "ип"};
  for (int k = b; k < e; ++k) {
    const bool form =
        std::find(std::begin(kForms), std::end(kForms), m.Word(k)) != std::end(kForms);
    const int name = m.SkipQuoteMarks(k + 1);
    if (form && m.IsEntity(name) && name < e) {
      b = name;
      break;
    }
    if (m.unit(k).kind != UnitKind::kWord || m.unit(k).capitalized) break;
  }
  if (auto object = m.ObjectOf(b, e, policy)) return object;
  if (policy != ObjectPolicy::kInstitution) return std::nullopt;
  for (int k = b; k < e; ++k) {
    if (IsSchoolWordRu(m.Word(k))) return FactObject{m.TextOf(b, e), false, -1};
  }
  return std::nullopt;
}

std::optional<RolePhraseRu> MatchRolePhraseRu(const SentenceMatcher& m, int i) {
  RolePhraseRu role;
  role.start = i;
  std::string modifiers;
  size_t last_modifier = 0;  // where the last modifier starts in `modifiers`
  int k = i;
  for (; k < m.size() && k < i + 4; ++k) {
    const std::string_view w = m.Word(k);
    if (IsFormerRu(w)) {
      role.former = true;
      continue;
    }
    const std::string modifier = RoleModifierRu(w);
    if (modifier.empty()) break;
    last_modifier = modifiers.size();
    modifiers += modifier + " ";
  }
  std::string_view head_word = m.Word(k);
  if (head_word.starts_with("экс-")) {  // "экс-председатель"
    role.former = true;
    head_word.remove_prefix(std::string_view("экс-").size());
  }
  std::optional<RuRole> head = RoleNounRu(head_word);
  // "управляющий компанией X": the last modifier is the role noun itself.
  if (!head && !modifiers.empty() && (head = RoleNounRu(m.Word(k - 1)))) {
    --k;
    modifiers.resize(last_modifier);
  }
  if (!head) return std::nullopt;
  role.kind = head->kind;
  role.role = modifiers + head->nominative;
  role.end = k + 1;
  // "председатель правления", "председатель совета директоров": the
  // board is part of the title.
  if (m.IsAnyWord(k + 1, {"правления", "совета"})) {
    role.role += " " + std::string(m.unit(k + 1).lower);
    role.end = k + 2;
    if (m.IsWord(k + 2, "директоров")) {
      role.role += " директоров";
      role.end = k + 3;
    }
    return role;
  }
  // "заместитель директора": a role noun in the genitive completes it.
  bool minister = head->nominative == "министр";
  if (head->nominative == "заместитель" || head->nominative == "помощник" ||
      head->nominative == "советник") {
    if (auto next = RoleNounRu(m.Word(k + 1))) {
      role.role += " " + std::string(m.unit(k + 1).lower);
      role.end = k + 2;
      minister = next->nominative == "министр";
    }
  }
  // "министр финансов", "заместитель министра иностранных дел": the field.
  if (minister) {
    const std::string field = MinistryFieldRu(m, role.end);
    if (!field.empty()) {
      role.role += " " + field;
      role.ministry = "министерство " + field;
      role.end += static_cast<int>(std::count(field.begin(), field.end(), ' ')) + 1;
    }
  }
  return role;
}

void EmitRoleRu(SentenceMatcher& m, const RolePhraseRu& role, int holder, const FactObject& object,
                int time_unit, TimeUse use) {
  const TimeUse during = role.former && use == TimeUse::kStart ? TimeUse::kDuring : use;
  switch (role.kind) {
    case RoleKind::kPosition:
      m.Emit(role.start, holder, "position", object, role.role, time_unit, during);
      break;
    case RoleKind::kFounder:
      m.Emit(role.start, holder, "founded", object, {}, time_unit, TimeUse::kStart);
      break;
    case RoleKind::kOwner:
      m.Emit(role.start, holder, "owns", object, {}, time_unit, during);
      break;
    case RoleKind::kMember:
      m.Emit(role.start, holder, "member_of", object, {}, time_unit, during);
      break;
    case RoleKind::kEmployee:
    case RoleKind::kAssociate:
      m.Emit(role.start, holder, "employed_by", object, {}, time_unit, during);
      break;
  }
}

}  // namespace dossier::internal
