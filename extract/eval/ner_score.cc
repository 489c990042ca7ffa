#include "extract/eval/ner_score.h"

#include <algorithm>
#include <cstdio>

namespace dossier {
namespace {

// Per-token labels: -1 outside, else the entity type.
std::vector<int> TokenTypes(const std::vector<TypedSpan>& spans, int tokens) {
  std::vector<int> types(tokens, -1);
  for (const TypedSpan& s : spans) {
    for (int i = s.begin; i < s.end && i < tokens; ++i) types[i] = static_cast<int>(s.type);
  }
  return types;
}

void PrintLine(const char* label, const PrfCounts& c, std::ostream& out) {
  char line[160];
  std::snprintf(line, sizeof(line),
                "%10s: precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (%d gold, %d found)\n", label,
                c.precision(), c.recall(), c.f1(), c.gold, c.predicted);
  out << line;
}

}  // namespace

void NerScorer::AddSentence(const std::vector<TypedSpan>& gold,
                            const std::vector<TypedSpan>& predicted, int tokens) {
  scores_.overall.gold += static_cast<int>(gold.size());
  scores_.overall.predicted += static_cast<int>(predicted.size());
  for (const TypedSpan& g : gold) ++scores_.by_type[static_cast<int>(g.type)].gold;
  for (const TypedSpan& p : predicted) {
    ++scores_.by_type[static_cast<int>(p.type)].predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
      ++scores_.overall.correct;
      ++scores_.by_type[static_cast<int>(p.type)].correct;
    }
  }
  const std::vector<int> g = TokenTypes(gold, tokens);
  const std::vector<int> p = TokenTypes(predicted, tokens);
  scores_.tokens += tokens;
  for (int i = 0; i < tokens; ++i) {
    scores_.correct_tokens += g[i] == p[i];
    if (g[i] >= 0) ++scores_.tokens_by_type[g[i]].gold;
    if (p[i] >= 0) ++scores_.tokens_by_type[p[i]].predicted;
    if (g[i] >= 0 && g[i] == p[i]) ++scores_.tokens_by_type[g[i]].correct;
  }
}

void PrintNerScores(const NerScores& scores, std::ostream& out) {
  char head[200];
  std::snprintf(head, sizeof(head),
                "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n"
                "accuracy: %6.2f%%\n",
                scores.tokens, scores.overall.gold, scores.overall.predicted,
                scores.overall.correct,
                scores.tokens == 0 ? 0.0 : 100.0 * scores.correct_tokens / scores.tokens);
  out << head;
  PrintLine("overall", scores.overall, out);
  for (int t = 0; t < kNumEntityTypes; ++t) {
    const std::string name(ConllTypeName(static_cast<EntityType>(t)));
    PrintLine(name.c_str(), scores.by_type[t], out);
  }
  out << "token level (a token counts when its type agrees):\n";
  for (int t = 0; t < kNumEntityTypes; ++t) {
    const std::string name(ConllTypeName(static_cast<EntityType>(t)));
    PrintLine(name.c_str(), scores.tokens_by_type[t], out);
  }
}

}  // namespace dossier
