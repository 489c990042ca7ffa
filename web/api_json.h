// The JSON of the records the CLI's --json listings and the workbench's API
// share, so both say the same thing in the same words: stored sources,
// search hits, entities with every spelling, screening matches and a
// source's passages.
//
// Thread-safe (pure functions). Includes nlohmann/json: only .cc files include this.
#ifndef DOSSIER_WEB_API_JSON_H_
#define DOSSIER_WEB_API_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "resolve/screening_index.h"
#include "store/store.h"

namespace dossier::web {

// {id, sha256, path, title, kind, language, bytes, passages, duplicates, ingested_at}
nlohmann::json SourceSummaryJson(const SourceSummary& source);

// {source_id, sha256, title, path, passage, section, snippet, score, duplicate}
nlohmann::json SearchHitJson(const SearchHit& hit);

// {id, type, name, names, aliases, origin, sources, lists, members: [{source_id, entity}],
//  related: [{id, name, why}]}; `by_id` names the related entities.
nlohmann::json LinkedEntityJson(const LinkedEntity& entity,
                                const std::unordered_map<std::string, const LinkedEntity*>& by_id);

// {id, name, matched_name, score, verdict, why, name_score, why_name, why_attributes,
//  readings, weak_alias, vetoed}: one match of `dossier screen --json`.
nlohmann::json ScreenMatchJson(const ScreeningHit& hit, std::string_view id, std::string_view name);

// {id, sha256, path, title, url, published, language, text, sections: [{title, level}],
//  passages: [{index, kind, section, start, end, duplicate_of}]}
nlohmann::json StoredSourceJson(const StoredSource& source);

}  // namespace dossier::web

#endif  // DOSSIER_WEB_API_JSON_H_
