#include "cli/resolve_commands.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "cli/store_access.h"
#include "dossier/store_screening.h"
#include "resolve/name_list.h"
#include "resolve/names_eval.h"
#include "resolve/screening_index.h"
#include "web/api_json.h"

namespace dossier::cli {
namespace {

// What a screening hit points at: a list entry or a stored entity.
struct ScreenTarget {
  std::string id;
  std::string name;
};

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// One hit in the table: score, verdict, name, id; then the reasons, and with
// `explain` the readings compared and the name's and the attributes' reasons
// apart.
void PrintHit(const ScreeningHit& hit, const ScreenTarget& entry, bool explain) {
  fmt::print("  {:.3f}  {:<9} {}  [{}]{}{}\n", hit.match.score, MatchVerdictName(hit.match.verdict),
             entry.name, entry.id,
             hit.matched_name != entry.name ? " as \"" + hit.matched_name + "\"" : "",
             hit.vetoed ? "  (set aside)" : "");
  if (!explain) {
    fmt::print("         {}\n", hit.match.reasons);
    return;
  }
  if (!hit.match.readings.empty()) fmt::print("         readings:   {}\n", hit.match.readings);
  fmt::print("         name:       {:.3f}  {}{}\n", hit.name_score, hit.name_reasons,
             hit.weak_alias ? "; weak alias" : "");
  if (!hit.attribute_reasons.empty()) {
    fmt::print("         attributes: {}\n", hit.attribute_reasons);
  }
}

}  // namespace

int RunScreen(const ScreenOptions& options) {
  if (options.names.empty() && options.file.empty()) {
    std::fprintf(stderr, "dossier screen: give names or --file QUERIES\n");
    return 2;
  }
  if (options.list.empty() == options.db.empty()) {
    std::fprintf(stderr, "dossier screen: give either --list FILE or --db STORE\n");
    return 2;
  }
  std::vector<ListedName> queries;
  for (const std::string& name : options.names) {
    ListedName q;
    q.name = name;
    queries.push_back(std::move(q));
  }
  if (!options.file.empty()) {
    StatusOr<std::vector<ListedName>> from_file = ReadNameList(options.file);
    if (!from_file.ok()) {
      std::fprintf(stderr, "dossier: %s\n", from_file.status().message().c_str());
      return 1;
    }
    for (ListedName& q : *from_file) queries.push_back(std::move(q));
  }

  // Record i of the index is targets[i]: an entry of the list under its name
  // and aliases, or a stored entity under all its names.
  std::vector<ScreenTarget> targets;
  ScreeningIndex index;
  std::unique_ptr<EvidenceStore> store;  // outlives `stored`, which reads it
  std::optional<StoreScreener> stored;
  if (!options.list.empty()) {
    StatusOr<std::vector<ListedName>> list = ReadNameList(options.list);
    if (!list.ok()) {
      std::fprintf(stderr, "dossier: %s\n", list.status().message().c_str());
      return 1;
    }
    for (size_t i = 0; i < list->size(); ++i) {
      const ListedName& entry = (*list)[i];
      const uint32_t record = static_cast<uint32_t>(i);
      targets.push_back({entry.id, entry.name});
      index.Add(record, entry.name, entry.type);
      for (const std::string& alias : entry.aliases) index.Add(record, alias, entry.type);
      for (const std::string& weak : entry.weak_aliases) {
        index.Add(record, weak, entry.type, /*weak_alias=*/true);
      }
      index.SetAttributes(record, AttributesOf(entry));
    }
    index.Build();
  } else {
    store = OpenStoreOrReport(options.db, /*must_exist=*/true);
    if (store == nullptr) return 1;
    StatusOr<StoreScreener> screening = StoreScreener::Load(store.get());
    if (!screening.ok()) {
      std::fprintf(stderr, "dossier: %s: %s\n", options.db.c_str(),
                   screening.status().message().c_str());
      return 1;
    }
    stored = std::move(screening).value();
    for (size_t i = 0; i < stored->size(); ++i) {
      const LinkedEntity& entity = stored->entity(static_cast<uint32_t>(i));
      targets.push_back({entity.id, entity.name});
    }
  }

  ScreeningOptions screening;
  screening.threshold = options.threshold;
  screening.max_hits = static_cast<size_t>(std::max(0, options.max_hits));
  // A reviewer sees the namesakes the attributes set aside, and why.
  screening.keep_vetoed = options.explain;
  if (options.csv) {
    std::printf("query,id,name,score,verdict,why,name_score,why_attributes,readings,vetoed\n");
  }
  for (const ListedName& query : queries) {
    const PersonAttributes attributes = AttributesOf(query);
    StatusOr<std::vector<ScreeningHit>> found =
        stored ? stored->Query(query, screening)
               : index.Query(query.name, query.type, screening, &attributes);
    if (!found.ok()) {
      std::fprintf(stderr, "dossier: %s: %s\n", options.db.c_str(),
                   found.status().message().c_str());
      return 1;
    }
    const std::vector<ScreeningHit>& hits = *found;
    if (options.json) {
      nlohmann::json matches = nlohmann::json::array();
      for (const ScreeningHit& hit : hits) {
        const ScreenTarget& entry = targets[hit.record];
        matches.push_back(web::ScreenMatchJson(hit, entry.id, entry.name));
      }
      nlohmann::json line = {{"query", query.name}, {"matches", matches}};
      std::printf("%s\n",
                  line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else if (options.csv) {
      for (const ScreeningHit& hit : hits) {
        const ScreenTarget& entry = targets[hit.record];
        std::printf("%s,%s,%s,%.3f,%s,%s,%.3f,%s,%s,%s\n", CsvField(query.name).c_str(),
                    CsvField(entry.id).c_str(), CsvField(entry.name).c_str(), hit.match.score,
                    std::string(MatchVerdictName(hit.match.verdict)).c_str(),
                    CsvField(hit.match.reasons).c_str(), hit.name_score,
                    CsvField(hit.attribute_reasons).c_str(), CsvField(hit.match.readings).c_str(),
                    hit.vetoed ? "true" : "false");
      }
    } else {
      fmt::print("{}\n", query.name);
      if (hits.empty()) fmt::print("  (no match at or above {:.2f})\n", options.threshold);
      for (const ScreeningHit& hit : hits) PrintHit(hit, targets[hit.record], options.explain);
    }
  }
  return 0;
}

int RunEvalNames(const std::string& dir) {
  StatusOr<NamesEvalReport> report = EvaluateNamesDataset(dir);
  if (!report.ok()) {
    std::fprintf(stderr, "dossier: %s\n", report.status().message().c_str());
    return 1;
  }
  fmt::print("Transliteration: words whose Cyrillic and Latin skeletons meet\n");
  fmt::print("{:<48} {:>6} {:>7} {:>7}\n", "scheme", "words", "same", "close");
  int words = 0, same = 0, close = 0;
  for (const SchemeResult& s : report->schemes) {
    fmt::print("{:<48} {:>6} {:>6.1f}% {:>6.1f}%\n", s.scheme, s.words,
               100.0 * s.same_skeleton / std::max(1, s.words),
               100.0 * s.close_skeleton / std::max(1, s.words));
    words += s.words;
    same += s.same_skeleton;
    close += s.close_skeleton;
  }
  fmt::print("{:<48} {:>6} {:>6.1f}% {:>6.1f}%\n\n", "all", words,
             100.0 * same / std::max(1, words), 100.0 * close / std::max(1, words));
  fmt::print(
      "Spellings of \"Vladimir Putin\" matched (same or possible): {}/{} "
      "(Latin and Cyrillic: {}/{})\n",
      report->putin_matched, report->putin_spellings, report->putin_matched_latin_cyrillic,
      report->putin_latin_cyrillic);
  fmt::print("OpenSanctions logic-v2 cases agreed: {}/{}\n", report->logic_agreed,
             report->logic_cases);
  for (const std::string& d : report->logic_disagreements) fmt::print("  differs: {}\n", d);
  return 0;
}

}  // namespace dossier::cli
