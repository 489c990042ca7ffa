// PostgresStore's entity tables (store/entity_records.h): extractions and
// their entities, imported lists, judgments and the cross-document entities
// of the last re-link. The schema is version 2 in pg_schema.cc.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "store/internal/entity_fields.h"
#include "store/postgres/pg_schema.h"
#include "store/postgres/pg_store_impl.h"

namespace dossier::store_internal {
namespace {

constexpr char kNow[] = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

StatusOr<bool> SourceExists(PgConnection* db, int64_t source_id) {
  PgParams params;
  params.Int(source_id);
  ASSIGN_OR_RETURN(PgResult row, db->Exec("SELECT 1 FROM sources WHERE id = $1::int8", params));
  return row.rows() > 0;
}

// Returns the ids among `ids` that no row of `table` has.
StatusOr<std::unordered_set<int64_t>> MissingIds(PgConnection* db, const char* table,
                                                 const std::vector<int64_t>& ids) {
  std::unordered_set<int64_t> missing(ids.begin(), ids.end());
  if (ids.empty()) return missing;
  PgParams params;
  params.Text(IntArray(ids));
  ASSIGN_OR_RETURN(
      PgResult found,
      db->Exec(std::string("SELECT id FROM ") + table + " WHERE id = ANY($1::int8[])", params));
  for (int row = 0; row < found.rows(); ++row) missing.erase(found.Int(row, 0));
  return missing;
}

}  // namespace

Status PostgresStore::WriteExtraction(int64_t source_id, std::string_view json,
                                      int extractor_version,
                                      const std::vector<SourceEntity>* entities) {
  if (json.empty()) return Status::Ok();
  {
    PgParams params;
    params.Int(source_id).Int(extractor_version).Text(json);
    RETURN_IF_ERROR(db_->ExecPrepared("insert_extraction",
                                      "INSERT INTO extractions(source_id, extractor_version, "
                                      "json) VALUES ($1::int8, $2::int4, $3)",
                                      params)
                        .status());
  }
  if (entities == nullptr || entities->empty()) return Status::Ok();
  std::vector<std::string> aliases;
  std::vector<std::string_view> local_ids, types, names, alias_views;
  std::vector<int64_t> positions, mentions;
  std::unordered_set<std::string_view> seen;
  for (size_t i = 0; i < entities->size(); ++i) {
    const SourceEntity& entity = (*entities)[i];
    if (!seen.insert(entity.local_id).second) {
      return InvalidArgumentError(name() + ": source " + std::to_string(source_id) + " entity '" +
                                  entity.local_id + "': given twice");
    }
    local_ids.push_back(entity.local_id);
    types.push_back(ContractTypeName(entity.type));
    names.push_back(entity.name);
    aliases.push_back(JoinFields(entity.aliases));
    positions.push_back(static_cast<int64_t>(i));
    mentions.push_back(entity.mentions);
  }
  for (const std::string& joined : aliases) alias_views.push_back(joined);
  PgParams params;
  params.Int(source_id)
      .Text(TextArray(local_ids))
      .Text(IntArray(positions))
      .Text(TextArray(types))
      .Text(TextArray(names))
      .Text(TextArray(alias_views))
      .Text(IntArray(mentions));
  return db_
      ->ExecPrepared("insert_source_entities",
                     "INSERT INTO source_entities(source_id, local_id, position, type, name, "
                     "aliases, mentions) SELECT $1::int8, t.* FROM unnest($2::text[], "
                     "$3::int4[], $4::text[], $5::text[], $6::text[], $7::int4[]) AS t",
                     params)
      .status();
}

Status PostgresStore::ReplaceExtraction(int64_t source_id, std::string_view json,
                                        int extractor_version,
                                        const std::vector<SourceEntity>& entities) {
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginWrite(&transaction, /*changes_link_inputs=*/true));
  ASSIGN_OR_RETURN(bool exists, SourceExists(db_.get(), source_id));
  if (!exists) return NotFoundError(name() + ": no source " + std::to_string(source_id));
  PgParams params;
  params.Int(source_id);
  for (const char* sql : {"DELETE FROM entity_members WHERE source_id = $1::int8",
                          "DELETE FROM source_entities WHERE source_id = $1::int8",
                          "DELETE FROM extractions WHERE source_id = $1::int8"}) {
    RETURN_IF_ERROR(db_->Run(sql, params));
  }
  RETURN_IF_ERROR(WriteExtraction(source_id, json, extractor_version, &entities));
  return transaction.Commit();
}

