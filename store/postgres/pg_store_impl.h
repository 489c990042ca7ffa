// PostgresStore: the EvidenceStore behind OpenPostgresStore. Its methods are
// split by direction: pg_store.cc opens and writes sources, pg_store_reads.cc
// reads them back and searches, pg_store_entities.cc keeps extractions,
// lists, judgments and linked entities.
//
// Not thread-safe, like every EvidenceStore: one connection, used by one
// thread. Any number of stores, in any processes, may share the database:
//  - each AddSource is its own transaction, even inside a batch (a batch
//    only groups commits in SQLite; here a commit is cheap and holding locks
//    across documents would make writers wait on each other);
//  - the same bytes stored twice at once: the UNIQUE key on sources.sha256
//    lets one insert through (INSERT ... ON CONFLICT DO NOTHING);
//  - the same passage stored as a first occurrence twice at once: the
//    primary key of first_occurrences lets one through, the other gets
//    kAborted and is marked again;
//  - re-links (LinkExclusively) take an exclusive advisory lock, and every
//    write of their inputs (sources' entities, lists, judgments) the shared
//    one, so a re-link reads a state no one changes until it is stored.
#ifndef DOSSIER_STORE_POSTGRES_PG_STORE_IMPL_H_
#define DOSSIER_STORE_POSTGRES_PG_STORE_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "store/postgres/pg_connection.h"
#include "store/store.h"

// SQL for the text of passage p of source s, cut from the source's UTF-8
// bytes (a macro so that statements can be string literals).
#define DOSSIER_PG_PASSAGE_TEXT \
  "convert_from(substring(s.text FROM p.span_start + 1 FOR p.span_end - p.span_start), 'UTF8')"

namespace dossier::store_internal {

class PostgresStore : public EvidenceStore {
 public:
  // Takes a connection whose schema OpenPgSchema has migrated.
  explicit PostgresStore(std::unique_ptr<PgConnection> db) : db_(std::move(db)) {}

  StatusOr<bool> HasSource(std::string_view sha256) override;
  StatusOr<std::optional<StoredDuplicate>> FindDuplicate(const PassageFingerprint& fingerprint,
                                                         const DedupeOptions& options) override;
  StatusOr<int64_t> AddSource(const SourceToStore& source) override;
  Status BeginBatch() override;
  Status CommitBatch() override;
  StatusOr<std::vector<SourceSummary>> ListSources() override;
  StatusOr<StoredSource> GetSource(std::string_view id_or_sha) override;
  StatusOr<StoredSource> GetSourceText(int64_t id) override;
  StatusOr<std::string> GetRawBytes(int64_t source_id) override;
  StatusOr<std::vector<SearchHit>> Search(std::string_view query, int limit) override;
  Status ReplaceExtraction(int64_t source_id, std::string_view json, int extractor_version,
                           const std::vector<SourceEntity>& entities) override;
  StatusOr<std::optional<StoredExtraction>> GetExtraction(int64_t source_id) override;
  StatusOr<std::vector<SourceEntity>> ListSourceEntities() override;
  StatusOr<int64_t> ImportList(std::string_view name, std::string_view path,
                               const std::vector<ListEntry>& entries) override;
  StatusOr<std::vector<StoredList>> ListLists() override;
  StatusOr<std::vector<ListEntry>> ListListEntries() override;
  StatusOr<int64_t> AddJudgment(const EntityJudgment& judgment) override;
  StatusOr<std::vector<EntityJudgment>> ListJudgments() override;
  Status LinkExclusively(const std::function<Status()>& link) override;
  Status ReplaceLinkedEntities(const std::vector<LinkedEntity>& entities) override;
  StatusOr<std::vector<LinkedEntity>> ListLinkedEntities(std::optional<EntityType> type) override;
  StatusOr<bool> HasLinkIndex() override;
  StatusOr<std::vector<SourceEntity>> ListUnlinkedSourceEntities() override;
  StatusOr<std::vector<ListEntry>> ListUnlinkedListEntries() override;
  StatusOr<std::vector<SourceEntity>> GetSourceEntities(
      const std::vector<EntityMemberRef>& refs) override;
  StatusOr<std::vector<ListEntry>> GetListEntries(const std::vector<ListEntryRef>& refs) override;
  StatusOr<EntityCandidates> FindLinkedEntities(const std::vector<std::string>& keys,
                                                const std::vector<std::string>& blocks,
                                                size_t max_block) override;
  StatusOr<std::vector<LinkedEntity>> GetLinkedEntities(
      const std::vector<std::string>& ids) override;
  Status UpdateLinkedEntities(const std::vector<LinkedEntity>& removed,
                              const std::vector<LinkedEntity>& added) override;
  StatusOr<std::vector<LinkedEntity>> GetEntitySummaries(
      const std::vector<std::string>& ids) override;
  StatusOr<std::vector<std::string>> TakenEntityIds(const std::vector<std::string>& ids) override;
  Status GrowLinkedEntities(const std::vector<LinkedEntity>& grown) override;
  StatusOr<std::vector<LinkedEntity>> ListEntityNames() override;
  StatusOr<std::vector<EntityMembership>> GetEntityMemberships(
      const std::vector<int64_t>& source_ids) override;

