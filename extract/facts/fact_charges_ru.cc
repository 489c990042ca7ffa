// Russian patterns for legal actions against a person, claims of the text
// or its source as in English (fact_charges_en.cc): charged_with and
// convicted_of, the object the charge as written, the authority when the
// clause names it.
//   "Даулетов обвиняется в мошенничестве", "… был обвинён в хищении"
//   "Даулетову предъявлено обвинение в получении взятки"
//   "прокуратура обвинила Даулетова в растрате"
//   "Даулетов осуждён за мошенничество", "приговорён к пяти годам за …"
//   "суд признал Даулетова виновным в …", "Даулетов признан виновным в …"
// and sanctioned_by (object: the government or body):
//   "Даулетов попал под санкции США", "… внесён в санкционный список Минфина
//   США", "США ввели санкции против Даулетова"
// Suspicions ("подозревается", "по подозрению в") and what may happen
// ("может быть обвинён", "если") state nothing; "не обвинялся" is denied
// (fact_attribution_ru.cc).
#include <string>
#include <string_view>
#include <utility>

#include "extract/facts/internal/fact_matcher_ru.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// What may happen is no charge: "может быть обвинён", "если его осудят".
bool IrrealisRu(const SentenceMatcher& m, int verb) {
  for (int k = verb - 1; k >= 0 && k >= verb - 3; --k) {
    if (m.IsAnyWord(k, {"может", "могут", "мог", "могла", "могли", "если", "бы", "чтобы", "грозит",
                        "угрожает"})) {
      return true;
    }
  }
  return false;
}

bool IsPassiveCharge(std::string_view w) {
  return OneOf(w, {"обвинён", "обвинен", "обвинена", "обвинены", "обвиняется", "обвиняются",
                   "обвинялся", "обвинялась", "обвинялись"});
}

bool IsPassiveConviction(std::string_view w) {
  return OneOf(w, {"осуждён", "осужден", "осуждена", "осуждены", "приговорён", "приговорен",
                   "приговорена", "приговорены"});
}

// The charge after "в" / "во" / "за" at `at`: lower-case words up to
// punctuation, a time, a name or a clause word, "и" joining a second
// charge ("в мошенничестве и отмывании денег"); empty when none.
std::string ChargeAfterRu(const SentenceMatcher& m, int at) {
  if (!m.IsAnyWord(at, {"в", "во", "за"})) return {};
  const int begin = at + 1;
  int k = begin;
  while (k < m.size() && k < begin + 8 && m.unit(k).kind == UnitKind::kWord &&
         !m.unit(k).capitalized &&
         !m.IsAnyWord(k, {"в", "во", "по", "на", "после", "который", "которая", "которые", "что",
                          "когда", "с", "со", "до", "из-за", "а", "но", "к"})) {
    // "и" joins a second charge, not a second verb ("и приговорён к …").
    if (m.IsWord(k, "и") &&
        (k + 1 >= m.size() || m.unit(k + 1).kind != UnitKind::kWord ||
         IsPassiveCharge(m.Word(k + 1)) || IsPassiveConviction(m.Word(k + 1)))) {
      break;
    }
    ++k;
  }
  while (k > begin && m.IsWord(k - 1, "и")) --k;
  return k > begin ? m.TextOf(begin, k) : std::string();
}

// The body acting in an active clause: an organization named before the
// verb ("Генпрокуратура Казахстана обвинила …"), or a noun of courts and
// prosecutors as written ("суд", "прокуратура"); empty for none.
std::string AuthorityBeforeRu(const SentenceMatcher& m, int verb) {
  for (int j = verb - 1; j >= 0 && j >= verb - 3; --j) {
    if (m.IsEntity(j) && !m.unit(j).reference &&
        m.context().entity(m.unit(j).entity).type == EntityType::kOrganization) {
      return m.context().entity(m.unit(j).entity).name;
    }
    if (m.IsAnyWord(j, {"суд", "прокуратура", "генпрокуратура", "прокурор", "прокуроры",
                        "следствие", "следователи", "полиция", "кнб"})) {
      return m.TextOf(j, j + 1);
    }
  }
  return {};
}

