#include "extract/eval/fact_eval.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include "base/ascii.h"
#include "base/utf8.h"
#include "extract/countries/countries.h"
#include "extract/time/time_money.h"

namespace dossier {
namespace {

using Json = nlohmann::json;

// A family and whether our subject is the property's tail (P127 owned by,
// P112 founded by, P40 child: the head is the owned, the founded, the
// parent).
struct GoldFamily {
  std::string_view family;
  bool reversed = false;
};

GoldFamily GoldFamilyOf(std::string_view property) {
  static const std::pair<std::string_view, GoldFamily> kProperties[] = {
      {"P569", {"born_on"}},     {"P19", {"born_in"}},     {"P570", {"died_on"}},
      {"P20", {"died_in"}},      {"P69", {"educated_at"}}, {"P108", {"position"}},
      {"P463", {"position"}},    {"P102", {"position"}},   {"P26", {"spouse"}},
      {"P22", {"parent"}},       {"P25", {"parent"}},      {"P40", {"parent", true}},
      {"P3373", {"sibling_of"}}, {"P127", {"owns", true}}, {"P112", {"founded", true}},
      {"P551", {"lives_in"}},    {"P27", {"citizen_of"}}};
  for (const auto& [p, family] : kProperties) {
    if (p == property) return family;
  }
  return {};
}

bool Symmetric(std::string_view family) { return family == "spouse" || family == "sibling_of"; }

// Tokens after which no space is written, and before which none is.
bool Opening(std::string_view t) { return t == "(" || t == "[" || t == "$" || t == "“"; }
bool Closing(std::string_view t) {
  static const std::string_view kClosing[] = {",",  ".",   ";",   ":",   ")",   "]",  "!",
                                              "?",  "%",   "'s",  "’s",  "n't", "'",  "”",
                                              "'m", "'ll", "'re", "'ve", "'d",  "..."};
  return std::find(std::begin(kClosing), std::end(kClosing), t) != std::end(kClosing);
}

// Whether a token's first or last byte may be part of a word: an ASCII
// letter, or a byte of a non-ASCII character.
bool WordEdge(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

bool StartsWithDigit(std::string_view token) {
  return !token.empty() && token.front() >= '0' && token.front() <= '9';
}

// Lower-case words of `name`: runs of letters and digits of any script
// ("«Левый фронт»" gives "левый", "фронт"; invalid bytes end a word).
std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < name.size();) {
    char32_t cp = 0;
    const int length = DecodeUtf8(name, i, &cp);
    if (length > 0 && u_isalnum(static_cast<UChar32>(cp))) {
      AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), &word);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += length > 0 ? length : 1;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether the words of one are a run of the other's.
bool WholeWordsMatch(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

// Whether `literal` is an ISO date of ours: "1767", "1767-05", "1767-05-19".
bool IsIsoDate(std::string_view literal) {
  return (literal.size() == 4 || literal.size() == 7 || literal.size() == 10) &&
         literal.find_first_not_of("0123456789-") == std::string_view::npos &&
         literal.find('-') != 0;
}

// Whether a date mention of the corpus ("19 May 1767", "1767") names our
// ISO date at the precision both share: read by our own time grammar, else
// (a form it does not read) holding the year as a word.
bool DateMatches(std::string_view iso, const std::string& mention) {
  for (const TimeMention& t : ExtractTimesAndMoneyFromText(mention, "en", std::nullopt).times) {
    if (!t.from) continue;
    const size_t length = t.precision == "day" ? 10 : t.precision == "month" ? 7 : 4;
    const std::string gold = t.from->substr(0, std::min(length, t.from->size()));
    const size_t shared = std::min(gold.size(), iso.size());
    return gold.compare(0, shared, iso.substr(0, shared)) == 0;
  }
  const std::vector<std::string> words = Words(mention);
  return std::find(words.begin(), words.end(), std::string(iso.substr(0, 4))) != words.end();
}

// The country a corpus mention names: a name or adjective, a chain of
// nationalities read by its last as our patterns read it ("Soviet -
// Russian"), or a demonym noun ("Irishman"); empty for anything else.
std::string_view CountryOfMention(const std::string& mention) {
  const std::string lower = AsciiLower(mention);
  const std::string_view country = CountryOfNationalityChain(lower);
  return country.empty() ? CountryOfDemonymNoun(lower) : country;
}

// The vertices of `doc` that one of `names` matches.
std::vector<int> Matching(const RelationDocument& doc, const std::vector<std::string>& names) {
  std::vector<int> out;
  for (int v = 0; v < static_cast<int>(doc.vertices.size()); ++v) {
    bool match = false;
    for (const std::string& name : names) {
      const bool date = IsIsoDate(name);
      const std::string_view country = CountryNamed(AsciiLower(name));
      for (const std::string& mention : doc.vertices[v].names) {
        if (match) break;
        if (date) {
          match = DateMatches(name, mention);
        } else {
          match = WholeWordsMatch(Words(name), Words(mention)) ||
                  (!country.empty() && CountryOfMention(mention) == country);
        }
      }
    }
    if (match) out.push_back(v);
  }
  return out;
}

std::string NameOf(const RelationDocument& doc, int v) { return doc.vertices[v].names.front(); }

std::string Joined(const std::vector<std::string>& names) {
  return names.empty() ? std::string() : names.front();
}

}  // namespace

std::string JoinTokens(const std::vector<std::vector<std::string>>& sentences) {
  std::string text;
  for (const auto& sentence : sentences) {
    bool quote_open = false;  // inside straight double quotes
    bool glue = true;         // no space before the next token
    for (size_t i = 0; i < sentence.size(); ++i) {
      const std::string& token = sentence[i];
      const bool quote = token == "\"";
      // A hyphen between two words joins them ("Greek-French", "Won-yong",
      // "co-owner"): the corpus splits every hyphenated word. Not between
      // numbers nor before a date ("(1815, Paris - 21 March 1851)",
      // "Federation - October 3, 1981": a lifespan's dash).
      const bool hyphen = token == "-" && i > 0 && i + 1 < sentence.size() &&
                          WordEdge(sentence[i - 1].back()) && WordEdge(sentence[i + 1].front()) &&
                          (i + 2 >= sentence.size() || !StartsWithDigit(sentence[i + 2]));
      const bool closing = Closing(token) || (quote && quote_open) || hyphen;
      if (!text.empty() && !glue && !closing) text.push_back(' ');
      text += token;
      glue = Opening(token) || (quote && !quote_open) || hyphen;
      if (quote) quote_open = !quote_open;
    }
    if (!sentence.empty()) text.push_back(' ');
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

StatusOr<std::vector<RelationDocument>> ReadReDocRed(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(path + ": cannot be read");
  Json json = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded() || !json.is_array()) {
    return InvalidArgumentError(path + ": not a JSON list of documents");
  }
  std::vector<RelationDocument> docs;
  for (size_t i = 0; i < json.size(); ++i) {
    const Json& d = json[i];
    const std::string where = path + ": document " + std::to_string(i);
    if (!d.is_object() || !d.contains("sents") || !d["sents"].is_array() ||
        !d.contains("vertexSet") || !d["vertexSet"].is_array()) {
      return InvalidArgumentError(where + " has no sents or vertexSet");
    }
    RelationDocument doc;
    doc.title = d.value("title", "");
    std::vector<std::vector<std::string>> sentences;
    for (const Json& s : d["sents"]) {
      std::vector<std::string> tokens;
      if (!s.is_array()) return InvalidArgumentError(where + ": a sentence is no token list");
      for (const Json& t : s) {
        if (!t.is_string()) return InvalidArgumentError(where + ": a token is no string");
        tokens.push_back(t.get<std::string>());
      }
      sentences.push_back(std::move(tokens));
    }
    doc.text = JoinTokens(sentences);
    for (const Json& vertex : d["vertexSet"]) {
      RelationDocument::Vertex v;
      if (!vertex.is_array() || vertex.empty()) {
        return InvalidArgumentError(where + ": a vertex has no mentions");
      }
      for (const Json& mention : vertex) {
        if (!mention.is_object() || !mention.contains("name") || !mention["name"].is_string()) {
          return InvalidArgumentError(where + ": a mention has no name");
        }
        v.names.push_back(mention["name"].get<std::string>());
        if (v.type.empty()) v.type = mention.value("type", "");
      }
      doc.vertices.push_back(std::move(v));
    }
    const int n = static_cast<int>(doc.vertices.size());
    for (const Json& label : d.value("labels", Json::array())) {
      RelationDocument::Relation r;
      if (!label.is_object() || !label.contains("h") || !label.contains("t") ||
          !label["h"].is_number_integer() || !label["t"].is_number_integer()) {
        return InvalidArgumentError(where + ": a label has no h and t");
      }
      r.property = label.value("r", "");
      r.head = label["h"].get<int>();
      r.tail = label["t"].get<int>();
      if (r.head < 0 || r.head >= n || r.tail < 0 || r.tail >= n) {
        return InvalidArgumentError(where + ": label vertex index out of range");
      }
      doc.relations.push_back(std::move(r));
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::string FactFamilyOf(std::string_view predicate) {
  static const std::pair<std::string_view, std::string_view> kPredicates[] = {
      {"born_on", "born_on"},         {"born_in", "born_in"},
      {"died_on", "died_on"},         {"died_in", "died_in"},
      {"educated_at", "educated_at"}, {"position", "position"},
      {"employed_by", "position"},    {"member_of", "position"},
      {"spouse", "spouse"},           {"former_spouse", "spouse"},
      {"child_of", "parent"},         {"parent_of", "parent"},
      {"sibling_of", "sibling_of"},   {"owns", "owns"},
      {"founded", "founded"},         {"lives_in", "lives_in"},
      {"citizen_of", "citizen_of"}};
  for (const auto& [p, family] : kPredicates) {
    if (p == predicate) return std::string(family);
  }
  return "";
}

std::vector<NamedFact> NamedFactsOf(const std::vector<Fact>& facts,
                                    const std::vector<Entity>& entities) {
  auto names_of = [&](const std::string& id) -> std::vector<std::string> {
    for (const Entity& e : entities) {
      if (e.id != id) continue;
      std::vector<std::string> names = {e.name};
      for (const std::string& a : e.aliases) names.push_back(a);
      return names;
    }
    return {};
  };
  std::vector<NamedFact> out;
  for (const Fact& f : facts) {
    NamedFact named{f.predicate, names_of(f.subject), {}};
    named.object_names = f.object_is_entity ? names_of(f.object) : std::vector{f.object};
    if (named.subject_names.empty() || named.object_names.empty()) continue;
    out.push_back(std::move(named));
  }
  return out;
}

FamilyScore FactEvalScores::Total() const {
  FamilyScore total;
  for (const auto& [family, s] : families) {
    total.gold += s.gold, total.found += s.found, total.predicted += s.predicted;
    total.predicted_right += s.predicted_right, total.unannotated += s.unannotated;
  }
  return total;
}

void ScoreRelationDocument(const RelationDocument& doc, const std::vector<NamedFact>& facts,
                           FactEvalScores* scores, FactEvalNotes* notes) {
  ++scores->documents;
  // The annotated person relations, one key each, oriented as our subject.
  using Key = std::tuple<std::string, int, int>;
  std::map<Key, std::string> gold;  // key -> property
  for (const RelationDocument::Relation& r : doc.relations) {
    const GoldFamily g = GoldFamilyOf(r.property);
    if (g.family.empty()) continue;
    int subject = g.reversed ? r.tail : r.head, object = g.reversed ? r.head : r.tail;
    if (doc.vertices[subject].type != "PER") continue;
    if (Symmetric(g.family) && object < subject) std::swap(subject, object);
    gold.emplace(Key{std::string(g.family), subject, object}, r.property);
  }
  std::set<Key> found;
  std::set<std::string> seen;  // distinct facts by family and matched vertices
  for (const NamedFact& f : facts) {
    const std::string family = FactFamilyOf(f.predicate);
    if (family.empty()) continue;
    const bool reversed = f.predicate == "parent_of";
    const auto& subject_names = reversed ? f.object_names : f.subject_names;
    const auto& object_names = reversed ? f.subject_names : f.object_names;
    const std::vector<int> subjects = Matching(doc, subject_names);
    const std::vector<int> objects = Matching(doc, object_names);
    FamilyScore& score = scores->families[family];
    if (subjects.empty() || objects.empty()) {
      const std::string key = family + "|" + Joined(subject_names) + "|" + Joined(object_names);
      if (seen.insert(key).second) ++score.unannotated;
      continue;
    }
    std::string key = family;
    for (int v : subjects) key += " " + std::to_string(v);
    key += " |";
    for (int v : objects) key += " " + std::to_string(v);
    const bool first = seen.insert(key).second;
    bool right = false;
    for (int s : subjects) {
      for (int o : objects) {
        Key k{family, s, o};
        if (Symmetric(family) && o < s) k = Key{family, o, s};
        if (gold.count(k)) {
          found.insert(k);
          right = true;
        }
      }
    }
    if (!first) continue;
    ++score.predicted;
    score.predicted_right += right;
    if (notes != nullptr && !right) {
      notes->wrong.push_back(f.predicate + " " + Joined(f.subject_names) + " -> " +
                             Joined(f.object_names));
    }
  }
  for (const auto& [key, property] : gold) {
    FamilyScore& score = scores->families[std::get<0>(key)];
    ++score.gold;
    if (found.count(key)) {
      ++score.found;
    } else if (notes != nullptr) {
      notes->missed.push_back(property + " " + NameOf(doc, std::get<1>(key)) + " -> " +
                              NameOf(doc, std::get<2>(key)));
    }
  }
}

}  // namespace dossier
