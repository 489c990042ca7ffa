// English patterns for legal and official actions against a person, always
// claims of the text or its source: charged_with and convicted_of (object:
// the charge as written; authority: the court or prosecutor when named) and
// sanctioned_by (object: the government or body; from: the date).
//   "X was charged with fraud by the Almaty prosecutor's office in 2016"
//   "X was convicted of embezzlement", "a court found X guilty of bribery"
//   "X was sanctioned by the U.S. Treasury in 2018", "the EU sanctioned X"
//   "prosecutors charged X with fraud", "the court convicted X of bribery"
// Suspicions and plans ("could be charged", "faces charges") state nothing.
#include <optional>
#include <string>
#include <string_view>

#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

bool Irrealis(const SentenceMatcher& m, int i) {
  for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
    if (m.IsAnyWord(k, {"not", "never", "n't", "could", "may", "might", "would", "will", "if",
                        "whether", "to", "should"})) {
      return true;
    }
  }
  return false;
}

// The charge after "with"/"of": a lower-case phrase up to punctuation, a
// time, "by", "in" or a clause word ("fraud", "large-scale embezzlement").
std::string ChargeAt(const SentenceMatcher& m, int begin, int* end) {
  int k = begin;
  while (k < m.size() && k < begin + 8 && m.unit(k).kind == UnitKind::kWord &&
         !m.IsAnyWord(k, {"by", "in", "at", "on", "after", "and", "who", "which", "that", "because",
                          "for", "from", "last", "this"})) {
    ++k;
  }
  // "and money laundering": a second charge joins the first.
  if (m.IsWord(k, "and") && k + 1 < m.size() && m.unit(k + 1).kind == UnitKind::kWord &&
      !m.unit(k + 1).capitalized) {
    ++k;
    while (k < m.size() && m.unit(k).kind == UnitKind::kWord &&
           !m.IsAnyWord(k, {"by", "in", "at", "on", "after", "who", "which", "that", "for"})) {
      ++k;
    }
  }
  *end = k;
  return k > begin ? m.TextOf(begin, k) : std::string();
}

// "by the Almaty City Court", "by prosecutors": the acting body as written.
std::string AuthorityAt(const SentenceMatcher& m, int k) {
  if (!m.IsWord(k, "by")) return {};
  auto [b, e] = m.Phrase(m.SkipDeterminers(k + 1));
  return e > b ? m.TextOf(b, e) : std::string();
}

// The fact emitted, or null when none.
Fact* EmitCharge(SentenceMatcher& m, int trigger, int subject, std::string_view predicate,
                 int object_at) {
  int end = object_at;
  const std::string charge = ChargeAt(m, object_at, &end);
  if (charge.empty() || subject < 0) return nullptr;
  Fact* fact = m.Emit(trigger, subject, predicate, FactObject{charge, false, -1}, {},
                      m.TimeFor(trigger), TimeUse::kStart);
  if (fact == nullptr) return nullptr;
  int k = end;
  while (m.IsTime(k) || m.IsWord(k, "in")) ++k;
  fact->authority = AuthorityAt(m, k);
  return fact;
}

// The acting body named as the subject of an active verb at `verb`:
// "prosecutors", "Kazakh prosecutors", "the Almaty court", an organization's
// name; "" when the subject is none of these.
std::string AuthorityBefore(const SentenceMatcher& m, int verb) {
  int last = verb - 1;
  // "prosecutors later charged", "the court formally indicted".
  while (last > 0 && !m.unit(last).capitalized &&
         (IsAdverb(m.Word(last)) || IsAuxiliary(m.Word(last)))) {
    --last;
  }
  if (last < 0) return {};
  const bool body = m.IsEntity(last) && !m.unit(last).reference &&
                    m.context().entity(m.unit(last).entity).type == EntityType::kOrganization;
  if (!body && !m.IsAnyWord(last, {"prosecutors", "prosecutor", "court", "police", "investigators",
                                   "authorities", "judge", "jury", "tribunal", "office"})) {
    return {};
  }
  int first = last;
  while (first - 1 >= 0 && first > last - 4 &&
         (m.unit(first - 1).capitalized || m.IsEntity(first - 1)) && !m.IsTime(first - 1)) {
    --first;
  }
  if (m.IsAnyWord(first, {"the", "a", "an"})) ++first;
  return m.TextOf(first, last + 1);
}

// "Prosecutors charged Seitov with fraud", "a court convicted him of
// bribery": the person after the verb, the body before it.
void EmitActiveCharge(SentenceMatcher& m, int verb, std::string_view predicate) {
  if (Irrealis(m, verb)) return;
  const int person = m.ResolvePerson(verb + 1);
  if (person < 0 || m.context().entity(person).type != EntityType::kPerson) return;
  Fact* fact = EmitCharge(m, verb, person, predicate, verb + 3);
  if (fact != nullptr && fact->authority.empty()) fact->authority = AuthorityBefore(m, verb);
}

}  // namespace

void FindChargeFacts(SentenceMatcher& m) {
  for (int i = 0; i + 2 < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if ((w == "charged" || w == "indicted") && m.IsWord(i + 2, "with")) {
      EmitActiveCharge(m, i, "charged_with");
    } else if (w == "convicted" && m.IsWord(i + 2, "of")) {
      EmitActiveCharge(m, i, "convicted_of");
    } else if ((w == "charged" || w == "indicted") && m.IsWord(i + 1, "with") && !Irrealis(m, i)) {
      EmitCharge(m, i, m.VerbSubject(i, SubjectPolicy::kPerson), "charged_with", i + 2);
    } else if ((w == "convicted" || w == "sentenced") && m.IsAnyWord(i + 1, {"of", "for"}) &&
               !Irrealis(m, i)) {
      EmitCharge(m, i, m.VerbSubject(i, SubjectPolicy::kPerson), "convicted_of", i + 2);
    } else if (w == "guilty" && m.IsWord(i + 1, "of") && m.IsEntity(i - 1) && !Irrealis(m, i - 1)) {
      // "a court found X guilty of bribery": the court is the authority.
      const int person = m.ResolvePerson(i - 1);
      if (person < 0 || m.context().entity(person).type != EntityType::kPerson) continue;
      EmitCharge(m, i, person, "convicted_of", i + 2);
    } else if (w == "sanctioned" && m.IsWord(i + 1, "by") && !Irrealis(m, i)) {
      const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
      auto body = m.ObjectAt(m.IsWord(i + 2, "the") ? i + 3 : i + 2, ObjectPolicy::kOrganization);
      if (subject >= 0 && body) {
        m.Emit(i, subject, "sanctioned_by", *body, {}, m.TimeFor(i), TimeUse::kStart);
      }
    }
  }
}

}  // namespace dossier::internal
