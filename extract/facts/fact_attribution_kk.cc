// Whose claim a Kazakh fact is. Kazakh pages keep Russian attribution words
// often enough that the Russian rules run first (fact_attribution_ru.cc);
// then Kazakh's own:
//   "Прокуратураның айтуынша, …" (according to; also "мәліметінше",
//   "хабарлауынша", "пікірінше", "сөзінше"): the entity in the genitive;
//   "Бас прокуратура Даулетовқа айып тағылғанын хабарлады" (a clause made a
//   noun, then a verb of saying closing the sentence: "хабарлады",
//   "мәлімдеді", "айтты", "жазды", "деді", "деп мәлімдеді"): the entity
//   named in the nominative first in the sentence;
//   "… -ғанын жоққа шығарды" (denied): that entity's, denied.
#include <string_view>

#include "extract/facts/internal/fact_matcher_kk.h"
#include "extract/facts/internal/fact_patterns.h"

namespace dossier::internal {
namespace {

bool IsSourceWord(std::string_view w) {
  return w == "айтуынша" || w == "мәліметінше" || w == "хабарлауынша" || w == "пікірінше" ||
         w == "сөзінше" || w == "дерегінше";
}

bool IsSayingVerb(std::string_view w) {
  return FormOf(w, "хабарла", {"ды", "йды", "ған"}) || FormOf(w, "мәлімде", {"ді", "йді", "ген"}) ||
         FormOf(w, "айт", {"ты", "ады", "қан"}) || FormOf(w, "жаз", {"ды", "ады", "ған"}) ||
         w == "деді";
}

bool IsSpeaker(const SentenceMatcher& m, int j) {
  if (!m.IsEntity(j) || m.unit(j).reference) return false;
  const EntityType type = m.context().entity(m.unit(j).entity).type;
  return type == EntityType::kPerson || type == EntityType::kOrganization;
}

// "X-тың айтуынша" before the trigger: X, or -1.
int SourcePhraseSpeakerKk(const SentenceMatcher& m, int trigger) {
  for (int j = 0; j + 1 < trigger; ++j) {
    if (IsSpeaker(m, j) && CaseOfName(m, j) == KazakhCase::kGenitive &&
        IsSourceWord(m.Word(j + 1))) {
      return m.unit(j).entity;
    }
  }
  return -1;
}

// A verb of saying or denying after the trigger that closes the sentence:
// the first entity named in the nominative before the trigger, or -1;
// *denied when the verb is "жоққа шығарды".
int ClosingVerbSpeakerKk(const SentenceMatcher& m, int trigger, bool* denied) {
  int verb = -1;
  for (int v = trigger + 1; v < m.size(); ++v) {
    if (IsSayingVerb(m.Word(v)) ||
        (m.IsWord(v, "жоққа") && FormOf(m.Word(v + 1), "шығар", {"ды", "ған", "ады"}))) {
      verb = v;
      break;
    }
  }
  if (verb < 0) return -1;
  // Nothing but punctuation after the verb (a second word of "жоққа шығарды").
  for (int k = verb + 1; k < m.size(); ++k) {
    if (m.unit(k).kind != UnitKind::kPunct && !(k == verb + 1 && m.IsWord(verb, "жоққа"))) {
      return -1;
    }
  }
  for (int j = 0; j < trigger; ++j) {
    if (IsSpeaker(m, j) && !CaseOfName(m, j)) {
      *denied = m.IsWord(verb, "жоққа");
      return m.unit(j).entity;
    }
  }
  return -1;
}

}  // namespace

void AttributeFactsKk(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first) {
  AttributeFactsRu(m, found, first);
  for (size_t f = first; f < found.size(); ++f) {
    Fact& fact = found[f].fact;
    const int trigger = found[f].trigger;
    if (!fact.according_to.empty() || m.unit(trigger).quote >= 0) continue;
    bool denied = false;
    int speaker = SourcePhraseSpeakerKk(m, trigger);
    if (speaker < 0) speaker = ClosingVerbSpeakerKk(m, trigger, &denied);
    if (speaker < 0) continue;
    fact.according_to = m.context().entity(speaker).id;
    if (denied) fact.denied = true;
  }
}

}  // namespace dossier::internal
