// Organizations, locations and other names compared as sets of words
// (internal/word_set_match.h).
#include "resolve/internal/word_set_match.h"

#include <algorithm>
#include <vector>

#include "resolve/internal/name_compare.h"
#include "resolve/internal/person_parts.h"
#include "resolve/org_name.h"
#include "resolve/transliterate.h"

namespace dossier::internal {

NameMatch CompareWordSets(const PreparedName& a, const PreparedName& b, const MatchOptions& opt,
                          bool explain) {
  NameMatch m;
  Why why(explain);
  const std::vector<Word>& wa = a.words();
  const std::vector<Word>& wb = b.words();
  // Acronyms: one side a single word that abbreviates the other.
  if (a.type() == EntityType::kOrganization && (wa.size() == 1) != (wb.size() == 1)) {
    const PreparedName& acr = wa.size() == 1 ? a : b;
    const PreparedName& exp = wa.size() == 1 ? b : a;
    bool stated = false;
    for (const auto& [acronym, expansion] : opt.acronyms) {
      if (NameSkeleton(acronym) == acr.words()[0].skeleton &&
          CompareWordSets(PreparedName(expansion, EntityType::kOrganization), exp, opt, false)
                  .verdict == MatchVerdict::kSame) {
        stated = true;
      }
    }
    if (stated || (opt.infer_acronyms && IsAcronymOf(acr.words()[0].written, exp.text()))) {
      m.verdict = MatchVerdict::kSame;
      m.score = std::max(opt.same_threshold, 0.9);
      if (explain) {
        m.reasons = "acronym: " + acr.words()[0].written + " = " + exp.text() +
                    (stated ? " (stated in the text)" : " (initial letters)");
      }
      return m;
    }
  }
  std::vector<bool> used(wb.size(), false);
  double matched = 0, total = 0;
  size_t unmatched_a = 0;
  for (const Word& x : wa) {
    total += static_cast<double>(x.skeleton.size());
    double best = 0;
    int best_j = -1;
    for (size_t j = 0; j < wb.size(); ++j) {
      if (used[j]) continue;
      const double sim = WordSimilarity(x.skeleton, wb[j].skeleton);
      if (sim > best) best = sim, best_j = static_cast<int>(j);
    }
    if (best_j >= 0 && CloseWords(x.skeleton, wb[best_j].skeleton, best, opt.word_threshold)) {
      used[best_j] = true;
      matched += best * static_cast<double>(x.skeleton.size() + wb[best_j].skeleton.size());
      if (why.enabled()) why.Add(Pair(x, wb[best_j], best, opt.word_threshold));
    } else {
      ++unmatched_a;
      why.Add("no match for ", x.written);
    }
  }
  size_t unmatched_b = 0;
  for (size_t j = 0; j < wb.size(); ++j) {
    total += static_cast<double>(wb[j].skeleton.size());
    if (!used[j]) {
      ++unmatched_b;
      why.Add("no match for ", wb[j].written);
    }
  }
  double score = total > 0 ? matched / total : 0;
  if (!a.legal_form().empty() && !b.legal_form().empty()) {
    if (a.legal_form() == b.legal_form()) {
      why.Add("legal form: ", a.legal_form(), " = ", b.legal_form());
    } else {
      why.Add("legal form: ", a.legal_form(), " ≠ ", b.legal_form());
      score -= 0.05;
    }
  }
  const double below_possible = std::max(0.0, opt.possible_threshold - 0.01);
  const size_t matched_words = wa.size() - unmatched_a;
  if (matched_words > 0 && (unmatched_a == 0) != (unmatched_b == 0) &&
      (unmatched_a == 0 || unmatched_b == 0)) {
    // All of one name within the other: "Gazprom" and "Gazprom Neft".
    why.Add("one name extends the other");
    m.verdict = MatchVerdict::kRelated;
    m.score = std::clamp(std::min(score, below_possible), 0.0, 1.0);
  } else if (unmatched_a > 0 || unmatched_b > 0) {
    m.verdict = MatchVerdict::kDifferent;
    m.score = std::clamp(std::min(score, below_possible), 0.0, 1.0);
  } else {
    m.score = std::clamp(score, 0.0, 1.0);
    m.verdict = m.score >= opt.same_threshold       ? MatchVerdict::kSame
                : m.score >= opt.possible_threshold ? MatchVerdict::kPossible
                                                    : MatchVerdict::kDifferent;
  }
  m.reasons = why.Take();
  return m;
}

}  // namespace dossier::internal
