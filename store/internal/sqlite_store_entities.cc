// SqliteStore's entity tables (store/entity_records.h): extractions and
// their entities, imported lists, judgments and the cross-document entities
// of the last re-link. The schema is version 2 in internal/schema.cc.
#include <sqlite3.h>

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "store/internal/compression.h"
#include "store/internal/entity_fields.h"
#include "store/internal/sqlite_store_impl.h"

namespace dossier::store_internal {
Status EntityInsertError(sqlite3* db, const Status& status, const std::string& what) {
  if ((sqlite3_extended_errcode(db) & 0xff) == SQLITE_CONSTRAINT) {
    return InvalidArgumentError(what + ": " + sqlite3_errmsg(db));
  }
  return status;
}

StatusOr<SourceEntity> ReadSourceEntityRow(const std::string& path, const Statement& row) {
  SourceEntity entity;
  entity.source_id = row.ColumnInt64(0);
  entity.local_id = std::string(row.ColumnText(1));
  ASSIGN_OR_RETURN(entity.type, ReadType(path, row.ColumnText(2)));
  entity.name = std::string(row.ColumnText(3));
  entity.aliases = SplitFields(row.ColumnText(4));
  entity.mentions = static_cast<int>(row.ColumnInt64(5));
  return entity;
}

StatusOr<ListEntry> ReadListEntryRow(const std::string& path, const Statement& row) {
  ListEntry entry;
  entry.list_id = row.ColumnInt64(0);
  entry.index = static_cast<int>(row.ColumnInt64(1));
  entry.record_id = std::string(row.ColumnText(2));
  ASSIGN_OR_RETURN(entry.type, ReadType(path, row.ColumnText(3)));
  entry.name = std::string(row.ColumnText(4));
  entry.aliases = SplitFields(row.ColumnText(5));
  entry.date_of_birth = std::string(row.ColumnText(6));
  entry.nationality = std::string(row.ColumnText(7));
  entry.gender = std::string(row.ColumnText(8));
  return entry;
}

StatusOr<std::vector<SourceEntity>> ReadSourceEntities(const std::string& path, Statement* rows) {
  std::vector<SourceEntity> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, rows->Step());
    if (!row) break;
    ASSIGN_OR_RETURN(SourceEntity entity, ReadSourceEntityRow(path, *rows));
    out.push_back(std::move(entity));
  }
  return out;
}

StatusOr<std::vector<ListEntry>> ReadListEntries(const std::string& path, Statement* rows) {
  std::vector<ListEntry> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, rows->Step());
    if (!row) break;
    ASSIGN_OR_RETURN(ListEntry entry, ReadListEntryRow(path, *rows));
    out.push_back(std::move(entry));
  }
  return out;
}

Status SqliteStore::PrepareEntityStatements() {
  struct Entry {
    Statement* statement;
    const char* sql;
  };
  EntityStatements& s = entity_statements_;
  const Entry entries[] = {
      {&s.insert_extraction,
       "INSERT INTO extractions(source_id, extractor_version, json, codec) VALUES (?1, ?2, ?3, "
       "?4)"},
      {&s.insert_source_entity,
       "INSERT INTO source_entities(source_id, local_id, position, type, name, aliases, mentions) "
       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&s.delete_extraction, "DELETE FROM extractions WHERE source_id = ?1"},
      {&s.delete_source_entities, "DELETE FROM source_entities WHERE source_id = ?1"},
      {&s.delete_source_members, "DELETE FROM entity_members WHERE source_id = ?1"},
      {&s.get_extraction,
       "SELECT extractor_version, json, codec FROM extractions WHERE source_id = ?1"},
      {&s.list_source_entities,
       "SELECT source_id, local_id, type, name, aliases, mentions FROM source_entities "
       "ORDER BY source_id, position"},
      {&s.insert_entity,
       "INSERT INTO entities(id, type, name, origin, summary) VALUES (?1, ?2, ?3, ?4, ?5)"},
      {&s.insert_entity_name,
       "INSERT INTO entity_names(entity_id, position, name, key, units) VALUES (?1, ?2, ?3, ?4, "
       "?5)"},
      {&s.insert_member,
       "INSERT INTO entity_members(source_id, local_id, entity_id) VALUES (?1, ?2, ?3)"},
      {&s.insert_list_member,
       "INSERT INTO entity_list_members(list_id, idx, entity_id) VALUES (?1, ?2, ?3)"},
      {&s.insert_relation,
       "INSERT OR REPLACE INTO entity_relations(entity_id, other_id, reason) VALUES (?1, ?2, ?3)"},
      {&s.insert_list_entry,
       "INSERT INTO list_entries(list_id, idx, record_id, type, name, aliases, date_of_birth, "
       "nationality, gender) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"},
      {&s.insert_judgment,
       "INSERT INTO judgments(kind, keys_a, keys_b, note, created_at) VALUES (?1, ?2, ?3, ?4, "
       "coalesce(nullif(?5, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"},
  };
  for (const Entry& entry : entries) {
    ASSIGN_OR_RETURN(*entry.statement, Statement::Prepare(db_.get(), path_, entry.sql));
  }
  return Status::Ok();
}

