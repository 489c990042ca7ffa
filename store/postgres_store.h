// The PostgreSQL implementation of EvidenceStore: one database shared by a
// team, any number of dossier processes on any number of machines (libpq;
// versioned schema migrated forward on open; PostgreSQL text search).
// docs/team.md says how to set a database up.
#ifndef DOSSIER_STORE_POSTGRES_STORE_H_
#define DOSSIER_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string_view>

#include "base/status.h"
#include "store/store.h"

namespace dossier {

struct PostgresStoreOptions {
  // Refuse a database without a Dossier schema (kNotFound) instead of
  // creating one. Read-only commands set it.
  bool must_exist = false;
  // synchronous_commit on: a commit waits for the server's disk. Off (the
  // default) a server crash may lose the last fraction of a second of
  // commits, each whole or not at all; a killed client loses nothing it
  // committed either way.
  bool fully_synchronous = false;
};

// Whether `db` names a PostgreSQL database: a libpq URI starting with
// postgresql:// or postgres://.
bool IsPostgresUri(std::string_view db);

// Connects to the database at `uri` (a libpq connection URI) and migrates its
// schema to the current version. Errors name the URI without its password:
// kNotFound when the database (or, with must_exist, its Dossier schema) is
// missing, kIoError when the server cannot be reached, kFailedPrecondition
// when it refuses, when the schema is newer than this program or the
// database's encoding or locale cannot hold a store, kInvalidArgument when
// it holds another application's tables.
StatusOr<std::unique_ptr<EvidenceStore>> OpenPostgresStore(
    std::string_view uri, const PostgresStoreOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_STORE_POSTGRES_STORE_H_
