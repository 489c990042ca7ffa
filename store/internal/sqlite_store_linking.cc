// SqliteStore's part of incremental linking (store.h, "Incremental
// linking"): what is not linked yet, the blocking index (entity_blocks,
// schema version 4) and point reads and writes of linked entities. Every
// query here is a key or index lookup, so its cost follows the entities
// asked about, not the size of the store.
#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "store/internal/entity_fields.h"
#include "store/internal/sqlite_store_impl.h"

namespace dossier::store_internal {
Status SqliteStore::InsertLinkedEntities(const std::vector<LinkedEntity>& entities, bool grow) {
  EntityStatements& s = entity_statements_;
  ASSIGN_OR_RETURN(
      Statement insert_block,
      Statement::Prepare(db_.get(), path_,
                         "INSERT OR IGNORE INTO entity_blocks(block, is_full, entity_id) "
                         "VALUES (?1, ?2, ?3)"));
  ASSIGN_OR_RETURN(Statement update_entity,
                   Statement::Prepare(db_.get(), path_,
                                      "UPDATE entities SET type = ?2, name = ?3, origin = ?4, "
                                      "summary = ?5 WHERE id = ?1"));
  ASSIGN_OR_RETURN(
      Statement delete_names,
      Statement::Prepare(db_.get(), path_, "DELETE FROM entity_names WHERE entity_id = ?1"));
  for (const LinkedEntity& entity : entities) {
    const std::string what = path_ + ": entity " + entity.id;
    {
      Statement& write = grow ? update_entity : s.insert_entity;
      const std::string summary = WriteShapes(entity.shapes);
      StatementScope scope(&write);
      write.BindText(1, entity.id);
      write.BindText(2, ContractTypeName(entity.type));
      write.BindText(3, entity.name);
      write.BindText(4, EntityOriginName(entity.origin));
      write.BindText(5, summary);
      if (Status status = write.Run(); !status.ok()) {
        return EntityInsertError(db_.get(), status, what + " is stored already");
      }
      if (grow && sqlite3_changes(db_.get()) == 0) return NotFoundError(what + " is not stored");
    }
    if (grow) {
      StatementScope scope(&delete_names);
      delete_names.BindText(1, entity.id);
      RETURN_IF_ERROR(delete_names.Run());
    }
    for (size_t i = 0; i < entity.names.size(); ++i) {
      StatementScope scope(&s.insert_entity_name);
      s.insert_entity_name.BindText(1, entity.id);
      s.insert_entity_name.BindInt64(2, static_cast<int64_t>(i));
      s.insert_entity_name.BindText(3, entity.names[i].name);
      s.insert_entity_name.BindText(4, entity.names[i].key);
      s.insert_entity_name.BindInt64(5, entity.names[i].units);
      RETURN_IF_ERROR(s.insert_entity_name.Run());
    }
    for (const EntityMemberRef& member : entity.members) {
      StatementScope scope(&s.insert_member);
      s.insert_member.BindInt64(1, member.source_id);
      s.insert_member.BindText(2, member.local_id);
      s.insert_member.BindText(3, entity.id);
      if (Status status = s.insert_member.Run(); !status.ok()) {
        return EntityInsertError(
            db_.get(), status,
            what + " member " + std::to_string(member.source_id) + "/" + member.local_id);
      }
    }
    for (const ListEntryRef& entry : entity.list_entries) {
      StatementScope scope(&s.insert_list_member);
      s.insert_list_member.BindInt64(1, entry.list_id);
      s.insert_list_member.BindInt64(2, entry.index);
      s.insert_list_member.BindText(3, entity.id);
      if (Status status = s.insert_list_member.Run(); !status.ok()) {
        return EntityInsertError(db_.get(), status,
                                 what + " list entry " + std::to_string(entry.list_id) + "/" +
                                     std::to_string(entry.index));
      }
    }
    for (const EntityBlockKey& block : entity.blocks) {
      StatementScope scope(&insert_block);
      insert_block.BindInt64(1, BlockHash(block.key));
      insert_block.BindInt64(2, block.full ? 1 : 0);
      insert_block.BindText(3, entity.id);
      RETURN_IF_ERROR(insert_block.Run());
    }
  }
  // Relations last: both ends must exist. Each pair once, the lesser id first.
  for (const LinkedEntity& entity : entities) {
    for (const EntityRelation& relation : entity.related) {
      const bool forward = entity.id < relation.other_id;
      StatementScope scope(&s.insert_relation);
      s.insert_relation.BindText(1, forward ? entity.id : relation.other_id);
      s.insert_relation.BindText(2, forward ? relation.other_id : entity.id);
      s.insert_relation.BindText(3, relation.reason);
      if (Status status = s.insert_relation.Run(); !status.ok()) {
        return EntityInsertError(
            db_.get(), status,
            path_ + ": entity " + entity.id + " relation to " + relation.other_id);
      }
    }
  }
  return Status::Ok();
}

StatusOr<bool> SqliteStore::HasLinkIndex() {
  ASSIGN_OR_RETURN(Statement query,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT NOT EXISTS(SELECT 1 FROM entities) OR "
                                      "EXISTS(SELECT 1 FROM entity_blocks)"));
  ASSIGN_OR_RETURN(bool row, query.Step());
  return row && query.ColumnInt64(0) != 0;
}