Status SqliteStore::WriteExtraction(int64_t source_id, std::string_view json, int extractor_version,
                                    const std::vector<SourceEntity>* entities) {
  if (json.empty()) return Status::Ok();
  EntityStatements& s = entity_statements_;
  {
    StatementScope scope(&s.insert_extraction);
    s.insert_extraction.BindInt64(1, source_id);
    s.insert_extraction.BindInt64(2, extractor_version);
    const Encoded encoded = Encode(json);
    if (encoded.codec == kCodecPlain) {
      s.insert_extraction.BindText(3, json);
    } else {
      s.insert_extraction.BindBlob(3, encoded.bytes);
    }
    s.insert_extraction.BindInt64(4, encoded.codec);
    RETURN_IF_ERROR(s.insert_extraction.Run());
  }
  if (entities == nullptr) return Status::Ok();
  std::string aliases;
  for (size_t i = 0; i < entities->size(); ++i) {
    const SourceEntity& entity = (*entities)[i];
    aliases = JoinFields(entity.aliases);
    StatementScope scope(&s.insert_source_entity);
    s.insert_source_entity.BindInt64(1, source_id);
    s.insert_source_entity.BindText(2, entity.local_id);
    s.insert_source_entity.BindInt64(3, static_cast<int64_t>(i));
    s.insert_source_entity.BindText(4, ContractTypeName(entity.type));
    s.insert_source_entity.BindText(5, entity.name);
    s.insert_source_entity.BindText(6, aliases);
    s.insert_source_entity.BindInt64(7, entity.mentions);
    if (Status status = s.insert_source_entity.Run(); !status.ok()) {
      return EntityInsertError(
          db_.get(), status,
          path_ + ": source " + std::to_string(source_id) + " entity '" + entity.local_id + "'");
    }
  }
  return Status::Ok();
}

Status SqliteStore::ReplaceExtraction(int64_t source_id, std::string_view json,
                                      int extractor_version,
                                      const std::vector<SourceEntity>& entities) {
  Transaction transaction(db_.get(), path_);
  RETURN_IF_ERROR(transaction.Begin());
  {
    Statement& exists = statements_.source_exists;
    StatementScope scope(&exists);
    exists.BindInt64(1, source_id);
    ASSIGN_OR_RETURN(bool row, exists.Step());
    if (!row) return NotFoundError(path_ + ": no source " + std::to_string(source_id));
  }
  EntityStatements& s = entity_statements_;
  for (Statement* del :
       {&s.delete_source_members, &s.delete_source_entities, &s.delete_extraction}) {
    StatementScope scope(del);
    del->BindInt64(1, source_id);
    RETURN_IF_ERROR(del->Run());
  }
  RETURN_IF_ERROR(WriteExtraction(source_id, json, extractor_version, &entities));
  return transaction.Commit();
}

