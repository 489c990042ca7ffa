#include "pipeline/in_flight_duplicates.h"

#include <optional>
#include <utility>

namespace dossier {
namespace {

// Finished documents the index may hold before it is rebuilt.
constexpr size_t kFinishedBeforeCompact = 64;

}  // namespace

Status InFlightDuplicates::Mark(EvidenceStore* store, const std::string& path,
                                NormalizedDocument* document,
                                const std::vector<PassageFingerprint>& fingerprints) {
  for (size_t i = 0; i < document->passages.size(); ++i) {
    Passage& passage = document->passages[i];
    if (passage.duplicate_of.has_value()) continue;
    std::optional<StoredDuplicate> stored;
    if (store != nullptr) {
      StatusOr<std::optional<StoredDuplicate>> found =
          store->FindDuplicate(fingerprints[i], options_);
      if (!found.ok()) return found.status().WithPrefix(path);
      stored = std::move(*found);
    }
    const std::optional<DuplicateMatch> pending =
        index_.size() == 0 ? std::nullopt : index_.Find(fingerprints[i]);
    // Admitted documents come after every stored one: the store's answer
    // wins unless the admitted one is exact where it is not, or more similar.
    const bool pending_wins =
        pending.has_value() &&
        (!stored.has_value() ||
         (!stored->exact && (pending->exact || pending->similarity > stored->similarity)));
    if (pending_wins) {
      const Candidate& candidate = candidates_[pending->id];
      passage.duplicate_of = DuplicateRef{.source_sha256 = candidate.sha256,
                                          .source_id = 0,
                                          .passage_index = candidate.passage_index,
                                          .exact = pending->exact,
                                          .similarity = pending->similarity};
    } else if (stored.has_value()) {
      passage.duplicate_of = DuplicateRef{.source_sha256 = stored->source_sha256,
                                          .source_id = stored->source_id,
                                          .passage_index = stored->passage_index,
                                          .exact = stored->exact,
                                          .similarity = stored->similarity};
    }
  }
  return Status::Ok();
}

bool InFlightDuplicates::NamesUnstored(const NormalizedDocument& document) const {
  if (unstored_.empty()) return false;
  for (const Passage& passage : document.passages) {
    if (passage.duplicate_of.has_value() && passage.duplicate_of->source_id == 0 &&
        unstored_.contains(passage.duplicate_of->source_sha256)) {
      return true;
    }
  }
  return false;
}

void InFlightDuplicates::Admit(const std::string& sha256, const NormalizedDocument& document,
                               const std::vector<PassageFingerprint>& fingerprints) {
  AdmittedDocument admitted{.sha256 = sha256};
  for (size_t i = 0; i < document.passages.size(); ++i) {
    if (document.passages[i].duplicate_of.has_value()) continue;
    admitted.fingerprints.push_back(fingerprints[i]);
    admitted.passages.push_back(static_cast<int>(i));
    index_.Add(static_cast<uint32_t>(candidates_.size()), fingerprints[i]);
    candidates_.push_back({sha256, static_cast<int>(i)});
  }
  admitted_.insert(sha256);
  documents_.push_back(std::move(admitted));
}

void InFlightDuplicates::Finish(const std::string& sha256, bool stored) {
  if (documents_.empty() || documents_.front().sha256 != sha256) return;
  documents_.pop_front();
  admitted_.erase(sha256);
  ++finished_in_index_;
  if (!stored) {
    unstored_.insert(sha256);
    finished_in_index_ = kFinishedBeforeCompact;  // it must leave the index now
  }
  if (finished_in_index_ >= kFinishedBeforeCompact) Compact();
}

void InFlightDuplicates::Compact() {
  index_ = DuplicateIndex(options_);
  candidates_.clear();
  for (const AdmittedDocument& document : documents_) {
    for (size_t k = 0; k < document.passages.size(); ++k) {
      index_.Add(static_cast<uint32_t>(candidates_.size()), document.fingerprints[k]);
      candidates_.push_back({document.sha256, document.passages[k]});
    }
  }
  finished_in_index_ = 0;
}

void ClearStoredMarks(NormalizedDocument* document) {
  for (Passage& passage : document->passages) {
    if (passage.duplicate_of.has_value() && !passage.duplicate_of->source_sha256.empty()) {
      passage.duplicate_of.reset();
    }
  }
}

}  // namespace dossier
