// PostgresStore's part of incremental linking (store.h, "Incremental
// linking"): what is not linked yet, the blocking index (entity_blocks,
// schema version 4) and point reads and writes of linked entities, each a
// few statements over arrays of keys.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "store/internal/entity_fields.h"
#include "store/postgres/pg_schema.h"
#include "store/postgres/pg_store_impl.h"

namespace dossier::store_internal {

StatusOr<bool> PostgresStore::HasLinkIndex() {
  ASSIGN_OR_RETURN(PgResult row, db_->Exec("SELECT NOT EXISTS(SELECT 1 FROM entities) OR "
                                           "EXISTS(SELECT 1 FROM entity_blocks)"));
  return row.Bool(0, 0);
}

StatusOr<std::vector<SourceEntity>> PostgresStore::ListUnlinkedSourceEntities() {
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->Exec("SELECT source_id, local_id, type, name, aliases, mentions FROM source_entities "
                "WHERE source_id > (SELECT coalesce(max(source_id), 0) FROM entity_members) "
                "ORDER BY source_id, position"));
  return SourceEntityRows(rows);
}

StatusOr<std::vector<ListEntry>> PostgresStore::ListUnlinkedListEntries() {
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->Exec("SELECT list_id, idx, record_id, type, name, aliases, date_of_birth, "
                "nationality, gender FROM list_entries WHERE list_id IN (SELECT l.id FROM lists "
                "l WHERE NOT EXISTS (SELECT 1 FROM entity_list_members m WHERE m.list_id = "
                "l.id)) ORDER BY list_id, idx"));
  return ListEntryRows(rows);
}

StatusOr<std::vector<SourceEntity>> PostgresStore::GetSourceEntities(
    const std::vector<EntityMemberRef>& refs) {
  std::set<std::pair<int64_t, std::string_view>> wanted;
  for (const EntityMemberRef& ref : refs) wanted.emplace(ref.source_id, ref.local_id);
  std::vector<int64_t> sources;
  std::vector<std::string_view> locals;
  for (const auto& [source, local] : wanted) {
    sources.push_back(source);
    locals.push_back(local);
  }
  PgParams params;
  params.Text(IntArray(sources)).Text(TextArray(locals));
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->Exec("SELECT e.source_id, e.local_id, e.type, e.name, e.aliases, e.mentions FROM "
                "source_entities e JOIN unnest($1::int8[], $2::text[]) AS r(s, l) ON "
                "e.source_id = r.s AND e.local_id = r.l ORDER BY e.source_id, e.position",
                params));
  return SourceEntityRows(rows);
}

StatusOr<std::vector<ListEntry>> PostgresStore::GetListEntries(
    const std::vector<ListEntryRef>& refs) {
  std::set<std::pair<int64_t, int64_t>> wanted;
  for (const ListEntryRef& ref : refs) wanted.emplace(ref.list_id, ref.index);
  std::vector<int64_t> lists, indices;
  for (const auto& [list, index] : wanted) {
    lists.push_back(list);
    indices.push_back(index);
  }
  PgParams params;
  params.Text(IntArray(lists)).Text(IntArray(indices));
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->Exec("SELECT e.list_id, e.idx, e.record_id, e.type, e.name, e.aliases, "
                "e.date_of_birth, e.nationality, e.gender FROM list_entries e JOIN "
                "unnest($1::int8[], $2::int4[]) AS r(l, i) ON e.list_id = r.l AND e.idx = r.i "
                "ORDER BY e.list_id, e.idx",
                params));
  return ListEntryRows(rows);
}

StatusOr<EntityCandidates> PostgresStore::FindLinkedEntities(const std::vector<std::string>& keys,
                                                             const std::vector<std::string>& blocks,
                                                             size_t max_block) {
  std::set<std::string> ids;
  {
    const std::set<std::string_view> distinct(keys.begin(), keys.end());
    PgParams params;
    params.Text(TextArray({distinct.begin(), distinct.end()}));
    ASSIGN_OR_RETURN(PgResult rows,
                     db_->Exec("SELECT DISTINCT entity_id FROM entity_names WHERE key = "
                               "ANY($1::text[])",
                               params));
    for (int row = 0; row < rows.rows(); ++row) ids.insert(rows.String(row, 0));
  }
  std::map<int64_t, std::string> block_of;
  for (const std::string& block : blocks) block_of.emplace(BlockHash(block), block);
  std::vector<int64_t> hashes;
  for (const auto& [hash, block] : block_of) hashes.push_back(hash);
  // max_block + 1 rows per block and kind tell an oversized block.
  PgParams params;
  params.Text(IntArray(hashes)).Int(static_cast<int64_t>(max_block) + 1);
  ASSIGN_OR_RETURN(
      PgResult rows,
      db_->Exec("SELECT q.block, f.is_full, x.entity_id FROM unnest($1::int8[]) AS q(block) "
                "CROSS JOIN (VALUES (1::int2), (0::int2)) AS f(is_full) CROSS JOIN LATERAL "
                "(SELECT b.entity_id FROM entity_blocks b WHERE b.block = q.block AND b.is_full "
                "= f.is_full LIMIT $2::int8) AS x",
                params));
  std::map<std::pair<int64_t, bool>, std::vector<std::string>> found;
  for (int row = 0; row < rows.rows(); ++row) {
    found[{rows.Int(row, 0), rows.Int(row, 1) != 0}].push_back(rows.String(row, 2));
  }
  EntityCandidates out;
  for (const auto& [hash, block] : block_of) {
    const std::vector<std::string>& full = found[{hash, true}];
    if (full.size() > max_block) {
      out.oversized.push_back(block);
      continue;
    }
    ids.insert(full.begin(), full.end());
    // As in the SQLite store: partial names under a crowded block are left out.
    const std::vector<std::string>& partial = found[{hash, false}];
    if (partial.size() <= max_block) ids.insert(partial.begin(), partial.end());
  }
  out.ids.assign(ids.begin(), ids.end());
  std::sort(out.oversized.begin(), out.oversized.end());
  return out;
}

