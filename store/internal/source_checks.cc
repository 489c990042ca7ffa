#include "store/internal/source_checks.h"

#include <charconv>

#include "text/dedupe.h"

namespace dossier::store_internal {
namespace {

constexpr size_t kMinShaPrefix = 6;

bool InText(const Span& span, size_t text_size) {
  return span.start <= span.end && span.end <= text_size;
}

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// Returns 'text' (built by appending: GCC 12 warns falsely on "'" + string).
std::string Quoted(std::string_view text) {
  std::string out = "'";
  out.append(text);
  out.push_back('\'');
  return out;
}

}  // namespace

Status ValidateSource(const SourceToStore& source) {
  const std::string& name = source.path;
  if (source.sha256.size() != 64 || LowerHex(source.sha256) != source.sha256) {
    return InvalidArgumentError(name + ": sha256 '" + source.sha256 +
                                "' is not 64 lower-case hex digits");
  }
  if (source.document == nullptr || source.fingerprints == nullptr) {
    return InvalidArgumentError(name + ": no document or fingerprints to store");
  }
  const NormalizedDocument& doc = *source.document;
  if (source.fingerprints->size() != doc.passages.size()) {
    return InvalidArgumentError(name + ": " + std::to_string(source.fingerprints->size()) +
                                " fingerprints for " + std::to_string(doc.passages.size()) +
                                " passages");
  }
  if (doc.origin.size() != doc.text.size() + 1) {
    return InvalidArgumentError(name + ": origin has " + std::to_string(doc.origin.size()) +
                                " entries for " + std::to_string(doc.text.size()) +
                                " bytes of text (expected one more)");
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (!InText(doc.sentences[i], doc.text.size())) {
      return InvalidArgumentError(name + ": sentence " + std::to_string(i) +
                                  " lies outside the text");
    }
  }
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const Passage& passage = doc.passages[i];
    const std::string which = name + ": passage " + std::to_string(i);
    if (!InText(passage.span, doc.text.size())) {
      return InvalidArgumentError(which + " lies outside the text");
    }
    if (passage.section < -1 || passage.section >= static_cast<int>(doc.sections.size())) {
      return InvalidArgumentError(which + " names missing section " +
                                  std::to_string(passage.section));
    }
    const size_t signature = (*source.fingerprints)[i].minhash.size();
    if (signature != 0 && signature != static_cast<size_t>(kMinHashSize)) {
      return InvalidArgumentError(which + " has a MinHash signature of " +
                                  std::to_string(signature) + " values");
    }
    const std::optional<DuplicateRef>& dup = passage.duplicate_of;
    if (dup.has_value() && dup->source_id == 0 && dup->source_sha256.empty() &&
        (dup->passage_index < 0 || static_cast<size_t>(dup->passage_index) >= i)) {
      return InvalidArgumentError(which + " repeats passage " + std::to_string(dup->passage_index) +
                                  ", which is not an earlier one");
    }
  }
  return Status::Ok();
}

Status RepeatsStoredError(const std::string& path, size_t passage, int64_t stored_source,
                          int64_t stored_passage) {
  return AbortedError(path + ": passage " + std::to_string(passage) + " repeats passage " +
                      std::to_string(stored_passage) + " of source " +
                      std::to_string(stored_source) +
                      ", stored by another writer since it was marked; mark it again");
}

StatusOr<int64_t> MarkedSources::Resolve(const DuplicateRef& ref) {
  if (ref.source_id != 0) return ref.source_id;
  if (ref.source_sha256.empty()) return own_id_;  // a repeat within this source
  for (const auto& [sha, id] : resolved_) {
    if (sha == ref.source_sha256) return id;
  }
  ASSIGN_OR_RETURN(int64_t id, find_(ref.source_sha256));
  if (id == 0) {
    return InvalidArgumentError(path_ + ": a passage repeats source " + ref.source_sha256 +
                                ", which is not stored");
  }
  resolved_.emplace_back(ref.source_sha256, id);
  return id;
}

std::optional<std::string> LowerHex(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return std::nullopt;
    out.push_back(c);
  }
  return out;
}

StatusOr<int64_t> ResolveSourceRef(std::string_view id_or_sha, const std::string& store_name,
                                   const SourceLookups& lookups) {
  // Digits name a source id when such a source exists; a long enough run of
  // digits may also be a SHA-256 prefix.
  if (AllDigits(id_or_sha)) {
    int64_t id = 0;
    const auto [end, error] =
        std::from_chars(id_or_sha.data(), id_or_sha.data() + id_or_sha.size(), id);
    if (error == std::errc() && id > 0) {
      ASSIGN_OR_RETURN(bool exists, lookups.exists(id));
      if (exists) return id;
    }
    if (id_or_sha.size() < kMinShaPrefix) {
      return NotFoundError(store_name + ": no source " + std::string(id_or_sha));
    }
  }
  const std::optional<std::string> prefix = LowerHex(id_or_sha);
  if (!prefix.has_value() || prefix->size() < kMinShaPrefix || prefix->size() > 64) {
    return InvalidArgumentError(Quoted(id_or_sha) +
                                ": not a source id or a SHA-256 prefix of 6 to 64 hex digits");
  }
  std::string upper = *prefix;
  ++upper.back();  // '9' + 1 = ':' and 'f' + 1 = 'g' both sort right after
  ASSIGN_OR_RETURN(std::vector<int64_t> ids, lookups.by_sha_range(*prefix, upper));
  if (ids.empty()) return NotFoundError(store_name + ": no source matches " + Quoted(id_or_sha));
  if (ids.size() > 1) {
    return InvalidArgumentError(Quoted(id_or_sha) +
                                ": ambiguous SHA-256 prefix (matches several sources in " +
                                store_name + ")");
  }
  return ids.front();
}

}  // namespace dossier::store_internal
