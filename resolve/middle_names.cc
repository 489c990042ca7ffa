// Middle names, initials and Spanish first surnames beside the matched
// given names (internal/middle_names.h).
#include "resolve/internal/middle_names.h"

#include <algorithm>
#include <string_view>

#include "resolve/internal/name_compare.h"
#include "resolve/internal/word_compare.h"
#include "resolve/transliterate.h"

namespace dossier::internal {

bool OneName(const Word& a, const Word& b, double similarity, const MatchOptions& opt) {
  if (similarity >= opt.given_threshold || WordSlip(a, b, similarity, false)) return true;
  return WordSlip(a, b, LatinSimilarity(a, b), true) &&
         (!a.listed_given_name || !b.listed_given_name);
}

namespace {

// Whether `w`, one of p.given, stands after the family name of a name that
// starts with a given name (a second surname: "Lopez" of "Maria Garcia
// Lopez" read as Señora Garcia) or is a further word of a comma block.
bool Trailing(const PersonParts& p, const Word* w) {
  if (w->role == Word::kOtherSurname) return true;
  return p.surname != nullptr && w > p.surname && !p.given.empty() && p.given.front() < p.surname;
}

// Whether `w`, one of p.given other than the first, stands between the first
// given name and the family name (a middle name, or a first surname read as
// one).
bool Leading(const PersonParts& p, const Word* w) {
  return p.surname != nullptr && w < p.surname && w != p.given.front() &&
         w->role != Word::kOtherSurname;
}

// Whether `x` of one name and `y` of the other, given names beside the
// matched pair with similarity `similarity`, may be one word when either is
// its name's Spanish first surname (`x_first`, `y_first`): a family name
// pairs by the surnames' tolerance (at most one slip: Castro / Castillo are
// two names), and with a name of our given-name list only when one slip
// as written apart (Pedo / Pedro, Maroa / Maria: a mistyped middle name read
// as a first surname; not Torres / Teresa, Fernandez / Fernando, Rios / Rosa).
bool SurnameWordsPair(const Word& x, const Word& y, double similarity, const MatchOptions& opt) {
  if (x.skeleton == y.skeleton) return true;
  if ((x.given_name_id != 0) != (y.given_name_id != 0))
    return OneTypoApart<std::string_view>(x.latin, y.latin);
  return CloseWords(x.skeleton, y.skeleton, similarity, opt.word_threshold) &&
         (WithinOneEdit(x, y, false) || WithinOneEdit(x, y, true));
}

}  // namespace

// Aligns the given names other than the matched pair (`matched_a`,
// `matched_b`; null when the given names did not match): each pairs with a
// close given name of the other (or an initial that fits it). What is left
// on both sides is a conflict; on one side, a middle name the other omits.
MiddleNames AlignMiddleNames(const PersonParts& a, const PersonParts& b, const Word* matched_a,
                             const Word* matched_b, const MatchOptions& opt, Why* why) {
  MiddleNames out;
  if (matched_a == nullptr || (a.given.size() < 2 && b.given.size() < 2)) return out;
  // The matched pair itself may be two surnames in the other order ("Marta
  // Carlos Pérez Peña" / "María Pena Perez" read with Peña and Pena).
  if ((Trailing(a, matched_a) && Leading(b, matched_b)) ||
      (Leading(a, matched_a) && Trailing(b, matched_b))) {
    out.surnames_differ = true;
    why->Add("surnames in the other order: ", matched_a->written, " / ", matched_b->written);
  }
  bool used_b[16] = {};
  size_t left_a = 0, left_b = 0;
  const Word* unmatched_a = nullptr;
  const Word* unmatched_b = nullptr;
  for (const Word* ga : a.given) {
    if (ga == matched_a) continue;
    int best_j = -1;
    double best = opt.given_threshold;
    for (size_t j = 0; j < b.given.size() && j < 16; ++j) {
      if (b.given[j] == matched_b || used_b[j]) continue;
      const Word* gb = b.given[j];
      const double sim = GivenNameSimilarity(*ga, *gb);
      if ((ga == a.first_surname || gb == b.first_surname) &&
          !SurnameWordsPair(*ga, *gb, sim, opt)) {
        continue;
      }
      if (sim >= best || (best_j < 0 && OneName(*ga, *gb, sim, opt))) {
        best = std::max(best, sim), best_j = static_cast<int>(j);
      }
    }
    if (best_j >= 0) {
      used_b[best_j] = true;
      const Word* gb = b.given[static_cast<size_t>(best_j)];
      if ((Trailing(a, ga) && Leading(b, gb)) || (Leading(a, ga) && Trailing(b, gb))) {
        out.surnames_differ = true;
        why->Add("surnames in the other order: ", ga->written, " / ", gb->written);
      }
    } else {
      ++left_a;
      unmatched_a = ga;
      if (ga == a.first_surname) out.surnames_differ = true;
    }
  }
  for (size_t j = 0; j < b.given.size(); ++j) {
    if (b.given[j] == matched_b || (j < 16 && used_b[j])) continue;
    ++left_b;
    unmatched_b = b.given[j];
    if (unmatched_b == b.first_surname) out.surnames_differ = true;
  }
  // The first given names must agree: "Timothy Anderson" is not "James
  // Timothy Anderson", nor the ism Abdullah the father Abdallah of "AL-SHAHRI,
  // Huda Abdallah".
  const Word* first_a = a.given.front();
  const Word* first_b = b.given.front();
  if ((matched_a != first_a || matched_b != first_b) &&
      !OneName(*first_a, *first_b, GivenNameSimilarity(*first_a, *first_b), opt)) {
    out.conflict = true;
    why->Add("first given name: ", first_a->written, " ≠ ", first_b->written);
    return out;
  }
  // An initial of the other name fits a middle name ("John F. Kennedy").
  auto initial_fits = [](const WordList& initials, const Word* w) {
    for (const Word* i : initials) {
      if (InitialFits(*i, *w)) return true;
    }
    return false;
  };
  if (left_a == 1 && left_b == 0 && initial_fits(b.initials, unmatched_a)) left_a = 0;
  if (left_b == 1 && left_a == 0 && initial_fits(a.initials, unmatched_b)) left_b = 0;
  if (left_a > 0 && left_b > 0) {
    out.conflict = true;
    why->Add("middle name: ", unmatched_a->written, " ≠ ", unmatched_b->written);
  } else if (out.surnames_differ && left_a + left_b > 0) {
    const Word* first = left_a > 0 ? a.first_surname : b.first_surname;
    if (first != nullptr) {
      why->Add("first surname: ", first->written, " on one side only");
    } else {
      why->Add("middle name: ", (left_a > 0 ? unmatched_a : unmatched_b)->written,
               " on one side only");
    }
  } else if (left_a + left_b > 0) {
    out.one_sided = true;
    const Word* extra = left_a > 0 ? unmatched_a : unmatched_b;
    why->Add("middle name: ", extra->written, " on one side only");
  }
  if (a.initials.size() != b.initials.size() && (!a.initials.empty() || !b.initials.empty()) &&
      !a.given.empty() && !b.given.empty()) {
    out.one_sided = true;
  }
  return out;
}

}  // namespace dossier::internal
