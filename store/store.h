// EvidenceStore: the narrow interface through which the pipeline and the CLI
// reach stored evidence. SQLite (sqlite_store.h) is the embedded
// implementation, PostgreSQL (postgres_store.h) the one a team shares;
// open_store.h picks one from the --db argument.
//
// Guarantees every implementation keeps:
//  - the raw bytes of every source are kept unchanged, addressed by SHA-256;
//  - AddSource stores a whole document, with its extraction, or nothing (one
//    transaction);
//  - adding the same raw bytes twice is a no-op (kAlreadyExists).
//
// Not thread-safe: use one EvidenceStore per thread. Several stores (threads,
// processes, machines) may share one database: see AddSource's kAborted and
// LinkExclusively for what they coordinate.
//
//   ASSIGN_OR_RETURN(std::unique_ptr<EvidenceStore> store, OpenSqliteStore("dossier.db"));
//   ASSIGN_OR_RETURN(bool known, store->HasSource(sha));
#ifndef DOSSIER_STORE_STORE_H_
#define DOSSIER_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/entity_records.h"
#include "text/dedupe.h"
#include "text/document.h"

namespace dossier {

// Everything AddSource persists about one input file. Views stay valid only
// for the duration of the call.
struct SourceToStore {
  std::string sha256;    // of raw
  std::string path;      // as given by the user
  std::string_view raw;  // the input bytes, unchanged
  std::string kind;      // SourceKindName(): "text", "html", ...
  std::string encoding;
  std::string title;
  std::string url;
  std::string published;
  const NormalizedDocument* document = nullptr;  // REQUIRES: non-null
  // One per document->passages entry, in order (from MarkInternalDuplicates).
  const std::vector<PassageFingerprint>* fingerprints = nullptr;
  // The extraction (extract/extraction_json.h) as JSON text and the entities
  // it found, stored with the source. Empty JSON: none stored.
  std::string_view extraction_json;
  int extractor_version = 0;
  const std::vector<SourceEntity>* entities = nullptr;  // null: none
  // Set when copying a store (dossier migrate): the time it was first
  // ingested (UTC, ISO 8601; empty: now), and its duplicate marks kept as
  // they are even where a first occurrence repeats a stored one exactly.
  std::string ingested_at;
  bool keep_marks = false;
};

struct SourceSummary {
  int64_t id = 0;
  std::string sha256;
  std::string path;
  std::string title;
  std::string kind;
  std::string language;
  uint64_t bytes = 0;  // raw size
  int passages = 0;
  int duplicates = 0;       // passages marked duplicate_of
  std::string ingested_at;  // UTC, ISO 8601
};

struct StoredSource {
  SourceSummary summary;
  std::string encoding;
  std::string url;
  std::string published;
  NormalizedDocument document;  // text, origin, sections, passages (with
                                // duplicate marks) and sentences; tokens are
                                // not stored (recomputed on demand)
};

struct StoredDuplicate {
  int64_t source_id = 0;
  std::string source_sha256;
  int passage_index = 0;
  bool exact = true;
  double similarity = 1;
};

struct SearchHit {
  int64_t source_id = 0;
  std::string sha256;
  std::string title;
  std::string path;
  int passage_index = 0;
  std::string section;
  std::string snippet;  // the passage with matches wrapped in [ and ]; a passage longer
                        // than 64 tokens is cut around the best match, "…" marking cuts
  double score = 0;     // higher is better
  bool duplicate = false;
};

class EvidenceStore {
 public:
  virtual ~EvidenceStore() = default;

  // Returns whether a source with these raw bytes is stored.
  virtual StatusOr<bool> HasSource(std::string_view sha256) = 0;

  // Returns the earliest stored first-occurrence passage that `fingerprint`
  // repeats (exact key first, then LSH candidates verified by similarity),
  // or nullopt.
  virtual StatusOr<std::optional<StoredDuplicate>> FindDuplicate(
      const PassageFingerprint& fingerprint, const DedupeOptions& options) = 0;

  // Stores the source, its normalized text, passages, sentences, fingerprints
  // and search index in one transaction. Returns the new source id, or
  // kAlreadyExists when the same raw bytes are already stored (by anyone,
  // however close in time: a unique key decides), or kAborted when a passage
  // to be stored as a first occurrence has the exact key of a first
  // occurrence another writer stored since the document was marked: mark it
  // again (FindDuplicate) and retry. Nothing is stored on any error.
  virtual StatusOr<int64_t> AddSource(const SourceToStore& source) = 0;