StatusOr<std::optional<StoredExtraction>> SqliteStore::GetExtraction(int64_t source_id) {
  Statement& get = entity_statements_.get_extraction;
  StatementScope scope(&get);
  get.BindInt64(1, source_id);
  ASSIGN_OR_RETURN(bool row, get.Step());
  if (!row) return std::optional<StoredExtraction>();
  ASSIGN_OR_RETURN(std::string json,
                   Decode(get.ColumnBlob(1), get.ColumnInt64(2),
                          path_ + ": extraction of source " + std::to_string(source_id)));
  return std::optional<StoredExtraction>(
      StoredExtraction{.source_id = source_id,
                       .extractor_version = static_cast<int>(get.ColumnInt64(0)),
                       .json = std::move(json)});
}

StatusOr<std::vector<SourceEntity>> SqliteStore::ListSourceEntities() {
  Statement& list = entity_statements_.list_source_entities;
  StatementScope scope(&list);
  return ReadSourceEntities(path_, &list);
}

StatusOr<int64_t> SqliteStore::ImportList(std::string_view name, std::string_view path,
                                          const std::vector<ListEntry>& entries) {
  if (name.empty()) return InvalidArgumentError(path_ + ": a list needs a name");
  Transaction transaction(db_.get(), path_);
  RETURN_IF_ERROR(transaction.Begin());
  int64_t list_id = 0;
  {
    ASSIGN_OR_RETURN(Statement find,
                     Statement::Prepare(db_.get(), path_, "SELECT id FROM lists WHERE name = ?1"));
    find.BindText(1, name);
    ASSIGN_OR_RETURN(bool row, find.Step());
    if (row) list_id = find.ColumnInt64(0);
  }
  if (list_id != 0) {
    for (const char* sql : {"DELETE FROM entity_list_members WHERE list_id = ?1",
                            "DELETE FROM list_entries WHERE list_id = ?1"}) {
      ASSIGN_OR_RETURN(Statement del, Statement::Prepare(db_.get(), path_, sql));
      del.BindInt64(1, list_id);
      RETURN_IF_ERROR(del.Run());
    }
    ASSIGN_OR_RETURN(Statement update,
                     Statement::Prepare(db_.get(), path_,
                                        "UPDATE lists SET path = ?2, after_source = (SELECT "
                                        "coalesce(max(id), 0) FROM sources), imported_at = "
                                        "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1"));
    update.BindInt64(1, list_id);
    update.BindText(2, path);
    RETURN_IF_ERROR(update.Run());
  } else {
    ASSIGN_OR_RETURN(Statement insert,
                     Statement::Prepare(db_.get(), path_,
                                        "INSERT INTO lists(name, path, after_source, imported_at) "
                                        "VALUES (?1, ?2, (SELECT coalesce(max(id), 0) FROM "
                                        "sources), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"));
    insert.BindText(1, name);
    insert.BindText(2, path);
    RETURN_IF_ERROR(insert.Run());
    list_id = sqlite3_last_insert_rowid(db_.get());
  }
  Statement& insert = entity_statements_.insert_list_entry;
  std::string aliases;
  for (size_t i = 0; i < entries.size(); ++i) {
    const ListEntry& entry = entries[i];
    aliases = JoinFields(entry.aliases);
    StatementScope scope(&insert);
    insert.BindInt64(1, list_id);
    insert.BindInt64(2, static_cast<int64_t>(i));
    insert.BindText(3, entry.record_id);
    insert.BindText(4, ContractTypeName(entry.type));
    insert.BindText(5, entry.name);
    insert.BindText(6, aliases);
    insert.BindText(7, entry.date_of_birth);
    insert.BindText(8, entry.nationality);
    insert.BindText(9, entry.gender);
    RETURN_IF_ERROR(insert.Run());
  }
  RETURN_IF_ERROR(transaction.Commit());
  return list_id;
}

