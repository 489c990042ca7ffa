#include "resolve/name_match.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "resolve/internal/given_names.h"
#include "resolve/internal/middle_names.h"
#include "resolve/internal/name_compare.h"
#include "resolve/internal/name_conventions.h"
#include "resolve/internal/name_words.h"
#include "resolve/internal/person_parts.h"
#include "resolve/internal/word_compare.h"
#include "resolve/internal/word_set_match.h"
#include "resolve/org_name.h"
#include "resolve/person_name.h"
#include "resolve/transliterate.h"

namespace dossier {

namespace {

using internal::CloseWords;
using internal::GenderedPair;
using internal::GivenNameSlip;
using internal::LatinSimilarity;
using internal::MasculineForms;
using internal::WithinOneEdit;
using internal::WordSimilarity;
using internal::WordSlip;

using internal::AlignMiddleNames;
using internal::AllParts;
using internal::DescribeReading;
using internal::Edits;
using internal::InitialFits;
using internal::kMaxReadings;
using internal::kOneSidedMiddleCap;
using internal::MiddleNames;
using internal::Pair;
using internal::PersonParts;
using internal::Why;
using internal::Word;

// Whether two family names of the list are two names (internal::
// TwoListedFamilies); the answer reads the words' written forms.
bool TwoListedNames(const Word& a, const Word& b, double threshold) {
  if (a.listed_family < kListedFamilyRecords || b.listed_family < kListedFamilyRecords ||
      a.skeleton == b.skeleton) {
    return false;
  }
  internal::NoteWrittenConsulted();
  if (a.romanized || b.romanized || a.cyrillic != b.cyrillic) return false;
  return !internal::GenderedWords(a, b, threshold);
}

struct PartResult {
  enum State { kAbsent, kMatch, kInitialFit, kConflict } state = kAbsent;
  double similarity = 0;
};

// The lowest similarity of two given names beside one East Asian family
// name: a vowel or a confusable letter (Hyun / Hyon, Un / Eun), not another
// syllable (Fangping / Fangming).
constexpr double kEastAsianGivenThreshold = 0.88;

struct PersonScore {
  double score = 0;
  MatchVerdict verdict = MatchVerdict::kDifferent;
  bool birth_day_decides = false;  // NameMatch::birth_day_decides
};

// With `quick_different`, a kDifferent verdict may come with score 0 (the
// comparison stops at the first part that decides it). REQUIRES: !why->enabled()
// when quick_different.
PersonScore ScorePersons(const PersonParts& a, const PersonParts& b, const MatchOptions& opt,
                         Why* why, bool quick_different = false) {
  PersonScore result;
  // --- Surname ---
  bool surname_only_a = a.given.empty() && a.initials.empty() && a.patronymic == nullptr;
  bool surname_only_b = b.given.empty() && b.initials.empty() && b.patronymic == nullptr;
  double surname_sim = 0;
  bool gendered = false, oblique = false;
  // The surnames are one slip apart as written only (not as skeletons).
  bool surname_written = false;
  std::string oblique_note;
  // East Asian family names are few, short and distinct (Zheng is not
  // Zhang, Kim is not Kang); their given names are syllables, and one
  // syllable more or less is another name.
  bool east_asian = false;
  bool listed_apart = false;  // ListedFamiliesApart()
  if (a.surname != nullptr && b.surname != nullptr) {
    surname_sim = WordSimilarity(*a.surname, *b.surname);
    east_asian = a.surname->east_asian_family && b.surname->east_asian_family;
    if (east_asian && surname_sim < 1) surname_sim = 0;
    // Two family names of the list are two names, whatever their similarity
    // (the other readings of a Cyrillic form decide on their own).
    listed_apart = !east_asian && surname_sim < 1 && a.surname_alternatives_empty() &&
                   b.surname_alternatives_empty() &&
                   TwoListedNames(*a.surname, *b.surname, opt.word_threshold);
    if (listed_apart) surname_sim = 0;
    if (surname_sim < 1) {
      // Cyrillic oblique readings ("Назарбаева" may be the genitive of "Назарбаев").
      auto try_alternatives = [&](const PersonParts& x, const PersonParts& y) {
        if (x.surname_alternatives == nullptr) return;
        for (size_t k = 0; k < x.surname_alternatives->size(); ++k) {
          const std::string& alt = (*x.surname_alternatives)[k];
          const double sim = WordSimilarity((*x.alternative_skeletons)[k], y.surname->skeleton);
          if (sim >= opt.word_threshold && sim > surname_sim) {
            surname_sim = sim;
            oblique = true;
            if (why->enabled()) {
              oblique_note = x.surname->written + " may be an inflected form of " + alt +
                             " (or a name of its own)";
            }
          }
        }
      };
      try_alternatives(a, b);
      try_alternatives(b, a);
    }
    // Every feminine ending ends in 'a': the cheap test first.
    const std::string& sa = a.surname->skeleton;
    const std::string& sb = b.surname->skeleton;
    const std::string& la = a.surname->latin;
    const std::string& lb = b.surname->latin;
    if (!oblique && !listed_apart && sa != sb && (sa.back() == 'a' || sb.back() == 'a') &&
        internal::GenderedWords(*a.surname, *b.surname, opt.word_threshold)) {
      // Written alike but for one letter in place (Kuzmovv / Kuzmova): a
      // slip; the masculine and feminine forms differ in length as written.
      internal::NoteWrittenConsulted();
      gendered = !(la.size() == lb.size() && WithinOneEdit(*a.surname, *b.surname, true));
    }
    if (!oblique && !gendered && !east_asian && !listed_apart &&
        !CloseWords(sa, sb, surname_sim, opt.word_threshold)) {
      // A slip that the folding widens to two edits (Jhonson / Johnson,
      // Sith / Smith): the written forms decide.
      internal::NoteWrittenConsulted();
      const double written = LatinSimilarity(*a.surname, *b.surname);
      // One slip in a short East Asian family name makes a word that is
      // none (Kmi / Kim, Wnag / Wang); two family names stay two.
      const bool east_asian_slip = std::min(la.size(), lb.size()) >= 2 &&
                                   std::max(la.size(), lb.size()) >= 3 &&
                                   a.surname->east_asian_family != b.surname->east_asian_family &&
                                   WithinOneEdit(*a.surname, *b.surname, true);
      if (CloseWords(la, lb, written, opt.word_threshold) || east_asian_slip) {
        surname_written = true;
        surname_sim = std::max(surname_sim, written);
      }
    }
    if (oblique) {
      why->Add("surname: ", oblique_note);
    } else if (listed_apart) {
      why->Add("surname: ", a.surname->written, " ≠ ", b.surname->written,
               ", two family names of the list");
    } else if (gendered) {
      why->Add("surname: ", a.surname->written, " / ", b.surname->written,
               ", masculine and feminine forms of one family name");
    } else if (surname_written) {
      if (why->enabled())
        why->Add("surname: ", a.surname->written, " ~ ", b.surname->written, ", ",
                 DescribeEdits(la, lb), " as written");
    } else {
      if (why->enabled())
        why->Add("surname: ", Pair(*a.surname, *b.surname, surname_sim, opt.word_threshold));
    }
  } else if (a.surname != nullptr || b.surname != nullptr) {
    // One name has no surname ("Vladimir", "Serik Rakhimbaevich").
    surname_sim = -1;
  }
  // Screening: the surnames alone decide kDifferent; the rest is not read.
  if (quick_different && a.surname != nullptr && b.surname != nullptr && !gendered && !oblique &&
      !surname_written &&
      !CloseWords(a.surname->skeleton, b.surname->skeleton, surname_sim, opt.word_threshold)) {
    return result;
  }

  // --- Given names ---
  PartResult given;
  const Word* given_a = a.given.empty() ? nullptr : a.given.front();
  const Word* given_b = b.given.empty() ? nullptr : b.given.front();
  const Word* initial_a = a.initials.empty() ? nullptr : a.initials.front();
  const Word* initial_b = b.initials.empty() ? nullptr : b.initials.front();
  // The initials left for the patronymic once the given name is accounted for.
  size_t next_initial_a = 0, next_initial_b = 0;
  // The pair of given names that matched, when both names have some.
  const Word* matched_a = nullptr;
  const Word* matched_b = nullptr;
  // The given names are two names of our list one typing slip apart.
  bool listed_typo = false;
  if (given_a != nullptr && given_b != nullptr) {
    double best = 0;
    const Word* best_b = given_b;
    const Word* best_a = given_a;
    for (const Word* ga : a.given) {
      for (const Word* gb : b.given) {
        const double sim = internal::GivenNameSimilarity(*ga, *gb);
        if (sim > best) best = sim, best_a = ga, best_b = gb;
      }
    }
    // Two family names of the list read as given names (the other reading
    // of "John Nelson" / "John Nielsen") are two names.
    // Family names read as given names (the other reading of "Joseph
    // Johnson" / "Joseph Johansson") are two names.
    auto mostly_family = [](const Word* w) { return w->listed_family > w->listed_given; };
    const bool given_apart = best < 1 && mostly_family(best_a) && mostly_family(best_b) &&
                             TwoListedNames(*best_a, *best_b, opt.word_threshold);
    if (given_apart) best = 0;
    given.similarity = best;
    const double given_threshold =
        east_asian ? std::max(opt.given_threshold, kEastAsianGivenThreshold) : opt.given_threshold;
    given.state = best >= given_threshold ? PartResult::kMatch : PartResult::kConflict;
    // One slip in a given name when the surnames agree on their own (no
    // oblique or gendered reading, no one-edit allowance): one slip per name.
    const bool surname_agrees = !east_asian && a.surname != nullptr && b.surname != nullptr &&
                                surname_sim >= opt.word_threshold && !oblique && !gendered &&
                                !surname_written;
    // The slip as written when the folding widens it (Williax / William:
    // x becomes ks); two names of our list stay two names.
    const bool given_conflict =
        given.state == PartResult::kConflict && surname_agrees && !given_apart;
    if (given_conflict) internal::NoteWrittenConsulted();
    const double written = given_conflict ? LatinSimilarity(*best_a, *best_b) : 0;
    const bool written_slip = written > 0 && WordSlip(*best_a, *best_b, written, true) &&
                              (!best_a->listed_given_name || !best_b->listed_given_name);
    // Beside one East Asian family name, a slip that leaves no syllables
    // (Pimg / Ping, Weijni / Weijin); two syllable names stay two names.
    const bool syllable_slip = given.state == PartResult::kConflict && east_asian && !given_apart &&
                               (!best_a->syllables || !best_b->syllables) &&
                               WordSlip(*best_a, *best_b, LatinSimilarity(*best_a, *best_b), true);
    if (syllable_slip) internal::NoteWrittenConsulted();
    if (syllable_slip) {
      given.state = PartResult::kMatch;
      if (why->enabled())
        why->Add("given name: ", best_a->written, " ~ ", best_b->written, ", ",
                 DescribeEdits(best_a->latin, best_b->latin), " (a slip: not syllables)");
    } else if (given.state == PartResult::kConflict && surname_agrees &&
               WordSlip(*best_a, *best_b, best, false)) {
      given.state = PartResult::kMatch;
      if (why->enabled())
        why->Add("given name: ", best_a->written, " ~ ", best_b->written, ", ",
                 Edits(*best_a, *best_b), " (a slip, the surname agrees)");
    } else if (written_slip) {
      given.state = PartResult::kMatch;
      given.similarity = std::max(best, written);
      if (why->enabled())
        why->Add("given name: ", best_a->written, " ~ ", best_b->written, ", ",
                 DescribeEdits(best_a->latin, best_b->latin),
                 " as written (a slip, the surname agrees)");
    } else {
      if (why->enabled()) why->Add("given name: ", Pair(*best_a, *best_b, best, given_threshold));
      // Two names of our list one typing slip apart (Jan / Juan): another
      // name, or a slip that made one; a date of birth tells.
      listed_typo = given_conflict && best_a->given_name_id != 0 && best_b->given_name_id != 0 &&
                    best_a->given_name_id != best_b->given_name_id &&
                    OneTypoApart<std::string_view>(best_a->latin, best_b->latin);
    }
    if (given.state == PartResult::kMatch) matched_a = best_a, matched_b = best_b;
  } else if (given_a != nullptr && initial_b != nullptr) {
    next_initial_b = 1;
    const bool fits = InitialFits(*initial_b, *given_a);
    given.state = fits ? PartResult::kInitialFit : PartResult::kConflict;
    given.similarity = fits ? 0.9 : 0;
    why->Add("given name: ", given_a->written, fits ? " ~ " : " ≠ ", initial_b->written,
             fits ? ". (initial)" : ".");
  } else if (initial_a != nullptr && given_b != nullptr) {
    next_initial_a = 1;
    const bool fits = InitialFits(*initial_a, *given_b);
    given.state = fits ? PartResult::kInitialFit : PartResult::kConflict;
    given.similarity = fits ? 0.9 : 0;
    why->Add("given name: ", initial_a->written, fits ? ". ~ " : ". ≠ ", given_b->written,
             fits ? " (initial)" : "");
  } else if (initial_a != nullptr && initial_b != nullptr) {
    next_initial_a = next_initial_b = 1;
    const bool fits = InitialFits(*initial_a, *initial_b) || InitialFits(*initial_b, *initial_a);
    given.state = fits ? PartResult::kInitialFit : PartResult::kConflict;
    given.similarity = fits ? 0.85 : 0;
    why->Add("given name: ", initial_a->written, fits ? ". = " : ". ≠ ", initial_b->written, ".");
  }

  // --- Patronymics ---
  PartResult patronymic;
  const Word* pi_a = next_initial_a < a.initials.size() ? a.initials[next_initial_a] : nullptr;
  const Word* pi_b = next_initial_b < b.initials.size() ? b.initials[next_initial_b] : nullptr;
  if (a.patronymic != nullptr && b.patronymic != nullptr) {
    patronymic.similarity = WordSimilarity(*a.patronymic, *b.patronymic);
    // The Russian and the Kazakh patronymic of one father ("Болатович",
    // "Болатұлы", "Bolatuly") name him alike.
    if (patronymic.similarity < opt.given_threshold) {
      const std::string base_a = PatronymicBaseSkeleton(a.patronymic->written);
      if (!base_a.empty() && base_a == PatronymicBaseSkeleton(b.patronymic->written)) {
        patronymic.similarity = opt.given_threshold;
      }
    }
    patronymic.state =
        patronymic.similarity >= opt.given_threshold ? PartResult::kMatch : PartResult::kConflict;
    if (why->enabled())
      why->Add("patronymic: ",
               Pair(*a.patronymic, *b.patronymic, patronymic.similarity, opt.given_threshold));
  } else if (a.patronymic != nullptr && pi_b != nullptr) {
    const bool fits = InitialFits(*pi_b, *a.patronymic);
    patronymic.state = fits ? PartResult::kInitialFit : PartResult::kConflict;
    patronymic.similarity = fits ? 0.9 : 0;
    why->Add("patronymic: ", a.patronymic->written, fits ? " ~ " : " ≠ ", pi_b->written, ".");
  } else if (b.patronymic != nullptr && pi_a != nullptr) {
    const bool fits = InitialFits(*pi_a, *b.patronymic);
    patronymic.state = fits ? PartResult::kInitialFit : PartResult::kConflict;
    patronymic.similarity = fits ? 0.9 : 0;
    why->Add("patronymic: ", pi_a->written, fits ? ". ~ " : ". ≠ ", b.patronymic->written);
  } else if (pi_a != nullptr && pi_b != nullptr) {
    const bool fits = InitialFits(*pi_a, *pi_b) || InitialFits(*pi_b, *pi_a);
    patronymic.state = fits ? PartResult::kInitialFit : PartResult::kConflict;
    patronymic.similarity = fits ? 0.85 : 0;
  }

  // --- Middle names: the given names beside the matched pair ---
  const MiddleNames middle = AlignMiddleNames(a, b, matched_a, matched_b, opt, why);

  // --- Score ---
  double weights = 0, sum = 0;
  if (surname_sim >= 0 && a.surname != nullptr) {
    weights += opt.surname_weight;
    sum += opt.surname_weight * surname_sim;
  }
  if (given.state != PartResult::kAbsent) {
    weights += opt.given_weight;
    sum += opt.given_weight * given.similarity;
  }
  if (patronymic.state != PartResult::kAbsent) {
    weights += opt.patronymic_weight;
    sum += opt.patronymic_weight * patronymic.similarity;
  }
  double score = weights > 0 ? sum / weights : 0;
  const double below_possible = std::max(0.0, opt.possible_threshold - 0.01);

  // --- Verdict ---
  auto finish = [&](MatchVerdict verdict, double cap) {
    result.verdict = verdict;
    result.score = std::clamp(std::min(score, cap), 0.0, 1.0);
    return result;
  };
  if (surname_sim < 0) {
    // No surname on one side: only given names and patronymics to go on.
    why->Add("no surname on one side");
    if (given.state == PartResult::kMatch && patronymic.state != PartResult::kConflict) {
      return finish(MatchVerdict::kPossible, opt.same_threshold - 0.01);
    }
    return finish(MatchVerdict::kDifferent, below_possible);
  }
  if (a.surname != nullptr && !gendered &&
      !CloseWords(a.surname->skeleton, b.surname->skeleton, surname_sim, opt.word_threshold) &&
      !oblique && !surname_written) {
    return finish(MatchVerdict::kDifferent, std::min(below_possible, surname_sim));
  }
  // More than one slip apart, as skeletons and as written: a full letter
  // and more (Tchouchaev / Chuchuev, Doshaov / Tishaov), which long words
  // pass by similarity alone. Romanizations differ by vowels and confusable
  // letters at half a slip each (Koschachmetowa / Kozhakhmetova, Husein /
  // Hosain); a typist makes one slip.
  if (a.surname != nullptr && !gendered && !oblique && !east_asian &&
      a.surname->skeleton != b.surname->skeleton && !WithinOneEdit(*a.surname, *b.surname, false) &&
      !WithinOneEdit(*a.surname, *b.surname, true)) {
    why->Add("the surnames differ by more than one slip");
    return finish(MatchVerdict::kPossible, below_possible);
  }
  // In Russian Cyrillic a vowel stands for one letter, which every
  // romanization spells alike (but ё, written е, as e or o, and national
  // spellings' a for o or e): an i, or a u for a or e, is a letter, and with
  // one more difference two slips ("Мусин" / "Mazin", "Тихаова" / "Tokaova").
  if (a.surname != nullptr && !gendered && !oblique && !east_asian &&
      internal::ApartInOriginalScript(*a.surname, *b.surname)) {
    if (why->enabled()) {
      why->Add("the surnames differ by more than one slip (a vowel for another in ",
               a.surname->cyrillic ? a.surname->written : b.surname->written, ")");
    }
    return finish(MatchVerdict::kPossible, below_possible);
  }
  // Parent and child: one's patronymic derives from the other's given name.
  auto parent_of = [&](const PersonParts& child, const PersonParts& parent) {
    if (child.patronymic == nullptr || parent.given.empty()) return false;
    const std::string base = PatronymicBaseSkeleton(child.patronymic->written);
    if (base.size() < 3) return false;
    for (const Word* g : parent.given) {
      if (WeightedEditDistance(base, g->skeleton, 1.0) <= 1.0) {
        why->Add("patronymic ", child.patronymic->written, " derives from given name ", g->written,
                 ": parent and child");
        return true;
      }
    }
    return false;
  };
  if (given.state == PartResult::kConflict || gendered) {
    if (parent_of(a, b) || parent_of(b, a)) {
      return finish(MatchVerdict::kRelated, below_possible);
    }
  }
  if (gendered) {
    why->Add("family link, not the same person");
    return finish(MatchVerdict::kRelated, below_possible);
  }
  if (given.state == PartResult::kConflict) {
    if (listed_typo && patronymic.state != PartResult::kConflict) {
      why->Add(
          "same surname, given names one letter apart: one person only if the date of birth "
          "agrees");
      result.birth_day_decides = true;
      score = below_possible;
    } else {
      why->Add("same surname, different given names");
    }
    return finish(MatchVerdict::kRelated, below_possible);
  }
  if (patronymic.state == PartResult::kConflict) {
    why->Add("same name, different patronymics");
    return finish(MatchVerdict::kRelated, below_possible);
  }
  if (middle.surnames_differ) {
    // Spanish double surnames: the family's is the first.
    why->Add("the family names differ");
    return finish(MatchVerdict::kPossible, below_possible);
  }
  if (middle.conflict) {
    // One given name in common and different others: a namesake as often as
    // the person ("Annette Christine Walsh" / "Janet Christine Diaz" read
    // surname first).
    why->Add("other given names differ");
    return finish(MatchVerdict::kPossible, below_possible);
  }
  // Nothing but the surname could be compared ("Bolatovich Tulegenov" has
  // no given name to set against "Arman Tulegenov"): as good as a surname
  // alone.
  const bool nothing_else_compared =
      given.state == PartResult::kAbsent && patronymic.state == PartResult::kAbsent;
  if (surname_only_a || surname_only_b || nothing_else_compared) {
    // A surname alone can be anyone of that family.
    why->Add(surname_only_a || surname_only_b ? "surname only" : "only the surname compares");
    score = 0.8 * surname_sim + 0.05;
    return finish(
        score >= opt.possible_threshold ? MatchVerdict::kPossible : MatchVerdict::kDifferent,
        opt.same_threshold - 0.01);
  }
  if (oblique) {
    return finish(MatchVerdict::kPossible, opt.same_threshold - 0.01);
  }
  // 1.000 only for names equal up to spelling: a middle name on one side
  // only is compatible, not equal.
  const double top = middle.one_sided ? kOneSidedMiddleCap : 1;
  if (score >= opt.same_threshold) return finish(MatchVerdict::kSame, top);
  if (score >= opt.possible_threshold) return finish(MatchVerdict::kPossible, top);
  return finish(MatchVerdict::kDifferent, top);
}

// One word written as two: "Ramimakhlouf" / "Rami Makhlouf".
bool JoinedForm(const PreparedName& a, const PreparedName& b, const MatchOptions& opt) {
  auto full_words = [](const PreparedName& n) {
    std::vector<const Word*> out;
    for (const Word& w : n.words()) {
      if (w.role != Word::kInitial) out.push_back(&w);
    }
    return out;
  };
  auto one = full_words(a), many = full_words(b);
  if (one.size() > many.size()) std::swap(one, many);
  if (one.size() != 1 || many.size() < 2) return false;
  // Every letter of difference in length costs at least half an edit: most
  // pairs are too far apart in length to be one word.
  size_t joined_length = 0;
  for (const Word* w : many) joined_length += w->skeleton.size();
  const size_t one_length = one[0]->skeleton.size();
  const double longest = static_cast<double>(std::max(joined_length, one_length));
  const double length_gap = static_cast<double>(std::max(joined_length, one_length) -
                                                std::min(joined_length, one_length));
  if (0.5 * length_gap > (1 - opt.same_threshold) * longest + 1e-9) return false;
  std::string forward, backward;
  for (const Word* w : many) forward += w->skeleton;
  for (auto it = many.rbegin(); it != many.rend(); ++it) backward += (*it)->skeleton;
  return WordSimilarity(one[0]->skeleton, forward) >= opt.same_threshold ||
         WordSimilarity(one[0]->skeleton, backward) >= opt.same_threshold;
}

// `a_parts`: the parts of `a` per reading when computed before (screening
// computes a query's once), else null. With `quick_different` (screening,
// without reasons) a kDifferent verdict may come with score 0.
NameMatch ComparePersons(const PreparedName& a, const PreparedName& b, const MatchOptions& opt,
                         bool explain, const PersonParts* a_parts = nullptr, size_t a_readings = 0,
                         bool quick_different = false) {
  NameMatch best;
  best.score = -1;
  // Each reading's parts once (not once per pair of readings).
  PersonParts own_a[kMaxReadings];
  if (a_parts == nullptr) {
    a_readings = AllParts(a, own_a);
    a_parts = own_a;
  }
  PersonParts parts_b[kMaxReadings];
  const size_t readings_b = AllParts(b, parts_b);
  for (size_t ra = 0; ra < a_readings; ++ra) {
    const PersonParts& parts_a = a_parts[ra];
    for (size_t rb = 0; rb < readings_b; ++rb) {
      Why why(explain);
      PersonScore s = ScorePersons(parts_a, parts_b[rb], opt, &why, quick_different && !explain);
      // A family link needs the parses' own readings: "Christine Walsh" and
      // "Christine Diaz" read surname first are not one family.
      if (s.verdict == MatchVerdict::kRelated && (ra > 0 || rb > 0)) {
        s.verdict = MatchVerdict::kDifferent;
      }
      // Nor is a name one whose family name both readings take from a word
      // the parses read as a given name ("Kevin Davis" / "Kevin David
      // Johnson" read as Mr Kevin): at most a weak possible.
      if (parts_a.surname_from_given && parts_b[rb].surname_from_given &&
          s.verdict <= MatchVerdict::kPossible) {
        s.verdict = MatchVerdict::kPossible;
        s.score = std::min(s.score, std::max(0.0, opt.possible_threshold - 0.01));
        why.Add("the family names are read from given names on both sides");
      }
      // Prefer the better verdict, then the better score.
      // Among equals, the reading that a date of birth may decide.
      const bool better = best.score < 0 || s.verdict < best.verdict ||
                          (s.verdict == best.verdict && s.score > best.score) ||
                          (s.verdict == best.verdict && s.score == best.score &&
                           s.birth_day_decides && !best.birth_day_decides);
      if (better) {
        best.score = s.score;
        best.verdict = s.verdict;
        best.birth_day_decides = s.birth_day_decides;
        best.reasons = why.Take();
        if (explain)
          best.readings = DescribeReading(parts_a) + " | " + DescribeReading(parts_b[rb]);
        // Nothing beats equal up to spelling: the other readings need no try.
        if (best.verdict == MatchVerdict::kSame && best.score >= 1.0) return best;
      }
    }
  }
  if (best.verdict == MatchVerdict::kDifferent && JoinedForm(a, b, opt)) {
    best.verdict = MatchVerdict::kSame;
    best.score = opt.same_threshold;
    best.reasons = explain ? a.text() + " = " + b.text() + ", written as one word" : "";
  }
  return best;
}

NameMatch CompareImpl(const PreparedName& a, const PreparedName& b, const MatchOptions& opt,
                      bool explain) {
  if (a.type() != b.type()) {
    NameMatch m;
    if (explain) m.reasons = "different entity types";
    return m;
  }
  if (a.words().empty() || b.words().empty()) {
    NameMatch m;
    if (explain) m.reasons = "no name";
    return m;
  }
  if (a.type() == EntityType::kPerson) return ComparePersons(a, b, opt, explain);
  return internal::CompareWordSets(a, b, opt, explain);
}

}  // namespace

namespace internal {

struct ScreeningQuery::Readings {
  PersonParts parts[kMaxReadings];
  size_t count = 0;
};

ScreeningQuery::ScreeningQuery(const PreparedName& name, bool quick_different, uint64_t vocabulary)
    : name_(&name), quick_different_(quick_different) {
  UseVocabulary(vocabulary);
  if (name.type() != EntityType::kPerson || name.words().empty()) return;
  readings_ = std::make_unique<Readings>();
  readings_->count = AllParts(name, readings_->parts);
}

ScreeningQuery::~ScreeningQuery() = default;

NameMatch ScreeningQuery::Compare(const PreparedName& listed, const MatchOptions& options) const {
  if (readings_ == nullptr || listed.type() != EntityType::kPerson || listed.words().empty()) {
    return CompareImpl(*name_, listed, options, false);
  }
  return ComparePersons(*name_, listed, options, false, readings_->parts, readings_->count,
                        quick_different_);
}

}  // namespace internal

std::string_view MatchVerdictName(MatchVerdict verdict) {
  switch (verdict) {
    case MatchVerdict::kSame:
      return "same";
    case MatchVerdict::kPossible:
      return "possible";
    case MatchVerdict::kRelated:
      return "related";
    case MatchVerdict::kDifferent:
      return "different";
  }
  return "different";
}

NameMatch ComparePrepared(const PreparedName& a, const PreparedName& b,
                          const MatchOptions& options) {
  return CompareImpl(a, b, options, true);
}

NameMatch CompareNames(std::string_view a, std::string_view b, EntityType type,
                       const MatchOptions& options) {
  return ComparePrepared(PreparedName(a, type), PreparedName(b, type), options);
}

}  // namespace dossier
