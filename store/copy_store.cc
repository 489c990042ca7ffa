#include "store/copy_store.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/sha256.h"
#include "text/dedupe.h"

namespace dossier {
namespace {

// Sources per batch in the target (one commit each in SQLite).
constexpr int kSourcesPerBatch = 64;

StatusOr<bool> IsEmpty(EvidenceStore* store) {
  ASSIGN_OR_RETURN(std::vector<SourceSummary> sources, store->ListSources());
  ASSIGN_OR_RETURN(std::vector<StoredList> lists, store->ListLists());
  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, store->ListJudgments());
  return sources.empty() && lists.empty() && judgments.empty();
}

// Copies what AddSource stores of one source; returns its id in `to`.
// `ids` maps the source ids of `from` already copied to those of `to`.
StatusOr<int64_t> CopySource(EvidenceStore* from, EvidenceStore* to, const SourceSummary& summary,
                             const std::vector<SourceEntity>& entities,
                             const std::map<int64_t, int64_t>& ids) {
  const std::string what = "source " + std::to_string(summary.id) + " (" + summary.path + ")";
  ASSIGN_OR_RETURN(StoredSource source, from->GetSource(std::to_string(summary.id)));
  ASSIGN_OR_RETURN(std::string raw, from->GetRawBytes(summary.id));
  ASSIGN_OR_RETURN(std::optional<StoredExtraction> extraction, from->GetExtraction(summary.id));
  NormalizedDocument& doc = source.document;
  // Fingerprints are not stored: recomputed from the text, as the ingest
  // that stored it computed them.
  std::vector<PassageFingerprint> fingerprints;
  fingerprints.reserve(doc.passages.size());
  for (Passage& passage : doc.passages) {
    fingerprints.push_back(FingerprintPassage(
        std::string_view(doc.text).substr(passage.span.start, passage.span.size())));
    if (!passage.duplicate_of.has_value() || passage.duplicate_of->source_id == 0) continue;
    const auto found = ids.find(passage.duplicate_of->source_id);
    if (found == ids.end()) {
      return DataLossError(what + ": a passage repeats source " +
                           std::to_string(passage.duplicate_of->source_id) +
                           ", which is not stored before it");
    }
    passage.duplicate_of->source_id = found->second;
  }
  const SourceToStore to_store{
      .sha256 = summary.sha256,
      .path = summary.path,
      .raw = raw,
      .kind = summary.kind,
      .encoding = source.encoding,
      .title = summary.title,
      .url = source.url,
      .published = source.published,
      .document = &doc,
      .fingerprints = &fingerprints,
      .extraction_json =
          extraction.has_value() ? std::string_view(extraction->json) : std::string_view(),
      .extractor_version = extraction.has_value() ? extraction->extractor_version : 0,
      .entities = &entities,
      .ingested_at = summary.ingested_at,
      .keep_marks = true};
  StatusOr<int64_t> id = to->AddSource(to_store);
  if (!id.ok()) return id.status().WithPrefix(what);
  ASSIGN_OR_RETURN(std::string copied, to->GetRawBytes(*id));
  if (copied != raw || Sha256Hex(copied) != summary.sha256) {
    return DataLossError(what + ": its raw bytes do not read back the same from the target");
  }
  return *id;
}

}  // namespace

StatusOr<CopySummary> CopyStore(EvidenceStore* from, EvidenceStore* to,
                                const std::function<void(int64_t)>& progress) {
  ASSIGN_OR_RETURN(bool empty, IsEmpty(to));
  if (!empty) {
    return FailedPreconditionError(
        "the target store is not empty (it holds sources, lists or judgments)");
  }
  ASSIGN_OR_RETURN(std::vector<SourceSummary> sources, from->ListSources());
  ASSIGN_OR_RETURN(std::vector<StoredList> lists, from->ListLists());
  ASSIGN_OR_RETURN(std::vector<ListEntry> entries, from->ListListEntries());
  ASSIGN_OR_RETURN(std::vector<SourceEntity> all_entities, from->ListSourceEntities());
  // Lists arrived after the sources they saw: copy each right after the last
  // of those, so that its after_source names the same point in the target.
  std::stable_sort(lists.begin(), lists.end(), [](const StoredList& a, const StoredList& b) {
    return a.after_source < b.after_source;
  });

  CopySummary summary;
  std::map<int64_t, int64_t> source_ids, list_ids;
  size_t next_list = 0, next_entity = 0;
  const auto copy_lists_up_to = [&](int64_t source_id) -> Status {
    for (; next_list < lists.size() && lists[next_list].after_source <= source_id; ++next_list) {
      const StoredList& list = lists[next_list];
      std::vector<ListEntry> own;
      for (const ListEntry& entry : entries) {
        if (entry.list_id == list.id) own.push_back(entry);
      }
      StatusOr<int64_t> id = to->ImportList(list.name, list.path, own);
      if (!id.ok()) return id.status().WithPrefix("list '" + list.name + "'");
      list_ids[list.id] = *id;
      ++summary.lists;
    }
    return Status::Ok();
  };
  RETURN_IF_ERROR(copy_lists_up_to(0));
  int in_batch = 0;
  for (const SourceSummary& source : sources) {
    if (in_batch == 0) RETURN_IF_ERROR(to->BeginBatch());
    std::vector<SourceEntity> entities;
    for (; next_entity < all_entities.size() && all_entities[next_entity].source_id <= source.id;
         ++next_entity) {
      if (all_entities[next_entity].source_id == source.id) {
        entities.push_back(all_entities[next_entity]);
      }
    }
    StatusOr<int64_t> id = CopySource(from, to, source, entities, source_ids);
    if (!id.ok()) {
      to->CommitBatch().IgnoreError();
      return id.status();
    }
    source_ids[source.id] = *id;
    ++summary.sources;
    if (progress) progress(summary.sources);
    // A list that arrived right after this source is imported before the
    // next one (ImportList reads the highest source id), outside a batch.
    const bool list_next = next_list < lists.size() && lists[next_list].after_source <= source.id;
    if (++in_batch == kSourcesPerBatch || list_next) {
      RETURN_IF_ERROR(to->CommitBatch());
      in_batch = 0;
      RETURN_IF_ERROR(copy_lists_up_to(source.id));
    }
  }
  if (in_batch > 0) RETURN_IF_ERROR(to->CommitBatch());
  RETURN_IF_ERROR(copy_lists_up_to(INT64_MAX));

  ASSIGN_OR_RETURN(std::vector<EntityJudgment> judgments, from->ListJudgments());
  for (const EntityJudgment& judgment : judgments) {
    RETURN_IF_ERROR(to->AddJudgment(judgment).status());
    ++summary.judgments;
  }
  ASSIGN_OR_RETURN(std::vector<LinkedEntity> linked, from->ListLinkedEntities(std::nullopt));
  for (LinkedEntity& entity : linked) {
    for (EntityMemberRef& member : entity.members) member.source_id = source_ids[member.source_id];
    for (ListEntryRef& entry : entity.list_entries) entry.list_id = list_ids[entry.list_id];
  }
  RETURN_IF_ERROR(to->LinkExclusively([&] { return to->ReplaceLinkedEntities(linked); }));
  summary.entities = static_cast<int64_t>(linked.size());
  return summary;
}

}  // namespace dossier