StatusOr<std::optional<StoredExtraction>> PostgresStore::GetExtraction(int64_t source_id) {
  PgParams params;
  params.Int(source_id);
  ASSIGN_OR_RETURN(
      PgResult row,
      db_->ExecPrepared("get_extraction",
                        "SELECT extractor_version, json FROM extractions WHERE source_id = "
                        "$1::int8",
                        params));
  if (row.rows() == 0) return std::optional<StoredExtraction>();
  return std::optional<StoredExtraction>(
      StoredExtraction{.source_id = source_id,
                       .extractor_version = static_cast<int>(row.Int(0, 0)),
                       .json = row.String(0, 1)});
}

StatusOr<std::vector<SourceEntity>> PostgresStore::ListSourceEntities() {
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT source_id, local_id, type, name, aliases, mentions FROM "
                             "source_entities ORDER BY source_id, position"));
  return SourceEntityRows(rows);
}

StatusOr<std::vector<SourceEntity>> PostgresStore::SourceEntityRows(const PgResult& rows) {
  std::vector<SourceEntity> out;
  out.reserve(rows.rows());
  for (int row = 0; row < rows.rows(); ++row) {
    SourceEntity entity;
    entity.source_id = rows.Int(row, 0);
    entity.local_id = rows.String(row, 1);
    ASSIGN_OR_RETURN(entity.type, ReadType(name(), rows.Bytes(row, 2)));
    entity.name = rows.String(row, 3);
    entity.aliases = SplitFields(rows.Bytes(row, 4));
    entity.mentions = static_cast<int>(rows.Int(row, 5));
    out.push_back(std::move(entity));
  }
  return out;
}

StatusOr<int64_t> PostgresStore::ImportList(std::string_view list_name, std::string_view path,
                                            const std::vector<ListEntry>& entries) {
  if (list_name.empty()) return InvalidArgumentError(name() + ": a list needs a name");
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginWrite(&transaction, /*changes_link_inputs=*/true));
  PgParams upsert;
  upsert.Text(list_name).Text(path);
  // after_source: the highest source id committed when the list arrives.
  ASSIGN_OR_RETURN(
      PgResult row,
      db_->Exec(std::string("INSERT INTO lists(name, path, after_source, imported_at) VALUES "
                            "($1, $2, (SELECT coalesce(max(id), 0) FROM sources), ") +
                    kNow +
                    ") ON CONFLICT (name) DO UPDATE SET path = excluded.path, after_source = "
                    "excluded.after_source, imported_at = excluded.imported_at RETURNING id",
                upsert));
  const int64_t list_id = row.Int(0, 0);
  PgParams id;
  id.Int(list_id);
  for (const char* sql : {"DELETE FROM entity_list_members WHERE list_id = $1::int8",
                          "DELETE FROM list_entries WHERE list_id = $1::int8"}) {
    RETURN_IF_ERROR(db_->Run(sql, id));
  }
  if (!entries.empty()) {
    std::vector<std::string> aliases;
    std::vector<std::string_view> record_ids, types, names, alias_views, births, nationalities,
        genders;
    std::vector<int64_t> indices;
    for (size_t i = 0; i < entries.size(); ++i) {
      const ListEntry& entry = entries[i];
      indices.push_back(static_cast<int64_t>(i));
      record_ids.push_back(entry.record_id);
      types.push_back(ContractTypeName(entry.type));
      names.push_back(entry.name);
      aliases.push_back(JoinFields(entry.aliases));
      births.push_back(entry.date_of_birth);
      nationalities.push_back(entry.nationality);
      genders.push_back(entry.gender);
    }
    for (const std::string& joined : aliases) alias_views.push_back(joined);
    PgParams params;
    params.Int(list_id)
        .Text(IntArray(indices))
        .Text(TextArray(record_ids))
        .Text(TextArray(types))
        .Text(TextArray(names))
        .Text(TextArray(alias_views))
        .Text(TextArray(births))
        .Text(TextArray(nationalities))
        .Text(TextArray(genders));
    RETURN_IF_ERROR(db_->Run(
        "INSERT INTO list_entries(list_id, idx, record_id, type, name, aliases, date_of_birth, "
        "nationality, gender) SELECT $1::int8, t.* FROM unnest($2::int4[], $3::text[], "
        "$4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) AS t",
        params));
  }
  RETURN_IF_ERROR(transaction.Commit());
  return list_id;
}

