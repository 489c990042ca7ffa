// Reading a Russian sentence for the fact patterns (fact_*_ru.cc): the
// subject of a verb (before it, or after it in inverted order, agreeing in
// gender with a past-tense verb; a subjectless profile line "Родился …" is
// about the page's person), object phrases up to a preposition or clause
// word, and the role phrases of positions ("генеральный директор",
// "президентом", "бывший глава").
//
// Internal to extract/fact*_ru.cc. Thread-compatible, like SentenceMatcher.
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_RU_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_RU_H_

#include <optional>
#include <string>
#include <utility>

#include "extract/facts/internal/fact_lexicon_ru.h"
#include "extract/facts/internal/fact_matcher.h"

namespace dossier::internal {

// The gender the past-tense verb at unit i shows ("окончила" female).
VerbGender VerbGenderAt(const SentenceMatcher& m, int i);

// Whether entity `entity` may be the subject of a verb of `gender`: not a
// person whose name reads as the other gender.
bool GenderFits(const SentenceMatcher& m, int entity, VerbGender gender);

// The subject of the verb at `trigger`: the nearest entity before it in
// its clause allowed by `policy`, not after a preposition, agreeing with
// `gender` ("он"/"она" resolved through references; "я" inside a quotation
// is its speaker); through "который"/"которая" its antecedent; with
// `inverted`, else the first such entity after the verb in its clause
// ("В 1996 году радио основал Тулегенов"); else, when nothing but times,
// numbers and small words stands before the verb ("Родился …", "В 1984
// году окончил …"), the discourse's current person. -1 when none.
int SubjectRu(SentenceMatcher& m, int trigger, SubjectPolicy policy, VerbGender gender,
              bool inverted = false);

// The date unit a fact stated by the verb at `verb` takes: its clause's
// (SentenceMatcher::TimeFor), else one right after the persons the verb
// names after it ("Компанию основали А, Б и В в 1998 году", whose commas
// part the date from the verb); -1 when none.
int TimeForVerbRu(const SentenceMatcher& m, int verb);

// The units [begin, end) of the object phrase at `begin`: up to
// punctuation (quotation marks and "№" aside), a time, a reference, a
// person after other words, or a preposition or clause word after content.
std::pair<int, int> PhraseRu(const SentenceMatcher& m, int begin);

// The object at `begin` under `policy` (company forms such as "ТОО" before
// a name skipped): an entity or a literal as SentenceMatcher::ObjectOf
// reads it, or for kInstitution a phrase naming a school ("среднюю школу №
// 120"). nullopt when it names nothing. *end, when not null, gets the end
// of the phrase.
std::optional<FactObject> ObjectRu(const SentenceMatcher& m, int begin, ObjectPolicy policy,
                                   int* end = nullptr);

// The organization a verb at `verb` is about ("основал", "владеет",
// "возглавлял"): the object after it, or, when that is a person (the
// subject in inverted order, "основал Тулегенов") or missing, the nearest
// organization before the verb ("Радиостанцию «Сарыарка» основал …").
std::optional<FactObject> OrganizationObjectRu(const SentenceMatcher& m, int verb, int subject);

// The nearest organization (or OTHER) entity before unit i: the subject of
// a passive ("«Дала Медиа» была создана Игильмановым"); -1 when none.
int OrganizationBeforeRu(const SentenceMatcher& m, int i);

// A role phrase: modifiers ("бывший", "генеральный") and a role noun in
// any case ("директором"), with a role noun in the genitive after it
// ("заместитель директора").
struct RolePhraseRu {
  int start = 0;  // first unit, modifiers included
  int end = 0;    // one past the last role word
  RoleKind kind = RoleKind::kPosition;
  std::string role;  // in the nominative: "генеральный директор"
  bool former = false;
  // "заместитель министра финансов": the ministry a minister's field names
  // ("министерство финансов"), the office's object when no organization
  // follows; empty otherwise.
  std::string ministry;
};
std::optional<RolePhraseRu> MatchRolePhraseRu(const SentenceMatcher& m, int i);

// Emits the fact a role states for `holder` about `object`: position (with
// the role), founded, owns, member_of or employed_by by the role's kind.
void EmitRoleRu(SentenceMatcher& m, const RolePhraseRu& role, int holder, const FactObject& object,
                int time_unit, TimeUse use);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_RU_H_