StatusOr<std::vector<StoredList>> SqliteStore::ListLists() {
  ASSIGN_OR_RETURN(Statement list,
                   Statement::Prepare(db_.get(), path_,
                                      "SELECT l.id, l.name, l.path, l.after_source, "
                                      "(SELECT count(*) FROM list_entries e WHERE e.list_id = "
                                      "l.id), l.imported_at FROM lists l ORDER BY l.id"));
  std::vector<StoredList> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    out.push_back(StoredList{.id = list.ColumnInt64(0),
                             .name = std::string(list.ColumnText(1)),
                             .path = std::string(list.ColumnText(2)),
                             .after_source = list.ColumnInt64(3),
                             .entries = static_cast<int>(list.ColumnInt64(4)),
                             .imported_at = std::string(list.ColumnText(5))});
  }
  return out;
}

StatusOr<std::vector<ListEntry>> SqliteStore::ListListEntries() {
  ASSIGN_OR_RETURN(
      Statement list,
      Statement::Prepare(db_.get(), path_,
                         "SELECT list_id, idx, record_id, type, name, aliases, date_of_birth, "
                         "nationality, gender FROM list_entries ORDER BY list_id, idx"));
  return ReadListEntries(path_, &list);
}

StatusOr<int64_t> SqliteStore::AddJudgment(const EntityJudgment& judgment) {
  if (judgment.keys_a.empty() ||
      (judgment.kind == JudgmentKind::kMerge) == judgment.keys_b.empty()) {
    return InvalidArgumentError(path_ + ": judgment '" + judgment.note +
                                "' needs keys for both entities of a merge, one entity for a "
                                "split");
  }
  Statement& insert = entity_statements_.insert_judgment;
  StatementScope scope(&insert);
  const std::string keys_a = JoinFields(judgment.keys_a);
  const std::string keys_b = JoinFields(judgment.keys_b);
  insert.BindText(1, JudgmentKindName(judgment.kind));
  insert.BindText(2, keys_a);
  insert.BindText(3, keys_b);
  insert.BindText(4, judgment.note);
  insert.BindText(5, judgment.created_at);
  RETURN_IF_ERROR(insert.Run());
  return sqlite3_last_insert_rowid(db_.get());
}

StatusOr<std::vector<EntityJudgment>> SqliteStore::ListJudgments() {
  ASSIGN_OR_RETURN(Statement list, Statement::Prepare(db_.get(), path_,
                                                      "SELECT id, kind, keys_a, keys_b, note, "
                                                      "created_at FROM judgments ORDER BY id"));
  std::vector<EntityJudgment> out;
  while (true) {
    ASSIGN_OR_RETURN(bool row, list.Step());
    if (!row) break;
    out.push_back(EntityJudgment{.id = list.ColumnInt64(0),
                                 .kind = ReadJudgmentKind(list.ColumnText(1)),
                                 .keys_a = SplitFields(list.ColumnText(2)),
                                 .keys_b = SplitFields(list.ColumnText(3)),
                                 .note = std::string(list.ColumnText(4)),
                                 .created_at = std::string(list.ColumnText(5))});
  }
  return out;
}

Status SqliteStore::ReplaceLinkedEntities(const std::vector<LinkedEntity>& entities) {
  Transaction transaction(db_.get(), path_);
  RETURN_IF_ERROR(BeginLinkWrite(&transaction));
  RETURN_IF_ERROR(Exec(db_.get(), path_,
                       "DELETE FROM entity_relations; DELETE FROM entity_list_members; "
                       "DELETE FROM entity_members; DELETE FROM entity_names; "
                       "DELETE FROM entity_blocks; DELETE FROM entities"));
  std::unordered_set<std::string_view> ids;
  for (const LinkedEntity& entity : entities) {
    if (!ids.insert(entity.id).second) {
      return InvalidArgumentError(path_ + ": entity " + entity.id + " is given twice");
    }
  }
  RETURN_IF_ERROR(InsertLinkedEntities(entities));
  return CommitLinkWrite(&transaction);
}

