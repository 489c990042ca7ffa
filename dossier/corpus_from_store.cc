#include "dossier/corpus_from_store.h"

#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <utility>

#include "extract/extraction_json.h"

namespace dossier {

namespace {

// Reads back a stored extraction, keeping of its JSON what `keep` keeps
// (nlohmann's parse callback; null: everything).
StatusOr<DocumentExtraction> ReadExtractionJson(const StoredExtraction& stored,
                                                const std::string& path,
                                                const nlohmann::json::parser_callback_t& keep) {
  const nlohmann::json lists = nlohmann::json::parse(stored.json, keep, /*allow_exceptions=*/false);
  if (lists.is_discarded()) {
    return DataLossError(path + ": the stored extraction is not valid JSON");
  }
  StatusOr<DocumentExtraction> extraction = ExtractionFromJson(lists);
  if (!extraction.ok()) {
    return DataLossError(path + ": the stored extraction cannot be read back (" +
                         extraction.status().message() + ")");
  }
  return extraction;
}

// `stored` with its extraction, read from `store`.
StatusOr<CorpusSource> WithExtraction(EvidenceStore& store, StoredSource stored) {
  SourceSummary& summary = stored.summary;
  CorpusSource source{.source_id = summary.id,
                      .sha256 = std::move(summary.sha256),
                      .path = std::move(summary.path),
                      .title = std::move(summary.title),
                      .url = std::move(stored.url),
                      .published = std::move(stored.published),
                      .document = std::move(stored.document)};
  ASSIGN_OR_RETURN(std::optional<StoredExtraction> extraction, store.GetExtraction(summary.id));
  if (extraction.has_value()) {
    ASSIGN_OR_RETURN(source.extraction, ReadStoredExtraction(*extraction, source.path));
  }
  return source;
}

}  // namespace

StatusOr<DocumentExtraction> ReadStoredExtraction(const StoredExtraction& stored,
                                                  const std::string& path) {
  return ReadExtractionJson(stored, path, nullptr);
}

StatusOr<DocumentExtraction> ReadStoredEntitiesAndFacts(const StoredExtraction& stored,
                                                        const std::string& path) {
  std::string list;  // the top-level list being read
  const nlohmann::json::parser_callback_t keep =
      [&list](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (event != nlohmann::json::parse_event_t::key) return true;
        const std::string& key = parsed.get_ref<const std::string&>();
        if (depth == 1) {
          list = key;
          return list == "entities" || list == "facts";
        }
        // The fields of an entity (depth 3: object, list, entity).
        return depth != 3 || list != "entities" || (key != "mentions" && key != "references");
      };
  return ReadExtractionJson(stored, path, keep);
}

StatusOr<CorpusSource> LoadCorpusSource(EvidenceStore& store, int64_t source_id) {
  ASSIGN_OR_RETURN(StoredSource stored, store.GetSource(std::to_string(source_id)));
  return WithExtraction(store, std::move(stored));
}

StatusOr<CorpusSource> LoadCitedSource(EvidenceStore& store, int64_t source_id) {
  ASSIGN_OR_RETURN(StoredSource stored, store.GetSourceText(source_id));
  return WithExtraction(store, std::move(stored));
}

StatusOr<Corpus> LoadCorpus(EvidenceStore& store) {
  Corpus corpus;
  ASSIGN_OR_RETURN(std::vector<SourceSummary> sources, store.ListSources());
  std::unordered_map<int64_t, int> index_of;
  corpus.sources.reserve(sources.size());
  for (const SourceSummary& summary : sources) {
    ASSIGN_OR_RETURN(CorpusSource source, LoadCorpusSource(store, summary.id));
    index_of.emplace(summary.id, static_cast<int>(corpus.sources.size()));
    corpus.sources.push_back(std::move(source));
  }

  ASSIGN_OR_RETURN(std::vector<LinkedEntity> entities, store.ListLinkedEntities(std::nullopt));
  corpus.entities.reserve(entities.size());
  for (LinkedEntity& linked : entities) {
    CorpusEntity entity{.id = std::move(linked.id),
                        .type = linked.type,
                        .name = std::move(linked.name),
                        .lists = std::move(linked.lists)};
    for (LinkedEntityName& name : linked.names) entity.names.push_back(std::move(name.name));
    for (EntityMemberRef& member : linked.members) {
      const auto found = index_of.find(member.source_id);
      if (found == index_of.end()) {
        return DataLossError("entity " + entity.id + " names source " +
                             std::to_string(member.source_id) + ", which is not stored");
      }
      entity.members.push_back({found->second, std::move(member.local_id)});
    }
    corpus.entities.push_back(std::move(entity));
  }
  return corpus;
}

}  // namespace dossier
