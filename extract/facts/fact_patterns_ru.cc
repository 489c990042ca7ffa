// Russian prose patterns for life events and family: "Родился 23 ноября
// 1961 года в Алма-Ате", "окончил КазГУ", "учился в", "живёт в",
// "переехал в", "умер"; "его жена Гульнара", "дочь Назарбаева Дарига",
// "Тимур Кулибаев, зять Назарбаева", "Рахат Алиев — бывший муж Дариги
// Назарбаевой", "женат на", "развёлся с". Verbs are matched by stem and
// ending (родился/родилась, окончил/окончила); dates are whatever time
// mentions the sentence holds.
#include <optional>
#include <string_view>

#include "extract/facts/internal/fact_matcher_ru.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// After "родился" or "умер": the date (a time) and the place ("в" PLACE)
// up to the end of the clause.
void DateAndPlaceAfterRu(SentenceMatcher& m, int trigger, int subject, std::string_view on,
                         std::string_view in) {
  bool have_date = false;
  bool have_place = false;
  for (int j = trigger + 1; j < m.size() && j < trigger + 16;) {
    if (m.IsPunct(j, ";") || m.IsPunct(j, ")") || m.IsPunct(j, "(") || m.IsDash(j)) break;
    if (m.IsPunct(j, ",") && !m.IsAnyWord(j + 1, {"в", "во"}) && !m.IsTime(j + 1)) break;
    if (m.IsAnyWord(j, {"и", "а", "где", "когда", "но"})) break;
    if (m.IsTime(j) && !have_date) {
      const std::string date = DateAtPrecision(m.context().time(m.unit(j).time));
      if (!date.empty()) m.Emit(trigger, subject, on, FactObject{date, false, -1});
      have_date = true;
      ++j;
      continue;
    }
    if (m.IsAnyWord(j, {"в", "во"}) && !m.IsTime(j + 1) &&
        m.unit(j + 1).kind != UnitKind::kNumber && !have_place) {
      int end = j + 1;
      if (auto place = ObjectRu(m, j + 1, ObjectPolicy::kPlace, &end)) {
        m.Emit(trigger, subject, in, *place);
        have_place = true;
      }
      j = end > j + 1 ? end : j + 1;
      continue;
    }
    ++j;
  }
}

// A place after "в"/"во"/"на" at unit i: "живёт в Вильнюсе".
void PlaceAfter(SentenceMatcher& m, int i, std::string_view predicate, TimeUse use,
                VerbGender gender) {
  int k = i + 1;
  while (m.IsAnyWord(k, {"с", "со"}) || m.IsTime(k)) ++k;  // "переехал с семьёй в"
  if (!m.IsAnyWord(k, {"в", "во", "на"})) return;
  const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender);
  if (auto place = ObjectRu(m, k + 1, ObjectPolicy::kPlace)) {
    m.Emit(i, subject, predicate, *place, {}, m.TimeFor(i), use);
  }
}

}  // namespace

void FindLifeEventFactsRu(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if (w.empty()) continue;
    const VerbGender gender = VerbGenderAt(m, i);
    if (PastForm(w, "роди", true)) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      if (subject >= 0) DateAndPlaceAfterRu(m, i, subject, "born_on", "born_in");
    } else if (OneOf(w, {"уроженец", "уроженка"})) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson,
                                    w == "уроженка" ? VerbGender::kFemale : VerbGender::kMale);
      if (auto place = ObjectRu(m, i + 1, ObjectPolicy::kPlace))
        m.Emit(i, subject, "born_in", *place);
    } else if (OneOf(w, {"умер", "умерла", "погиб", "погибла"}) || PastForm(w, "сконча", true) ||
               // "найден мёртвым в камере в Вене 24 февраля"
               (OneOf(w, {"найден", "найдена", "обнаружен", "обнаружена"}) &&
                m.IsAnyWord(i + 1, {"мёртвым", "мертвым", "мёртвой", "мертвой"}))) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      if (subject >= 0) DateAndPlaceAfterRu(m, i, subject, "died_on", "died_in");
    } else if (PastForm(w, "окончи", false) || PastForm(w, "закончи", false)) {
      int k = i + 1;
      if (m.IsWord(k, "с") && m.IsWord(k + 1, "отличием")) k += 2;  // "окончил с отличием"
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender);
      if (auto school = ObjectRu(m, k, ObjectPolicy::kInstitution)) {
        m.Emit(i, subject, "educated_at", *school, {}, m.TimeFor(i), TimeUse::kEnd);
      }
    } else if (PastForm(w, "учи", true) && m.IsAnyWord(i + 1, {"в", "во", "на"})) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, gender);
      if (auto school = ObjectRu(m, i + 2, ObjectPolicy::kInstitution)) {
        m.Emit(i, subject, "educated_at", *school, {}, m.TimeFor(i), TimeUse::kDuring);
      }
    } else if (OneOf(w, {"выпускник", "выпускница"})) {
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson,
                                    w == "выпускница" ? VerbGender::kFemale : VerbGender::kMale);
      if (auto school = ObjectRu(m, i + 1, ObjectPolicy::kInstitution)) {
        m.Emit(i, subject, "educated_at", *school);
      }
    } else if (OneOf(w, {"живёт", "живет", "проживает", "жил", "жила", "проживал", "проживала",
                         "живут"})) {
      PlaceAfter(m, i, "lives_in", TimeUse::kDuring, gender);
    } else if (PastForm(w, "перееха", false) || PastForm(w, "эмигрирова", false) ||
               PastForm(w, "перебра", true) || PastForm(w, "уеха", false) ||
               PastForm(w, "бежа", false)) {
      PlaceAfter(m, i, "moved_to", TimeUse::kStart, gender);
    }
  }
  FindChargeFactsRu(m);
}