StatusOr<std::vector<SourceEntity>> SqliteStore::ListUnlinkedSourceEntities() {
  ASSIGN_OR_RETURN(
      Statement list,
      Statement::Prepare(db_.get(), path_,
                         "SELECT source_id, local_id, type, name, aliases, mentions FROM "
                         "source_entities WHERE source_id > (SELECT coalesce(max(source_id), 0) "
                         "FROM entity_members) ORDER BY source_id, position"));
  return ReadSourceEntities(path_, &list);
}

StatusOr<std::vector<ListEntry>> SqliteStore::ListUnlinkedListEntries() {
  ASSIGN_OR_RETURN(
      Statement list,
      Statement::Prepare(db_.get(), path_,
                         "SELECT list_id, idx, record_id, type, name, aliases, date_of_birth, "
                         "nationality, gender FROM list_entries WHERE list_id IN (SELECT l.id "
                         "FROM lists l WHERE NOT EXISTS (SELECT 1 FROM entity_list_members m "
                         "WHERE m.list_id = l.id)) ORDER BY list_id, idx"));
  return ReadListEntries(path_, &list);
}

StatusOr<std::vector<SourceEntity>> SqliteStore::GetSourceEntities(
    const std::vector<EntityMemberRef>& refs) {
  ASSIGN_OR_RETURN(Statement get,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT source_id, local_id, type, name, aliases, mentions, "
                                      "position FROM source_entities WHERE source_id = ?1 AND "
                                      "local_id = ?2"));
  std::set<std::pair<int64_t, std::string>> wanted;
  for (const EntityMemberRef& ref : refs) wanted.emplace(ref.source_id, ref.local_id);
  std::vector<std::pair<std::pair<int64_t, int64_t>, SourceEntity>> found;
  for (const auto& [source_id, local_id] : wanted) {
    StatementScope scope(&get);
    get.BindInt64(1, source_id);
    get.BindText(2, local_id);
    ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) continue;
    ASSIGN_OR_RETURN(SourceEntity entity, ReadSourceEntityRow(path_, get));
    found.emplace_back(std::pair(source_id, get.ColumnInt64(6)), std::move(entity));
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<SourceEntity> out;
  out.reserve(found.size());
  for (auto& [order, entity] : found) out.push_back(std::move(entity));
  return out;
}

