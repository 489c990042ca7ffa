// InFlightDuplicates: marks the passages of a document that repeat a stored
// passage, or a passage of a document admitted before it and not stored yet
// (still being extracted on another thread). With it, a parallel ingest marks
// exactly what a single-threaded one would, where every earlier document is
// stored by the time the next one is looked up.
//
// The answer is the store's (EvidenceStore::FindDuplicate) as if the admitted
// documents were stored in admission order: an exact repeat of the earliest
// first occurrence, else the most similar near repeat, the earliest on ties.
// A mark on an admitted document names it by SHA-256 with source_id 0; the
// store resolves it when the document that carries it is stored
// (SourceToStore), which is after the one it names.
//
// Not thread-safe: use it from the thread that uses the store.
//
//   InFlightDuplicates in_flight(options.dedupe);
//   RETURN_IF_ERROR(in_flight.Mark(store, &processed));  // in admission order
//   in_flight.Admit(processed);
//   ... extract on a worker, then, in the same order:
//   in_flight.Finish(processed.sha256, /*stored=*/id.ok());
#ifndef DOSSIER_PIPELINE_IN_FLIGHT_DUPLICATES_H_
#define DOSSIER_PIPELINE_IN_FLIGHT_DUPLICATES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "store/store.h"
#include "text/dedupe.h"
#include "text/document.h"

namespace dossier {

class InFlightDuplicates {
 public:
  explicit InFlightDuplicates(DedupeOptions options = {}) : options_(options), index_(options) {}

  // Marks every first-occurrence passage of `document` (one fingerprint per
  // passage) that repeats a stored passage or one of an admitted document.
  // `store` may be null (admitted documents only). Errors are the store's,
  // prefixed with `path`.
  Status Mark(EvidenceStore* store, const std::string& path, NormalizedDocument* document,
              const std::vector<PassageFingerprint>& fingerprints);

  // Whether a document with these raw bytes is admitted and not finished.
  bool Admitted(const std::string& sha256) const { return admitted_.contains(sha256); }

  // Whether `document` carries a mark naming an admitted document that was
  // finished unstored: its marks are then wrong (ClearStoredMarks and Mark
  // again).
  bool NamesUnstored(const NormalizedDocument& document) const;

  // Makes the first-occurrence passages of a marked document candidates for
  // the documents marked after it. REQUIRES: not admitted already.
  void Admit(const std::string& sha256, const NormalizedDocument& document,
             const std::vector<PassageFingerprint>& fingerprints);

  // The admitted document `sha256` is done: stored, or not (a failure).
  // REQUIRES: documents finish in the order they were admitted.
  void Finish(const std::string& sha256, bool stored);

 private:
  struct Candidate {
    std::string sha256;
    int passage_index = 0;
  };
  struct AdmittedDocument {
    std::string sha256;
    std::vector<PassageFingerprint> fingerprints;  // first occurrences only
    std::vector<int> passages;                     // their indices
  };

  // Rebuilds index_ from the documents still admitted, once enough finished
  // ones have piled up in it, so that memory stays bounded.
  void Compact();

  DedupeOptions options_;
  std::deque<AdmittedDocument> documents_;  // admitted and not finished, in order
  std::unordered_set<std::string> admitted_;
  std::unordered_set<std::string> unstored_;  // finished without being stored
  // The first occurrences of admitted documents, finished ones included
  // until Compact (a finished document is in the store too, and the store's
  // answer wins ties, so keeping it changes nothing).
  DuplicateIndex index_;
  std::vector<Candidate> candidates_;  // by DuplicateIndex id
  size_t finished_in_index_ = 0;       // finished documents index_ still holds
};

// Drops every mark that names another source (keeps repeats within the
// document), so that the document can be marked again.
void ClearStoredMarks(NormalizedDocument* document);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_IN_FLIGHT_DUPLICATES_H_
