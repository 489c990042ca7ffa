// English patterns for membership (member_of): of a party ("a politician
// for the Labour Party", "a candidate of the Ak Zhol party") and of a team
// or band ("played for FC Kairat", "signed for Porto in 2012"). "member
// of X" itself is a role (fact_roles_en.cc).
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

// Nouns of someone who stands for a party.
bool IsPartisanNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "politician", "candidate", "representative", "senator",    "congressman", "congresswoman",
      "deputy",     "mp",        "activist",       "legislator", "nominee",     "councillor",
      "councilor",  "delegate",  "statesman"};
  for (std::string_view n : kNouns) {
    if (n == w) return true;
  }
  return false;
}

bool NamesParty(std::string_view text) {
  const std::string lower = AsciiLower(text);
  return lower.find("party") != std::string::npos || lower.find("parti") != std::string::npos;
}

// "played for FC Kairat", "plays for Porto", "signed with Astana": a team
// named by an organization entity.
void FindTeamMembership(SentenceMatcher& m) {
  for (int i = 0; i + 1 < m.size(); ++i) {
    const bool play = m.IsAnyWord(i, {"played", "plays", "playing", "play"});
    const bool sign = m.IsAnyWord(i, {"signed", "signs"});
    if ((!play || !m.IsWord(i + 1, "for")) && (!sign || !m.IsAnyWord(i + 1, {"for", "with"}))) {
      continue;
    }
    const int at = m.SkipDeterminers(i + 2);
    if (!m.IsEntity(at) || m.unit(at).reference ||
        m.context().entity(m.unit(at).entity).type != EntityType::kOrganization) {
      continue;
    }
    if (m.IsAnyWord(i - 1, {"to", "will", "would", "could", "may", "might", "not", "never"})) {
      continue;  // "hopes to play for", "will never play for"
    }
    const int subject = m.VerbSubject(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    for (int team : m.EntityList(at)) {
      if (m.context().entity(team).type != EntityType::kOrganization) continue;
      m.Emit(i, subject, "member_of", EntityObject(m.context(), team), {}, m.TimeFor(i),
             sign ? TimeUse::kStart : TimeUse::kDuring);
    }
  }
}

}  // namespace

void FindPartyMembership(SentenceMatcher& m) {
  FindTeamMembership(m);
  for (int i = 0; i + 2 < m.size(); ++i) {
    if (!IsPartisanNoun(m.Word(i)) || !m.IsAnyWord(i + 1, {"for", "of", "from"})) continue;
    int begin = i + 2;
    if (m.IsWord(begin, "the")) ++begin;
    auto [b, e] = m.Phrase(begin);
    // "the Labour Party", "the Free Choice party": a phrase naming a party.
    while (e < m.size() && m.IsWord(e, "party")) ++e;
    auto party = m.ObjectOf(b, e, ObjectPolicy::kOrganization);
    if (!party || !NamesParty(m.TextOf(b, e))) continue;
    bool negated = false;
    for (int k = i - 1; k >= 0 && k >= i - 4; --k) {
      negated = negated || m.IsAnyWord(k, {"not", "never", "n't"});
    }
    if (negated) continue;
    const int subject = m.SubjectBefore(i, SubjectPolicy::kPerson);
    if (subject < 0) continue;
    m.Emit(i, subject, "member_of", *party, {}, m.TimeFor(i), TimeUse::kDuring);
  }
}

}  // namespace dossier::internal