StatusOr<std::vector<ListEntry>> SqliteStore::GetListEntries(
    const std::vector<ListEntryRef>& refs) {
  ASSIGN_OR_RETURN(Statement get,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT list_id, idx, record_id, type, name, aliases, "
                                      "date_of_birth, nationality, gender FROM list_entries "
                                      "WHERE list_id = ?1 AND idx = ?2"));
  std::set<std::pair<int64_t, int>> wanted;
  for (const ListEntryRef& ref : refs) wanted.emplace(ref.list_id, ref.index);
  std::vector<ListEntry> out;
  for (const auto& [list_id, index] : wanted) {
    StatementScope scope(&get);
    get.BindInt64(1, list_id);
    get.BindInt64(2, index);
    ASSIGN_OR_RETURN(bool row, get.Step());
    if (!row) continue;
    ASSIGN_OR_RETURN(ListEntry entry, ReadListEntryRow(path_, get));
    out.push_back(std::move(entry));
  }
  return out;
}

StatusOr<EntityCandidates> SqliteStore::FindLinkedEntities(const std::vector<std::string>& keys,
                                                           const std::vector<std::string>& blocks,
                                                           size_t max_block) {
  std::set<std::string> ids;
  EntityCandidates out;
  {
    ASSIGN_OR_RETURN(Statement by_key,
                     Statement::Prepare(db_.get(), path_,
                                        "SELECT DISTINCT entity_id FROM entity_names WHERE key = "
                                        "?1"));
    for (const std::string& key : std::set<std::string>(keys.begin(), keys.end())) {
      StatementScope scope(&by_key);
      by_key.BindText(1, key);
      while (true) {
        ASSIGN_OR_RETURN(bool row, by_key.Step());
        if (!row) break;
        ids.emplace(by_key.ColumnText(0));
      }
    }
  }
  // max_block + 1 rows tell an oversized block from a full one.
  ASSIGN_OR_RETURN(Statement by_block,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT entity_id FROM entity_blocks WHERE block = ?1 AND "
                                      "is_full = ?2 LIMIT ?3"));
  const auto read_block = [&](int64_t block, bool full,
                              std::vector<std::string>* found) -> StatusOr<bool> {
    StatementScope scope(&by_block);
    by_block.BindInt64(1, block);
    by_block.BindInt64(2, full ? 1 : 0);
    by_block.BindInt64(3, static_cast<int64_t>(max_block) + 1);
    while (true) {
      ASSIGN_OR_RETURN(bool row, by_block.Step());
      if (!row) break;
      found->emplace_back(by_block.ColumnText(0));
    }
    return found->size() <= max_block;
  };
  for (const std::string& block : std::set<std::string>(blocks.begin(), blocks.end())) {
    const int64_t hash = BlockHash(block);
    std::vector<std::string> full, partial;
    ASSIGN_OR_RETURN(bool full_fits, read_block(hash, /*full=*/true, &full));
    if (!full_fits) {
      out.oversized.push_back(block);
      continue;
    }
    ids.insert(full.begin(), full.end());
    // Partial names under a block held by more entities than that are left
    // out (docs/architecture.md: what incremental linking leaves to relink).
    ASSIGN_OR_RETURN(bool partial_fits, read_block(hash, /*full=*/false, &partial));
    if (partial_fits) ids.insert(partial.begin(), partial.end());
  }
  out.ids.assign(ids.begin(), ids.end());
  return out;
}

StatusOr<std::vector<LinkedEntity>> SqliteStore::GetLinkedEntities(
    const std::vector<std::string>& ids) {
  return ReadLinkedEntities(ids, /*whole=*/true);
}