 private:
  // Opens a transaction that writes linked entities, holding the exclusive
  // link lock unless inside LinkExclusively (which holds it).
  Status BeginLinkWrite(PgTransaction* transaction);
  // Inserts linked entities with their names, members, blocks and
  // relations (each related pair once, whichever end gives it). With
  // `grow`, the entities are stored already: their rows and names are
  // replaced, and the rest is added to theirs (GrowLinkedEntities).
  Status InsertLinkedEntities(const std::vector<LinkedEntity>& entities, bool grow = false);
  // Reads linked entities: those `filter` (SQL over entities, with `params`)
  // selects, or those of `ids` ($1 of `filter` then) when not null, with
  // their names, members, list entries and relations.
  StatusOr<std::vector<LinkedEntity>> ReadLinkedEntities(const std::string& filter,
                                                         const PgParams& params,
                                                         const std::vector<std::string>* ids);
  // Source entities / list entries from rows selected as ListSourceEntities
  // / ListListEntries select them.
  StatusOr<std::vector<SourceEntity>> SourceEntityRows(const PgResult& rows);
  StatusOr<std::vector<ListEntry>> ListEntryRows(const PgResult& rows);
  const std::string& name() const { return db_->name(); }
  // Opens a write transaction (unless a re-link holds one open) holding the
  // shared link lock when it changes what linking reads.
  Status BeginWrite(PgTransaction* transaction, bool changes_link_inputs);
  // Returns the id of the source with this exact SHA-256, or 0 when none.
  StatusOr<int64_t> FindSourceId(std::string_view sha256);
  StatusOr<int64_t> WriteSource(const SourceToStore& source);
  Status WritePassages(const SourceToStore& source, int64_t source_id);
  // Claims the exact keys of the source's first occurrences
  // (first_occurrences); kAborted when another writer holds one.
  Status ClaimFirstOccurrences(const SourceToStore& source, const std::vector<int64_t>& keys,
                               const std::vector<int64_t>& passage_ids,
                               const std::vector<int>& indices);
  Status WriteExtraction(int64_t source_id, std::string_view json, int extractor_version,
                         const std::vector<SourceEntity>* entities);
  Status ReadSections(int64_t source_id, NormalizedDocument* document);
  // GetSource of an existing id (`whole`), or GetSourceText.
  StatusOr<StoredSource> ReadSource(int64_t id, bool whole);
  Status ReadPassages(int64_t source_id, NormalizedDocument* document);

  std::unique_ptr<PgConnection> db_;
  bool batch_open_ = false;
  bool linking_ = false;  // inside LinkExclusively: its transaction is open
};

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_POSTGRES_PG_STORE_IMPL_H_
