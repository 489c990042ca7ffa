// The choice FindDuplicate makes among the near-duplicate candidates its LSH
// bands find, the same in both store backends: signatures are recomputed
// from each candidate's text (they are not stored), the most similar at or
// above the threshold wins, the earliest passage on ties.
//
// Not thread-safe; one per lookup.
//
//   NearDuplicatePicker picker(fingerprint, options, store_name);
//   for (each candidate row) RETURN_IF_ERROR(picker.Offer(...));
//   return picker.best();
#ifndef DOSSIER_STORE_INTERNAL_NEAR_DUPLICATES_H_
#define DOSSIER_STORE_INTERNAL_NEAR_DUPLICATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/store.h"
#include "text/dedupe.h"

namespace dossier::store_internal {

struct NearCandidate {
  int64_t passage_id = 0;  // orders ties: the earliest stored wins
  int64_t source_id = 0;
  std::string_view source_sha256;
  int passage_index = 0;
  uint64_t exact_key = 0;  // as stored, checked against the text
  std::string_view text;   // the candidate passage's text
};

class NearDuplicatePicker {
 public:
  // The views must outlive the picker.
  NearDuplicatePicker(const PassageFingerprint& fingerprint, const DedupeOptions& options,
                      const std::string& store_name)
      : fingerprint_(fingerprint), options_(options), store_name_(store_name) {}

  // Considers one candidate. kDataLoss when its text no longer has the exact
  // key it was stored with.
  Status Offer(const NearCandidate& candidate);

  const std::optional<StoredDuplicate>& best() const { return best_; }

 private:
  const PassageFingerprint& fingerprint_;
  const DedupeOptions& options_;
  const std::string& store_name_;
  std::optional<StoredDuplicate> best_;
  int64_t best_passage_id_ = 0;
  PassageFingerprint scratch_;
};

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_NEAR_DUPLICATES_H_
