// The FollowTheMoney (FtM) schema rules Dossier exports against: the
// schemata we write, their parents, their properties (with the range of
// entity-valued ones) and required properties, as FtM defines them
// (followthemoney/schema/*.yaml). A small table, not the whole model: an
// entity using a schema or property outside it is refused, so what we write
// opens in Aleph and OpenSanctions' tooling.
//
//   Status valid = ValidateFtmEntities(entities);   // kInvalidArgument naming the first problem
//
// Thread-safe (constant tables, pure functions).
#ifndef DOSSIER_DOSSIER_FTM_SCHEMA_H_
#define DOSSIER_DOSSIER_FTM_SCHEMA_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dossier {

// One FtM entity: {"id", "schema", "properties": {name: [values]}}.
struct FtmEntity {
  std::string id;
  std::string schema;
  std::vector<std::pair<std::string, std::vector<std::string>>> properties;  // in insertion order

  // Appends `value` to property `name` unless empty or already there.
  void Add(std::string_view name, std::string value);
  // The values of `name`; empty when absent.
  const std::vector<std::string>& Values(std::string_view name) const;
};

// Whether `schema` is a schema of the table that may be written (not
// abstract): Person, Organization, Company, Membership, Employment,
// Directorship, Ownership, Family, Associate, Event, Article, Documentation.
bool IsFtmSchema(std::string_view schema);

// Whether `schema` is `ancestor` or inherits from it ("Company" is an
// "Organization", an "Asset", a "LegalEntity" and a "Thing").
bool FtmIsA(std::string_view schema, std::string_view ancestor);

// Whether `property` is defined for `schema` or one of its ancestors; when it
// is entity-valued, *range (if given) receives the schema it must point to,
// else "".
bool FtmHasProperty(std::string_view schema, std::string_view property,
                    std::string* range = nullptr);

// Checks every entity: a non-empty id unique among them, a known writable
// schema, only properties that schema allows, no empty value, the required
// properties present, and every entity-valued property pointing at an
// entity of the list whose schema is within the property's range.
Status ValidateFtmEntities(const std::vector<FtmEntity>& entities);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_FTM_SCHEMA_H_