// The person right after an active verb ("обвинила Даулетова"), a
// reference included; -1 when none.
int PersonAfter(const SentenceMatcher& m, int verb) {
  for (int k = verb + 1; k < m.size() && k <= verb + 3; ++k) {
    if (m.unit(k).kind == UnitKind::kPunct) return -1;
    if (!m.IsEntity(k)) continue;
    const int person = m.unit(k).reference ? m.ResolvePerson(k) : m.unit(k).entity;
    return person >= 0 && m.context().entity(person).type == EntityType::kPerson ? person : -1;
  }
  return -1;
}

// The first preposition of a charge after `from` within `reach` words (past
// a person, a term, "виновным"): "в" / "во" for charges and guilt ("обвинён
// в", "виновным в"), "за" for sentences ("осуждён за", "приговорён к пяти
// годам за"; "в колонии" there is where, not what for). -1 when none.
int ChargePrepositionAfter(const SentenceMatcher& m, int from, int reach, bool sentence) {
  for (int k = from; k < m.size() && k <= from + reach; ++k) {
    if (sentence ? m.IsWord(k, "за") : m.IsAnyWord(k, {"в", "во"})) return k;
    if (m.IsPunct(k, ",") || m.IsPunct(k, ";")) return -1;
  }
  return -1;
}

void EmitChargeRu(SentenceMatcher& m, int trigger, int person, std::string_view predicate,
                  int preposition, std::string authority) {
  if (person < 0 || preposition < 0 || IrrealisRu(m, trigger)) return;
  const std::string charge = ChargeAfterRu(m, preposition);
  if (charge.empty()) return;
  Fact* fact = m.Emit(trigger, person, predicate, FactObject{charge, false, -1}, {},
                      m.TimeFor(trigger), TimeUse::kStart);
  if (fact != nullptr) fact->authority = std::move(authority);
}

// The government or body imposing sanctions, named in the few units from
// `k` ("США", "Минфина США", "Евросоюза"): the first entity that is no
// person; -1 when none.
int SanctioningBodyAfter(const SentenceMatcher& m, int k) {
  for (int j = k; j < m.size() && j < k + 3; ++j) {
    if (m.unit(j).kind == UnitKind::kPunct && !m.IsQuoteMark(j)) return -1;
    if (m.IsEntity(j) && !m.unit(j).reference &&
        m.context().entity(m.unit(j).entity).type != EntityType::kPerson) {
      return m.unit(j).entity;
    }
  }
  return -1;
}

// The same before an active verb ("США ввели санкции").
int SanctioningBodyBefore(const SentenceMatcher& m, int verb) {
  for (int j = verb - 1; j >= 0 && j >= verb - 3; --j) {
    if (m.IsEntity(j) && !m.unit(j).reference &&
        m.context().entity(m.unit(j).entity).type != EntityType::kPerson) {
      return m.unit(j).entity;
    }
  }
  return -1;
}

void EmitSanction(SentenceMatcher& m, int trigger, int person, int body) {
  if (person < 0 || body < 0 || IrrealisRu(m, trigger)) return;
  m.Emit(trigger, person, "sanctioned_by", EntityObject(m.context(), body), {}, m.TimeFor(trigger),
         TimeUse::kStart);
}

