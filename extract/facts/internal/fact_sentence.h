// The facts extractor's view of one sentence: its tokens with every entity
// mention (or reference) and every time mention folded into one unit, each
// unit knowing the quotation it sits in; and the document-wide indexes that
// build it (FactContext). The helpers that read a view live in
// fact_matcher.h.
//
// Internal to extract/facts*.cc. Not thread-safe per instance; build one
// FactContext per document.
#ifndef DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_SENTENCE_H_
#define DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_SENTENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/facts/fact.h"
#include "extract/facts/internal/case_parties.h"
#include "extract/facts/internal/organization_kinds.h"
#include "extract/ner/entities.h"
#include "extract/quotes/quote.h"
#include "extract/time/time_money.h"
#include "text/document.h"

namespace dossier::internal {

enum class UnitKind { kWord, kNumber, kPunct, kEntity, kTime };

struct Unit {
  UnitKind kind = UnitKind::kWord;
  Span span;
  std::string lower;         // the text in ASCII lower case
  bool capitalized = false;  // the first byte is an ASCII capital or the text is not ASCII
  int entity = -1;           // kEntity: index into the entities
  bool reference = false;    // kEntity: from Entity::references ("he", "the businessman")
  bool possessive = false;   // kEntity: followed by "'s" (consumed)
  int time = -1;             // kTime: index into the times
  int quote = -1;            // index of the quotation holding the unit, -1 outside quotes
  bool dash = false;         // kPunct: "-", "–", "—" or "‒"
  bool quote_mark = false;   // kPunct: an opening or closing quotation mark
};

struct SentenceView {
  int sentence = -1;
  int passage = -1;
  Span span;
  std::vector<Unit> units;
  int size() const { return static_cast<int>(units.size()); }
};

// The document-wide indexes: mentions, references, times and quotations by
// offset, entity ids and types.
class FactContext {
 public:
  // All arguments must outlive the context.
  FactContext(const NormalizedDocument& doc, const std::vector<Entity>& entities,
              const std::vector<TimeMention>& times, const std::vector<Quote>& quotes);

  // The units of doc.sentences[sentence], which lies in doc.passages[passage].
  SentenceView View(int sentence, int passage) const;

  std::string_view Text(Span span) const;
  const NormalizedDocument& doc() const { return doc_; }
  const Entity& entity(int index) const { return entities_[index]; }
  int entity_count() const { return static_cast<int>(entities_.size()); }
  const TimeMention& time(int index) const { return times_[index]; }
  const Quote& quote(int index) const { return quotes_[index]; }
  // The entity index of a quotation's speaker; -1 when unknown.
  int QuoteSpeaker(int quote) const;
  // The entity (no person) whose name or an alias equals `text` ignoring
  // ASCII case: "foreign bureau" names "Foreign Bureau"; -1 when none.
  int EntityNamed(std::string_view text) const;
  // The organization a generic noun ("agency", "the station", "станцией",
  // "радиостанцияны") most likely means at offset `before`: the latest
  // organization mention known by the noun's kind (organization_kinds.h:
  // by its names or the noun written beside a mention, "радио «Сарыарка»")
  // within the four passages up to `before` when the noun is `definite`
  // ("the station", "эту станцию"), else within the passage holding
  // `before` and the one before it (Russian and Kazakh write no article,
  // and "основал компанию" may bring in a new one); for a noun of no kind
  // ("fund"), the latest non-person mention in those two passages whose
  // name holds the noun or that the noun directly precedes. -1 when none.
  int RecentOrganization(uint32_t before, std::string_view noun, bool definite = true) const;
  // What entity `index` is known as (organization_kinds.h); 0 for persons
  // and places.
  OrganizationKinds KindsOf(int index) const { return kinds_[index]; }
  // The party of the document's court case a noun names ("claimant",
  // "ответчик": case_parties.h); -1 when none.
  int Party(std::string_view word) const { return PartyNamed(parties_, word); }
  // The location entity naming a country ("Kazakhstan", "U.S.") that holds
  // at least three quarters of the document's country mentions; -1 when none.
  int DominantCountry() const { return dominant_country_; }
  // The person entity whose full name ends in `word` ("Thurman", with or
  // without "'s"), the only one of the document to; -1 when none or two.
  int PersonBySurname(std::string_view word) const;
  // Whether the entity is an organization, or bears the name of one the
  // document typed an organization elsewhere ("Labor" typed OTHER in one
  // sentence and ORGANIZATION in another).
  bool TypedOrganizationElsewhere(int entity) const;

 private:
  struct Mention {
    Span span;
    int entity;
    bool reference;
  };
  struct QuotePart {
    Span span;
    int quote;
  };
  const NormalizedDocument& doc_;
  const std::vector<Entity>& entities_;
  const std::vector<TimeMention>& times_;
  const std::vector<Quote>& quotes_;
  std::vector<Mention> mentions_;  // sorted by start; references too
  std::vector<int> time_order_;    // indexes of date-like times, sorted by start
  std::vector<QuotePart> quote_parts_;
  std::vector<OrganizationKinds> kinds_;  // per entity: what it is known as
  CaseParties parties_;
  int dominant_country_ = -1;
  std::unordered_map<std::string, int> surnames_;  // lower-case surname -> entity, -1 if shared
  std::unordered_set<std::string> organization_names_;  // lower-case names typed ORGANIZATION
};

// The ISO date of a time at its precision: "1961-11-23", "1961-11" or
// "1961"; empty when it has no start.
std::string DateAtPrecision(const TimeMention& time);

}  // namespace dossier::internal

#endif  // DOSSIER_EXTRACT_FACTS_INTERNAL_FACT_SENTENCE_H_