StatusOr<std::vector<LinkedEntity>> SqliteStore::ListLinkedEntities(
    std::optional<EntityType> type) {
  std::vector<LinkedEntity> out;
  std::unordered_map<std::string, size_t> index;
  {
    ASSIGN_OR_RETURN(Statement list, Statement::Prepare(db_.get(), path_,
                                                        "SELECT id, type, name, origin FROM "
                                                        "entities WHERE ?1 = '' OR type = ?1 "
                                                        "ORDER BY id"));
    list.BindText(1, type.has_value() ? ContractTypeName(*type) : std::string_view(""));
    while (true) {
      ASSIGN_OR_RETURN(bool row, list.Step());
      if (!row) break;
      LinkedEntity entity;
      entity.id = std::string(list.ColumnText(0));
      ASSIGN_OR_RETURN(entity.type, ReadType(path_, list.ColumnText(1)));
      entity.name = std::string(list.ColumnText(2));
      ASSIGN_OR_RETURN(entity.origin, ReadOrigin(path_, list.ColumnText(3)));
      index.emplace(entity.id, out.size());
      out.push_back(std::move(entity));
    }
  }
  // Each detail table is read once, in entity order, and attached by id.
  const auto for_each_row = [&](const char* sql, auto&& handle) -> Status {
    ASSIGN_OR_RETURN(Statement rows, Statement::Prepare(db_.get(), path_, sql));
    while (true) {
      ASSIGN_OR_RETURN(bool row, rows.Step());
      if (!row) break;
      const auto found = index.find(std::string(rows.ColumnText(0)));
      if (found != index.end()) handle(rows, out[found->second]);
    }
    return Status::Ok();
  };
  RETURN_IF_ERROR(for_each_row(
      "SELECT entity_id, name, key, units FROM entity_names ORDER BY entity_id, position",
      [](const Statement& row, LinkedEntity& entity) {
        entity.names.push_back(LinkedEntityName{.name = std::string(row.ColumnText(1)),
                                                .key = std::string(row.ColumnText(2)),
                                                .units = static_cast<int>(row.ColumnInt64(3))});
      }));
  RETURN_IF_ERROR(
      for_each_row("SELECT entity_id, source_id, local_id FROM entity_members "
                   "ORDER BY entity_id, source_id, local_id",
                   [](const Statement& row, LinkedEntity& entity) {
                     const int64_t source_id = row.ColumnInt64(1);
                     if (entity.members.empty() || entity.members.back().source_id != source_id) {
                       ++entity.source_count;
                     }
                     entity.members.push_back(EntityMemberRef{
                         .source_id = source_id, .local_id = std::string(row.ColumnText(2))});
                   }));
  RETURN_IF_ERROR(for_each_row(
      "SELECT m.entity_id, m.list_id, m.idx, l.name FROM entity_list_members m "
      "JOIN lists l ON l.id = m.list_id ORDER BY m.entity_id, m.list_id, m.idx",
      [](const Statement& row, LinkedEntity& entity) {
        entity.list_entries.push_back(ListEntryRef{.list_id = row.ColumnInt64(1),
                                                   .index = static_cast<int>(row.ColumnInt64(2))});
        std::string list(row.ColumnText(3));
        if (entity.lists.empty() || entity.lists.back() != list) {
          entity.lists.push_back(std::move(list));
        }
      }));
  // Each related pair is stored once: given to both ends, by other id.
  {
    ASSIGN_OR_RETURN(
        Statement rows,
        Statement::Prepare(db_.get(), path_,
                           "SELECT entity_id, other_id, reason FROM entity_relations"));
    while (true) {
      ASSIGN_OR_RETURN(bool row, rows.Step());
      if (!row) break;
      const std::string a(rows.ColumnText(0)), b(rows.ColumnText(1));
      const std::string reason(rows.ColumnText(2));
      if (const auto found = index.find(a); found != index.end()) {
        out[found->second].related.push_back({b, reason});
      }
      if (const auto found = index.find(b); found != index.end()) {
        out[found->second].related.push_back({a, reason});
      }
    }
  }
  for (LinkedEntity& entity : out) SortRelations(&entity.related);
  return out;
}

}  // namespace dossier::store_internal
