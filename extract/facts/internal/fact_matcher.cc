// The sentence matcher: the helpers the fact patterns share to read one
// sentence's units (subjects, pronouns, object phrases, times) and emit facts.
#include "extract/facts/internal/fact_matcher.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"

namespace dossier::internal {
namespace {

// Words that end an object phrase once it has content.
bool EndsPhrase(std::string_view word) {
  static constexpr std::string_view kStops[] = {
      "who",    "which",   "that",    "where", "when",   "since", "until",   "after",
      "before", "because", "while",   "as",    "from",   "with",  "for",     "by",
      "to",     "in",      "at",      "on",    "during", "under", "through", "via",
      "about",  "against", "is",      "was",   "were",   "are",   "has",     "had",
      "have",   "will",    "would",   "whose", "but",    "if",    "then",    "than",
      "whom",   "into",    "between", "among", "also",   "later", "now",     "currently"};
  return std::find(std::begin(kStops), std::end(kStops), word) != std::end(kStops) ||
         IsReportingVerb(word);
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" ||
         w == "their" || w == "our" || w == "my";
}

// Company forms written before a name ("LLP "Steppe Media"", "TOO "Dala""),
// by the lower-cased word. "too" and "ao" are English words as well: the
// caller takes them only when written with a capital.
bool IsCompanyForm(std::string_view lower) {
  static constexpr std::string_view kForms[] = {"llp",  "llc", "jsc",  "ojsc", "cjsc", "ltd",
                                                "plc",  "too", "ao",   "ooo",  "zao",  "oao",
                                                "pjsc", "inc", "gmbh", "ag"};
  return std::find(std::begin(kForms), std::end(kForms), lower) != std::end(kForms);
}

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

std::string_view SentenceMatcher::Word(int i) const {
  if (i < 0 || i >= size()) return {};
  const Unit& u = unit(i);
  if (u.kind != UnitKind::kWord && u.kind != UnitKind::kNumber) return {};
  return u.lower;
}

bool SentenceMatcher::IsAnyWord(int i, std::initializer_list<std::string_view> words) const {
  std::string_view w = Word(i);
  if (w.empty()) return false;
  return std::find(words.begin(), words.end(), w) != words.end();
}

bool SentenceMatcher::IsPunct(int i, std::string_view mark) const {
  return i >= 0 && i < size() && unit(i).kind == UnitKind::kPunct && unit(i).lower == mark;
}

bool SentenceMatcher::IsDash(int i) const { return i >= 0 && i < size() && unit(i).dash; }

bool SentenceMatcher::IsQuoteMark(int i) const {
  return i >= 0 && i < size() && unit(i).quote_mark;
}

bool SentenceMatcher::IsEntity(int i) const {
  return i >= 0 && i < size() && unit(i).kind == UnitKind::kEntity;
}

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

int SentenceMatcher::SubjectBefore(int trigger, SubjectPolicy policy) const {
  const int open = ParenthesisOpen(trigger);
  for (int j = trigger - 1; j >= 0; --j) {
    if (j == open) {
      // Inside "(...)" with no subject of its own: the entity the parenthesis follows.
      // ("Paul Desmarais Jr. (born": an abbreviation's dot; "X, OBE (": a
      // post-nominal after a comma.)
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
      continue;
    }
    // "X (Kazakh: ...; born 1948)": a ";" inside the parenthesis ends no clause.
    if (IsPunct(j, ";") && open < 0) return -1;
    const Unit& u = unit(j);
    std::string_view w = Word(j);
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

bool SentenceMatcher::ContinuesName(int k) const {
  auto capital_word = [&](int j) {
    return j < size() && unit(j).kind == UnitKind::kWord && unit(j).capitalized;
  };
  if (capital_word(k + 1)) return true;
  if (!IsAnyWord(k + 1, {"and", "&"}) || k + 2 >= size() || !unit(k + 2).capitalized ||
      unit(k + 2).kind == UnitKind::kPunct) {
    return false;
  }
  // "Iraq and Afghanistan Veterans of America": a place joined to an
  // organization's name is part of it.
  return capital_word(k + 3) ||
         (IsEntity(k) && IsEntity(k + 2) &&
          context_.entity(unit(k).entity).type == EntityType::kLocation &&
          context_.entity(unit(k + 2).entity).type == EntityType::kOrganization);
}

std::pair<int, int> SentenceMatcher::Phrase(int begin) const {
  int i = begin;
  bool content = false;
  bool has_entity = false;
  bool after_of = false;
  bool in_quotes = false;  // inside a quoted name: "For a Just Kazakhstan"
  while (i < size() && i - begin < 16) {
    const Unit& u = unit(i);
    if (u.kind == UnitKind::kTime) break;
    if (u.kind == UnitKind::kPunct) {
      if (IsQuoteMark(i)) {
        in_quotes = !in_quotes && i + 1 < size() && unit(i + 1).capitalized;
        ++i;
        continue;
      }
      if (u.lower == "&" || u.lower == "/") {
        ++i;
        continue;
      }
      // "No. 120": a period before a number inside the sentence.
      if (u.lower == "." && i + 1 < size() && unit(i + 1).kind == UnitKind::kNumber) {
        ++i;
        continue;
      }
      break;
    }
    if (u.kind == UnitKind::kEntity) {
      if (u.reference) break;
      // "the chairman of the party "Ak Zhol" Alikhan Baimenov": a person after the name ends it.
      if (content && !after_of && !in_quotes &&
          context_.entity(u.entity).type == EntityType::kPerson) {
        break;
      }
      has_entity = true;
      content = true;
      after_of = false;
      ++i;
      continue;
    }
    const std::string_view w = u.lower;
    if (in_quotes) {
      content = true;
      ++i;
      continue;
    }
    if (EndsPhrase(w)) break;
    if (content && (w == "and" || w == "or")) {
      // "TV and radio company": a lower-case continuation before any name;
      // "Iraq and Afghanistan Veterans": one name running on.
      if (has_entity && ContinuesName(i - 1)) {
        ++i;
        continue;
      }
      if (has_entity || i + 1 >= size() || unit(i + 1).kind != UnitKind::kWord ||
          unit(i + 1).capitalized || Word(i + 1) == "the" || IsThirdPersonPronoun(Word(i + 1))) {
        break;
      }
    }
    after_of = w == "of";
    if (!IsDeterminer(w)) content = true;
    ++i;
  }
  // Never end on "of", "and" or an article.
  while (i > begin && IsAnyWord(i - 1, {"of", "and", "or", "the", "a", "an"})) --i;
  return {begin, i};
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

bool IsNamedPerson(const SentenceMatcher& m, int i) {
  if (!m.IsEntity(i) || m.unit(i).reference ||
      m.context().entity(m.unit(i).entity).type != EntityType::kPerson) {
    return false;
  }
  if (IsDeterminer(m.Word(i - 1)) || m.IsAnyWord(i - 1, {"this", "that", "these", "those"})) {
    return false;
  }
  const std::string_view first = m.unit(i).lower;
  return !first.starts_with("our ") && !first.starts_with("the ") && !first.starts_with("my ");
}

std::optional<FactObject> SentenceMatcher::ObjectOf(int begin, int end, ObjectPolicy policy) const {
  int b = SkipDeterminers(begin);
  // "Rakhat's "Sugar Center"": a possessor is no part of the object.
  while (b < end && IsEntity(b) && unit(b).possessive) b = SkipDeterminers(b + 1);
  // "LLP "Telefactory Dala"": the company form before the name.
  if (b < end && IsCompanyForm(unit(b).lower) &&
      (unit(b).capitalized || (unit(b).lower != "too" && unit(b).lower != "ao")) &&
      IsEntity(SkipQuoteMarks(b + 1)) && SkipQuoteMarks(b + 1) < end) {
    b = SkipQuoteMarks(b + 1);
  }
  int e = end;
  int marks = 0;
  for (int k = b; k < end; ++k) marks += IsQuoteMark(k);
  while (e > b && unit(e - 1).kind == UnitKind::kPunct) {
    // A closing mark stays when it balances an opening one: "movement "For a Just Kazakhstan"".
    if (IsQuoteMark(e - 1) && marks % 2 == 0 && marks > 1) break;
    marks -= IsQuoteMark(e - 1);
    --e;
  }
  if (b >= e) return std::nullopt;
  if (IsFirstPersonPronoun(Word(b)) || IsThirdPersonPronoun(Word(b)) ||
      IsAnyWord(b, {"it", "they", "we", "them", "us", "you", "this", "these", "those"})) {
    return std::nullopt;
  }
  int first_entity = -1;
  bool of_before = false;
  for (int k = b; k < e; ++k) {
    if (IsEntity(k) && !unit(k).reference) {
      first_entity = k;
      break;
    }
    if (IsWord(k, "of")) of_before = true;
  }
  // The entity is the object when it opens the phrase or follows a descriptor
  // ("the radio company Europe Plus"), not when it sits inside a longer name
  // ("office of the RNPK party", "movement "For a Just Kazakhstan"").
  bool entity_is_head = first_entity >= 0 && !of_before;
  if (entity_is_head) {
    const EntityType type = context_.entity(unit(first_entity).entity).type;
    const bool more_after = first_entity + 1 < e;
    int before = first_entity - 1;
    while (before >= b && IsQuoteMark(before)) --before;
    if (first_entity > b && before >= b &&
        (unit(before).capitalized || IsAnyWord(before, {"a", "an", "for", "to", "in", "and"}))) {
      entity_is_head = false;
    }
    // "North American office", "an Austrian prison": an adjective-like name.
    if (more_after && (type == EntityType::kOther ||
                       (policy == ObjectPolicy::kPlace && type != EntityType::kLocation))) {
      entity_is_head = false;
    }
  }
  // "U.N. Women", "Iraq and Afghanistan Veterans of America": the entity
  // opens a longer name, which is the object as written.
  if (entity_is_head && first_entity + 1 < e && ContinuesName(first_entity)) {
    entity_is_head = false;
  }
  if (entity_is_head) {
    const int entity = unit(first_entity).entity;
    const EntityType type = context_.entity(entity).type;
    if (policy == ObjectPolicy::kPlace && type == EntityType::kPerson) return std::nullopt;
    if (policy == ObjectPolicy::kPerson && type == EntityType::kLocation) return std::nullopt;
    return EntityObject(context_, entity);
  }
  // A literal: something specific, as written.
  bool specific = false;
  int words = 0;
  for (int k = b; k < e; ++k) {
    const Unit& u = unit(k);
    if (u.kind == UnitKind::kPunct) continue;
    ++words;
    if (u.kind == UnitKind::kEntity || (u.capitalized && u.kind == UnitKind::kWord)) {
      specific = true;
    }
    if (policy == ObjectPolicy::kInstitution && IsInstitutionWord(u.lower)) specific = true;
  }
  if (!specific) {
    // "the foreign bureau": a description that spells an entity's name.
    const int named = context_.EntityNamed(TextOf(b, e));
    if (named >= 0) return EntityObject(context_, named);
  }
  if (!specific || words > 10) return std::nullopt;
  if (words == 1 && IsAnyWord(b, {"mr", "mrs", "ms", "dr", "sir", "madam", "president"})) {
    return std::nullopt;  // a title alone names no one
  }
  if (policy == ObjectPolicy::kPerson && !unit(b).capitalized) return std::nullopt;
  while (b < e && IsQuoteMark(b)) ++b;
  return FactObject{TextOf(b, e), false, -1};
}

std::optional<FactObject> SentenceMatcher::ObjectAt(int begin, ObjectPolicy policy) const {
  auto [b, e] = Phrase(begin);
  return ObjectOf(b, e, policy);
}

std::vector<int> SentenceMatcher::EntityList(int begin) const {
  std::vector<int> out;
  int i = SkipDeterminers(begin);
  while (IsEntity(i) && !unit(i).reference) {
    out.push_back(unit(i).entity);
    int next = i + 1;
    next = SkipQuoteMarks(next);
    if (IsPunct(next, ",")) ++next;
    if (IsAnyWord(next, {"and", "or"})) ++next;
    next = SkipDeterminers(next);
    if (next == i + 1 || !IsEntity(next)) break;
    // "owned by A, B said": a name before a verb of saying starts a new clause.
    if (IsReportingVerb(Word(next + 1))) break;
    i = next;
  }
  return out;
}

Fact* SentenceMatcher::Emit(int trigger, int subject, std::string_view predicate,
                            const FactObject& object, std::string_view role, int time_unit,
                            TimeUse use) {
  if (subject < 0 || object.value.empty()) return nullptr;
  if (object.is_entity && object.entity == subject) return nullptr;
  FoundFact found;
  Fact& fact = found.fact;
  fact.subject = context_.entity(subject).id;
  fact.predicate = std::string(predicate);
  fact.object = object.value;
  fact.object_is_entity = object.is_entity;
  fact.role = std::string(role);
  const TimeMention* time = nullptr;
  if (time_unit >= 0 && unit(time_unit).kind == UnitKind::kTime) {
    time = &context_.time(unit(time_unit).time);
  } else if (use == TimeUse::kStart && discourse_->previous_time >= 0 && !SentenceHasDate()) {
    // "In 2004, he was sent abroad. He was appointed ambassador." The event
    // of a sentence without a date follows the date the sentence before opened with.
    time = &context_.time(discourse_->previous_time);
  }
  if (time != nullptr) {
    const TimeMention& t = *time;
    switch (use) {
      case TimeUse::kNone:
        break;
      case TimeUse::kDuring:
        fact.from = t.from;
        fact.to = t.to;
        break;
      case TimeUse::kStart:
        fact.from = t.from;
        break;
      case TimeUse::kEnd:
        fact.to = t.to ? t.to : t.from;
        break;
    }
  }
  fact.evidence = view_.span;
  fact.passage = view_.passage;
  found.trigger = trigger;
  found.trigger_offset = unit(trigger).span.start;
  out_->push_back(std::move(found));
  return &out_->back().fact;
}

}  // namespace dossier::internal
