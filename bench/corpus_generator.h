// CorpusGenerator: a deterministic generator of large synthetic news corpora
// for the throughput benchmarks.
//
// The files imitate what Dossier ingests: plain-text news articles of about
// 20-100 KB (long reports and interview transcripts) in English and Russian,
// some of the Russian ones in windows-1251 with CRLF line ends, some
// hard-wrapped, with headings, bylines, Central Asian names ("I.P.
// Sarsenbayev", "Mr. Tulegenov", "А.К. Жакупбекова"), abbreviations ("No.
// 120", "т.е."), dates, money ("$ 2.5 thousand") and quotations. A share of
// the articles are republications of a recent one (the same paragraphs with
// small edits: near duplicates), articles repeat a pull quote verbatim (exact
// duplicates within a document), and outlets end articles with the same
// boilerplate line (exact duplicates across documents).
//
// Output depends only on the options: the same seed gives the same bytes on
// every machine (a fixed splitmix64 PRNG, integer arithmetic only), and all
// files of a smaller corpus but its last are the first files of a larger one
// with the same seed. Memory stays bounded whatever total_bytes is (one file
// plus a few recent articles).
//
// Thread-compatible: use one generator per thread.
//
//   CorpusGenerator generator({.total_bytes = 100 << 20, .seed = 1});
//   CorpusFile file;
//   while (generator.Next(&file)) Write(dir / file.path, file.bytes);
#ifndef DOSSIER_BENCH_CORPUS_GENERATOR_H_
#define DOSSIER_BENCH_CORPUS_GENERATOR_H_

#include <cstdint>
#include <memory>
#include <string>

namespace dossier::bench {

struct CorpusOptions {
  // Stop once this many bytes have been produced. The last file is sized to
  // land on it; the total overshoots by less than one paragraph.
  uint64_t total_bytes = 20ull << 20;
  // Different seeds give unrelated corpora.
  uint64_t seed = 1;
  // Target size of each file; 0 draws each size uniformly from 20-100 KB.
  // Small files stress per-file overhead (open, hash, one transaction each);
  // large ones the per-byte stages.
  uint64_t file_bytes = 0;
};

// Counts of what was generated so far.
struct CorpusStats {
  uint64_t files = 0;
  uint64_t bytes = 0;
  uint64_t english = 0;         // UTF-8 English articles (republications included)
  uint64_t russian_utf8 = 0;    // UTF-8 Russian articles (republications included)
  uint64_t russian_cp1251 = 0;  // windows-1251 Russian articles with CRLF line ends
  uint64_t republished = 0;     // near-duplicate republications of a recent article
  uint64_t hard_wrapped = 0;    // English articles wrapped at 72 columns
};

struct CorpusFile {
  std::string path;   // relative, "0000/doc-000000.txt" (1000 files per folder)
  std::string bytes;  // the file content, encoded as it is to be written
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const CorpusOptions& options);
  ~CorpusGenerator();
  CorpusGenerator(const CorpusGenerator&) = delete;
  CorpusGenerator& operator=(const CorpusGenerator&) = delete;

  // Replaces *file with the next file and returns true, or returns false once
  // total_bytes have been produced.
  bool Next(CorpusFile* file);

  const CorpusStats& stats() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_CORPUS_GENERATOR_H_