StatusOr<std::vector<LinkedEntity>> SqliteStore::ReadLinkedEntities(
    const std::vector<std::string>& ids, bool whole) {
  ASSIGN_OR_RETURN(
      Statement get_entity,
      Statement::Prepare(db_.get(), path_,
                         whole ? "SELECT type, name, origin FROM entities WHERE id = ?1"
                               : "SELECT type, name, origin, summary FROM entities "
                                 "WHERE id = ?1"));
  ASSIGN_OR_RETURN(Statement get_names, Statement::Prepare(db_.get(), path_,
                                                           "SELECT name, key, units FROM "
                                                           "entity_names WHERE entity_id = ?1 "
                                                           "ORDER BY position"));
  ASSIGN_OR_RETURN(Statement get_members,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT source_id, local_id FROM entity_members WHERE "
                                      "entity_id = ?1 ORDER BY source_id, local_id"));
  ASSIGN_OR_RETURN(Statement get_list_members,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT list_id, idx FROM entity_list_members WHERE "
                                      "entity_id = ?1 ORDER BY list_id, idx"));
  ASSIGN_OR_RETURN(Statement get_relations,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT other_id, reason FROM entity_relations WHERE "
                                      "entity_id = ?1 UNION ALL SELECT entity_id, reason FROM "
                                      "entity_relations WHERE other_id = ?1 ORDER BY 1"));
  std::vector<LinkedEntity> out;
  for (const std::string& id : std::set<std::string>(ids.begin(), ids.end())) {
    LinkedEntity entity{.id = id};
    {
      StatementScope scope(&get_entity);
      get_entity.BindText(1, id);
      ASSIGN_OR_RETURN(bool row, get_entity.Step());
      if (!row) continue;
      ASSIGN_OR_RETURN(entity.type, ReadType(path_, get_entity.ColumnText(0)));
      entity.name = std::string(get_entity.ColumnText(1));
      ASSIGN_OR_RETURN(entity.origin, ReadOrigin(path_, get_entity.ColumnText(2)));
      if (!whole) {
        ASSIGN_OR_RETURN(entity.shapes, ReadShapes(path_, id, get_entity.ColumnText(3)));
      }
    }
    const auto for_each_row = [&](Statement* rows, auto&& handle) -> Status {
      StatementScope scope(rows);
      rows->BindText(1, id);
      while (true) {
        ASSIGN_OR_RETURN(bool row, rows->Step());
        if (!row) break;
        handle(*rows);
      }
      return Status::Ok();
    };
    RETURN_IF_ERROR(for_each_row(&get_names, [&](const Statement& row) {
      entity.names.push_back(LinkedEntityName{.name = std::string(row.ColumnText(0)),
                                              .key = std::string(row.ColumnText(1)),
                                              .units = static_cast<int>(row.ColumnInt64(2))});
    }));
    if (!whole) {
      out.push_back(std::move(entity));
      continue;
    }
    RETURN_IF_ERROR(for_each_row(&get_members, [&](const Statement& row) {
      const int64_t source_id = row.ColumnInt64(0);
      if (entity.members.empty() || entity.members.back().source_id != source_id) {
        ++entity.source_count;
      }
      entity.members.push_back(
          EntityMemberRef{.source_id = source_id, .local_id = std::string(row.ColumnText(1))});
    }));
    RETURN_IF_ERROR(for_each_row(&get_list_members, [&](const Statement& row) {
      entity.list_entries.push_back(ListEntryRef{.list_id = row.ColumnInt64(0),
                                                 .index = static_cast<int>(row.ColumnInt64(1))});
    }));
    RETURN_IF_ERROR(for_each_row(&get_relations, [&](const Statement& row) {
      entity.related.push_back(EntityRelation{.other_id = std::string(row.ColumnText(0)),
                                              .reason = std::string(row.ColumnText(1))});
    }));
    out.push_back(std::move(entity));
  }
  return out;
}

