// The facts of factRuEval-2016 (Russian news and analytics; read from disk,
// never copied into the repository) as relation documents that
// ScoreRelationDocument (fact_eval.h) scores like Re-DocRED's.
//
// A folder holds, per document NAME, NAME.txt (the text), NAME.objects (each
// mention: id, type Person / Org / Location / LocOrg, spans, "# text"),
// NAME.coref (each object: "id mention-ids" then "key value" lines:
// firstname, lastname, patronymic, name) and NAME.facts (blocks of "ID Type"
// then "Field objN text" lines). Two fact types meet our predicates:
// Occupation (Who, Where) is an office, an employer or a membership, the
// position family, given Wikidata's P108 with Who at the head; Ownership
// (Owner, Property) is owns, given P127 with Property at the head (owned by,
// reversed). An Occupation without Where, Deal, Meeting and isPartOf facts
// are left out. A field naming several objects ("obj143 Украина | obj144
// Турция") takes the first.
//
// Each object is one vertex: its mentions' texts, its coref name, "firstname
// lastname" and the lastname alone, so that names in any case and order meet
// ours by whole words. Type PER for Person, ORG for Org, LOC for Location and
// LocOrg.
//
// Thread-safe (reads files, keeps no state).
#ifndef DOSSIER_EXTRACT_EVAL_FACT_EVAL_FACTRUEVAL_H_
#define DOSSIER_EXTRACT_EVAL_FACT_EVAL_FACTRUEVAL_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/eval/fact_eval.h"

namespace dossier {

// Whether `dir` is a folder with factRuEval fact files (NAME.facts).
bool IsFactRuEvalFolder(const std::string& dir);

// The documents of `dir` that have a .facts file, by name. Errors name the
// file and what is malformed (a missing .txt, a fact field naming an object
// no .coref defines).
StatusOr<std::vector<RelationDocument>> ReadFactRuEvalFacts(const std::string& dir);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EVAL_FACT_EVAL_FACTRUEVAL_H_
