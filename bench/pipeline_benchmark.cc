// Throughput of the ingest pipeline, stage by stage, on a synthetic news
// corpus held in memory (so disk speed does not enter), beside a `wc -w`
// style word count over the same bytes as the peer.
//
// The corpus is the files under $DOSSIER_BENCH_CORPUS (recursively, in path
// order) when that is set, else $DOSSIER_BENCH_MB (default 20) megabytes
// generated in-process by CorpusGenerator with seed 1. Every benchmark
// iteration processes the whole corpus, and bytes_per_second is always raw
// input bytes, so the rates of the stages add up: 1/total = sum of 1/stage.
//
//   build/bench/bench/pipeline_benchmark --benchmark_filter='Process|WordCount'
//
// Stages measured:
//   BM_WordCountPeer          the peer: words counted like `wc -w` in the C locale
//   BM_ReadSource             read + decode (encoding detection, UTF-8 with offsets)
//   BM_BuildDocument          normalize + paragraphs + sections + sentences + tokens
//   BM_MarkInternalDuplicates fingerprints and duplicate marks within each document
//   BM_Process                all of the above plus SHA-256: read+decode+segment+dedupe
//   BM_StoreAddSource         storing processed documents into a fresh SQLite store
//   BM_IngestWithStore        the whole ingest from memory: HasSource, Process with
//                             store lookups, AddSource (what `dossier ingest` does per file)
//   BM_Fts5IndexOnly          only the full-text index: the same passage texts into a
//                             scratch FTS5 table with the store's tokenizer and settings
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "base/status.h"
#include "bench/corpus_generator.h"
#include "benchmark/benchmark.h"
#include "ingest/reader.h"
#include "ingest/source.h"
#include "pipeline/batch_committer.h"
#include "pipeline/ingest_pipeline.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "text/dedupe.h"
#include "text/document.h"
#include "text/document_builder.h"

namespace dossier::bench {
namespace {

namespace fs = std::filesystem;

struct CorpusEntry {
  std::string path;
  std::string bytes;
};

struct Corpus {
  std::vector<CorpusEntry> files;
  uint64_t bytes = 0;
  std::string error;  // non-empty when the corpus could not be loaded
};

Corpus LoadCorpus() {
  Corpus corpus;
  if (const char* dir = std::getenv("DOSSIER_BENCH_CORPUS"); dir != nullptr && *dir != '\0') {
    std::error_code error;
    std::vector<fs::path> paths;
    for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_regular_file()) paths.push_back(it->path());
    }
    if (error) {
      corpus.error = std::string(dir) + ": cannot list (" + error.message() + ")";
      return corpus;
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      if (!in.good() && !in.eof()) {
        corpus.error = path.string() + ": cannot read";
        return corpus;
      }
      corpus.bytes += bytes.size();
      corpus.files.push_back({path.string(), std::move(bytes)});
    }
    if (corpus.files.empty()) corpus.error = std::string(dir) + ": no files";
    return corpus;
  }
  uint64_t megabytes = 20;
  if (const char* mb = std::getenv("DOSSIER_BENCH_MB"); mb != nullptr && *mb != '\0') {
    megabytes = std::strtoull(mb, nullptr, 10);
    if (megabytes == 0) {
      corpus.error = std::string("DOSSIER_BENCH_MB: not a positive number: ") + mb;
      return corpus;
    }
  }
  CorpusGenerator generator({.total_bytes = megabytes << 20, .seed = 1});
  CorpusFile file;
  while (generator.Next(&file)) {
    corpus.bytes += file.bytes.size();
    corpus.files.push_back({"corpus/" + file.path, std::move(file.bytes)});
  }
  return corpus;
}

const Corpus& GetCorpus() {
  static const Corpus* corpus = new Corpus(LoadCorpus());
  return *corpus;
}

// The corpus after each stage, computed once on first use (outside timing).
struct Stages {
  std::vector<ParsedSource> parsed;
  std::vector<NormalizedDocument> documents;  // after BuildDocument, before dedupe
  std::vector<ProcessedSource> processed;     // after Pipeline::Process without store
  uint64_t passages = 0;
  std::string error;
};

