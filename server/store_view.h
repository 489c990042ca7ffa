// StoreView: the workbench's access to one evidence store while others
// (`dossier ingest`, the workbench's own judgments and uploads) write to it.
//  - Stores come from a small pool, one request using one at a time (an
//    EvidenceStore is not thread-safe); SQLite in WAL mode lets them read
//    while a writer commits.
//  - The Corpus (every source, extraction and entity) is loaded once and
//    kept; it is reloaded when the store has changed (its files' sizes and
//    times, checked at most every `recheck` interval; a store that is not a
//    file is reloaded every `recheck`), or after Invalidate(). While one
//    request reloads, the others are served the last corpus (an ingest
//    running beside the server never stalls its pages); after Invalidate()
//    they wait for the new one.
// Thread-safe.
//
//   StoreView view(opener, "dossier.db");
//   ASSIGN_OR_RETURN(std::shared_ptr<const CorpusSnapshot> snapshot, view.CurrentCorpus());
//   StatusOr<std::vector<SearchHit>> hits = view.WithStore<std::vector<SearchHit>>(
//       [&](EvidenceStore& store) { return store.Search("radio", 20); });
#ifndef DOSSIER_SERVER_STORE_VIEW_H_
#define DOSSIER_SERVER_STORE_VIEW_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"
#include "dossier/corpus.h"
#include "dossier/profile.h"
#include "store/store.h"

namespace dossier::server {

// A corpus as loaded, with what every profile reads of it computed once.
// Immutable; not movable (facts borrow corpus).
struct CorpusSnapshot {
  explicit CorpusSnapshot(Corpus loaded) : corpus(std::move(loaded)), facts(corpus) {}
  CorpusSnapshot(const CorpusSnapshot&) = delete;
  CorpusSnapshot& operator=(const CorpusSnapshot&) = delete;

  const Corpus corpus;
  const CorpusFacts facts;
};

// Opens the store; null when it cannot (the opener reports why).
using StoreOpener = std::function<std::unique_ptr<EvidenceStore>()>;

class StoreView {
 public:
  StoreView(StoreOpener opener, std::string db_path,
            std::chrono::milliseconds recheck = std::chrono::milliseconds(1000));

  // The corpus as of the last change seen. A snapshot: it stays valid while
  // held, whatever reloads happen meanwhile (hence shared_ptr).
  StatusOr<std::shared_ptr<const CorpusSnapshot>> CurrentCorpus();

  // Runs `work` with a store of the pool; its result, or an error when no
  // store could be opened.
  template <typename T>
  StatusOr<T> WithStore(const std::function<StatusOr<T>(EvidenceStore&)>& work) {
    std::unique_ptr<EvidenceStore> store = Acquire();
    if (store == nullptr) return InternalError("the store cannot be opened");
    StatusOr<T> result = work(*store);
    Release(std::move(store));
    return result;
  }

  // Forgets the corpus: the next CurrentCorpus() reloads it (after a write).
  void Invalidate();

 private:
  std::unique_ptr<EvidenceStore> Acquire();
  void Release(std::unique_ptr<EvidenceStore> store);
  // The sizes and modification times of the store's files; "" when it is not a file.
  std::string ChangeStamp() const;

  const StoreOpener opener_;
  const std::string db_path_;
  const std::chrono::milliseconds recheck_;

  std::mutex pool_mu_;
  std::vector<std::unique_ptr<EvidenceStore>> pool_;  // GUARDED_BY(pool_mu_)

  std::mutex corpus_mu_;
  std::condition_variable loaded_;                 // signalled when a load ends
  bool loading_ = false;                           // GUARDED_BY(corpus_mu_)
  uint64_t generation_ = 0;                        // GUARDED_BY(corpus_mu_); counts Invalidate()
  std::shared_ptr<const CorpusSnapshot> corpus_;   // GUARDED_BY(corpus_mu_)
  std::string stamp_;                              // GUARDED_BY(corpus_mu_)
  std::chrono::steady_clock::time_point checked_;  // GUARDED_BY(corpus_mu_)
};

}  // namespace dossier::server

#endif  // DOSSIER_SERVER_STORE_VIEW_H_