Status SqliteStore::UpdateLinkedEntities(const std::vector<LinkedEntity>& removed,
                                         const std::vector<LinkedEntity>& added) {
  std::unordered_set<std::string_view> ids;
  for (const LinkedEntity& entity : added) {
    if (!ids.insert(entity.id).second) {
      return InvalidArgumentError(path_ + ": entity " + entity.id + " is given twice");
    }
  }
  Transaction transaction(db_.get(), path_);
  RETURN_IF_ERROR(BeginLinkWrite(&transaction));
  ASSIGN_OR_RETURN(Statement delete_block,
                   Statement::Prepare(db_.get(), path_,
                                      "DELETE FROM entity_blocks WHERE block = ?1 AND is_full = ?2 "
                                      "AND entity_id = ?3"));
  std::vector<Statement> delete_rows;
  for (const char* sql : {"DELETE FROM entity_relations WHERE entity_id = ?1",
                          "DELETE FROM entity_relations WHERE other_id = ?1",
                          "DELETE FROM entity_names WHERE entity_id = ?1",
                          "DELETE FROM entity_members WHERE entity_id = ?1",
                          "DELETE FROM entity_list_members WHERE entity_id = ?1",
                          "DELETE FROM entities WHERE id = ?1"}) {
    ASSIGN_OR_RETURN(Statement statement, Statement::Prepare(db_.get(), path_, sql));
    delete_rows.push_back(std::move(statement));
  }
  for (const LinkedEntity& entity : removed) {
    for (const EntityBlockKey& block : entity.blocks) {
      StatementScope scope(&delete_block);
      delete_block.BindInt64(1, BlockHash(block.key));
      delete_block.BindInt64(2, block.full ? 1 : 0);
      delete_block.BindText(3, entity.id);
      RETURN_IF_ERROR(delete_block.Run());
    }
    for (Statement& del : delete_rows) {
      StatementScope scope(&del);
      del.BindText(1, entity.id);
      RETURN_IF_ERROR(del.Run());
    }
  }
  RETURN_IF_ERROR(InsertLinkedEntities(added));
  return CommitLinkWrite(&transaction);
}

StatusOr<std::vector<LinkedEntity>> SqliteStore::GetEntitySummaries(
    const std::vector<std::string>& ids) {
  return ReadLinkedEntities(ids, /*whole=*/false);
}

StatusOr<std::vector<std::string>> SqliteStore::TakenEntityIds(
    const std::vector<std::string>& ids) {
  // One statement per chunk of `kChunk` ids (far below SQLite's limit of
  // bound variables), prepared once for the full chunks and once for the
  // rest.
  constexpr size_t kChunk = 256;
  const std::set<std::string_view> distinct(ids.begin(), ids.end());
  const std::vector<std::string_view> asked(distinct.begin(), distinct.end());
  const auto prepare = [&](size_t count) {
    std::string sql = "SELECT id FROM entities WHERE id IN (?1";
    for (size_t i = 2; i <= count; ++i) sql += ",?" + std::to_string(i);
    return Statement::Prepare(db_.get(), path_, sql + ")");
  };
  std::vector<std::string> out;
  std::optional<Statement> full;
  for (size_t start = 0; start < asked.size(); start += kChunk) {
    const size_t count = std::min(kChunk, asked.size() - start);
    std::optional<Statement> rest;
    if (count == kChunk && !full) {
      ASSIGN_OR_RETURN(Statement statement, prepare(kChunk));
      full.emplace(std::move(statement));
    } else if (count < kChunk) {
      ASSIGN_OR_RETURN(Statement statement, prepare(count));
      rest.emplace(std::move(statement));
    }
    Statement& query = count == kChunk ? *full : *rest;
    StatementScope scope(&query);
    for (size_t i = 0; i < count; ++i) query.BindText(static_cast<int>(i + 1), asked[start + i]);
    while (true) {
      ASSIGN_OR_RETURN(bool row, query.Step());
      if (!row) break;
      out.emplace_back(query.ColumnText(0));
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

Status SqliteStore::GrowLinkedEntities(const std::vector<LinkedEntity>& grown) {
  Transaction transaction(db_.get(), path_);
  RETURN_IF_ERROR(BeginLinkWrite(&transaction));
  RETURN_IF_ERROR(InsertLinkedEntities(grown, /*grow=*/true));
  return CommitLinkWrite(&transaction);
}

Status SqliteStore::BeginLinkWrite(Transaction* transaction) {
  return linking_ ? Status::Ok() : transaction->Begin();
}

Status SqliteStore::CommitLinkWrite(Transaction* transaction) {
  return linking_ ? Status::Ok() : transaction->Commit();
}

}  // namespace dossier::store_internal
