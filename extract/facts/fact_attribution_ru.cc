// Whose claim a Russian fact is, and denials: inside a quotation, its
// speaker's; after "по словам X", "по мнению X", "по данным X", "как
// сообщает X", "X утверждает/заявил/сообщил, что …" or "…, сообщил X."
// closing the sentence, X's; after "X отрицает, что …" X's and denied;
// "не" or "никогда не" right before the trigger denies it.
#include <string_view>

#include "extract/facts/internal/fact_matcher_ru.h"
#include "extract/facts/internal/fact_patterns.h"
#include "extract/quotes/internal/quote_lexicon.h"

namespace dossier::internal {
namespace {

bool IsDenyVerbRu(std::string_view w) {
  return w == "отрицает" || w == "отрицают" || w == "отрицал" || w == "отрицала" ||
         w == "опровергает" || w == "опроверг" || w == "опровергла" || w == "отвергает" ||
         w == "отверг" || w == "отвергла";
}

// The entity a source phrase names: "по словам Тулегенова" -> Tulegenov.
int SourcePhraseSpeaker(const SentenceMatcher& m, int before) {
  for (int j = 0; j + 2 < m.size() && j < before; ++j) {
    if (!RussianQuoteLexicon().OpensSourcePhrase(m.unit(j).lower, m.unit(j + 1).lower)) continue;
    const int k = m.SkipQuoteMarks(j + 2);
    if (m.IsEntity(k) && m.context().entity(m.unit(k).entity).type != EntityType::kLocation) {
      return m.unit(k).entity;
    }
  }
  return -1;
}

// "X утверждает, что …" before the trigger: the verb's index, or -1.
int ReportingVerbBefore(const SentenceMatcher& m, int trigger) {
  for (int j = trigger - 1; j >= 0; --j) {
    if (!RussianQuoteLexicon().IsCueVerb(m.unit(j).lower) && !IsDenyVerbRu(m.Word(j))) continue;
    if (m.IsWord(j + 1, "что") || (m.IsPunct(j + 1, ",") && m.IsWord(j + 2, "что")) ||
        m.IsPunct(j + 1, ":")) {
      return j;
    }
  }
  return -1;
}

// "…, сообщил Тулегенов." closing the sentence after the trigger: the
// entity after the cue verb, or -1.
int ClosingCueSpeaker(const SentenceMatcher& m, int trigger) {
  for (int j = trigger + 1; j + 1 < m.size(); ++j) {
    if (!m.IsPunct(j, ",") && !m.IsDash(j)) continue;
    int v = j + 1;
    if (m.IsDash(v)) ++v;
    if (!RussianQuoteLexicon().IsCueVerb(m.unit(v).lower) || m.IsWord(v + 1, "что")) continue;
    const int k = v + 1;
    if (!m.IsEntity(k) || m.context().entity(m.unit(k).entity).type == EntityType::kLocation) {
      continue;
    }
    // The cue closes the sentence: nothing but punctuation after its name.
    if (k + 1 >= m.size() || m.unit(k + 1).kind == UnitKind::kPunct) return m.unit(k).entity;
  }
  return -1;
}

// "не владел", "не был директором", "не был назначен заместителем": "не"
// before the trigger, a copula or a verb of taking office between.
bool NegatedRu(const SentenceMatcher& m, int trigger) {
  int k = trigger - 1;
  for (int skipped = 0;
       skipped < 2 && m.IsAnyWord(k, {"был", "была", "было", "являлся", "являлась", "назначен",
                                      "назначена", "избран", "избрана"});
       ++skipped) {
    --k;
  }
  return m.IsWord(k, "не");
}

}  // namespace

void AttributeFactsRu(SentenceMatcher& m, std::vector<FoundFact>& found, size_t first) {
  for (size_t f = first; f < found.size(); ++f) {
    Fact& fact = found[f].fact;
    const int trigger = found[f].trigger;
    const int quote = m.unit(trigger).quote;
    int speaker = -1;
    bool denied = false;
    if (quote >= 0) {
      speaker = m.context().QuoteSpeaker(quote);
    } else {
      speaker = SourcePhraseSpeaker(m, trigger);
      if (speaker < 0) speaker = ClosingCueSpeaker(m, trigger);
      if (speaker < 0) {
        const int verb = ReportingVerbBefore(m, trigger);
        if (verb >= 0) {
          speaker = SubjectRu(m, verb, SubjectPolicy::kPersonOrOrg, VerbGenderAt(m, verb));
          // "Истец утверждает, что …": the party the document's case names.
          if (speaker < 0 && verb > 0) speaker = m.context().Party(m.Word(verb - 1));
          denied = IsDenyVerbRu(m.Word(verb)) && speaker >= 0;
        }
      }
    }
    // A statement's own text is its author's claim ("Заявление компании X").
    if (speaker < 0 && quote < 0) speaker = m.discourse().statement_author;
    if (speaker >= 0 && fact.according_to.empty()) {
      fact.according_to = m.context().entity(speaker).id;
    }
    if (denied) {
      fact.denied = true;
    } else if (NegatedRu(m, trigger)) {
      fact.denied = true;
      // «X не был назначен»: no claim of anyone's to record, no fact.
      if (fact.according_to.empty() && quote < 0) fact.subject.clear();
    }
  }
  DropUnclaimedNegations(found, first);
}

}  // namespace dossier::internal
