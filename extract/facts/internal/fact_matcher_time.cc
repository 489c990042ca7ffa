// The sentence matcher's reading of dates: the date a fact takes from its
// clause, its sentence's opening clause, or the sentence before
// (SentenceMatcher::TimeFor, OpeningDate; Emit applies them).
#include <cstdlib>

#include "extract/facts/internal/fact_matcher.h"

namespace dossier::internal {

bool SentenceMatcher::SentenceHasDate() const {
  for (int i = 0; i < size(); ++i) {
    if (IsTime(i)) return true;
  }
  return false;
}

int SentenceMatcher::OpeningDate() const {
  int k = 0;
  if (IsAnyWord(k, {"in", "on", "since", "from", "by"})) ++k;
  if (IsTime(k) && IsPunct(k + 1, ",")) {
    const TimeMention& t = context_.time(unit(k).time);
    if (t.from || t.to) return unit(k).time;
  }
  return -1;
}

int SentenceMatcher::TimeFor(int trigger) const {
  // Every answer below is a date unit: a sentence without one (most) needs
  // no reading of its clauses. Patterns ask for every word of a sentence.
  if (!SentenceHasDate()) return -1;
  auto is_bound = [&](int j) { return IsPunct(j, ",") || IsPunct(j, ";"); };
  int lo = trigger;
  while (lo > 0 && !is_bound(lo - 1)) {
    if (IsPunct(lo - 1, ")")) {  // skip a parenthesis whole
      int depth = 0;
      while (lo > 0) {
        --lo;
        if (IsPunct(lo, ")")) ++depth;
        if (IsPunct(lo, "(") && --depth == 0) break;
      }
      continue;
    }
    if (IsPunct(lo - 1, "(")) break;
    --lo;
  }
  int hi = trigger;
  while (hi < size() && !is_bound(hi) && !IsPunct(hi, ")")) {
    if (IsPunct(hi, "(")) {
      int depth = 0;
      for (; hi < size(); ++hi) {
        if (IsPunct(hi, "(")) ++depth;
        if (IsPunct(hi, ")") && --depth == 0) break;
      }
      if (hi < size()) ++hi;
      continue;
    }
    ++hi;
  }
  int best = -1;
  const int trigger_open = ParenthesisOpen(trigger);
  for (int j = lo; j < hi; ++j) {
    if (!IsTime(j) || ParenthesisOpen(j) != trigger_open) continue;
    const TimeMention& t = context_.time(unit(j).time);
    if (!t.from && !t.to) continue;
    if (best < 0 || std::abs(j - trigger) < std::abs(best - trigger)) best = j;
  }
  if (best >= 0) return best;
  // "In 2002, ...": a time opening the sentence holds for all of it.
  int k = 0;
  if (IsAnyWord(k, {"in", "on", "since", "from", "by"})) ++k;
  if (IsTime(k) && IsPunct(k + 1, ",") && k < trigger) {
    const TimeMention& t = context_.time(unit(k).time);
    if (t.from || t.to) return k;
  }
  // "After returning home in 2009, he was appointed ...": the one date of an
  // opening clause (up to its comma, before the trigger) dates the sentence.
  int opening = -1;
  for (int j = 0; j < trigger && !IsPunct(j, ",") && !IsPunct(j, ";"); ++j) {
    if (!IsTime(j)) continue;
    if (opening >= 0) return -1;  // two dates: which one is unclear
    opening = j;
  }
  if (opening >= 0) {
    for (int j = opening; j < trigger; ++j) {
      if (IsPunct(j, ",")) return opening;
    }
  }
  return -1;
}

}  // namespace dossier::internal
