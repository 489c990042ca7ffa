// SqliteStore: the EvidenceStore behind OpenSqliteStore. Its methods are
// split by direction: sqlite_store.cc opens and writes (AddSource,
// FindDuplicate), sqlite_store_reads.cc reads (listing, sources, search).
//
// Not thread-safe, like every EvidenceStore: one connection, used by one
// thread. Several processes may share a database file (WAL mode, busy
// timeout); each AddSource is one write transaction.
#ifndef DOSSIER_STORE_INTERNAL_SQLITE_STORE_IMPL_H_
#define DOSSIER_STORE_INTERNAL_SQLITE_STORE_IMPL_H_

#include <memory>
#include <string>
#include <vector>

#include "store/internal/sqlite_util.h"
#include "store/store.h"

namespace dossier::store_internal {

// Prepared once per connection and reused: preparing costs more than running
// the small statements of an ingest.
struct Statements {
  Statement find_source_by_sha;
  Statement insert_source;
  Statement insert_section;
  Statement insert_passage;
  Statement insert_fts;
  Statement insert_band;
  Statement find_exact;
  Statement find_band_candidates;
  Statement list_sources;
  Statement source_exists;
  Statement get_source;
  Statement find_source_by_sha_prefix;
  Statement get_sections;
  Statement get_passages;
  Statement get_raw;
  Statement search;
};

// The statements of the entity tables (sqlite_store_entities.cc).
struct EntityStatements {
  Statement insert_extraction;
  Statement insert_source_entity;
  Statement delete_extraction;
  Statement delete_source_entities;
  Statement delete_source_members;
  Statement get_extraction;
  Statement list_source_entities;
  Statement insert_entity;
  Statement insert_entity_name;
  Statement insert_member;
  Statement insert_list_member;
  Statement insert_relation;
  Statement insert_list_entry;
  Statement insert_judgment;
};

// A row of source_entities selected as (source_id, local_id, type, name,
// aliases, mentions, ...) / of list_entries as (list_id, idx, record_id,
// type, name, aliases, date_of_birth, nationality, gender); kDataLoss naming
// `path` for an unknown type.
StatusOr<SourceEntity> ReadSourceEntityRow(const std::string& path, const Statement& row);
StatusOr<ListEntry> ReadListEntryRow(const std::string& path, const Statement& row);
// Every row of `rows` (selected as above) read.
StatusOr<std::vector<SourceEntity>> ReadSourceEntities(const std::string& path, Statement* rows);
StatusOr<std::vector<ListEntry>> ReadListEntries(const std::string& path, Statement* rows);

// A failed insert into the entity tables: a broken reference (foreign key)
// or a repeated key is the caller's mistake, named by `what`.
Status EntityInsertError(sqlite3* db, const Status& status, const std::string& what);

class SqliteStore : public EvidenceStore {
 public:
  // Takes a connection that OpenDatabase has configured and migrated.
  static StatusOr<std::unique_ptr<SqliteStore>> Create(SqliteHandle db, std::string path);

  StatusOr<bool> HasSource(std::string_view sha256) override;
  StatusOr<std::optional<StoredDuplicate>> FindDuplicate(const PassageFingerprint& fingerprint,
                                                         const DedupeOptions& options) override;
  StatusOr<int64_t> AddSource(const SourceToStore& source) override;
  Status BeginBatch() override;
  Status CommitBatch() override;
  ~SqliteStore() override;
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
  // Inserts linked entities with their names, members, blocks and
  // relations (each related pair once, whichever end gives it). With
  // `grow`, the entities are stored already: their rows and names are
  // replaced, and the rest is added to theirs (GrowLinkedEntities).
  Status InsertLinkedEntities(const std::vector<LinkedEntity>& entities, bool grow = false);
  // The stored entities `ids` names (each once, in id order; unknown ids
  // skipped) with their names; `whole`: with their members, list entries
  // and relations (GetLinkedEntities), else with their summaries
  // (GetEntitySummaries).
  StatusOr<std::vector<LinkedEntity>> ReadLinkedEntities(const std::vector<std::string>& ids,
                                                         bool whole);
  SqliteStore(SqliteHandle db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}

  Status PrepareStatements();
  Status PrepareEntityStatements();
  // Writes a source's extraction and entities (none when `json` is empty).
  Status WriteExtraction(int64_t source_id, std::string_view json, int extractor_version,
                         const std::vector<SourceEntity>* entities);
  // Returns the id of the source with this exact SHA-256, or 0 when none.
  StatusOr<int64_t> FindSourceId(std::string_view sha256);
  // Resolves GetSource's argument to a source id.
  StatusOr<int64_t> ResolveSource(std::string_view id_or_sha);
  // kAborted when a first-occurrence passage of `source` repeats a stored
  // first occurrence exactly (another process stored it since the marking).
  Status CheckFirstOccurrences(const SourceToStore& source);
  Status WriteSource(const SourceToStore& source, int64_t* id);
  Status WritePassages(const SourceToStore& source, int64_t source_id);
  Status ReadSections(int64_t source_id, NormalizedDocument* document);
  // GetSource of an existing id (`whole`), or GetSourceText.
  StatusOr<StoredSource> ReadSource(int64_t id, bool whole);
  Status ReadPassages(int64_t source_id, NormalizedDocument* document);

  // Opens the transaction of a write to the linked entities, unless inside
  // LinkExclusively, whose transaction holds them: a savepoint there would
  // keep every page each statement touches in the statement journal until
  // the link ends (a link costs then what its journal grows to).
  Status BeginLinkWrite(Transaction* transaction);
  Status CommitLinkWrite(Transaction* transaction);

  SqliteHandle db_;
  std::string path_;      // names the database in every error; statements point at it
  bool linking_ = false;  // inside LinkExclusively: its transaction is open
  Statements statements_;
  EntityStatements entity_statements_;
};

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_SQLITE_STORE_IMPL_H_