  // Groups the AddSource calls that follow, until CommitBatch, into one
  // write transaction where a commit is dear (SQLite): each document is
  // still stored whole or not at all (a failed AddSource undoes only its own
  // writes), but many small documents cost one commit instead of one each.
  // A crash before CommitBatch loses at most the documents of that batch,
  // never part of one. (PostgreSQL commits each document on its own: its
  // commits are cheap and a long transaction would hold other writers up.)
  // Destroying the store with a batch open commits it.
  // REQUIRES: no batch is open (BeginBatch) / a batch is open (CommitBatch).
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;

  // Returns all sources in id order.
  virtual StatusOr<std::vector<SourceSummary>> ListSources() = 0;

  // Returns one source by numeric id or by a SHA-256 prefix of at least 6 hex
  // digits (any case). All digits name an id when that source exists, else
  // (6 digits or more) a prefix. kNotFound when nothing matches,
  // kInvalidArgument when a prefix is ambiguous or the argument is neither.
  // A passage repeating another of the same source has a duplicate_of with
  // empty source_sha256 and source_id 0, as MarkInternalDuplicates sets it.
  virtual StatusOr<StoredSource> GetSource(std::string_view id_or_sha) = 0;
  // Returns what GetSource returns of source `id` that a citation reads, and
  // nothing else: its summary, URL, publication date, normalized text and
  // passages with their duplicate marks (no origin map, section, sentence
  // or passage language: a profile reads many sources and needs none of
  // them). kNotFound when there is no such source.
  virtual StatusOr<StoredSource> GetSourceText(int64_t id) = 0;

  // Returns the raw bytes of a source, exactly as ingested.
  virtual StatusOr<std::string> GetRawBytes(int64_t source_id) = 0;

  // Full-text search over passages, case- and diacritics-insensitive, best
  // first. The query is words (all must match, any order), "quoted phrases"
  // and trailing-* prefixes; other syntax is taken literally. Repeated
  // passages are found too, with SearchHit::duplicate set. A query with no
  // word or number returns no hits; kInvalidArgument when limit < 1.
  virtual StatusOr<std::vector<SearchHit>> Search(std::string_view query, int limit) = 0;

  // --- Extractions and entities (entity_records.h). Each write below is one
  // transaction (a savepoint inside a batch).

  // Replaces a source's extraction and its entities (after the extractors
  // change); the source's entity memberships are dropped until the next
  // ReplaceLinkedEntities. kNotFound when the source does not exist.
  virtual Status ReplaceExtraction(int64_t source_id, std::string_view json, int extractor_version,
                                   const std::vector<SourceEntity>& entities) = 0;

  // Returns a source's extraction, or nullopt when it has none (ingested
  // before extractions were stored).
  virtual StatusOr<std::optional<StoredExtraction>> GetExtraction(int64_t source_id) = 0;

  // Returns the entities of every source, by source id, then in the order
  // of their extraction.
  virtual StatusOr<std::vector<SourceEntity>> ListSourceEntities() = 0;

  // Stores the entries of list `name` imported from `path`, replacing those
  // of a list of the same name (its entity memberships are dropped until the
  // next ReplaceLinkedEntities). Returns the list id. kInvalidArgument when
  // the name is empty.
  virtual StatusOr<int64_t> ImportList(std::string_view name, std::string_view path,
                                       const std::vector<ListEntry>& entries) = 0;

  // Returns the imported lists by id / every list entry by list id and index.
  virtual StatusOr<std::vector<StoredList>> ListLists() = 0;
  virtual StatusOr<std::vector<ListEntry>> ListListEntries() = 0;

  // Appends a judgment; returns its id. Judgments are never removed.
  // created_at is the store's time unless given (a copied store).
  virtual StatusOr<int64_t> AddJudgment(const EntityJudgment& judgment) = 0;
  // Returns every judgment in id order.
  virtual StatusOr<std::vector<EntityJudgment>> ListJudgments() = 0;

  // Runs `link` (which reads the linking inputs — ListSourceEntities,
  // ListLists, ListListEntries, ListJudgments — and calls
  // ReplaceLinkedEntities) while no other store on this database can commit
  // a change to those inputs or its own re-link: the re-link reads a state
  // that stays current until it is written, so the last re-link stored saw
  // every committed source and judgment. Returns link's status; its writes
  // are undone when it fails. REQUIRES: no batch is open.
  virtual Status LinkExclusively(const std::function<Status()>& link) = 0;

