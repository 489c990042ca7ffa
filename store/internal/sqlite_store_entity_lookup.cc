// SqliteStore's reads of a few linked entities (store.h, "Reading a few
// entities"): every entity's names in one pass over two tables, and the
// memberships of given sources through the primary key of entity_members.
#include <set>
#include <string>
#include <utility>

#include "store/internal/entity_fields.h"
#include "store/internal/sqlite_store_impl.h"

namespace dossier::store_internal {

StatusOr<std::vector<LinkedEntity>> SqliteStore::ListEntityNames() {
  ASSIGN_OR_RETURN(
      Statement rows,
      Statement::Prepare(db_.get(), path_,
                         "SELECT e.id, e.type, e.name, e.origin, n.name, n.key, n.units "
                         "FROM entities e LEFT JOIN entity_names n ON n.entity_id = e.id "
                         "ORDER BY e.id, n.position"));
  std::vector<LinkedEntity> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, rows.Step());
    if (!row) break;
    if (out.empty() || out.back().id != rows.ColumnText(0)) {
      LinkedEntity entity{.id = std::string(rows.ColumnText(0))};
      ASSIGN_OR_RETURN(entity.type, ReadType(path_, rows.ColumnText(1)));
      entity.name = std::string(rows.ColumnText(2));
      ASSIGN_OR_RETURN(entity.origin, ReadOrigin(path_, rows.ColumnText(3)));
      out.push_back(std::move(entity));
    }
    if (rows.ColumnIsNull(4)) continue;
    out.back().names.push_back(LinkedEntityName{.name = std::string(rows.ColumnText(4)),
                                                .key = std::string(rows.ColumnText(5)),
                                                .units = static_cast<int>(rows.ColumnInt64(6))});
  }
  return out;
}

StatusOr<std::vector<EntityMembership>> SqliteStore::GetEntityMemberships(
    const std::vector<int64_t>& source_ids) {
  ASSIGN_OR_RETURN(Statement rows,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT m.local_id, e.id, e.type, e.name "
                                      "FROM entity_members m JOIN entities e ON e.id = m.entity_id "
                                      "WHERE m.source_id = ?1 ORDER BY m.local_id"));
  std::vector<EntityMembership> out;
  for (const int64_t source_id : std::set<int64_t>(source_ids.begin(), source_ids.end())) {
    StatementScope scope(&rows);
    rows.BindInt64(1, source_id);
    while (true) {
      ASSIGN_OR_RETURN(bool row, rows.Step());
      if (!row) break;
      EntityMembership membership{
          .member = {.source_id = source_id, .local_id = std::string(rows.ColumnText(0))},
          .entity_id = std::string(rows.ColumnText(1))};
      ASSIGN_OR_RETURN(membership.type, ReadType(path_, rows.ColumnText(2)));
      membership.entity_name = std::string(rows.ColumnText(3));
      out.push_back(std::move(membership));
    }
  }
  return out;
}

}  // namespace dossier::store_internal
