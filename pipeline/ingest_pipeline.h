// The ingest pipeline: runs the stages on one file at a time (read and
// decode -> normalize and segment -> mark duplicates -> extract -> store), so
// memory stays flat however large the batch. A stored source keeps its
// extraction (entities, times, money, quotes, facts) in the same transaction.
//
// Process, ProcessUnmarked and ExtractInto are thread-safe (const, the store
// untouched by ProcessUnmarked); IngestFile and IngestBytes use the store and
// must be called from the thread that uses it. ingest_files.h runs the same
// steps on several threads.
//
//   ASSIGN_OR_RETURN(auto store, OpenSqliteStore("dossier.db"));
//   Pipeline pipeline(options, store.get());
//   StatusOr<IngestOutcome> outcome = pipeline.IngestFile("news/a.html");
#ifndef DOSSIER_PIPELINE_INGEST_PIPELINE_H_
#define DOSSIER_PIPELINE_INGEST_PIPELINE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/document_extraction.h"
#include "ingest/reader.h"
#include "ingest/source.h"
#include "store/store.h"
#include "text/dedupe.h"
#include "text/document.h"

namespace dossier {

// The version of the extractors' output that ingest stores with each source.
// Bump it when an extractor changes what it finds; `dossier reextract`
// recomputes stored extractions (reextract.h).
inline constexpr int kExtractorVersion = 1;

struct PipelineOptions {
  ReadOptions read;
  DedupeOptions dedupe;
  // The named-entity models IngestFile extracts with (loaded once by the
  // caller, which keeps them alive); null: no entities are stored, times and
  // money still are.
  const NerModels* ner_models = nullptr;
};

// One file after reading, segmentation and duplicate marking.
struct ProcessedSource {
  std::string path;
  std::string sha256;  // of raw
  std::string raw;     // the input bytes, unchanged
  ParsedSource parsed;
  NormalizedDocument document;
  std::vector<PassageFingerprint> fingerprints;  // one per passage
  // Filled by ExtractInto (IngestFile does it); empty otherwise.
  std::string extraction_json;
  std::vector<SourceEntity> entities;
};

// Runs every extractor on `processed` (ExtractDocument, anchored at its
// publication date) and fills its extraction_json and entities.
void ExtractInto(const NerModels* ner_models, ProcessedSource* processed);

// The JSON text and entity records of an extraction, as the store keeps them.
std::string ExtractionJsonText(const DocumentExtraction& extraction);
std::vector<SourceEntity> SourceEntitiesOf(const DocumentExtraction& extraction);

// Returns what AddSource stores of `processed`, its extraction included; the
// result views `processed` and stays valid while it lives.
SourceToStore ToStore(const ProcessedSource& processed);

enum class IngestResult { kStored, kAlreadyStored };

struct IngestOutcome {
  IngestResult result = IngestResult::kStored;
  int64_t source_id = 0;  // 0 when already stored
  uint64_t bytes = 0;
  int passages = 0;
  int duplicates = 0;
};

// Stores `processed` (marked and extracted) with AddSource: kAlreadyStored
// when the same bytes are stored already; errors name processed.path.
StatusOr<IngestOutcome> StoreProcessed(EvidenceStore* store, const ProcessedSource& processed);

class Pipeline {
 public:
  // `store` may be null: then nothing is stored and duplicates are only
  // looked for within each document. The store must outlive the pipeline.
  Pipeline(PipelineOptions options, EvidenceStore* store) : options_(options), store_(store) {}

  // Reads `bytes` (the content of `path`) through every stage but storing.
  // With a store, passages that repeat stored ones are marked too (the store
  // is read: call it from the store's thread).
  StatusOr<ProcessedSource> Process(std::string path, std::string bytes) const;

  // Process without the store: duplicates are marked within the document
  // only. `sha256` is that of `bytes`. Thread-safe.
  StatusOr<ProcessedSource> ProcessUnmarked(std::string path, std::string bytes,
                                            std::string sha256) const;

  // Marks the passages of `processed` that repeat stored ones; nothing
  // without a store. Call it from the store's thread.
  Status MarkStored(ProcessedSource* processed) const;

  // Reads the file at `path` (size limit checked first) and processes it.
  StatusOr<ProcessedSource> ProcessFile(const std::string& path) const;

  // Stores `processed` (marked and extracted) like StoreProcessed; when
  // another writer stored an exact repeat of one of its first occurrences
  // meanwhile (AddSource's kAborted), marks and extracts it again and
  // retries, a few times at most. Call it from the store's thread.
  StatusOr<IngestOutcome> StoreRemarking(ProcessedSource* processed) const;

  // Processes, extracts and stores the file in one transaction; a no-op when
  // the same bytes are stored already. REQUIRES: constructed with a store.
  StatusOr<IngestOutcome> IngestFile(const std::string& path);

  // IngestFile for bytes already in memory (the content of `path`).
  StatusOr<IngestOutcome> IngestBytes(std::string path, std::string bytes);

  const PipelineOptions& options() const { return options_; }
  EvidenceStore* store() const { return store_; }

 private:
  PipelineOptions options_;
  EvidenceStore* store_;  // not owned; may be null
};

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_INGEST_PIPELINE_H_
