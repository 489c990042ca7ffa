// The entity subcommands of `dossier`: listing the store's cross-document
// entities, the user's merges and splits, importing name lists, and
// re-extracting after the extractors change. Each returns the process exit
// status: 0 success, 1 failure (one line on stderr), 2 a usage error.
//
//   dossier entities [--type PERSON|ORGANIZATION|LOCATION|OTHER] [--json] [--db FILE]
//   dossier merge ID ID [--db FILE]     # one entity from two, kept on every re-link
//   dossier split ID [--db FILE]        # each spelling of ID its own entity, kept likewise
//   dossier import FILE [--list NAME] [--db FILE]
//   dossier reextract [--db FILE]
//   dossier relink [--db FILE]          # every entity linked again from scratch
#ifndef DOSSIER_CLI_ENTITY_COMMANDS_H_
#define DOSSIER_CLI_ENTITY_COMMANDS_H_

#include <string>

#include "cli/commands.h"

namespace dossier::cli {

// Lists entities, most sources first: id, type, name, source count, lists,
// every other spelling and the related entities. `type` is a contract type
// name ("PERSON", ...) or "" for all. --json: one object per line
// {"id", "type", "name", "names", "aliases", "origin", "sources", "lists",
//  "members": [{"source_id", "entity"}], "related": [{"id", "name", "why"}]}.
int RunEntities(const GlobalOptions& global, const std::string& type);

// Records that entities `a` and `b` are one, and re-links: the merged entity
// keeps the id of the earlier of them. Holds through re-ingests and
// re-extractions, until a later split of it.
int RunMerge(const GlobalOptions& global, const std::string& a, const std::string& b);

// Records that every spelling of entity `id` (each distinct matching key of
// the names its source entities and list records carry) is its own entity,
// and re-links: automatic linking never joins two of those spellings again;
// a later merge can.
int RunSplit(const GlobalOptions& global, const std::string& id);

// Imports the names of `file` (resolve/name_list.h formats) as list `list`
// (default: the file name without its extension), replacing a list of that
// name, and re-links.
int RunImport(const GlobalOptions& global, const std::string& file, const std::string& list);

// dossier relink: links every stored entity again (RelinkEntities).
int RunRelink(const GlobalOptions& global);

// Recomputes every stored extraction with the current extractors and the
// shipped NER model, then re-links.
int RunReextract(const GlobalOptions& global, bool progress);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_ENTITY_COMMANDS_H_
