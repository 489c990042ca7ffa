#include "store/internal/near_duplicates.h"

namespace dossier::store_internal {

Status NearDuplicatePicker::Offer(const NearCandidate& candidate) {
  // The signature is not stored: it is recomputed from the candidate's
  // text, which costs less than keeping 256 bytes per passage.
  scratch_ = FingerprintPassage(candidate.text, options_);
  if (scratch_.exact_key != candidate.exact_key) {
    return DataLossError(store_name_ + ": passage " + std::to_string(candidate.passage_id) +
                         " no longer has the text it was fingerprinted from");
  }
  const double similarity = EstimateSimilarity(fingerprint_, scratch_);
  if (similarity < options_.near_threshold) return Status::Ok();
  if (best_.has_value() &&
      (similarity < best_->similarity ||
       (similarity == best_->similarity && candidate.passage_id > best_passage_id_))) {
    return Status::Ok();
  }
  best_passage_id_ = candidate.passage_id;
  best_ = StoredDuplicate{.source_id = candidate.source_id,
                          .source_sha256 = std::string(candidate.source_sha256),
                          .passage_index = candidate.passage_index,
                          .exact = false,
                          .similarity = similarity};
  return Status::Ok();
}

}  // namespace dossier::store_internal
