// The fact patterns' shared reader of one sentence (SentenceMatcher):
// finding a clause's subject, resolving pronouns, reading an object phrase
// as an entity or a literal, attaching a time, emitting a fact; and what the
// reader remembers between sentences (Discourse).
//
// Internal to extract/facts*.cc. Not thread-safe per instance; build one
// SentenceMatcher per sentence.
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_H_

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/facts/fact.h"
#include "extract/facts/internal/fact_lexicon_en.h"  // InWordList
#include "extract/facts/internal/fact_sentence.h"

namespace dossier::internal {

// What the reader remembers from sentence to sentence, to resolve pronouns
// and subjectless profile lines.
struct Discourse {
  int profile_subject = -1;    // the person the page is about (its first heading), -1 if none
  int last_person = -1;        // most recent person subject outside quotations
  int quote = -1;              // the quotation last_in_quote belongs to
  int last_in_quote = -1;      // most recent person named inside that quotation
  int statement_speaker = -1;  // author of first-person text outside quotes, -1 if unknown
  // The person or organization whose statement the passages under the last
  // heading are ("Statement of Dala Media Group"; not an interview, whose
  // narration is the journalist's): their claims. -1 when none.
  int statement_author = -1;
  // The date the sentence before opened with ("In 2004, ..."), a time index;
  // -1 when none. Events of the next sentence without a date of their own
  // start then (SentenceMatcher::Emit with TimeUse::kStart).
  int previous_time = -1;
};

// A fact found in a sentence, before attribution.
struct FoundFact {
  Fact fact;
  int trigger = 0;              // index of the unit stating it
  uint32_t trigger_offset = 0;  // its byte offset, to order facts within a sentence
};

// How a fact uses the time found near its trigger.
enum class TimeUse {
  kNone,    // no period
  kDuring,  // the fact holds over the time: from and to
  kStart,   // the fact begins at the time ("moved", "became"): from only
  kEnd,     // the fact ends at the time ("graduated in 1979"): to only
};

// An object: an entity, or a literal as written.
struct FactObject {
  std::string value;
  bool is_entity = false;
  int entity = -1;
};

// What an object phrase may be read as.
enum class ObjectPolicy {
  kOrganization,  // an entity that is no person, or a literal with a capital letter
  kInstitution,   // as kOrganization, or a literal naming a kind of school
  kPlace,         // a location entity, else an entity that is no person, or a capitalized literal
  kPerson,        // an entity of any type but location, or a capitalized literal name
  kAny,           // any entity, or a capitalized literal
};

// Subjects a predicate accepts.
enum class SubjectPolicy {
  kPerson,       // person entities (and pronouns resolved to them)
  kPersonOrOrg,  // person or organization entities
};

// One sentence being read: the patterns' shared helpers and the output.
class SentenceMatcher {
 public:
  SentenceMatcher(const FactContext& context, const SentenceView& view, Discourse* discourse,
                  std::vector<FoundFact>* out);

  const FactContext& context() const { return context_; }
  const SentenceView& view() const { return view_; }
  Discourse& discourse() { return *discourse_; }
  int size() const { return view_.size(); }
  const Unit& unit(int i) const { return view_.units[i]; }
  // How many facts the output holds so far, and the k-th of them.
  size_t found_count() const { return out_->size(); }
  const FoundFact& found(size_t k) const { return (*out_)[k]; }

  // The word tests below are inline: the patterns ask them of every unit of
  // every sentence, and inlined, a list of literals compiles to a few
  // compares of lengths and first bytes.
  //
  // The lower-case word at i; "" when i is out of range or the unit is an entity or time.
  std::string_view Word(int i) const {
    if (i < 0 || i >= size()) return {};
    const Unit& u = unit(i);
    if (u.kind != UnitKind::kWord && u.kind != UnitKind::kNumber) return {};
    return u.lower;
  }
  bool IsWord(int i, std::string_view word) const { return Word(i) == word; }
  bool IsAnyWord(int i, std::initializer_list<std::string_view> words) const {
    const std::string_view w = Word(i);
    return !w.empty() && InWordList(words.begin(), words.end(), w);
  }
  // Punctuation: ",", "(", ... Dashes ("-", "–", "—") answer IsDash().
  bool IsPunct(int i, std::string_view mark) const {
    return i >= 0 && i < size() && unit(i).kind == UnitKind::kPunct && unit(i).lower == mark;
  }
  bool IsDash(int i) const { return i >= 0 && i < size() && unit(i).dash; }
  // Opening or closing quotation mark.
  bool IsQuoteMark(int i) const { return i >= 0 && i < size() && unit(i).quote_mark; }
  bool IsEntity(int i) const { return i >= 0 && i < size() && unit(i).kind == UnitKind::kEntity; }
  bool IsTime(int i) const;
  // Index of the first unit at or after i that is no quotation mark.
  int SkipQuoteMarks(int i) const;
  // Index of the first unit at or after i that is no article, possessive
  // pronoun or quotation mark.
  int SkipDeterminers(int i) const;

