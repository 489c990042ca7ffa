// SentenceMatcher's reading of object phrases (fact_matcher.h): where a
// noun phrase ends (Phrase), what it names (ObjectOf, ObjectAt), lists of
// entities (EntityList) and whether a unit names a person by name
// (IsNamedPerson). Subjects, pronouns and the rest are in fact_matcher.cc.
#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "extract/facts/internal/fact_lexicon_en.h"
#include "extract/facts/internal/fact_matcher.h"

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

}  // namespace

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