StatusOr<std::vector<StoredList>> PostgresStore::ListLists() {
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT l.id, l.name, l.path, l.after_source, (SELECT count(*) FROM "
                             "list_entries e WHERE e.list_id = l.id), l.imported_at FROM lists l "
                             "ORDER BY l.id"));
  std::vector<StoredList> out;
  for (int row = 0; row < rows.rows(); ++row) {
    out.push_back(StoredList{.id = rows.Int(row, 0),
                             .name = rows.String(row, 1),
                             .path = rows.String(row, 2),
                             .after_source = rows.Int(row, 3),
                             .entries = static_cast<int>(rows.Int(row, 4)),
                             .imported_at = rows.String(row, 5)});
  }
  return out;
}

StatusOr<std::vector<ListEntry>> PostgresStore::ListListEntries() {
  ASSIGN_OR_RETURN(PgResult rows,
                   db_->Exec("SELECT list_id, idx, record_id, type, name, aliases, "
                             "date_of_birth, nationality, gender FROM list_entries ORDER BY "
                             "list_id, idx"));
  return ListEntryRows(rows);
}

StatusOr<std::vector<ListEntry>> PostgresStore::ListEntryRows(const PgResult& rows) {
  std::vector<ListEntry> out;
  for (int row = 0; row < rows.rows(); ++row) {
    ListEntry entry;
    entry.list_id = rows.Int(row, 0);
    entry.index = static_cast<int>(rows.Int(row, 1));
    entry.record_id = rows.String(row, 2);
    ASSIGN_OR_RETURN(entry.type, ReadType(name(), rows.Bytes(row, 3)));
    entry.name = rows.String(row, 4);
    entry.aliases = SplitFields(rows.Bytes(row, 5));
    entry.date_of_birth = rows.String(row, 6);
    entry.nationality = rows.String(row, 7);
    entry.gender = rows.String(row, 8);
    out.push_back(std::move(entry));
  }
  return out;
}

StatusOr<int64_t> PostgresStore::AddJudgment(const EntityJudgment& judgment) {
  if (judgment.keys_a.empty() ||
      (judgment.kind == JudgmentKind::kMerge) == judgment.keys_b.empty()) {
    return InvalidArgumentError(name() + ": judgment '" + judgment.note +
                                "' needs keys for both entities of a merge, one entity for a "
                                "split");
  }
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginWrite(&transaction, /*changes_link_inputs=*/true));
  PgParams params;
  params.Text(JudgmentKindName(judgment.kind))
      .Text(JoinFields(judgment.keys_a))
      .Text(JoinFields(judgment.keys_b))
      .Text(judgment.note)
      .Text(judgment.created_at);
  ASSIGN_OR_RETURN(PgResult row,
                   db_->Exec(std::string("INSERT INTO judgments(kind, keys_a, keys_b, note, "
                                         "created_at) VALUES ($1, $2, $3, $4, "
                                         "coalesce(nullif($5, ''), ") +
                                 kNow + ")) RETURNING id",
                             params));
  RETURN_IF_ERROR(transaction.Commit());
  return row.Int(0, 0);
}

StatusOr<std::vector<EntityJudgment>> PostgresStore::ListJudgments() {
  ASSIGN_OR_RETURN(PgResult rows, db_->Exec("SELECT id, kind, keys_a, keys_b, note, created_at "
                                            "FROM judgments ORDER BY id"));
  std::vector<EntityJudgment> out;
  for (int row = 0; row < rows.rows(); ++row) {
    out.push_back(EntityJudgment{.id = rows.Int(row, 0),
                                 .kind = ReadJudgmentKind(rows.Bytes(row, 1)),
                                 .keys_a = SplitFields(rows.Bytes(row, 2)),
                                 .keys_b = SplitFields(rows.Bytes(row, 3)),
                                 .note = rows.String(row, 4),
                                 .created_at = rows.String(row, 5)});
  }
  return out;
}