  // The entity a unit names for a subject or object: an entity unit's
  // entity; a pronoun resolved ("I" to the quotation's speaker, "he" to the
  // nearest person before it in the sentence, else the last person
  // subject); -1 when none. `exclude` is skipped when resolving pronouns.
  int ResolvePerson(int i, int exclude = -1) const;

  // Returns whether `entity` may be a subject under `policy`.
  bool SubjectAllowed(int entity, SubjectPolicy policy) const;

  // The subject of the clause that `trigger` is in: the nearest entity (or
  // pronoun) to the left allowed by `policy` that is no possessive and not
  // the object of a preposition; inside parentheses, the entity the
  // parenthesis follows; through "who"/"which", the antecedent. For a
  // subjectless profile fragment ("Head of the bureau.", "In 1979 graduated
  // from ..."), the discourse's current person. -1 when none.
  int SubjectBefore(int trigger, SubjectPolicy policy) const;

  // The person whose name opens the sentence when the "(" at `open` comes
  // right after a comma closing that name's apposition of titles: "Fatih
  // Terim, Commendatore OSSI, T.C, (born 1953)", "Don Raimundo Villaverde y
  // García, iure uxoris Marquis of Pozo Rubio, (1848 – 1905)"; -1 when the
  // sentence opens otherwise or a date, a parenthesis or a clause word
  // comes between.
  int OpeningNameBefore(int open) const;

  // Whether the word the verb at `verb` follows (auxiliaries and adverbs
  // skipped) is a lower-case common noun, its own subject: "how many lawyers
  // work at", "his mother was born in".
  bool CommonNounBefore(int verb) const;
  // The subject of a verb: -1 when CommonNounBefore(), else SubjectBefore().
  int VerbSubject(int verb, SubjectPolicy policy) const;

  // The units [begin, end) of the noun phrase starting at `begin`: up to
  // punctuation that ends it, a time, a clause word ("who", "which"), a
  // preposition after the first word, or a person entity after other words.
  // end == begin when there is none.
  std::pair<int, int> Phrase(int begin) const;
  // Reads units [begin, end) as an object under `policy`; nullopt when the
  // phrase names nothing specific (no entity, no capital letter).
  std::optional<FactObject> ObjectOf(int begin, int end, ObjectPolicy policy) const;
  // Phrase() then ObjectOf().
  std::optional<FactObject> ObjectAt(int begin, ObjectPolicy policy) const;
  // The entity objects of a list "A, B and C" starting at `begin` (entities
  // only); empty when the unit at begin is no entity.
  std::vector<int> EntityList(int begin) const;

  // The index of the date time unit that a fact stated at `trigger` takes:
  // in the same comma-delimited segment (parentheses skipped), nearest
  // first, else a time opening the sentence ("In 2002, ..."); -1 when none.
  int TimeFor(int trigger) const;

  // Appends a fact and returns it (valid until the next Emit), or nullptr
  // when there is no subject or object or they are the same entity.
  // `time_unit` (a kTime unit or -1) sets from/to per `use`. The evidence
  // is the sentence.
  Fact* Emit(int trigger, int subject, std::string_view predicate, const FactObject& object,
             std::string_view role = {}, int time_unit = -1, TimeUse use = TimeUse::kNone);

  // Whether the unit at j is a preposition's object ("from radio RIK",
  // "seen by the Steppe Herald"): a preposition up to three words before.
  bool IsOblique(int j) const;

  // Whether any unit of the sentence is a date.
  bool SentenceHasDate() const;
  // The time index (into FactContext::time) of a date opening the sentence
  // ("In 2004, ..."); -1 when none.
  int OpeningDate() const;

  // The text of units [begin, end) as written.
  std::string TextOf(int begin, int end) const;

 private:
  bool IsFragmentPrefix(int end) const;
  // Whether a capitalized word follows unit k, directly or after "and"
  // and another capitalized unit: the name at k runs on ("U.N. Women").
  bool ContinuesName(int k) const;
  int ParenthesisOpen(int i) const;

  const FactContext& context_;
  const SentenceView& view_;
  Discourse* discourse_;
  std::vector<FoundFact>* out_;
};

// Removes from found[first...] the facts their attribution emptied the
// subject of: negations the text states on its own ("X was not
// appointed"), which record no one's claim.
void DropUnclaimedNegations(std::vector<FoundFact>& found, size_t first);

// An entity as a fact object.
FactObject EntityObject(const FactContext& context, int entity);

// Whether unit i names a person by name: a person entity that is no
// reference and follows no article or possessive determiner ("a Knight
// Commander of", "the Brownlow Medal", "Our Lady of": titles and things the
// tagger typed as persons).
bool IsNamedPerson(const SentenceMatcher& m, int i);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_MATCHER_H_
