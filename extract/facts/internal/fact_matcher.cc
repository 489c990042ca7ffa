// The sentence matcher: the helpers the fact patterns share to read one
// sentence's units (subjects, pronouns, times) and emit facts; object phrases
// are read in fact_matcher_objects.cc, dates in fact_matcher_time.cc.
#include "extract/facts/internal/fact_matcher.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"

namespace dossier::internal {
namespace {

// Whether a person's name reads as a woman's (Slavic and Turkic surname
// endings: -ova, -eva, -ina, -aya, -kyzy) or a man's (-ov, -ev, -in, -uly).
// Used only to skip the wrong candidate for "he"/"she".
enum class NameGender { kUnknown, kFemale, kMale };
NameGender GenderOf(std::string_view name) {
  std::string lower = AsciiLower(name);
  size_t space = lower.find(' ');
  // The surname comes first or last; try both ends of the name.
  std::string_view parts[2] = {std::string_view(lower).substr(0, space),
                               std::string_view(lower).substr(lower.rfind(' ') + 1)};
  for (std::string_view part : parts) {
    auto ends = [&](std::string_view tail) {
      return part.size() > tail.size() + 2 && part.substr(part.size() - tail.size()) == tail;
    };
    if (ends("ova") || ends("eva") || ends("yeva") || ends("ina") || ends("aya") || ends("kyzy")) {
      return NameGender::kFemale;
    }
    if (ends("ov") || ends("ev") || ends("in") || ends("uly") || ends("sky") || ends("ich")) {
      return NameGender::kMale;
    }
  }
  return NameGender::kUnknown;
}

bool GenderAgrees(std::string_view pronoun, std::string_view name) {
  const NameGender gender = GenderOf(name);
  const bool male = pronoun == "he" || pronoun == "him" || pronoun == "his" || pronoun == "himself";
  const bool female =
      pronoun == "she" || pronoun == "her" || pronoun == "hers" || pronoun == "herself";
  return !((male && gender == NameGender::kFemale) || (female && gender == NameGender::kMale));
}

// Words a subjectless profile fragment may open with before its trigger.
bool IsFragmentWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "in",   "on",  "since", "from",  "at",  "until", "to",    "the",    "a",   "an",
      "also", "and", "then",  "later", "was", "is",    "were",  "has",    "had", "have",
      "been", "he",  "she",   "till",  "of",  "year",  "years", "between"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

SentenceMatcher::SentenceMatcher(const FactContext& context, const SentenceView& view,
                                 Discourse* discourse, std::vector<FoundFact>* out)
    : context_(context), view_(view), discourse_(discourse), out_(out) {}

bool SentenceMatcher::IsTime(int i) const {
  return i >= 0 && i < size() && unit(i).kind == UnitKind::kTime &&
         context_.time(unit(i).time).kind == TimeKind::kDate;
}

int SentenceMatcher::SkipQuoteMarks(int i) const {
  while (i < size() && IsQuoteMark(i)) ++i;
  return i;
}

int SentenceMatcher::SkipDeterminers(int i) const {
  while (i < size() && (IsQuoteMark(i) || IsAnyWord(i, {"the", "a", "an", "his", "her", "its",
                                                        "their", "our", "my", "this", "that"}))) {
    ++i;
  }
  return i;
}

int SentenceMatcher::ResolvePerson(int i, int exclude) const {
  if (i < 0 || i >= size()) return -1;
  const Unit& u = unit(i);
  // Whether the sentence names the pronoun's referent (asked only for pronouns).
  auto referent_here = [&] {
    for (int j = 0; j < size(); ++j) {
      if (j != i && IsEntity(j) && unit(j).entity == u.entity) return true;
    }
    return false;
  };
  if (u.kind == UnitKind::kEntity && u.reference && IsThirdPersonPronoun(u.lower) &&
      !referent_here()) {
    // A pronoun whose referent the sentence never names takes the person it
    // does name before it: "George W. Bush, who signed ..., and his wife".
    for (int j = i - 1; j >= 0; --j) {
      const Unit& v = unit(j);
      if (v.quote != u.quote || v.kind != UnitKind::kEntity || v.reference) continue;
      if (context_.entity(v.entity).type == EntityType::kPerson && v.entity != exclude &&
          GenderAgrees(u.lower, context_.entity(v.entity).name)) {
        return v.entity;
      }
    }
  }
  if (u.kind == UnitKind::kEntity) return u.entity;
  std::string_view w = Word(i);
  if (w.empty()) return -1;
  if (IsFirstPersonPronoun(w)) {
    int speaker = u.quote >= 0 ? context_.QuoteSpeaker(u.quote) : discourse_->statement_speaker;
    return speaker == exclude ? -1 : speaker;
  }
  if (!IsThirdPersonPronoun(w)) return -1;
  // The nearest person named before the pronoun, in the same quotation (or outside any).
  for (int j = i - 1; j >= 0; --j) {
    const Unit& v = unit(j);
    if (v.quote != u.quote) continue;
    if (v.kind == UnitKind::kEntity && context_.entity(v.entity).type == EntityType::kPerson &&
        v.entity != exclude && GenderAgrees(w, context_.entity(v.entity).name)) {
      return v.entity;
    }
  }
  int candidate = -1;
  if (u.quote >= 0) {
    if (discourse_->quote == u.quote) candidate = discourse_->last_in_quote;
  } else {
    candidate = discourse_->last_person;
  }
  if (candidate < 0 || candidate == exclude || !GenderAgrees(w, context_.entity(candidate).name)) {
    return -1;
  }
  return candidate;
}

bool SentenceMatcher::SubjectAllowed(int entity, SubjectPolicy policy) const {
  if (entity < 0) return false;
  EntityType type = context_.entity(entity).type;
  if (type == EntityType::kPerson) return true;
  return policy == SubjectPolicy::kPersonOrOrg &&
         (type == EntityType::kOrganization || type == EntityType::kOther);
}

int SentenceMatcher::ParenthesisOpen(int i) const {
  int depth = 0;
  for (int j = i - 1; j >= 0; --j) {
    if (IsPunct(j, ")")) ++depth;
    if (IsPunct(j, "(")) {
      if (depth == 0) return j;
      --depth;
    }
  }
  return -1;
}

bool SentenceMatcher::IsFragmentPrefix(int end) const {
  for (int j = 0; j < end; ++j) {
    const Unit& u = unit(j);
    if (u.kind == UnitKind::kTime || u.kind == UnitKind::kNumber || u.kind == UnitKind::kPunct) {
      continue;
    }
    if (u.kind == UnitKind::kWord && IsFragmentWord(u.lower)) continue;
    return false;
  }
  return true;
}

bool SentenceMatcher::IsOblique(int j) const {
  // "from radio "RIK"", "of the company X": a preposition up to two words before.
  int k = j - 1;
  while (k >= 0 && IsQuoteMark(k)) --k;
  for (int words = 0; k >= 0 && words < 3; --k, ++words) {
    const std::string_view w = Word(k);
    if (w.empty() || unit(k).capitalized) return false;
    if (IsPreposition(w)) return w != "by";
  }
  return false;
}

int SentenceMatcher::OpeningNameBefore(int open) const {
  if (open < 4 || open > 24 || !IsPunct(open - 1, ",") || !IsEntity(0) || unit(0).reference ||
      context_.entity(unit(0).entity).type != EntityType::kPerson) {
    return -1;
  }
  // The name: the entity, then at most a few particles and names ("y García del Rivero").
  int c = 1;
  while (c < open && c < 5 && !IsPunct(c, ",") &&
         (IsEntity(c) || IsAnyWord(c, {"y", "de", "del", "da", "van", "von", "bin", "ibn"}))) {
    ++c;
  }
  if (!IsPunct(c, ",") || c + 1 >= open - 1) return -1;
  for (int j = c + 1; j < open; ++j) {
    if (IsTime(j) || IsPunct(j, "(") || IsPunct(j, ")") ||
        IsAnyWord(j, {"who", "which", "that", "and", "is", "was", "said"})) {
      return -1;
    }
  }
  return unit(0).entity;
}

int SentenceMatcher::SubjectBefore(int trigger, SubjectPolicy policy) const {
  const int open = ParenthesisOpen(trigger);
  for (int j = trigger - 1; j >= 0; --j) {
    if (j == open) {
      // Inside "(...)" with no subject of its own: the entity the parenthesis follows.
      // ("Paul Desmarais Jr. (born": an abbreviation's dot; "X, OBE (": a
      // post-nominal after a comma.)
      if (const int head = OpeningNameBefore(open); head >= 0) {
        return SubjectAllowed(head, policy) ? head : -1;
      }
      int k = open - 1;
      while (k >= 0 && (IsQuoteMark(k) || IsPunct(k, ",") || IsPunct(k, "."))) --k;
      if (k >= 2 && unit(k).kind == UnitKind::kWord && unit(k).capitalized && IsPunct(k - 1, ",") &&
          IsEntity(k - 2)) {
        k -= 2;
      }
      int e = IsEntity(k) ? ResolvePerson(k) : -1;
      return SubjectAllowed(e, policy) ? e : -1;
    }
    if (IsPunct(j, ")")) {
      int depth = 1;
      while (--j >= 0 && depth > 0) {
        if (IsPunct(j, ")")) ++depth;
        if (IsPunct(j, "(")) --depth;
      }
      ++j;  // the loop's --j lands before "("
      // "X, Commendatore OSSI, (born 1953) is": the name the titles follow.
      if (const int head = OpeningNameBefore(j); head >= 0 && SubjectAllowed(head, policy)) {
        return head;
      }
      continue;
    }
    // "X (Kazakh: ...; born 1948)": a ";" inside the parenthesis ends no clause.
    if (IsPunct(j, ";") && open < 0) return -1;
    // "Zhakenov, who founded the Free Choice party, denied": the clause
    // closed by this comma is the antecedent's, whose name is the subject.
    if (IsPunct(j, ",")) {
      for (int k = j - 1; k >= 2 && k > j - 16; --k) {
        if (IsPunct(k, ",") || IsPunct(k, ".") || IsPunct(k, ";")) break;
        if (IsAnyWord(k, {"who", "which"}) && IsPunct(k - 1, ",") && IsEntity(k - 2)) {
          j = k - 1;  // the loop's --j lands on the antecedent
          break;
        }
      }
      continue;
    }
    const Unit& u = unit(j);
    std::string_view w = Word(j);
    // "Elwood C. Buchanan, Sr was": a generational suffix the tagger took
    // for a name of its own stands for the name before its comma.
    if (u.kind == UnitKind::kEntity && !u.reference && IsPunct(j - 1, ",") && IsEntity(j - 2) &&
        (u.lower == "sr" || u.lower == "sr." || u.lower == "jr" || u.lower == "jr.")) {
      --j;  // the loop's --j lands on the name
      continue;
    }
    const bool subject_pronoun = w == "he" || w == "she" || w == "i";
    if (u.kind == UnitKind::kEntity || subject_pronoun) {
      const bool oblique = IsOblique(j);
      if (!u.possessive && !oblique) {
        int e = ResolvePerson(j);
        if (SubjectAllowed(e, policy)) return e;
      }
    }
    // "the things she had come to believe — from Obama being a founder": a
    // nominative pronoun is its clause's subject even when it names no one allowed.
    if (IsNominativePronoun(u.lower) && (u.kind == UnitKind::kWord || u.reference)) return -1;
    // "an economy that works for everyone": a relative clause on a common noun.
    if (w == "that" && j > 0 && unit(j - 1).kind == UnitKind::kWord && !unit(j - 1).capitalized &&
        !IsReportingVerb(Word(j - 1)) && !IsAuxiliary(Word(j - 1)) && !IsAdverb(Word(j - 1)) &&
        !IsPreposition(Word(j - 1)) && !Word(j - 1).ends_with("ed") &&
        !IsAnyWord(j - 1, {"so",    "now",     "and",      "but",   "such",   "denies",
                           "deny",  "believe", "believes", "think", "thinks", "know",
                           "knows", "hope",    "hopes",    "show",  "shows",  "mean",
                           "means", "suggest", "suggests", "say",   "learn",  "realize",
                           "find",  "finds",   "found",    "admit", "argue",  "fear",
                           "fears", "insist",  "feel",     "feels", "proves", "prove"})) {
      return -1;
    }
    // "X said that the lobbyist works ...": the clause after "that" has its own subject.
    if (w == "that" &&
        (IsReportingVerb(Word(j - 1)) || (IsPunct(j - 1, ",") && IsReportingVerb(Word(j - 2))))) {
      return -1;
    }
    if (w == "who" || w == "which") {
      int k = j - 1;
      while (k >= 0 && (IsPunct(k, ",") || IsPunct(k, "(") || IsQuoteMark(k))) --k;
      if (IsEntity(k)) {
        int e = ResolvePerson(k);
        if (SubjectAllowed(e, policy)) return e;
      }
      // "X is the person who manages ...": a predicate noun's clause is about X.
      int d = k;
      while (d >= 0 && d > k - 3 && unit(d).kind == UnitKind::kWord && !unit(d).capitalized &&
             !IsAnyWord(d, {"the", "a", "an"})) {
        --d;
      }
      // "X, an economist who served as": an apposition's clause is about X too.
      const bool predicate_noun =
          IsAnyWord(d, {"the", "a", "an"}) &&
          (IsAnyWord(d - 1, {"is", "was", "are", "were", "remains", "became"}) ||
           (IsPunct(d - 1, ",") && IsEntity(d - 2)));
      if (!predicate_noun) {
        // "the legislation which authorized ...": the antecedent is no entity.
        return -1;
      }
    }
  }
  // Only a profile page has subjectless lines about its person; in news,
  // "Members of the Caucus held ..." is about no one named.
  if (open < 0 && discourse_->profile_subject >= 0 && IsFragmentPrefix(trigger) &&
      unit(trigger).quote < 0) {
    return discourse_->last_person;
  }
  return -1;
}

bool SentenceMatcher::CommonNounBefore(int verb) const {
  int k = verb - 1;
  while (k >= 0 && (IsAuxiliary(Word(k)) || IsAdverb(Word(k)))) --k;
  if (k < 0 || unit(k).kind != UnitKind::kWord || unit(k).capitalized) return false;
  const std::string_view w = Word(k);
  if (w == "to" || IsNominativePronoun(w) || IsPreposition(w) || IsReportingVerb(w)) return false;
  // "who in those years headed": a noun inside an adverbial phrase.
  if (IsPreposition(Word(k - 1)) ||
      (IsAnyWord(k - 1, {"the", "those", "these", "that", "this", "a", "an", "his", "her", "its",
                         "their", "some", "all", "several", "recent"}) &&
       IsPreposition(Word(k - 2)))) {
    return false;
  }
  static constexpr std::string_view kFunctionWords[] = {
      "and", "or",   "but", "who",  "which", "that", "then", "also", "where", "when", "him",
      "her", "them", "it",  "they", "we",    "you",  "nor",  "whom", "whose", "so",   "a",
      "an",  "the",  "his", "its",  "their", "my",   "our",  "this", "these", "those"};
  return std::find(std::begin(kFunctionWords), std::end(kFunctionWords), w) ==
         std::end(kFunctionWords);
}

int SentenceMatcher::VerbSubject(int verb, SubjectPolicy policy) const {
  if (CommonNounBefore(verb)) return -1;
  return SubjectBefore(verb, policy);
}

std::string SentenceMatcher::TextOf(int begin, int end) const {
  if (begin >= end) return {};
  return std::string(context_.Text({unit(begin).span.start, unit(end - 1).span.end}));
}

FactObject EntityObject(const FactContext& context, int entity) {
  return {context.entity(entity).id, true, entity};
}

void DropUnclaimedNegations(std::vector<FoundFact>& found, size_t first) {
  found.erase(std::remove_if(found.begin() + static_cast<std::ptrdiff_t>(first), found.end(),
                             [](const FoundFact& f) { return f.fact.subject.empty(); }),
              found.end());
}

}  // namespace dossier::internal
