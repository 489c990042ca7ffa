// Kazakh patterns for legal actions against a person, claims of the text or
// its source as in English and Russian (fact_charges_en.cc,
// fact_charges_ru.cc): charged_with and convicted_of, the object the charge
// as written.
//   "Даулетовқа алаяқтық бойынша айып тағылды" (the person in the dative)
//   "Даулетов пара алды деп айыпталды", "… айыпталып отыр"
//   "Даулетов алаяқтық үшін сотталды" (convicted for)
//   "Даулетов алаяқтыққа кінәлі деп танылды" (found guilty)
// and sanctioned_by (object: the government or body):
//   "АҚШ Даулетовқа қарсы санкция енгізді", "Даулетов АҚШ-тың санкциялық
//   тізіміне енгізілді"
// Negative and possible forms ("тағылған жоқ", "айыпталмады", "тағылуы
// мүмкін") state nothing: only the listed forms are read.
#include <string>
#include <string_view>

#include "extract/facts/internal/fact_matcher_kk.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Words that frame a charge and are not part of it.
bool IsChargeFrame(std::string_view w) {
  return w == "деген" || w == "деп" || w == "бойынша" || w == "үшін" || w == "айып" ||
         w == "айыбы" || w == "айыппен" || w == "ісі" || w == "ол" || w == "оған" || w == "бұрын" ||
         w == "кейін";
}

// The charge written in units [begin, end): its words, frames, times,
// numbers and names left out ("алаяқтық бойынша" -> "алаяқтық", "пара
// алды деп" -> "пара алды"); empty when no word is left.
std::string ChargeBetween(const SentenceMatcher& m, int begin, int end) {
  int first = -1, last = -1;
  for (int k = begin; k < end; ++k) {
    // A charge is written in lower case: a capitalized word is a name the
    // tagger left (the subject's own, "Даулетов пара алды деп").
    if (m.unit(k).kind != UnitKind::kWord || (m.unit(k).capitalized && k > 0) ||
        IsChargeFrame(m.Word(k))) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = k;
    last = k;
  }
  return first < 0 ? std::string() : m.TextOf(first, last + 1);
}

// The nearest person before `verb` in its clause named in the dative
// ("Даулетовқа"), and the unit after its mention; -1 when none.
int DativePersonBefore(const SentenceMatcher& m, int verb, int* after) {
  for (int j = verb - 1; j >= ClauseStartKk(m, verb); --j) {
    if (IsPersonKk(m, j) && CaseOfName(m, j) == KazakhCase::kDative) {
      *after = j + 1;
      return m.unit(j).entity;
    }
  }
  return -1;
}

// The unit after the subject's last mention before `verb` (where the charge
// starts), or the clause's start when the subject is not named there.
int AfterSubject(const SentenceMatcher& m, int verb, int subject) {
  for (int j = verb - 1; j >= ClauseStartKk(m, verb); --j) {
    if (m.IsEntity(j) && m.unit(j).entity == subject) return j + 1;
  }
  return ClauseStartKk(m, verb);
}

void EmitChargeKk(SentenceMatcher& m, int trigger, int person, std::string_view predicate,
                  int begin, int end) {
  if (person < 0) return;
  const std::string charge = ChargeBetween(m, begin, end);
  if (charge.empty()) return;
  m.Emit(trigger, person, predicate, FactObject{charge, false, -1}, {}, m.TimeFor(trigger),
         TimeUse::kStart);
}

bool IsBody(const SentenceMatcher& m, int j) {
  return m.IsEntity(j) && !m.unit(j).reference &&
         m.context().entity(m.unit(j).entity).type != EntityType::kPerson;
}

void EmitSanctionKk(SentenceMatcher& m, int trigger, int person, int body) {
  if (person < 0 || body < 0) return;
  m.Emit(trigger, person, "sanctioned_by", EntityObject(m.context(), body), {}, m.TimeFor(trigger),
         TimeUse::kStart);
}

// "АҚШ Даулетовқа қарсы санкция енгізді / салды", "Даулетов АҚШ-тың
// санкциялық тізіміне енгізілді / қосылды".
void FindSanctionsKk(SentenceMatcher& m, int i) {
  const std::string_view w = m.Word(i);
  if (w.starts_with("санкция") && w != "санкциялық" &&
      (FormOf(m.Word(i + 1), "енгіз", {"ді", "ген"}) ||
       FormOf(m.Word(i + 1), "сал", {"ды", "ған"}))) {
    int after = -1;
    const int person = DativePersonBefore(m, i, &after);
    if (person < 0) return;
    int body = -1;
    for (int j = ClauseStartKk(m, i); j < after - 1 && body < 0; ++j) {
      if (IsBody(m, j) && !CaseOfName(m, j)) body = m.unit(j).entity;
    }
    EmitSanctionKk(m, i + 1, person, body);
  } else if (w == "санкциялық" && m.Word(i + 1).starts_with("тізім") &&
             (FormOf(m.Word(i + 2), "енгізіл", {"ді", "ген"}) ||
              FormOf(m.Word(i + 2), "қосыл", {"ды", "ған"}))) {
    const int body = i > 0 && IsBody(m, i - 1) ? m.unit(i - 1).entity : -1;
    EmitSanctionKk(m, i + 2, SubjectKk(m, i), body);
  }
}

}  // namespace

void FindChargeFactsKk(SentenceMatcher& m) {
  for (int i = 0; i < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if (w.empty()) continue;
    FindSanctionsKk(m, i);
    if ((w == "айып" || w == "айыбы") && FormOf(m.Word(i + 1), "тағыл", {"ды", "ған", "ғанын"}) &&
        !m.IsWord(i + 2, "жоқ")) {
      int after = -1;
      const int person = DativePersonBefore(m, i, &after);
      if (person < 0) continue;
      // "Даулетовқа алаяқтық бойынша айып": after the name; "Алаяқтық
      // бойынша Даулетовқа айып": before it.
      const bool after_name = !ChargeBetween(m, after, i).empty();
      EmitChargeKk(m, i, person, "charged_with", after_name ? after : ClauseStartKk(m, i),
                   after_name ? i : after - 1);
    } else if (FormOf(w, "айыпта", {"лды", "лған", "лып", "луда"}) && !m.IsWord(i + 1, "жоқ")) {
      const int person = SubjectKk(m, i);
      EmitChargeKk(m, i, person, "charged_with", AfterSubject(m, i, person), i);
    } else if (FormOf(w, "сотта", {"лды", "лған"}) && i > 0 && m.IsWord(i - 1, "үшін")) {
      // "алаяқтық үшін сотталды": the charge before "үшін"; a term ("5
      // жылға") between the person and the charge is skipped.
      const int person = SubjectKk(m, i);
      int begin = AfterSubject(m, i, person);
      for (int k = begin; k < i - 1; ++k) {
        if (m.unit(k).kind == UnitKind::kNumber || m.Word(k).starts_with("жыл")) begin = k + 1;
      }
      EmitChargeKk(m, i, person, "convicted_of", begin, i - 1);
    } else if (w == "кінәлі" && m.IsWord(i + 1, "деп") &&
               FormOf(m.Word(i + 2), "таныл", {"ды", "ған"})) {
      const int person = SubjectKk(m, i);
      EmitChargeKk(m, i + 2, person, "convicted_of", AfterSubject(m, i, person), i);
    }
  }
}

}  // namespace dossier::internal