void FindFamilyFactsRu(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    // Verbs of marriage: "женат на", "замужем за", "женился на", "развёлся с".
    if (OneOf(w, {"женат", "замужем"}) || PastForm(w, "жени", true) ||
        (PastForm(w, "вышл", false) && m.IsWord(i + 1, "замуж")) ||
        OneOf(w, {"развёлся", "развелся", "развелась", "развелись"})) {
      int k = i + 1;
      if (m.IsWord(k, "замуж")) ++k;
      if (!m.IsAnyWord(k, {"на", "за", "с", "со"}) || !m.IsEntity(k + 1)) continue;
      const bool divorce = w.starts_with("развел") || w.starts_with("развёл");
      const int subject = SubjectRu(m, i, SubjectPolicy::kPerson, VerbGenderAt(m, i));
      const int spouse = m.unit(k + 1).entity;
      if (m.context().entity(spouse).type != EntityType::kPerson) continue;
      const bool event = !OneOf(w, {"женат", "замужем"});
      m.Emit(i, subject, divorce ? "former_spouse" : "spouse", EntityObject(m.context(), spouse),
             {}, m.TimeFor(i), event ? TimeUse::kStart : TimeUse::kDuring);
      continue;
    }
    const std::optional<RuKin> kin = KinWordRu(w);
    if (!kin) continue;
    const bool former = IsFormerRu(m.Word(i - 1)) || w.starts_with("экс-");
    const int kin_start = IsFormerRu(m.Word(i - 1)) ? i - 1 : i;
    auto person_at = [&](int j) {
      return m.IsEntity(j) && !m.unit(j).reference &&
                     m.context().entity(m.unit(j).entity).type == EntityType::kPerson
                 ? m.unit(j).entity
                 : -1;
    };
    int anchor = -1;    // whose relative: "его", "Назарбаева" after the kin word
    int relative = -1;  // the relative named
    int after = m.SkipQuoteMarks(i + 1);
    const std::string_view before = m.unit(kin_start - 1 >= 0 ? kin_start - 1 : 0).lower;
    if (kin_start > 0 && OneOf(before, {"его", "её", "ее"})) {
      // "его жена Гульнара": the pronoun's person; the relative follows.
      anchor = m.IsEntity(kin_start - 1) ? m.unit(kin_start - 1).entity : m.discourse().last_person;
      if (m.IsPunct(after, ",")) ++after;
      relative = person_at(after);
    } else {
      anchor = person_at(after);
      // "дочь бывшего премьер-министра Ерлана Даулетова", "сын посла Японии
      // Масахару Коно": the anchor's title between, the relative before.
      int titled_end = after;
      if (anchor < 0) {
        if (!CountryOfAdjectiveRu(m.Word(after)).empty()) ++titled_end;
        if (const std::optional<RolePhraseRu> role = MatchRolePhraseRu(m, titled_end)) {
          titled_end = role->end;
          int object_end = titled_end;
          if (person_at(titled_end) < 0 &&
              ObjectRu(m, titled_end, ObjectPolicy::kOrganization, &object_end)) {
            titled_end = object_end;
          }
          anchor = person_at(titled_end);
        }
      }
      if (anchor >= 0 && titled_end == after) relative = person_at(after + 1);
      // "Жена Медетбекова — Гульнара".
      if (relative < 0 && m.IsDash(after + 1)) relative = person_at(after + 2);
      if (relative < 0) {
        // "Тимур Кулибаев, зять Назарбаева", "Рахат Алиев — бывший муж …",
        // "Дарига является дочерью Нурсултана".
        int k = kin_start - 1;
        while (k >= 0 && (m.IsPunct(k, ",") || m.IsDash(k) ||
                          m.IsAnyWord(k, {"является", "являлся", "являлась", "был", "была", "это",
                                          "его", "её"}))) {
          --k;
        }
        if (k < kin_start - 1) relative = person_at(k);
      }
    }
    if (anchor < 0 || relative < 0 || anchor == relative) continue;
    if (m.context().entity(anchor).type != EntityType::kPerson) continue;
    m.Emit(i, relative, KinPredicateRu(*kin, former, /*of_relative=*/true),
           EntityObject(m.context(), anchor));
  }
}

}  // namespace dossier::internal
