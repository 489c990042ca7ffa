// The SQLite store's persisted format: the schema, its version history and
// the checks that recognise a Dossier database.
//
// The schema version is PRAGMA user_version. Each migration moves a database
// from version N-1 to N; OpenDatabase applies the missing ones in a single
// transaction, so a database is always at one known version. To change the
// schema, append a migration to kMigrations in schema.cc; never edit one that
// has shipped.
//
// Thread-compatible (operates on the caller's connection).
#ifndef DOSSIER_STORE_INTERNAL_SCHEMA_H_
#define DOSSIER_STORE_INTERNAL_SCHEMA_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>

#include "base/status.h"

namespace dossier::store_internal {

// PRAGMA application_id of Dossier databases: "Doss" in ASCII.
inline constexpr int32_t kApplicationId = 0x446f7373;

// Returns the schema version this program writes (the last migration's).
int CurrentSchemaVersion();

struct ConnectionSettings {
  bool fully_synchronous = false;  // synchronous=FULL instead of NORMAL
};

// Configures a freshly opened connection (busy timeout, WAL journal, foreign
// keys, synchronous mode) and migrates the schema to CurrentSchemaVersion().
// Errors name `path`: kInvalidArgument when the file is not SQLite or belongs
// to another application, kFailedPrecondition when its schema is newer than
// this program.
Status OpenDatabase(sqlite3* db, const std::string& path, const ConnectionSettings& settings);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_SCHEMA_H_
