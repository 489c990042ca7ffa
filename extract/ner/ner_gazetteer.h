// NerGazetteer: phrases of known places and languages that the tagger's
// features look up (a hint the model weighs, never a decision).
//
// Built by the trainer from openly licensed Debian data (iso-codes: country
// names, country subdivisions, major languages; tzdata: the cities that name
// time zones) and stored inside the model file, so tagging reads no file.
//
//   NerGazetteer gazetteer;
//   RETURN_IF_ERROR(gazetteer.AddIsoCodes("/usr/share/iso-codes/json"));
//   std::vector<uint8_t> marks = gazetteer.Match(words);  // per token: kind and position
//
// Phrases are matched on word keys (NerWordKey: ASCII lower case, digits as
// 0; Cyrillic words in small letters without a case ending, so "Ирана" meets
// "Иран"), longest first, left to right. Immutable after building; thread-safe
// for concurrent Match calls.
#ifndef DOSSIER_EXTRACT_NER_NER_GAZETTEER_H_
#define DOSSIER_EXTRACT_NER_NER_GAZETTEER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"

namespace dossier {

enum class GazetteerKind : uint8_t { kCountry = 1, kRegion = 2, kCity = 3, kLanguage = 4 };
inline constexpr int kNumGazetteerKinds = 4;

class NerGazetteer {
 public:
  // Longest phrase length in words.
  static constexpr int kMaxWords = 6;

  // Adds a phrase (words separated by spaces, as written); phrases longer
  // than kMaxWords or empty are ignored. A phrase added twice keeps its
  // first kind.
  void Add(std::string_view phrase, GazetteerKind kind);

  // Country names (iso_3166-1.json: name, common and official names),
  // subdivisions (iso_3166-2.json) and languages with a two-letter code
  // (iso_639-3.json) from the iso-codes JSON folder. NotFound when a file is
  // missing, InvalidArgument naming the file when it does not parse.
  Status AddIsoCodes(const std::string& dir);
  // Every translation in a GNU message catalog (.mo), such as iso-codes'
  // Russian and Kazakh country and subdivision names
  // (/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo). NotFound when missing,
  // InvalidArgument naming the file when it is not a catalog.
  Status AddMessageCatalog(const std::string& mo_path, GazetteerKind kind);

  // City names from a tzdata zone table (zone1970.tab or zone.tab): the last
  // part of each zone name, "America/New_York" giving "New York".
  Status AddTimeZoneCities(const std::string& zone_tab);

  // Per word of `words` (as written): 0 outside any phrase, else
  // kind * 4 + position (0 begin, 1 inside, 2 last, 3 a one-word phrase).
  std::vector<uint8_t> Match(const std::vector<std::string_view>& words) const;
  // As Match(), given MayStartPhrase() of each word (callers that keep it
  // per distinct word save computing a key for every token).
  std::vector<uint8_t> Match(const std::vector<std::string_view>& words,
                             const uint8_t* may_start) const;

  // Whether `word` (as written) may begin a phrase: a capitalized word
  // ("turkey" the bird and "chad" the paper begin none) that is the first
  // word of some phrase. Match() tries phrases only at such words.
  bool MayStartPhrase(std::string_view word) const;

  // Names the phrases, for caches of MayStartPhrase(): copies share it; it
  // changes whenever a phrase is added.
  uint64_t id() const { return id_; }

  size_t size() const { return phrases_.size(); }
  // Phrases (word keys joined by single spaces) with their kinds, sorted:
  // for writing a model file deterministically.
  std::vector<std::pair<std::string, GazetteerKind>> SortedEntries() const;
  // Adds a phrase already in key form (as SortedEntries returns it).
  void AddKeyed(std::string keyed_phrase, GazetteerKind kind);

 private:
  std::unordered_map<std::string, GazetteerKind> phrases_;
  std::unordered_set<std::string> first_words_;  // first word key of each phrase
  uint64_t id_ = NewId();

  static uint64_t NewId();
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_NER_GAZETTEER_H_
