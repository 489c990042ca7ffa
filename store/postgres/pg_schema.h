// The PostgreSQL store's persisted format: the schema, its versions and the
// checks that recognise a Dossier database. Versions are numbered as the
// SQLite store's (store/internal/schema.h): the same version holds the same
// information. The version is the one row of table dossier_schema.
//
// Migrations run in one transaction under an advisory lock, so several
// processes opening a new database at once migrate it once. To change the
// schema, append a migration in pg_schema.cc; never edit one that has shipped.
//
// Thread-compatible (operates on the caller's connection).
#ifndef DOSSIER_STORE_POSTGRES_PG_SCHEMA_H_
#define DOSSIER_STORE_POSTGRES_PG_SCHEMA_H_

#include <cstdint>

#include "base/status.h"
#include "store/postgres/pg_connection.h"

namespace dossier::store_internal {

// The first key of Dossier's advisory locks ("Doss"); the second says which.
inline constexpr int32_t kPgLockSpace = 0x446f7373;
inline constexpr int32_t kPgSchemaLock = 1;
inline constexpr int32_t kPgLinkLock = 2;

// The text search configuration passages are indexed and searched with:
// words as they are (no stemming, no stop words: the query syntax finds what
// the SQLite store finds), lower-cased and without diacritics (unaccent).
inline constexpr char kPgSearchConfig[] = "dossier_search";

struct PgSchemaOptions {
  // Refuse a database without a Dossier schema (kNotFound) instead of
  // creating one.
  bool must_exist = false;
};

// Checks that the database can hold a Dossier store (UTF-8, a locale that
// folds Cyrillic case), that it is one or is empty, and migrates its schema
// to the current version. kInvalidArgument when it holds another
// application's tables, kFailedPrecondition when its schema is newer than
// this program or its encoding or locale unfit.
Status OpenPgSchema(PgConnection* connection, const PgSchemaOptions& options);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_POSTGRES_PG_SCHEMA_H_