StatusOr<std::vector<LinkedEntity>> PostgresStore::GetLinkedEntities(
    const std::vector<std::string>& ids) {
  const std::set<std::string> distinct(ids.begin(), ids.end());
  const std::vector<std::string> sorted(distinct.begin(), distinct.end());
  PgParams params;
  params.Text(TextArray({sorted.begin(), sorted.end()}));
  return ReadLinkedEntities("id = ANY($1::text[])", params, &sorted);
}

Status PostgresStore::UpdateLinkedEntities(const std::vector<LinkedEntity>& removed,
                                           const std::vector<LinkedEntity>& added) {
  std::unordered_set<std::string_view> ids;
  for (const LinkedEntity& entity : added) {
    if (!ids.insert(entity.id).second) {
      return InvalidArgumentError(name() + ": entity " + entity.id + " is given twice");
    }
  }
  std::vector<std::string_view> removed_ids, block_entities;
  std::vector<int64_t> block_hashes, block_full;
  for (const LinkedEntity& entity : removed) {
    removed_ids.push_back(entity.id);
    for (const EntityBlockKey& block : entity.blocks) {
      block_hashes.push_back(BlockHash(block.key));
      block_full.push_back(block.full ? 1 : 0);
      block_entities.push_back(entity.id);
    }
  }
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginLinkWrite(&transaction));
  PgParams blocks;
  blocks.Text(IntArray(block_hashes)).Text(IntArray(block_full)).Text(TextArray(block_entities));
  RETURN_IF_ERROR(db_->Run(
      "DELETE FROM entity_blocks b USING unnest($1::int8[], $2::int2[], $3::text[]) AS d(h, f, e) "
      "WHERE b.block = d.h AND b.is_full = d.f AND b.entity_id = d.e",
      blocks));
  for (const char* sql : {"DELETE FROM entity_relations WHERE entity_id = ANY($1::text[]) OR "
                          "other_id = ANY($1::text[])",
                          "DELETE FROM entity_names WHERE entity_id = ANY($1::text[])",
                          "DELETE FROM entity_members WHERE entity_id = ANY($1::text[])",
                          "DELETE FROM entity_list_members WHERE entity_id = ANY($1::text[])",
                          "DELETE FROM entities WHERE id = ANY($1::text[])"}) {
    PgParams params;
    params.Text(TextArray(removed_ids));
    RETURN_IF_ERROR(db_->Run(sql, params));
  }
  RETURN_IF_ERROR(InsertLinkedEntities(added));
  return transaction.Commit();
}

StatusOr<std::vector<LinkedEntity>> PostgresStore::GetEntitySummaries(
    const std::vector<std::string>& ids) {
  const std::set<std::string_view> distinct(ids.begin(), ids.end());
  PgParams params;
  params.Text(TextArray({distinct.begin(), distinct.end()}));
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT id, type, name, origin, summary FROM entities WHERE id = "
                             "ANY($1::text[]) ORDER BY id COLLATE \"C\"",
                             params));
  std::vector<LinkedEntity> out;
  std::map<std::string, size_t, std::less<>> index;
  for (int row = 0; row < rows.rows(); ++row) {
    LinkedEntity entity{.id = rows.String(row, 0), .name = rows.String(row, 2)};
    ASSIGN_OR_RETURN(entity.type, ReadType(name(), rows.String(row, 1)));
    ASSIGN_OR_RETURN(entity.origin, ReadOrigin(name(), rows.String(row, 3)));
    ASSIGN_OR_RETURN(entity.shapes, ReadShapes(name(), entity.id, rows.String(row, 4)));
    index.emplace(entity.id, out.size());
    out.push_back(std::move(entity));
  }
  ASSIGN_OR_RETURN(PgResult names,
                   db_->Exec("SELECT entity_id, name, key, units FROM entity_names WHERE "
                             "entity_id = ANY($1::text[]) ORDER BY entity_id, position",
                             params));
  for (int row = 0; row < names.rows(); ++row) {
    const auto found = index.find(names.String(row, 0));
    if (found == index.end()) continue;
    out[found->second].names.push_back(
        LinkedEntityName{.name = names.String(row, 1),
                         .key = names.String(row, 2),
                         .units = static_cast<int>(names.Int(row, 3))});
  }
  return out;
}

StatusOr<std::vector<std::string>> PostgresStore::TakenEntityIds(
    const std::vector<std::string>& ids) {
  const std::set<std::string_view> distinct(ids.begin(), ids.end());
  PgParams params;
  params.Text(TextArray({distinct.begin(), distinct.end()}));
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT id FROM entities WHERE id = ANY($1::text[])", params));
  std::vector<std::string> out;
  for (int row = 0; row < rows.rows(); ++row) out.push_back(rows.String(row, 0));
  // Byte order, whatever the database's collation.
  std::sort(out.begin(), out.end());
  return out;
}

Status PostgresStore::GrowLinkedEntities(const std::vector<LinkedEntity>& grown) {
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginLinkWrite(&transaction));
  RETURN_IF_ERROR(InsertLinkedEntities(grown, /*grow=*/true));
  return transaction.Commit();
}

}  // namespace dossier::store_internal
