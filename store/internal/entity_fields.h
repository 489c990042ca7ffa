// How both store backends keep the fields of entity records
// (store/entity_records.h) in text columns: lists of names joined by
// U+001F, types and origins by their contract names. Thread-safe (pure
// functions).
#ifndef DOSSIER_STORE_INTERNAL_ENTITY_FIELDS_H_
#define DOSSIER_STORE_INTERNAL_ENTITY_FIELDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/entity_records.h"

namespace dossier::store_internal {

// Lists of strings are stored joined by U+001F, which names never contain.
std::string JoinFields(const std::vector<std::string>& fields);
std::vector<std::string> SplitFields(std::string_view joined);

// A linked entity's summary (EntityShape rows) in one text column: rows
// separated by U+001E, fields by U+001F, aliases by U+001D (control
// characters names never contain). ReadShapes gives kDataLoss naming
// `store_name` and `entity_id` for a malformed one.
std::string WriteShapes(const std::vector<EntityShape>& shapes);
StatusOr<std::vector<EntityShape>> ReadShapes(const std::string& store_name,
                                              std::string_view entity_id, std::string_view text);

// Parse a stored type or origin; kDataLoss naming `store_name` when unknown.
StatusOr<EntityType> ReadType(const std::string& store_name, std::string_view name);
StatusOr<EntityOrigin> ReadOrigin(const std::string& store_name, std::string_view name);

// "merge" or "split", and back (anything but "merge" is a split).
const char* JudgmentKindName(JudgmentKind kind);
JudgmentKind ReadJudgmentKind(std::string_view name);

// Sorts relations as both stores read them back: by other id (bytewise).
void SortRelations(std::vector<EntityRelation>* related);

// The integer a blocking key (EntityBlockKey) is indexed under: 64 bits of
// its FNV-1a hash, spread. A collision only adds candidates. Persisted: never
// change it.
int64_t BlockHash(std::string_view key);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_ENTITY_FIELDS_H_
