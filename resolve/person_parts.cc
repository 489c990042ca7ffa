// A person's name parts per reading (internal/person_parts.h).
#include "resolve/internal/person_parts.h"

#include <algorithm>

#include "resolve/internal/name_compare.h"
#include "resolve/transliterate.h"

namespace dossier::internal {

std::string Edits(const Word& a, const Word& b) {
  if (a.skeleton == b.skeleton) return "";
  return DescribeEdits(a.skeleton, b.skeleton);
}

// "Igilmanov ~ Igelmanov, 1 vowel" / "Ismail = Ismail" / "Dariga ≠ Nursultan".
std::string Pair(const Word& a, const Word& b, double similarity, double threshold) {
  if (a.skeleton == b.skeleton) return a.written + " = " + b.written;
  if (CloseWords(a.skeleton, b.skeleton, similarity, threshold)) {
    return a.written + " ~ " + b.written + ", " + Edits(a, b);
  }
  return a.written + " ≠ " + b.written;
}

namespace {

// Fills `parts` (default-constructed) with the parts of `name` under its
// reading number `reading` (an index into surname_readings(); ignored when
// the name has no surname). `full`: the surname and given names in written
// order; `patronymic`, `initials`: the name's.
void FillParts(const PreparedName& name, size_t reading, const WordList& full,
               const Word* patronymic, const WordList& initials, PersonParts* parts) {
  parts->patronymic = patronymic;
  for (const Word* w : initials) parts->initials.push_back(w);
  const std::vector<uint8_t>& readings = name.surname_readings();
  int surname_at = readings.empty() ? -1 : readings[std::min(reading, readings.size() - 1)];
  if (reading == 0) {
    // The Cyrillic oblique readings belong to the parse's surname.
    parts->surname_alternatives = &name.alternatives();
    parts->alternative_skeletons = &name.alternative_skeletons();
  }
  // Given names first, then the comma block's words when another reading
  // holds the family name ("KHALED AL-NOURI,
  // ABDUL RAHIM" read with Al-Nouri gives the given names Abdul Rahim, Khaled).
  bool block = false;
  for (const Word* w : full) block = block || w->role == Word::kOtherSurname;
  auto candidate = [&](size_t i) {
    return full[i]->role == Word::kOtherSurname || (block && full[i]->role == Word::kSurname);
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < full.size(); ++i) {
      if (static_cast<int>(i) == surname_at) {
        if (pass == 0) parts->surname = full[i];
      } else if (candidate(i) == (pass == 1)) {
        parts->given.push_back(full[i]);
      }
    }
  }
  const int first_surname = name.first_surname_at();
  if (first_surname >= 0 && first_surname != surname_at &&
      static_cast<size_t>(first_surname) < full.size()) {
    parts->first_surname = full[static_cast<size_t>(first_surname)];
  }
  parts->surname_from_given = reading > 0 && parts->surname != nullptr &&
                              parts->surname->role == Word::kGiven && first_surname != surname_at;
}

}  // namespace

// Whether initial `initial` can stand for full word `full`.
bool InitialFits(const Word& initial, const Word& full) {
  if (initial.skeleton.empty() || full.skeleton.empty()) return false;
  auto fold = [](char c) { return c == 'j' ? 'i' : c == 'c' ? 'k' : c; };
  if (fold(initial.skeleton[0]) != fold(full.skeleton[0])) {
    // "E." for "Yevgeny" (skeleton evgeni) and "Ye." both start with e;
    // "Yu." (iu) for "Jurij": i/j folded above.
    return false;
  }
  // A two-letter initial ("Yu", "Sh") must match the start of the word.
  if (initial.skeleton.size() > 1) {
    return full.skeleton.compare(0, initial.skeleton.size(), initial.skeleton) == 0 ||
           fold(initial.skeleton[1]) == fold(full.skeleton.size() > 1 ? full.skeleton[1] : 0);
  }
  return true;
}

std::string DescribeReading(const PersonParts& p) {
  std::string out = "surname " + (p.surname != nullptr ? p.surname->written : std::string("-"));
  auto list = [&](const char* label, const WordList& words, const char* suffix) {
    if (words.empty()) return;
    out += std::string("; ") + label + " ";
    for (size_t i = 0; i < words.size(); ++i) {
      if (i > 0) out += ", ";
      out += words[i]->written + suffix;
    }
  };
  list("given", p.given, "");
  if (p.patronymic != nullptr) out += "; patronymic " + p.patronymic->written;
  list("initials", p.initials, ".");
  return out;
}

size_t AllParts(const PreparedName& name, PersonParts (&parts)[kMaxReadings]) {
  const size_t readings =
      std::min(kMaxReadings, std::max<size_t>(1, name.surname_readings().size()));
  WordList full;  // surname and given names in written order
  WordList initials;
  const Word* patronymic = nullptr;
  for (const Word& w : name.words()) {
    switch (w.role) {
      case Word::kGiven:
      case Word::kSurname:
      case Word::kOtherSurname:
        full.push_back(&w);
        break;
      case Word::kPatronymic:
        patronymic = &w;
        break;
      case Word::kInitial:
        initials.push_back(&w);
        break;
      default:
        break;
    }
  }
  for (size_t r = 0; r < readings; ++r) FillParts(name, r, full, patronymic, initials, &parts[r]);
  return readings;
}

}  // namespace dossier::internal