Status PostgresStore::ReplaceLinkedEntities(const std::vector<LinkedEntity>& entities) {
  std::unordered_set<std::string_view> ids;
  for (const LinkedEntity& entity : entities) {
    if (!ids.insert(entity.id).second) {
      return InvalidArgumentError(name() + ": entity " + entity.id + " is given twice");
    }
  }
  // Relations name given entities only (checked here, so that errors name them).
  for (const LinkedEntity& entity : entities) {
    for (const EntityRelation& relation : entity.related) {
      if (!ids.contains(relation.other_id)) {
        return InvalidArgumentError(name() + ": entity " + entity.id + " relation to " +
                                    relation.other_id + ": no such entity");
      }
    }
  }
  PgTransaction transaction(db_.get());
  RETURN_IF_ERROR(BeginLinkWrite(&transaction));
  RETURN_IF_ERROR(
      db_->RunScript("DELETE FROM entity_relations; DELETE FROM entity_list_members; DELETE FROM "
                     "entity_members; DELETE FROM entity_names; DELETE FROM entity_blocks; "
                     "DELETE FROM entities"));
  RETURN_IF_ERROR(InsertLinkedEntities(entities));
  return transaction.Commit();
}

Status PostgresStore::BeginLinkWrite(PgTransaction* transaction) {
  RETURN_IF_ERROR(BeginWrite(transaction, /*changes_link_inputs=*/false));
  if (linking_) return Status::Ok();
  // Called on its own: still never beside a re-link in progress.
  PgParams lock;
  lock.Int(kPgLockSpace).Int(kPgLinkLock);
  return db_->Run("SELECT pg_advisory_xact_lock($1::int4, $2::int4)", lock);
}

