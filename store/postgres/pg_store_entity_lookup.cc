// PostgresStore's reads of a few linked entities (store.h, "Reading a few
// entities"): every entity's names in one query, and the memberships of
// given sources through the primary key of entity_members.
#include <set>
#include <string>
#include <utility>

#include "store/internal/entity_fields.h"
#include "store/postgres/pg_store_impl.h"

namespace dossier::store_internal {

StatusOr<std::vector<LinkedEntity>> PostgresStore::ListEntityNames() {
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT e.id, e.type, e.name, e.origin, n.name, n.key, n.units "
                             "FROM entities e LEFT JOIN entity_names n ON n.entity_id = e.id "
                             "ORDER BY e.id COLLATE \"C\", n.position"));
  std::vector<LinkedEntity> out;
  for (int row = 0; row < rows.rows(); ++row) {
    if (out.empty() || out.back().id != rows.Bytes(row, 0)) {
      LinkedEntity entity{.id = rows.String(row, 0)};
      ASSIGN_OR_RETURN(entity.type, ReadType(name(), rows.Bytes(row, 1)));
      entity.name = rows.String(row, 2);
      ASSIGN_OR_RETURN(entity.origin, ReadOrigin(name(), rows.Bytes(row, 3)));
      out.push_back(std::move(entity));
    }
    if (rows.IsNull(row, 4)) continue;
    out.back().names.push_back(LinkedEntityName{.name = rows.String(row, 4),
                                                .key = rows.String(row, 5),
                                                .units = static_cast<int>(rows.Int(row, 6))});
  }
  return out;
}

StatusOr<std::vector<EntityMembership>> PostgresStore::GetEntityMemberships(
    const std::vector<int64_t>& source_ids) {
  const std::set<int64_t> distinct(source_ids.begin(), source_ids.end());
  PgParams params;
  params.Text(IntArray(std::vector<int64_t>(distinct.begin(), distinct.end())));
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT m.source_id, m.local_id, e.id, e.type, e.name "
                             "FROM entity_members m JOIN entities e ON e.id = m.entity_id "
                             "WHERE m.source_id = ANY($1::int8[]) "
                             "ORDER BY m.source_id, m.local_id COLLATE \"C\"",
                             params));
  std::vector<EntityMembership> out;
  out.reserve(rows.rows());
  for (int row = 0; row < rows.rows(); ++row) {
    EntityMembership membership{
        .member = {.source_id = rows.Int(row, 0), .local_id = rows.String(row, 1)},
        .entity_id = rows.String(row, 2)};
    ASSIGN_OR_RETURN(membership.type, ReadType(name(), rows.Bytes(row, 3)));
    membership.entity_name = rows.String(row, 4);
    out.push_back(std::move(membership));
  }
  return out;
}

}  // namespace dossier::store_internal