const Stages& GetStages() {
  static const Stages* stages = [] {
    auto* s = new Stages;
    const Corpus& corpus = GetCorpus();
    if (!corpus.error.empty()) {
      s->error = corpus.error;
      return s;
    }
    const Pipeline pipeline(PipelineOptions{}, nullptr);
    for (const CorpusEntry& file : corpus.files) {
      StatusOr<ParsedSource> parsed = ReadSource(file.path, file.bytes, ReadOptions{});
      if (!parsed.ok()) {
        s->error = parsed.status().ToString();
        return s;
      }
      s->documents.push_back(BuildDocument(*parsed));
      s->parsed.push_back(std::move(*parsed));
      StatusOr<ProcessedSource> processed = pipeline.Process(file.path, file.bytes);
      if (!processed.ok()) {
        s->error = processed.status().ToString();
        return s;
      }
      s->passages += processed->document.passages.size();
      s->processed.push_back(std::move(*processed));
    }
    return s;
  }();
  return *stages;
}

// Reports raw input bytes per second and files per second; corpus facts as
// counters.
void ReportThroughput(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.files.size()));
  state.counters["corpus_MB"] = static_cast<double>(corpus.bytes) / (1 << 20);
}

void ReportPassages(benchmark::State& state) {
  state.counters["passages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * GetStages().passages), benchmark::Counter::kIsRate);
}

// A scratch folder removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "dossier-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

#define SKIP_IF(condition, message) \
  if (condition) {                  \
    state.SkipWithError(message);   \
    return;                         \
  }

void BM_WordCountPeer(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  SKIP_IF(!corpus.error.empty(), corpus.error.c_str());
  for (auto _ : state) {
    uint64_t words = 0;
    for (const CorpusEntry& file : corpus.files) {
      bool in_word = false;
      for (const char c : file.bytes) {
        // isspace() in the C locale, as `LC_ALL=C wc -w` counts.
        const bool space = c == ' ' || (c >= '\t' && c <= '\r');
        words += !space && !in_word;
        in_word = !space;
      }
    }
    benchmark::DoNotOptimize(words);
  }
  ReportThroughput(state);
}
BENCHMARK(BM_WordCountPeer)->Unit(benchmark::kMillisecond);

void BM_ReadSource(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  SKIP_IF(!corpus.error.empty(), corpus.error.c_str());
  const ReadOptions options;
  for (auto _ : state) {
    for (const CorpusEntry& file : corpus.files) {
      StatusOr<ParsedSource> parsed = ReadSource(file.path, file.bytes, options);
      SKIP_IF(!parsed.ok(), parsed.status().message().c_str());
      benchmark::DoNotOptimize(parsed->blocks.data());
    }
  }
  ReportThroughput(state);
}
BENCHMARK(BM_ReadSource)->Unit(benchmark::kMillisecond);

void BM_BuildDocument(benchmark::State& state) {
  const Stages& stages = GetStages();
  SKIP_IF(!stages.error.empty(), stages.error.c_str());
  for (auto _ : state) {
    for (const ParsedSource& parsed : stages.parsed) {
      NormalizedDocument document = BuildDocument(parsed);
      benchmark::DoNotOptimize(document.tokens.data());
    }
  }
  ReportThroughput(state);
  ReportPassages(state);
}
BENCHMARK(BM_BuildDocument)->Unit(benchmark::kMillisecond);

void BM_MarkInternalDuplicates(benchmark::State& state) {
  const Stages& stages = GetStages();
  SKIP_IF(!stages.error.empty(), stages.error.c_str());
  std::vector<NormalizedDocument> documents = stages.documents;
  uint64_t duplicates = 0;
  for (auto _ : state) {
    duplicates = 0;
    for (NormalizedDocument& document : documents) {
      // Clearing the marks costs one pass over the passages; it keeps every
      // iteration's input identical without copying the documents.
      for (Passage& passage : document.passages) passage.duplicate_of.reset();
      std::vector<PassageFingerprint> fingerprints = MarkInternalDuplicates(&document);
      benchmark::DoNotOptimize(fingerprints.data());
      for (const Passage& passage : document.passages) {
        duplicates += passage.duplicate_of.has_value();
      }
    }
  }
  ReportThroughput(state);
  ReportPassages(state);
  state.counters["duplicates"] = static_cast<double>(duplicates);
}
BENCHMARK(BM_MarkInternalDuplicates)->Unit(benchmark::kMillisecond);

void BM_Process(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  SKIP_IF(!corpus.error.empty(), corpus.error.c_str());
  const Pipeline pipeline(PipelineOptions{}, nullptr);
  for (auto _ : state) {
    for (const CorpusEntry& file : corpus.files) {
      // Process takes the bytes by value, as IngestFile hands over what it read.
      StatusOr<ProcessedSource> processed = pipeline.Process(file.path, file.bytes);
      SKIP_IF(!processed.ok(), processed.status().message().c_str());
      benchmark::DoNotOptimize(processed->fingerprints.data());
    }
  }
  ReportThroughput(state);
}
BENCHMARK(BM_Process)->Unit(benchmark::kMillisecond);

// A fresh store in a temporary folder; both go when it is destroyed (the
// store first). `store` is null and `error` says why when opening failed.
struct ScratchStore {
  std::unique_ptr<EvidenceStore> store;
  std::unique_ptr<TempDir> dir;
  std::string error;

  ScratchStore() = default;
  ScratchStore(ScratchStore&&) = default;
  ScratchStore& operator=(ScratchStore&& other) {
    store = std::move(other.store);  // close the store before deleting its folder
    dir = std::move(other.dir);
    error = std::move(other.error);
    return *this;
  }
  ~ScratchStore() { store.reset(); }
};

ScratchStore OpenScratchStore() {
  ScratchStore scratch;
  scratch.dir = std::make_unique<TempDir>();
  if (!scratch.dir->ok()) {
    scratch.error = "cannot create a temporary folder";
    return scratch;
  }
  StatusOr<std::unique_ptr<EvidenceStore>> store =
      OpenSqliteStore((scratch.dir->path() / "bench.db").string());
  if (!store.ok()) {
    scratch.error = store.status().message();
    return scratch;
  }
  scratch.store = std::move(store).value();
  return scratch;
}

void BM_StoreAddSource(benchmark::State& state) {
  const Stages& stages = GetStages();
  SKIP_IF(!stages.error.empty(), stages.error.c_str());
  for (auto _ : state) {
    state.PauseTiming();
    ScratchStore scratch = OpenScratchStore();
    SKIP_IF(scratch.store == nullptr, scratch.error.c_str());
    EvidenceStore* store = scratch.store.get();
    state.ResumeTiming();
    // Batches as `dossier ingest` commits them.
    BatchCommitter batches(store);
    for (const ProcessedSource& processed : stages.processed) {
      SKIP_IF(!batches.BeforeFile().ok(), "cannot open a batch");
      StatusOr<int64_t> id = store->AddSource(ToStore(processed));
      SKIP_IF(!id.ok(), id.status().message().c_str());
      SKIP_IF(!batches.AfterFile(processed.raw.size()).ok(), "cannot commit a batch");
    }
    SKIP_IF(!batches.Finish().ok(), "cannot commit a batch");
    state.PauseTiming();
    scratch = ScratchStore();  // closes and deletes the store untimed
    state.ResumeTiming();
  }
  ReportThroughput(state);
  ReportPassages(state);
}
BENCHMARK(BM_StoreAddSource)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_IngestWithStore(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  SKIP_IF(!corpus.error.empty(), corpus.error.c_str());
  for (auto _ : state) {
    state.PauseTiming();
    ScratchStore scratch = OpenScratchStore();
    SKIP_IF(scratch.store == nullptr, scratch.error.c_str());
    EvidenceStore* store = scratch.store.get();
    state.ResumeTiming();
    // What `dossier ingest` does per file, without reading it from disk.
    Pipeline pipeline(PipelineOptions{}, store);
    BatchCommitter batches(store);
    for (const CorpusEntry& file : corpus.files) {
      SKIP_IF(!batches.BeforeFile().ok(), "cannot open a batch");
      StatusOr<IngestOutcome> outcome = pipeline.IngestBytes(file.path, file.bytes);
      SKIP_IF(!outcome.ok(), outcome.status().message().c_str());
      SKIP_IF(!batches.AfterFile(outcome->bytes).ok(), "cannot commit a batch");
    }
    SKIP_IF(!batches.Finish().ok(), "cannot commit a batch");
    state.PauseTiming();
    scratch = ScratchStore();  // closes and deletes the store untimed
    state.ResumeTiming();
  }
  ReportThroughput(state);
  ReportPassages(state);
}
BENCHMARK(BM_IngestWithStore)->Unit(benchmark::kMillisecond)->UseRealTime();

// Runs `sql` on `db`; returns sqlite's message on failure, "" on success.
std::string Exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return "";
  std::string result = message != nullptr ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return result;
}

