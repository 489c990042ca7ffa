// A fact the material states about an entity: a dated, sourced triple.
//
// Filled by ExtractFacts() (facts.h); the predicates are the closed list of
// ../shared/contract/extract-json.md (born_on, born_in, died_on, died_in,
// educated_at, position, founded, owns, member_of, employed_by, lives_in,
// moved_to, spouse, former_spouse, parent_of, child_of, sibling_of,
// associate_of, citizen_of, related_to, charged_with, convicted_of,
// sanctioned_by), which may grow.
#ifndef DOSSIER_EXTRACT_FACTS_FACT_H_
#define DOSSIER_EXTRACT_FACTS_FACT_H_

#include <optional>
#include <string>

#include "text/document.h"

namespace dossier {

struct Fact {
  std::string subject;    // entity id
  std::string predicate;  // one of the contract's predicates
  // An entity id when object_is_entity, else a literal: an ISO date for
  // born_on/died_on, a place or institution name when it is no entity.
  std::string object;
  bool object_is_entity = false;
  std::string role;      // position: "President", "General Director"; else empty
  std::string relation;  // related_to: "son-in-law", "nephew"; else empty
  // charged_with, convicted_of, sanctioned_by: the court, prosecutor or body
  // named as acting ("the Almaty court"), as written; else empty.
  std::string authority;
  std::optional<std::string> from;  // inclusive ISO dates of the period the fact holds
  std::optional<std::string> to;
  // Entity id of the speaker when the fact is someone's claim (said inside a
  // quotation, in reported speech, "according to X"); empty when it is the
  // text's own statement.
  std::string according_to;
  // The claim is denied by according_to ("had nothing to do with", "denies
  // that ..."): recorded so disputes can set it against the assertion.
  bool denied = false;
  Span evidence;     // the sentence(s) stating it, in NormalizedDocument::text
  int passage = -1;  // index of the passage holding the evidence
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_FACTS_FACT_H_
