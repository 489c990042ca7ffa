#include "extract/ner_gazetteer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/ner_clusters.h"

namespace dossier {
namespace {

StatusOr<nlohmann::json> ReadJson(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot open gazetteer source");
  nlohmann::json value = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return InvalidArgumentError(path + ": not valid JSON");
  return value;
}

// Adds field `field` of every object in value[list] (strings only).
void AddField(const nlohmann::json& value, const char* list, const char* field, GazetteerKind kind,
              NerGazetteer* out) {
  if (!value.contains(list) || !value[list].is_array()) return;
  for (const nlohmann::json& entry : value[list]) {
    if (entry.contains(field) && entry[field].is_string()) {
      out->Add(entry[field].get<std::string>(), kind);
    }
  }
}

// Splits a phrase into word keys: spaces separate words; a trailing comma
// or period of a word is dropped ("Korea, Republic of" gives "korea
// republic of").
std::vector<std::string> PhraseKeys(std::string_view phrase) {
  std::vector<std::string> keys;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && phrase[i] == ' ') ++i;
    size_t j = i;
    while (j < phrase.size() && phrase[j] != ' ') ++j;
    std::string_view word = phrase.substr(i, j - i);
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
    if (!word.empty()) keys.push_back(NerWordKey(word));
    i = j;
  }
  return keys;
}

}  // namespace

void NerGazetteer::Add(std::string_view phrase, GazetteerKind kind) {
  const std::vector<std::string> keys = PhraseKeys(phrase);
  if (keys.empty() || keys.size() > kMaxWords) return;
  std::string joined;
  for (const std::string& key : keys) {
    if (!joined.empty()) joined += ' ';
    joined += key;
  }
  AddKeyed(std::move(joined), kind);
}

void NerGazetteer::AddKeyed(std::string keyed_phrase, GazetteerKind kind) {
  first_words_.insert(keyed_phrase.substr(0, keyed_phrase.find(' ')));
  phrases_.emplace(std::move(keyed_phrase), kind);
}

Status NerGazetteer::AddIsoCodes(const std::string& dir) {
  ASSIGN_OR_RETURN(nlohmann::json countries, ReadJson(dir + "/iso_3166-1.json"));
  for (const char* field : {"name", "common_name", "official_name"}) {
    AddField(countries, "3166-1", field, GazetteerKind::kCountry, this);
  }
  ASSIGN_OR_RETURN(nlohmann::json regions, ReadJson(dir + "/iso_3166-2.json"));
  AddField(regions, "3166-2", "name", GazetteerKind::kRegion, this);
  ASSIGN_OR_RETURN(nlohmann::json languages, ReadJson(dir + "/iso_639-3.json"));
  if (languages.contains("639-3") && languages["639-3"].is_array()) {
    for (const nlohmann::json& entry : languages["639-3"]) {
      // Only languages with a two-letter code: the major ones ("German",
      // "Kazakh"), not the thousands of rare names that shadow words.
      if (entry.contains("alpha_2") && entry.contains("name") && entry["name"].is_string()) {
        Add(entry["name"].get<std::string>(), GazetteerKind::kLanguage);
      }
    }
  }
  return Status::Ok();
}

Status NerGazetteer::AddTimeZoneCities(const std::string& zone_tab) {
  std::ifstream in(zone_tab);
  if (!in) return NotFoundError(zone_tab + ": cannot open gazetteer source");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // Columns: codes, coordinates, zone name, comments; tab-separated.
    std::istringstream fields(line);
    std::string codes, coordinates, zone;
    if (!std::getline(fields, codes, '\t') || !std::getline(fields, coordinates, '\t') ||
        !std::getline(fields, zone, '\t')) {
      continue;
    }
    std::string city = zone.substr(zone.rfind('/') + 1);
    std::replace(city.begin(), city.end(), '_', ' ');
    Add(city, GazetteerKind::kCity);
  }
  return Status::Ok();
}

std::vector<uint8_t> NerGazetteer::Match(const std::vector<std::string_view>& words) const {
  std::vector<uint8_t> marks(words.size(), 0);
  if (phrases_.empty()) return marks;
  std::string phrase;
  size_t i = 0;
  while (i < words.size()) {
    // Only capitalized words start a phrase ("turkey" the bird, "chad" the
    // paper), and only words that start one.
    const bool capitalized = !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z';
    if (!capitalized || !first_words_.contains(NerWordKey(words[i]))) {
      ++i;
      continue;
    }
    size_t best = 0;
    GazetteerKind kind{};
    phrase.clear();
    for (size_t n = 1; n <= kMaxWords && i + n <= words.size(); ++n) {
      if (n > 1) phrase += ' ';
      phrase += NerWordKey(words[i + n - 1]);
      auto it = phrases_.find(phrase);
      if (it != phrases_.end()) best = n, kind = it->second;
    }
    if (best == 0) {
      ++i;
      continue;
    }
    const uint8_t base = static_cast<uint8_t>(static_cast<int>(kind) * 4);
    if (best == 1) {
      marks[i] = base + 3;
    } else {
      marks[i] = base;
      for (size_t k = i + 1; k + 1 < i + best; ++k) marks[k] = base + 1;
      marks[i + best - 1] = base + 2;
    }
    i += best;
  }
  return marks;
}

std::vector<std::pair<std::string, GazetteerKind>> NerGazetteer::SortedEntries() const {
  std::vector<std::pair<std::string, GazetteerKind>> entries(phrases_.begin(), phrases_.end());
  std::sort(entries.begin(), entries.end());
  return entries;
}

}  // namespace dossier
