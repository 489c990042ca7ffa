#include "extract/ner/ner_gazetteer.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/ner/internal/ner_lexicon.h"
#include "extract/ner/ner_clusters.h"

namespace dossier {
namespace {

bool StartsCyrillic(std::string_view word) {
  return !word.empty() && static_cast<unsigned char>(word[0]) >= 0xD0 &&
         static_cast<unsigned char>(word[0]) <= 0xD3;
}

// Russian and Kazakh case endings a gazetteer word may carry ("Ирана",
// "Колумбии", "Россией", "Казахстаном"), longest first.
constexpr std::string_view kCaseEndings[] = {
    "ией", "ами", "ями", "ом", "ем", "ой", "ей", "ою", "ию", "ия", "ии", "ие", "ью", "ая",
    "ое",  "ую",  "ых",  "их", "а",  "я",  "ы",  "и",  "е",  "у",  "ю",  "о",  "ь",  "й"};

// The key a gazetteer compares a word by: NerWordKey for Latin words; for
// Cyrillic ones the small letters without a case ending, a stem of at least
// three letters kept, so the forms of one name meet.
std::string GazetteerKey(std::string_view word) {
  if (!StartsCyrillic(word)) return NerWordKey(word);
  std::string key;
  internal::FoldLetterCase(word, &key);
  for (std::string_view ending : kCaseEndings) {
    if (key.size() >= ending.size() + 6 && key.ends_with(ending)) {
      key.resize(key.size() - ending.size());
      break;
    }
  }
  return key;
}

uint32_t ReadU32(std::string_view bytes, size_t at, bool swap) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    const uint32_t b = static_cast<unsigned char>(bytes[at + (swap ? 3 - i : i)]);
    v |= b << (8 * i);
  }
  return v;
}

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
    if (!word.empty()) keys.push_back(GazetteerKey(word));
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

uint64_t NerGazetteer::NewId() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

void NerGazetteer::AddKeyed(std::string keyed_phrase, GazetteerKind kind) {
  id_ = NewId();
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

Status NerGazetteer::AddMessageCatalog(const std::string& mo_path, GazetteerKind kind) {
  std::ifstream in(mo_path, std::ios::binary);
  if (!in) return NotFoundError(mo_path + ": cannot open gazetteer source");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string bytes = buffer.str();
  auto bad = [&] { return InvalidArgumentError(mo_path + ": not a GNU message catalog"); };
  if (bytes.size() < 20) return bad();
  const uint32_t magic = ReadU32(bytes, 0, false);
  const bool swap = magic == 0xde120495u;
  if (magic != 0x950412deu && !swap) return bad();
  const uint32_t count = ReadU32(bytes, 8, swap);
  const uint32_t originals = ReadU32(bytes, 12, swap);
  const uint32_t translations = ReadU32(bytes, 16, swap);
  for (uint32_t k = 0; k < count; ++k) {
    const uint64_t original = uint64_t{originals} + 8 * k, entry = uint64_t{translations} + 8 * k;
    if (entry + 8 > bytes.size() || original + 8 > bytes.size()) return bad();
    if (ReadU32(bytes, original, swap) == 0) continue;  // the catalog's header
    const uint64_t length = ReadU32(bytes, entry, swap), offset = ReadU32(bytes, entry + 4, swap);
    if (offset + length > bytes.size()) return bad();
    std::string_view text(bytes.data() + offset, length);
    text = text.substr(0, text.find('\0'));  // the first of plural forms
    if (!text.empty()) Add(text, kind);
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

bool NerGazetteer::MayStartPhrase(std::string_view word) const {
  const bool capitalized =
      !word.empty() && ((word[0] >= 'A' && word[0] <= 'Z') ||
                        (StartsCyrillic(word) && internal::StartsWithCapital(word)));
  return capitalized && first_words_.contains(GazetteerKey(word));
}

std::vector<uint8_t> NerGazetteer::Match(const std::vector<std::string_view>& words) const {
  std::vector<uint8_t> may_start(words.size());
  for (size_t i = 0; i < words.size(); ++i) may_start[i] = MayStartPhrase(words[i]);
  return Match(words, may_start.data());
}

std::vector<uint8_t> NerGazetteer::Match(const std::vector<std::string_view>& words,
                                         const uint8_t* may_start) const {
  std::vector<uint8_t> marks(words.size(), 0);
  if (phrases_.empty()) return marks;
  std::string phrase;
  size_t i = 0;
  while (i < words.size()) {
    if (!may_start[i]) {
      ++i;
      continue;
    }
    size_t best = 0;
    GazetteerKind kind{};
    phrase.clear();
    for (size_t n = 1; n <= kMaxWords && i + n <= words.size(); ++n) {
      if (n > 1) phrase += ' ';
      phrase += GazetteerKey(words[i + n - 1]);
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