  // Replaces all cross-document entities with `entities` (a re-link), and
  // the blocking index with their `blocks`. kInvalidArgument naming the
  // entity when an id repeats or a member or relation names a missing
  // source, list or entity.
  virtual Status ReplaceLinkedEntities(const std::vector<LinkedEntity>& entities) = 0;

  // --- Incremental linking (pipeline/entity_linking.h): the store's part
  // of linking new sources and lists against the linked entities, at a cost
  // that does not grow with the store. Call inside LinkExclusively.

  // Whether the blocking index covers the linked entities: false when
  // entities were stored without blocks (a store linked before the index
  // existed, or copied): link the whole store once.
  virtual StatusOr<bool> HasLinkIndex() = 0;
  // The entities of the sources stored after the last linked one (above the
  // highest source id of any entity member), in ListSourceEntities' order.
  virtual StatusOr<std::vector<SourceEntity>> ListUnlinkedSourceEntities() = 0;
  // The entries of the lists none of whose entries is linked, in
  // ListListEntries' order.
  virtual StatusOr<std::vector<ListEntry>> ListUnlinkedListEntries() = 0;
  // The source entities / list entries named by `refs` that exist, in
  // ListSourceEntities' / ListListEntries' order.
  virtual StatusOr<std::vector<SourceEntity>> GetSourceEntities(
      const std::vector<EntityMemberRef>& refs) = 0;
  virtual StatusOr<std::vector<ListEntry>> GetListEntries(
      const std::vector<ListEntryRef>& refs) = 0;
  // The linked entities with a name whose matching key is one of `keys`,
  // or with a blocking key among `blocks` held by at most `max_block`
  // entities' full names (see EntityCandidates).
  virtual StatusOr<EntityCandidates> FindLinkedEntities(const std::vector<std::string>& keys,
                                                        const std::vector<std::string>& blocks,
                                                        size_t max_block) = 0;
  // The linked entities of `ids` that exist, as ListLinkedEntities gives
  // them (list names aside), by id.
  virtual StatusOr<std::vector<LinkedEntity>> GetLinkedEntities(
      const std::vector<std::string>& ids) = 0;
  // Removes the entities `removed` (as GetLinkedEntities read them, with
  // their `blocks` filled: the index rows to drop; their relations go both
  // ways) and stores `added` with their blocks, each relation in both
  // directions. Errors as ReplaceLinkedEntities.
  virtual Status UpdateLinkedEntities(const std::vector<LinkedEntity>& removed,
                                      const std::vector<LinkedEntity>& added) = 0;
  // The linked entities of `ids` that exist as linking summarizes them: id,
  // type, name, origin, names and shapes (EntityShape); no member, list
  // entry or relation is read. By id.
  virtual StatusOr<std::vector<LinkedEntity>> GetEntitySummaries(
      const std::vector<std::string>& ids) = 0;
  // The ids among `ids` that linked entities hold, each once, in byte order
  // (ids compare exactly: case and Unicode as given). Reads the ids alone:
  // what linking asks before giving new entities theirs, in a few queries
  // per thousand ids.
  virtual StatusOr<std::vector<std::string>> TakenEntityIds(
      const std::vector<std::string>& ids) = 0;
  // Grows stored entities without rewriting them: for each of `grown` (an
  // id stored), replaces its type, name, origin, names and shapes, and adds
  // its members, list entries, blocks and relations (given at either end;
  // a pair stored already takes the new reason) to those stored, which
  // stay. kNotFound naming an entity that is not stored; kInvalidArgument
  // naming a member that is in an entity already or names a missing source
  // or list, or a relation to a missing entity.
  virtual Status GrowLinkedEntities(const std::vector<LinkedEntity>& grown) = 0;

  // --- Reading a few entities (a profile, a name typed by a user) without
  // reading them all: no member, list or relation of the entities not asked
  // about is read.

  // Every linked entity's id, type, name, origin and names (with their keys
  // and units), by id; nothing else.
  virtual StatusOr<std::vector<LinkedEntity>> ListEntityNames() = 0;
  // The entity members among the entities of the sources `source_ids`, by
  // source id, then local id, each with its entity's id, type and name.
  virtual StatusOr<std::vector<EntityMembership>> GetEntityMemberships(
      const std::vector<int64_t>& source_ids) = 0;

  // Returns the cross-document entities (of `type` when set) by id, with
  // their names, members, list entries, list names, relations and source
  // counts.
  virtual StatusOr<std::vector<LinkedEntity>> ListLinkedEntities(
      std::optional<EntityType> type) = 0;
};

}  // namespace dossier

#endif  // DOSSIER_STORE_STORE_H_