void BM_Fts5IndexOnly(benchmark::State& state) {
  const Stages& stages = GetStages();
  SKIP_IF(!stages.error.empty(), stages.error.c_str());
  for (auto _ : state) {
    state.PauseTiming();
    auto dir = std::make_unique<TempDir>();
    SKIP_IF(!dir->ok(), "cannot create a temporary folder");
    sqlite3* db = nullptr;
    const std::string path = (dir->path() / "fts.db").string();
    SKIP_IF(sqlite3_open(path.c_str(), &db) != SQLITE_OK, "cannot open the scratch database");
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> closer(db, sqlite3_close);
    // The store's settings and table (store/internal/schema.cc).
    std::string error = Exec(db,
                             "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                             "CREATE VIRTUAL TABLE passages_fts USING fts5(text, tokenize = "
                             "\"unicode61 remove_diacritics 2\");");
    SKIP_IF(!error.empty(), error.c_str());
    sqlite3_stmt* insert = nullptr;
    SKIP_IF(sqlite3_prepare_v2(db, "INSERT INTO passages_fts(rowid, text) VALUES (?1, ?2)", -1,
                               &insert, nullptr) != SQLITE_OK,
            sqlite3_errmsg(db));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> finalizer(insert, sqlite3_finalize);
    state.ResumeTiming();
    int64_t rowid = 0;
    int in_batch = 0;
    for (const ProcessedSource& processed : stages.processed) {
      // Transactions of as many documents as `dossier ingest` commits at once.
      if (in_batch == 0) {
        error = Exec(db, "BEGIN IMMEDIATE");
        SKIP_IF(!error.empty(), error.c_str());
      }
      const std::string& text = processed.document.text;
      for (const Passage& passage : processed.document.passages) {
        sqlite3_bind_int64(insert, 1, ++rowid);
        sqlite3_bind_text(insert, 2, text.data() + passage.span.start,
                          static_cast<int>(passage.span.size()), SQLITE_STATIC);
        SKIP_IF(sqlite3_step(insert) != SQLITE_DONE, sqlite3_errmsg(db));
        sqlite3_reset(insert);
      }
      if (++in_batch == BatchLimits{}.files) {
        error = Exec(db, "COMMIT");
        SKIP_IF(!error.empty(), error.c_str());
        in_batch = 0;
      }
    }
    if (in_batch > 0) {
      error = Exec(db, "COMMIT");
      SKIP_IF(!error.empty(), error.c_str());
    }
    state.PauseTiming();
    finalizer.reset();
    closer.reset();
    dir.reset();
    state.ResumeTiming();
  }
  ReportThroughput(state);
  ReportPassages(state);
}
BENCHMARK(BM_Fts5IndexOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace dossier::bench

BENCHMARK_MAIN();
