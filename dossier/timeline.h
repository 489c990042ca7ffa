// Timeline: the dated events of one entity, oldest first: facts with a date
// or a period (born on, positions, moves, ownership...) seen from the
// entity's side, and its dated statements (quotations dated by the source
// that prints them).
//
//   std::vector<TimelineEvent> events = BuildTimeline(claims, statements, "P-…");
//
// Thread-compatible; the function is pure.
#ifndef DOSSIER_DOSSIER_TIMELINE_H_
#define DOSSIER_DOSSIER_TIMELINE_H_

#include <string>
#include <vector>

#include "dossier/claims.h"
#include "dossier/statements.h"

namespace dossier {

struct TimelineEvent {
  std::string from;              // ISO date (or year) the event starts; never empty
  std::string to;                // ISO date it ends; empty when open or a single date
  std::string period;            // the dates for display: "1992–1999", "since 1999", "1961-11-23"
  std::string text;              // "President of RIK", "said: “…”"
  std::vector<Support> support;  // who says it (the speaker, for a statement) and where
};

// Returns the events about `entity_id` among `claims` (subject or object;
// denied claims are left to disputes) and `statements` (spoken by it, with a
// date), ordered by start date, then end date, then first citation.
std::vector<TimelineEvent> BuildTimeline(const std::vector<Claim>& claims,
                                         const std::vector<Statement>& statements,
                                         const std::string& entity_id);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_TIMELINE_H_