Status PostgresStore::InsertLinkedEntities(const std::vector<LinkedEntity>& entities, bool grow) {
  // Checked before writing, so that errors name the entity: members and
  // list entries naming stored sources and lists.
  std::vector<int64_t> source_ids, list_ids;
  for (const LinkedEntity& entity : entities) {
    for (const EntityMemberRef& member : entity.members) source_ids.push_back(member.source_id);
    for (const ListEntryRef& entry : entity.list_entries) list_ids.push_back(entry.list_id);
  }
  ASSIGN_OR_RETURN(std::unordered_set<int64_t> missing_sources,
                   MissingIds(db_.get(), "sources", source_ids));
  ASSIGN_OR_RETURN(std::unordered_set<int64_t> missing_lists,
                   MissingIds(db_.get(), "lists", list_ids));
  // The rows of each table, as parallel arrays.
  std::vector<std::string_view> entity_ids, types, names, origins;
  std::vector<std::string> summaries;
  std::vector<std::string_view> name_entities, name_texts, name_keys;
  std::vector<int64_t> name_positions, name_units;
  std::vector<std::string_view> member_entities, member_locals;
  std::vector<int64_t> member_sources;
  std::vector<std::string_view> list_member_entities;
  std::vector<int64_t> list_member_lists, list_member_indices;
  std::vector<std::string_view> relation_from, relation_to, relation_reasons;
  std::vector<int64_t> block_hashes, block_full;
  std::vector<std::string_view> block_entities;
  for (const LinkedEntity& entity : entities) {
    const std::string what = name() + ": entity " + entity.id;
    entity_ids.push_back(entity.id);
    types.push_back(ContractTypeName(entity.type));
    names.push_back(entity.name);
    origins.push_back(EntityOriginName(entity.origin));
    summaries.push_back(WriteShapes(entity.shapes));
    for (size_t i = 0; i < entity.names.size(); ++i) {
      name_entities.push_back(entity.id);
      name_positions.push_back(static_cast<int64_t>(i));
      name_texts.push_back(entity.names[i].name);
      name_keys.push_back(entity.names[i].key);
      name_units.push_back(entity.names[i].units);
    }
    for (const EntityMemberRef& member : entity.members) {
      if (missing_sources.contains(member.source_id)) {
        return InvalidArgumentError(what + " member " + std::to_string(member.source_id) + "/" +
                                    member.local_id + ": no such source");
      }
      member_entities.push_back(entity.id);
      member_sources.push_back(member.source_id);
      member_locals.push_back(member.local_id);
    }
    for (const ListEntryRef& entry : entity.list_entries) {
      if (missing_lists.contains(entry.list_id)) {
        return InvalidArgumentError(what + " list entry " + std::to_string(entry.list_id) + "/" +
                                    std::to_string(entry.index) + ": no such list");
      }
      list_member_entities.push_back(entity.id);
      list_member_lists.push_back(entry.list_id);
      list_member_indices.push_back(entry.index);
    }
    // Each related pair once, the lesser id first.
    for (const EntityRelation& relation : entity.related) {
      const bool forward = entity.id < relation.other_id;
      relation_from.push_back(forward ? std::string_view(entity.id) : relation.other_id);
      relation_to.push_back(forward ? std::string_view(relation.other_id) : entity.id);
      relation_reasons.push_back(relation.reason);
    }
    for (const EntityBlockKey& block : entity.blocks) {
      block_hashes.push_back(BlockHash(block.key));
      block_full.push_back(block.full ? 1 : 0);
      block_entities.push_back(entity.id);
    }
  }
  PgParams entity_rows;
  entity_rows.Text(TextArray(entity_ids))
      .Text(TextArray(types))
      .Text(TextArray(names))
      .Text(TextArray(origins))
      .Text(TextArray({summaries.begin(), summaries.end()}));
  if (grow) {
    ASSIGN_OR_RETURN(
        PgResult updated,
        db_->Exec("UPDATE entities e SET type = u.t, name = u.n, origin = u.o, summary = u.s "
                  "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS "
                  "u(i, t, n, o, s) WHERE e.id = u.i RETURNING e.id",
                  entity_rows));
    std::unordered_set<std::string> found;
    for (int row = 0; row < updated.rows(); ++row) found.insert(updated.String(row, 0));
    for (const LinkedEntity& entity : entities) {
      if (!found.contains(entity.id)) {
        return NotFoundError(name() + ": entity " + entity.id + " is not stored");
      }
    }
    PgParams grown_ids;
    grown_ids.Text(TextArray(entity_ids));
    RETURN_IF_ERROR(
        db_->Run("DELETE FROM entity_names WHERE entity_id = ANY($1::text[])", grown_ids));
  } else if (Status status =
                 db_->Run("INSERT INTO entities(id, type, name, origin, summary) SELECT * FROM "
                          "unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])",
                          entity_rows);
             !status.ok()) {
    return status.code() == StatusCode::kInvalidArgument
               ? InvalidArgumentError(status.message() + " (an entity stored already)")
               : status;
  }
  PgParams name_rows;
  name_rows.Text(TextArray(name_entities))
      .Text(IntArray(name_positions))
      .Text(TextArray(name_texts))
      .Text(TextArray(name_keys))
      .Text(IntArray(name_units));
  RETURN_IF_ERROR(
      db_->Run("INSERT INTO entity_names(entity_id, position, name, key, units) "
               "SELECT * FROM unnest($1::text[], $2::int4[], $3::text[], $4::text[], "
               "$5::int4[])",
               name_rows));
  PgParams member_rows;
  member_rows.Text(IntArray(member_sources))
      .Text(TextArray(member_locals))
      .Text(TextArray(member_entities));
  if (Status status = db_->Run("INSERT INTO entity_members(source_id, local_id, entity_id) "
                               "SELECT * FROM unnest($1::int8[], $2::text[], $3::text[])",
                               member_rows);
      !status.ok()) {
    return status.code() == StatusCode::kInvalidArgument
               ? InvalidArgumentError(status.message() + " (a source entity in two entities)")
               : status;
  }
  PgParams list_rows;
  list_rows.Text(IntArray(list_member_lists))
      .Text(IntArray(list_member_indices))
      .Text(TextArray(list_member_entities));
  RETURN_IF_ERROR(
      db_->Run("INSERT INTO entity_list_members(list_id, idx, entity_id) SELECT * "
               "FROM unnest($1::int8[], $2::int4[], $3::text[])",
               list_rows));
  PgParams block_rows;
  block_rows.Text(IntArray(block_hashes))
      .Text(IntArray(block_full))
      .Text(TextArray(block_entities));
  RETURN_IF_ERROR(
      db_->Run("INSERT INTO entity_blocks(block, is_full, entity_id) SELECT * FROM "
               "unnest($1::int8[], $2::int2[], $3::text[]) ON CONFLICT DO NOTHING",
               block_rows));
  PgParams relation_rows;
  relation_rows.Text(TextArray(relation_from))
      .Text(TextArray(relation_to))
      .Text(TextArray(relation_reasons));
  // A pair given twice keeps its last reason, as in the SQLite store.
  return db_->Run(
      "INSERT INTO entity_relations(entity_id, other_id, reason) SELECT "
      "DISTINCT ON (f, t) f, t, r FROM unnest($1::text[], $2::text[], "
      "$3::text[]) WITH ORDINALITY AS u(f, t, r, n) ORDER BY f, t, n DESC "
      "ON CONFLICT (entity_id, other_id) DO UPDATE SET reason = EXCLUDED.reason",
      relation_rows);
}

