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
  StatusOr<std::string> GetRawBytes(int64_t source_id) override;
  StatusOr<std::vector<SearchHit>> Search(std::string_view query, int limit) override;

 private:
  SqliteStore(SqliteHandle db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}

  Status PrepareStatements();
  // Returns the id of the source with this exact SHA-256, or 0 when none.
  StatusOr<int64_t> FindSourceId(std::string_view sha256);
  // Resolves GetSource's argument to a source id.
  StatusOr<int64_t> ResolveSource(std::string_view id_or_sha);
  Status WriteSource(const SourceToStore& source, int64_t* id);
  Status WritePassages(const SourceToStore& source, int64_t source_id);
  Status ReadSections(int64_t source_id, NormalizedDocument* document);
  Status ReadPassages(int64_t source_id, NormalizedDocument* document);

  SqliteHandle db_;
  std::string path_;  // names the database in every error; statements point at it
  Statements statements_;
  std::string scratch_;  // packing buffer, reused across AddSource calls
};

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_SQLITE_STORE_IMPL_H_
