#include "pipeline/batch_committer.h"

namespace dossier {

Status BatchCommitter::BeforeFile() {
  if (open_) return Status::Ok();
  RETURN_IF_ERROR(store_->BeginBatch());
  open_ = true;
  files_ = 0;
  bytes_ = 0;
  opened_ = std::chrono::steady_clock::now();
  return Status::Ok();
}

Status BatchCommitter::AfterFile(uint64_t bytes) {
  ++files_;
  bytes_ += bytes;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - opened_).count();
  if (files_ >= limits_.files || bytes_ >= limits_.bytes || seconds >= limits_.seconds) {
    return Finish();
  }
  return Status::Ok();
}

Status BatchCommitter::Finish() {
  if (!open_) return Status::Ok();
  open_ = false;
  return store_->CommitBatch();
}

}  // namespace dossier