// "попал под санкции США", "внесён в санкционный список США", "ввели
// санкции против X".
void FindSanctionsRu(SentenceMatcher& m, int i) {
  const std::string_view w = m.Word(i);
  if (PastForm(w, "попа", false) && m.IsWord(i + 1, "под") && m.Word(i + 2).starts_with("санкци")) {
    EmitSanction(m, i, SubjectRu(m, i, SubjectPolicy::kPerson, VerbGenderAt(m, i), true),
                 SanctioningBodyAfter(m, i + 3));
  } else if (OneOf(w, {"внесён", "внесен", "внесена", "внесены", "включён", "включен", "включена",
                       "включены"}) &&
             m.IsAnyWord(i + 1, {"в"})) {
    for (int k = i + 2; k < m.size() && k <= i + 4; ++k) {
      if (!m.Word(k).starts_with("санкционн")) continue;
      int list = k + 1;
      while (list < m.size() && list <= k + 2 && !m.Word(list).starts_with("спис")) ++list;
      EmitSanction(m, i, SubjectRu(m, i, SubjectPolicy::kPerson, VerbGenderAt(m, i), true),
                   SanctioningBodyAfter(m, list + 1));
      break;
    }
  } else if (OneOf(w, {"ввели", "ввёл", "ввел", "ввела", "наложили", "наложил", "наложила",
                       "вводят", "вводит"}) &&
             m.Word(i + 1).starts_with("санкци")) {
    int k = i + 2;
    if (m.IsWord(k, "против")) {
      ++k;
    } else if (m.IsWord(k, "в") && m.IsWord(k + 1, "отношении")) {
      k += 2;
    } else {
      return;
    }
    const int person = m.IsEntity(k) ? m.ResolvePerson(k) : -1;
    if (person < 0 || m.context().entity(person).type != EntityType::kPerson) return;
    EmitSanction(m, i, person, SanctioningBodyBefore(m, i));
  }
}

}  // namespace

void FindChargeFactsRu(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if (w.empty()) continue;
    FindSanctionsRu(m, i);
    const VerbGender gender = VerbGenderAt(m, i);
    if (IsPassiveCharge(w)) {
      const int person = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      EmitChargeRu(m, i, person, "charged_with", ChargePrepositionAfter(m, i + 1, 1, false), {});
    } else if (OneOf(w, {"предъявлено", "предъявлены"}) &&
               m.IsAnyWord(i + 1, {"обвинение", "обвинения"})) {
      // "Даулетову предъявлено обвинение в …": the person in the dative.
      const int person = SubjectRu(m, i, SubjectPolicy::kPerson, VerbGender::kAny,
                                   /*inverted=*/true);
      EmitChargeRu(m, i, person, "charged_with", ChargePrepositionAfter(m, i + 2, 3, false), {});
    } else if (PastForm(w, "обвини", false) || OneOf(w, {"обвиняет", "обвиняют"})) {
      // Only a court or prosecutor charges; a person who "обвинил" another
      // accuses, which is no charge.
      std::string authority = AuthorityBeforeRu(m, i);
      if (authority.empty()) continue;
      EmitChargeRu(m, i, PersonAfter(m, i), "charged_with",
                   ChargePrepositionAfter(m, i + 2, 2, false), std::move(authority));
    } else if (IsPassiveConviction(w)) {
      const int person = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      // "приговорён к пяти годам лишения свободы за …": past the term.
      EmitChargeRu(m, i, person, "convicted_of", ChargePrepositionAfter(m, i + 1, 8, true), {});
    } else if (OneOf(w, {"признан", "признана", "признаны"}) &&
               m.IsAnyWord(i + 1, {"виновным", "виновной", "виновными"})) {
      const int person = SubjectRu(m, i, SubjectPolicy::kPerson, gender, /*inverted=*/true);
      EmitChargeRu(m, i, person, "convicted_of", ChargePrepositionAfter(m, i + 2, 1, false), {});
    } else if (PastForm(w, "призна", false) || PastForm(w, "осуди", false)) {
      // "суд признал Даулетова виновным в …", "суд осудил Даулетова за …".
      const int person = PersonAfter(m, i);
      if (person < 0) continue;
      int k = i + 2;
      if (w.starts_with("призна")) {
        while (k < m.size() && k <= i + 3 &&
               !m.IsAnyWord(k, {"виновным", "виновной", "виновными"})) {
          ++k;
        }
        if (!m.IsAnyWord(k, {"виновным", "виновной", "виновными"})) continue;
        ++k;
      }
      EmitChargeRu(m, i, person, "convicted_of",
                   ChargePrepositionAfter(m, k, 2, /*sentence=*/!w.starts_with("призна")),
                   AuthorityBeforeRu(m, i));
    }
  }
}

}  // namespace dossier::internal
