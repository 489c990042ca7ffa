// `dossier export --format json|csv`: the corpus's dossier material in one
// JSON document, or as CSV tables (one file per FtM schema) in a folder.
//
//   std::string doc = ExportJson(corpus);
//   RETURN_IF_ERROR(WriteCsvTables(BuildFtmEntities(corpus), "out/"));
//
// Thread-compatible.
#ifndef DOSSIER_DOSSIER_EXPORT_TABLES_H_
#define DOSSIER_DOSSIER_EXPORT_TABLES_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "dossier/corpus.h"
#include "dossier/ftm_schema.h"

namespace dossier {

// One JSON object: "sources" (index, sha256, path, title, url, published),
// "entities" (id, type, name, names, lists, members), "claims", "statements"
// and "disputes" (each line with its citations), and "ftm" (the entities of
// BuildFtmEntities()).
std::string ExportJson(const Corpus& corpus);

// The CSV tables of `entities`: file name ("Person.csv") to contents. Each
// table has a header "id,<property>,..." (the properties its entities use,
// sorted) and a row per entity; several values of one property are joined
// with "; ". Fields are quoted per RFC 4180 when they hold a comma, quote or
// line break.
std::map<std::string, std::string> CsvTables(const std::vector<FtmEntity>& entities);

// Writes CsvTables(entities) into folder `dir`, creating it. kIoError naming
// the file that could not be written.
Status WriteCsvTables(const std::vector<FtmEntity>& entities, const std::string& dir);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_EXPORT_TABLES_H_
