// English patterns for legal and official actions against a person, always
// claims of the text or its source: charged_with and convicted_of (object:
// the charge as written; authority: the court or prosecutor when named) and
// sanctioned_by (object: the government or body; from: the date).
//   "X was charged with fraud by the Almaty prosecutor's office in 2016"
//   "X was convicted of embezzlement", "a court found X guilty of bribery"
//   "X was sanctioned by the U.S. Treasury in 2018", "the EU sanctioned X"
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

void EmitCharge(SentenceMatcher& m, int trigger, int subject, std::string_view predicate,
                int object_at) {
  int end = object_at;
  const std::string charge = ChargeAt(m, object_at, &end);
  if (charge.empty() || subject < 0) return;
  Fact* fact = m.Emit(trigger, subject, predicate, FactObject{charge, false, -1}, {},
                      m.TimeFor(trigger), TimeUse::kStart);
  if (fact == nullptr) return;
  int k = end;
  while (m.IsTime(k) || m.IsWord(k, "in")) ++k;
  fact->authority = AuthorityAt(m, k);
}

}  // namespace

void FindChargeFacts(SentenceMatcher& m) {
  for (int i = 0; i + 2 < m.size(); ++i) {
    const std::string_view w = m.Word(i);
    if ((w == "charged" || w == "indicted") && m.IsWord(i + 1, "with") && !Irrealis(m, i)) {
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
