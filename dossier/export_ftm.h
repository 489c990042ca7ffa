// Export of a corpus as FollowTheMoney entities: people (Person),
// organizations (Organization, or Company when something owns them), their
// links (Family, Associate, Ownership, Directorship, Employment, Membership),
// dated moves and studies (Event), the sources (Article) and which source
// documents which entity (Documentation). Facts become properties where FtM
// has them (birthDate, birthPlace, deathDate, position, education, address),
// and every entity carries its proof (the Articles it comes from) or, for
// links, the publisher and the evidence sentence.
//
// Ids are stable across runs: derived from corpus entity ids and from hashes
// of the content of links, events and sources. Denied claims are not
// exported as links.
//
//   std::vector<FtmEntity> entities = BuildFtmEntities(corpus);
//   RETURN_IF_ERROR(ValidateFtmEntities(entities));
//   std::string lines = FtmJsonLines(entities);   // one JSON object a line
//
// Thread-compatible; the functions are pure.
#ifndef DOSSIER_DOSSIER_EXPORT_FTM_H_
#define DOSSIER_DOSSIER_EXPORT_FTM_H_

#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/ftm_schema.h"

namespace dossier {

// Returns the entities in a stable order: articles, people and
// organizations, then links and events.
std::vector<FtmEntity> BuildFtmEntities(const Corpus& corpus);

// {"id": ..., "schema": ..., "properties": {...}} per entity, one a line.
std::string FtmJsonLines(const std::vector<FtmEntity>& entities);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_EXPORT_FTM_H_