StatusOr<std::vector<LinkedEntity>> PostgresStore::ListLinkedEntities(
    std::optional<EntityType> type) {
  PgParams params;
  params.Text(type.has_value() ? ContractTypeName(*type) : std::string_view(""));
  return ReadLinkedEntities("$1 = '' OR type = $1", params, nullptr);
}

StatusOr<std::vector<LinkedEntity>> PostgresStore::ReadLinkedEntities(
    const std::string& filter, const PgParams& params, const std::vector<std::string>* ids) {
  const std::string detail_filter = ids != nullptr ? "entity_id = ANY($1::text[])" : "true";
  PgParams detail_params;
  if (ids != nullptr) detail_params.Text(TextArray({ids->begin(), ids->end()}));
  std::vector<LinkedEntity> out;
  std::unordered_map<std::string, size_t> index;
  {
    ASSIGN_OR_RETURN(PgResult rows, db_->Exec("SELECT id, type, name, origin FROM entities WHERE " +
                                                  filter + " ORDER BY id COLLATE \"C\"",
                                              params));
    for (int row = 0; row < rows.rows(); ++row) {
      LinkedEntity entity;
      entity.id = rows.String(row, 0);
      ASSIGN_OR_RETURN(entity.type, ReadType(name(), rows.Bytes(row, 1)));
      entity.name = rows.String(row, 2);
      ASSIGN_OR_RETURN(entity.origin, ReadOrigin(name(), rows.Bytes(row, 3)));
      index.emplace(entity.id, out.size());
      out.push_back(std::move(entity));
    }
  }
  // Each detail table is read once, in entity order, and attached by id.
  const auto for_each_row = [&](const std::string& sql, auto&& handle) -> Status {
    ASSIGN_OR_RETURN(PgResult rows, db_->Exec(sql, detail_params));
    for (int row = 0; row < rows.rows(); ++row) {
      const auto found = index.find(rows.String(row, 0));
      if (found != index.end()) handle(rows, row, out[found->second]);
    }
    return Status::Ok();
  };
  RETURN_IF_ERROR(for_each_row("SELECT entity_id, name, key, units FROM entity_names WHERE " +
                                   detail_filter + " ORDER BY entity_id, position",
                               [](const PgResult& rows, int row, LinkedEntity& entity) {
                                 entity.names.push_back(
                                     LinkedEntityName{.name = rows.String(row, 1),
                                                      .key = rows.String(row, 2),
                                                      .units = static_cast<int>(rows.Int(row, 3))});
                               }));
  RETURN_IF_ERROR(
      for_each_row("SELECT entity_id, source_id, local_id FROM entity_members WHERE " +
                       detail_filter + " ORDER BY entity_id, source_id, local_id COLLATE \"C\"",
                   [](const PgResult& rows, int row, LinkedEntity& entity) {
                     const int64_t source_id = rows.Int(row, 1);
                     if (entity.members.empty() || entity.members.back().source_id != source_id) {
                       ++entity.source_count;
                     }
                     entity.members.push_back(
                         EntityMemberRef{.source_id = source_id, .local_id = rows.String(row, 2)});
                   }));
  RETURN_IF_ERROR(for_each_row(
      "SELECT m.entity_id, m.list_id, m.idx, l.name FROM entity_list_members m JOIN lists l ON "
      "l.id = m.list_id WHERE " +
          detail_filter + " ORDER BY m.entity_id, m.list_id, m.idx",
      [](const PgResult& rows, int row, LinkedEntity& entity) {
        entity.list_entries.push_back(
            ListEntryRef{.list_id = rows.Int(row, 1), .index = static_cast<int>(rows.Int(row, 2))});
        std::string list = rows.String(row, 3);
        if (entity.lists.empty() || entity.lists.back() != list) {
          entity.lists.push_back(std::move(list));
        }
      }));
  // Each related pair is stored once: given to both ends, by other id.
  {
    const std::string relation_filter =
        ids != nullptr ? detail_filter + " OR other_id = ANY($1::text[])" : "true";
    ASSIGN_OR_RETURN(PgResult rows,
                     db_->Exec("SELECT entity_id, other_id, reason FROM entity_relations WHERE " +
                                   relation_filter,
                               detail_params));
    for (int row = 0; row < rows.rows(); ++row) {
      const std::string a = rows.String(row, 0), b = rows.String(row, 1);
      const std::string reason = rows.String(row, 2);
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
