#include "resolve/names_eval.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/utf8.h"
#include "resolve/name_list.h"
#include "resolve/name_match.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace {

StatusOr<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

StatusOr<nlohmann::json> ReadJson(const std::filesystem::path& path) {
  ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
  try {
    return nlohmann::json::parse(bytes);
  } catch (const nlohmann::json::parse_error& e) {
    return InvalidArgumentError(path.string() + ": not JSON (syntax error at byte " +
                                std::to_string(e.byte) + ")");
  }
}

// The runs of letters of `text`.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp;
    int n = DecodeUtf8(text, pos, &cp);
    if (n == 0) n = 1, cp = U' ';
    pos += n;
    if (u_isalpha(static_cast<UChar32>(cp)) ||
        u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_GENERAL_CATEGORY) ==
            U_NON_SPACING_MARK) {
      AppendUtf8(cp, &cur);
    } else if (cp != U'\'' && cp != U'’' && cp != U'`' && cp != U'ʹ' && cp != U'ʺ' && cp != U'"') {
      // Apostrophes and primes stand for soft and hard signs: inside a word.
      if (!cur.empty()) words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

void ScorePairs(const nlohmann::json& pairs, SchemeResult* result) {
  for (const nlohmann::json& pair : pairs) {
    if (!pair.is_array() || pair.size() < 2 || !pair[0].is_string() || !pair[1].is_string()) {
      continue;
    }
    const std::vector<std::string> cyr = Words(pair[0].get<std::string>());
    const std::vector<std::string> lat = Words(pair[1].get<std::string>());
    if (cyr.size() != lat.size()) continue;  // a scheme that joins or splits words
    for (size_t i = 0; i < cyr.size(); ++i) {
      const std::string a = NameSkeleton(cyr[i]);
      const std::string b = NameSkeleton(lat[i]);
      if (a.empty() && b.empty()) continue;
      ++result->words;
      if (a == b) {
        ++result->same_skeleton;
        ++result->close_skeleton;
        continue;
      }
      const double longest = static_cast<double>(std::max(a.size(), b.size()));
      const double cost = WeightedEditDistance(a, b, 2);
      if (cost <= 1.0 && (longest >= 5 || 1 - cost / longest >= 0.85)) ++result->close_skeleton;
    }
  }
}

}  // namespace

StatusOr<NamesEvalReport> EvaluateNamesDataset(const std::string& dir) {
  namespace fs = std::filesystem;
  NamesEvalReport report;
  const fs::path root(dir);
  if (!fs::is_directory(root)) return NotFoundError(dir + ": not a folder");

  // iuliia schemes.
  std::vector<fs::path> schemes;
  if (fs::is_directory(root / "iuliia")) {
    for (const auto& entry : fs::directory_iterator(root / "iuliia")) {
      if (entry.path().extension() == ".json" && entry.path().filename() != "schema.jsd") {
        schemes.push_back(entry.path());
      }
    }
  }
  std::sort(schemes.begin(), schemes.end());
  for (const fs::path& path : schemes) {
    if (path.stem() == "uz") continue;  // Uzbek Cyrillic: not our languages
    ASSIGN_OR_RETURN(nlohmann::json scheme, ReadJson(path));
    if (!scheme.is_object() || !scheme.contains("samples")) continue;
    SchemeResult result{"iuliia/" + path.stem().string()};
    ScorePairs(scheme["samples"], &result);
    report.schemes.push_back(result);
  }
  // interscript maps.
  if (fs::exists(root / "translit-test-pairs.json")) {
    ASSIGN_OR_RETURN(nlohmann::json maps, ReadJson(root / "translit-test-pairs.json"));
    if (!maps.is_object()) {
      return InvalidArgumentError((root / "translit-test-pairs.json").string() +
                                  ": not a JSON object");
    }
    for (const auto& [name, pairs] : maps.items()) {
      SchemeResult result{"interscript/" + name};
      ScorePairs(pairs, &result);
      if (result.words > 0) report.schemes.push_back(result);
    }
  }
  // 80 spellings of one name.
  if (fs::exists(root / "nomenklatura/putin_names.txt")) {
    ASSIGN_OR_RETURN(std::string text, ReadFile(root / "nomenklatura/putin_names.txt"));
    const PreparedName reference("Vladimir Putin", EntityType::kPerson);
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty()) continue;
      ++report.putin_spellings;
      const Script script = DetectScript(line);
      const bool ours = script == Script::kLatin || script == Script::kCyrillic;
      report.putin_latin_cyrillic += ours ? 1 : 0;
      const MatchVerdict verdict =
          ComparePrepared(reference, PreparedName(line, EntityType::kPerson)).verdict;
      if (verdict == MatchVerdict::kSame || verdict == MatchVerdict::kPossible) {
        ++report.putin_matched;
        report.putin_matched_latin_cyrillic += ours ? 1 : 0;
      }
    }
  }
  // OpenSanctions logic-v2 cases.
  if (fs::exists(root / "nomenklatura/logic_v2_cases.json")) {
    ASSIGN_OR_RETURN(nlohmann::json cases, ReadJson(root / "nomenklatura/logic_v2_cases.json"));
    const MatchOptions options;
    for (const nlohmann::json& c : cases) {
      if (!c.is_object() || !c.contains("query") || !c.contains("result")) continue;
      const nlohmann::json& q = c["query"];
      const nlohmann::json& r = c["result"];
      if (!q.contains("name") || !r.contains("name") || !q["name"].is_string() ||
          !r["name"].is_string()) {
        continue;
      }
      const EntityType type = EntityTypeFromSchema(c.value("schema", "Person"));
      const std::string a = q["name"].get<std::string>(), b = r["name"].get<std::string>();
      const NameMatch m = CompareNames(a, b, type, options);
      const bool ours = m.score >= options.possible_threshold;
      const bool theirs = c.value("matches", false);
      ++report.logic_cases;
      if (ours == theirs) {
        ++report.logic_agreed;
      } else {
        report.logic_disagreements.push_back(
            a + " / " + b + ": expected " + (theirs ? "match" : "no match") + ", got " +
            std::string(MatchVerdictName(m.verdict)) + " (" + m.reasons + ")");
      }
    }
  }
  return report;
}

}  // namespace dossier
