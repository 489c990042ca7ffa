// JSON of the dossier's building blocks (citations, claims, statements,
// disputes), shared by the profile's JSON renderer and `dossier export
// --format json`. Includes nlohmann/json: only .cc files include this.
#ifndef DOSSIER_DOSSIER_INTERNAL_JSON_LINES_H_
#define DOSSIER_DOSSIER_INTERNAL_JSON_LINES_H_

#include <nlohmann/json.hpp>

#include "dossier/claims.h"
#include "dossier/disputes.h"
#include "dossier/statements.h"

namespace dossier::internal {

nlohmann::json EntityRefJson(const EntityRef& ref);  // null for an empty id
// {source, sha256, path, published, passage, start, end, text}
nlohmann::json CitationJson(const Corpus& corpus, const Citation& citation);
// {according_to, who, citation}
nlohmann::json SupportJson(const Corpus& corpus, const Support& support);
// {subject, predicate, object, object_entity, role, from, to, denied, text, support}
nlohmann::json ClaimJson(const Corpus& corpus, const Claim& claim);
// {speaker, text, cue, date, mentioned, citations}
nlohmann::json StatementJson(const Corpus& corpus, const Statement& statement);
// {kind, matter, entity_ids, sides: [{position, statements: [{according_to, who, when,
// citation}]}]}
nlohmann::json DisputeJson(const Corpus& corpus, const Dispute& dispute);

}  // namespace dossier::internal

#endif  // DOSSIER_DOSSIER_INTERNAL_JSON_LINES_H_
