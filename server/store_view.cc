#include "server/store_view.h"

#include <sys/stat.h>

#include "dossier/corpus_from_store.h"

namespace dossier::server {
namespace {

constexpr size_t kMostPooledStores = 8;

std::string FileStamp(const std::string& path) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) return "-";
  return std::to_string(info.st_size) + ":" + std::to_string(info.st_mtim.tv_sec) + "." +
         std::to_string(info.st_mtim.tv_nsec);
}

}  // namespace

StoreView::StoreView(StoreOpener opener, std::string db_path, std::chrono::milliseconds recheck)
    : opener_(std::move(opener)), db_path_(std::move(db_path)), recheck_(recheck) {}

std::unique_ptr<EvidenceStore> StoreView::Acquire() {
  {
    std::lock_guard<std::mutex> lock(pool_mu_);
    if (!pool_.empty()) {
      std::unique_ptr<EvidenceStore> store = std::move(pool_.back());
      pool_.pop_back();
      return store;
    }
  }
  return opener_();
}

void StoreView::Release(std::unique_ptr<EvidenceStore> store) {
  std::lock_guard<std::mutex> lock(pool_mu_);
  if (pool_.size() < kMostPooledStores) pool_.push_back(std::move(store));
}

std::string StoreView::ChangeStamp() const {
  struct stat info;
  if (stat(db_path_.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return "";
  return FileStamp(db_path_) + "|" + FileStamp(db_path_ + "-wal");
}

void StoreView::Invalidate() {
  std::lock_guard<std::mutex> lock(corpus_mu_);
  corpus_.reset();
  ++generation_;
}

StatusOr<std::shared_ptr<const CorpusSnapshot>> StoreView::CurrentCorpus() {
  std::unique_lock<std::mutex> lock(corpus_mu_);
  const auto now = std::chrono::steady_clock::now();
  if (corpus_ != nullptr && now - checked_ < recheck_) return corpus_;
  const std::string stamp = ChangeStamp();
  if (corpus_ != nullptr && !stamp.empty() && stamp == stamp_) {
    checked_ = now;
    return corpus_;
  }
  // Another request is reloading: serve the last corpus meanwhile, or wait
  // for the first one.
  if (loading_ && corpus_ != nullptr) return corpus_;
  loaded_.wait(lock, [this] { return !loading_; });
  if (corpus_ != nullptr && stamp_ == stamp && !stamp.empty()) return corpus_;

  loading_ = true;
  const uint64_t generation = generation_;
  lock.unlock();
  StatusOr<Corpus> loaded =
      WithStore<Corpus>([](EvidenceStore& store) { return LoadCorpus(store); });
  // The facts every profile reads are computed here, outside the lock.
  std::shared_ptr<const CorpusSnapshot> corpus;
  if (loaded.ok()) corpus = std::make_shared<const CorpusSnapshot>(std::move(loaded).value());
  lock.lock();
  loading_ = false;
  loaded_.notify_all();
  if (corpus == nullptr) return loaded.status();
  // A write since the load began (Invalidate): the result may predate it;
  // give it to this request only.
  if (generation != generation_) return corpus;
  corpus_ = corpus;
  stamp_ = stamp;
  checked_ = now;
  return corpus_;
}

}  // namespace dossier::server
