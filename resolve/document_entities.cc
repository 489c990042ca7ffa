#include "resolve/document_entities.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "extract/countries/countries.h"
#include "extract/ner/kazakh_cases.h"
#include "resolve/name_match.h"
#include "resolve/org_name.h"
#include "resolve/person_name.h"
#include "resolve/transliterate.h"

namespace dossier {
namespace {

// Words of a name, split at spaces, commas and hyphens.
std::vector<std::string> Words(const std::string& name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    if (c == ' ' || c == ',' || c == '-') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Whether Words(name) holds two words or more.
bool HasTwoWords(std::string_view name) {
  int words = 0;
  bool in_word = false;
  for (char c : name) {
    const bool separator = c == ' ' || c == ',' || c == '-';
    if (!separator && !in_word && ++words == 2) return true;
    in_word = !separator;
  }
  return false;
}

// A skeleton without its vowels: spellings that differ in a vowel
// ("Igilmanov", "Igelmanov") share it.
std::string Consonants(const std::string& skeleton) {
  std::string out;
  for (char c : skeleton) {
    if (std::string_view("aeiouy").find(c) == std::string_view::npos) out += c;
  }
  return out;
}

// The keys an entity is compared under: a person's surname skeleton (every
// reading of it) and its consonants, an organization's word skeletons.
// Entities sharing no key are never compared, so the work stays near linear
// in the entities.
std::vector<std::string> BlockingKeys(EntityType type, const std::string& entity_name) {
  std::vector<std::string> keys;
  if (type == EntityType::kPerson) {
    const PersonName name = ParsePersonName(entity_name);
    if (name.surname.empty()) return keys;
    std::vector<std::string> surnames = {name.surname};
    surnames.insert(surnames.end(), name.surname_alternatives.begin(),
                    name.surname_alternatives.end());
    for (const std::string& surname : surnames) {
      const std::string skeleton = NameSkeleton(surname);
      keys.push_back(skeleton);
      keys.push_back("~" + Consonants(skeleton));
    }
  } else if (type == EntityType::kOrganization) {
    // The core words with generic words mapped to one concept across
    // translations (ParseOrgName): "Telefabrika Dala" and "Dala TV Factory"
    // share "telefactory" and "dala".
    for (const std::string& skeleton : ParseOrgName(entity_name).core_skeletons) {
      if (skeleton.size() >= 2) keys.push_back(skeleton);
    }
  } else {
    for (const std::string& word : Words(entity_name)) {
      const std::string skeleton = NameSkeleton(word);
      if (skeleton.size() >= 3) keys.push_back(skeleton);
    }
  }
  return keys;
}

// The keys under which the places of one document are one place, of one
// spelling: the country it names, in any language and case ("Kazakhstan",
// "Republic of Kazakhstan", "Казахстане"; extract/countries/countries.h),
// and the spelling in small letters, its dictionary form included
// ("Алматыда" carries "Алматы").
std::vector<std::string> SpellingPlaceKeys(const std::string& name, bool kazakh) {
  std::vector<std::string> keys;
  if (const CountryMatch country = FindCountry(name); country && !country.country->code.empty()) {
    keys.push_back("country:" + std::string(country.country->code));
  }
  keys.push_back("spelling:" + NameSkeleton(name));
  // A Kazakh text writes a place in its cases: "Венада" is the "Вена" the
  // text also writes, whether or not a dictionary knows the city.
  if (kazakh) {
    for (std::string_view stem : KazakhPlaceStems(name)) {
      keys.push_back("spelling:" + NameSkeleton(stem));
    }
  }
  return keys;
}

// Whether a thing the tagger typed OTHER may be an organization's name: a
// name of two words or more, with a capital ("Europa Plus"), neither a
// description ("the memo") nor a nationality or a country ("Russian", "Soviet
// Union": a word the tagger types OTHER that an outlet's name may hold).
// `org` is ParseOrgName(name); MayNameOrganizationByFirstLetter() holds.
bool ReadsAsOrganization(const std::string& name, const OrgName& org) {
  const size_t words = org.core_words.size();
  return words >= 2 && words <= 6 && !FindCountry(name, {.loose = true, .adjectives = true});
}

// Whether MayNameOrganization() needs the name parsed: an OTHER name that
// starts with a capital or a letter beyond ASCII.
bool MayNameOrganizationByFirstLetter(EntityType type, const std::string& name) {
  if (type != EntityType::kOther || name.empty()) return false;
  const auto first = static_cast<unsigned char>(name[0]);
  return first >= 0x80 || (first >= 'A' && first <= 'Z');
}

// A media outlet's name read apart (ShortFormOfOutlet): the core words that
// name it, and the concepts of a broadcaster's kind and the name of the
// country it serves.
struct OutletParts {
  std::string naming;               // the other core words as written
  std::vector<std::string> outlet;  // the outlet concepts, sorted
};

OutletParts SplitOutlet(const std::string& name) {
  static constexpr std::string_view kOutletWords[] = {"channel", "fm", "radio", "television"};
  const OrgName org = ParseOrgName(name);
  OutletParts parts;
  for (size_t i = 0; i < org.core_words.size(); ++i) {
    if (std::find(std::begin(kOutletWords), std::end(kOutletWords), org.core_words[i]) !=
            std::end(kOutletWords) ||
        FindCountry(org.core_written[i])) {
      parts.outlet.push_back(org.core_words[i]);
    } else {
      if (!parts.naming.empty()) parts.naming += ' ';
      parts.naming += org.core_written[i];
    }
  }
  std::sort(parts.outlet.begin(), parts.outlet.end());
  return parts;
}

// What the comparisons derive from one name of one type alone, each part
// computed when first asked for.
struct NameFacts {
  std::optional<std::vector<std::string>> blocking_keys;  // BlockingKeys()
  // OTHER names: MayNameOrganization(), and the core skeletons of two
  // letters or more the name blocks under as an organization.
  std::optional<bool> may_name_organization;
  std::vector<std::string> organization_keys;
  std::optional<PreparedName> prepared;                   // PreparedName(name, type)
  std::optional<OutletParts> outlet;                      // SplitOutlet(name)
  std::optional<std::vector<std::string>> place_keys[2];  // SpellingPlaceKeys(name, [kazakh])
};

// What is derived from names alone, kept per thread for the names met
// lately: news repeats its names from document to document, and parsing a
// name is most of the cost of joining a document's spellings. What it
// answers never depends on what it holds.
class NameMemo {
 public:
  // The calling thread's memo, emptied first when it holds more than
  // kMaxNames names. Call once per document: the references its methods
  // return stay valid until the next call.
  static NameMemo& ForDocument() {
    constexpr size_t kMaxNames = 1 << 14;
    thread_local NameMemo memo;
    if (memo.facts_.size() > kMaxNames) memo.facts_.clear();
    return memo;
  }

  const std::vector<std::string>& BlockingKeysOf(EntityType type, const std::string& name) {
    NameFacts& facts = Of(type, name);
    if (!facts.blocking_keys) facts.blocking_keys = BlockingKeys(type, name);
    return *facts.blocking_keys;
  }

  bool MayNameOrganization(const Entity& entity) {
    if (!MayNameOrganizationByFirstLetter(entity.type, entity.name)) return false;
    return *OtherAsOrganization(entity.name).may_name_organization;
  }

  // REQUIRES: MayNameOrganization(entity).
  const std::vector<std::string>& OrganizationKeys(const Entity& entity) {
    return OtherAsOrganization(entity.name).organization_keys;
  }

  const PreparedName& Prepared(EntityType type, const std::string& name) {
    NameFacts& facts = Of(type, name);
    if (!facts.prepared) facts.prepared.emplace(name, type);
    return *facts.prepared;
  }

  const OutletParts& Outlet(const std::string& name) {
    NameFacts& facts = Of(EntityType::kOrganization, name);
    if (!facts.outlet) facts.outlet = SplitOutlet(name);
    return *facts.outlet;
  }

  const std::vector<std::string>& PlaceKeysOf(const std::string& name, bool kazakh) {
    std::optional<std::vector<std::string>>& keys =
        Of(EntityType::kLocation, name).place_keys[kazakh];
    if (!keys) keys = SpellingPlaceKeys(name, kazakh);
    return *keys;
  }

 private:
  NameFacts& Of(EntityType type, const std::string& name) {
    std::string key(1, static_cast<char>(type));
    key += name;
    return facts_[std::move(key)];
  }

  // The facts of an OTHER name with its organization reading filled.
  NameFacts& OtherAsOrganization(const std::string& name) {
    NameFacts& facts = Of(EntityType::kOther, name);
    if (!facts.may_name_organization) {
      const OrgName org = ParseOrgName(name);
      facts.may_name_organization = ReadsAsOrganization(name, org);
      for (const std::string& skeleton : org.core_skeletons) {
        if (skeleton.size() >= 2) facts.organization_keys.push_back(skeleton);
      }
    }
    return facts;
  }

  std::unordered_map<std::string, NameFacts> facts_;
};

// The keys under which the places of one document are one place: those of
// each of the place's spellings (SpellingPlaceKeys), sorted, once each.
std::vector<std::string> PlaceKeys(const Entity& entity, bool kazakh, NameMemo& memo) {
  std::vector<std::string> keys = memo.PlaceKeysOf(entity.name, kazakh);
  for (const std::string& alias : entity.aliases) {
    const std::vector<std::string>& more = memo.PlaceKeysOf(alias, kazakh);
    keys.insert(keys.end(), more.begin(), more.end());
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

struct Groups {
  std::vector<int> parent;
  int Find(int i) { return parent[i] == i ? i : parent[i] = Find(parent[i]); }
};

// How full a name is: its words that are no initials ("Ismail Igilmanov" 2,
// "Igilmanov I.A." 1), then all its words.
std::pair<int, int> NameSize(const std::string& name) {
  const std::vector<std::string> words = Words(name);
  int full = 0;
  for (const std::string& w : words) full += w.size() > 1 && w.find('.') == std::string::npos;
  return {full, static_cast<int>(words.size())};
}

// Within one document, a media outlet's short name stands for its full one:
// "Radio RIK" and "RIK LLP", "Khabar" and "Khabar TV", "Europa Plus" and
// "Europe Plus Kazakhstan". True when the words that name the two (core
// words less the concepts of a broadcaster's kind and the name of the
// country it serves, extract/countries/countries.h) are the same name, and those concepts in one
// are among the other's. Across documents the two stay related, not the same.
bool ShortFormOfOutlet(const std::string& a, const std::string& b, NameMemo& memo) {
  const OutletParts* x = &memo.Outlet(a);
  const OutletParts* y = &memo.Outlet(b);
  if (x->outlet.size() > y->outlet.size()) std::swap(x, y);
  if (x->naming.empty() || y->naming.empty() || x->outlet.size() == y->outlet.size()) return false;
  if (!std::includes(y->outlet.begin(), y->outlet.end(), x->outlet.begin(), x->outlet.end())) {
    return false;
  }
  return ComparePrepared(memo.Prepared(EntityType::kOrganization, x->naming),
                         memo.Prepared(EntityType::kOrganization, y->naming))
             .verdict == MatchVerdict::kSame;
}

// "National Security Committee (KNB)": an organization's acronym in brackets
// right after its name, whatever its letters (an acronym of the name in
// another language). Returns (acronym, name) pairs.
std::vector<std::pair<std::string, std::string>> BracketedAcronyms(
    std::string_view text, const std::vector<Entity>& entities) {
  std::vector<std::pair<std::string, std::string>> found;
  std::map<uint32_t, const EntityMention*> organization_ends;  // end offset -> mention
  for (const Entity& entity : entities) {
    if (entity.type != EntityType::kOrganization) continue;
    for (const EntityMention& m : entity.mentions) organization_ends[m.span.end] = &m;
  }
  for (const Entity& entity : entities) {
    if (entity.type != EntityType::kOrganization || !LooksLikeAcronym(entity.name)) continue;
    for (const EntityMention& m : entity.mentions) {
      if (m.span.end >= text.size() || text[m.span.end] != ')') continue;
      size_t open = m.span.start;
      while (open > 0 && text[open - 1] == ' ') --open;
      if (open == 0 || text[open - 1] != '(') continue;
      size_t name_end = open - 1;
      while (name_end > 0 && text[name_end - 1] == ' ') --name_end;
      auto it = organization_ends.find(static_cast<uint32_t>(name_end));
      if (it == organization_ends.end() || it->second->text == entity.name) continue;
      found.emplace_back(entity.name, it->second->text);
    }
  }
  return found;
}

}  // namespace

void MergeSpellingVariants(const NormalizedDocument& doc, DocumentExtraction* extraction) {
  std::vector<Entity>& entities = extraction->entities;
  const int n = static_cast<int>(entities.size());
  if (n < 2) return;

  // The sentences each entity is named in by a name of two words or more (a
  // surname alone or a first name may well stand beside the full name).
  auto sentence_of = [&](uint32_t offset) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                               [](uint32_t o, const Span& s) { return o < s.start; });
    return static_cast<int>(it - doc.sentences.begin()) - 1;
  };
  std::vector<std::vector<int>> sentences(n);  // sorted, each once
  for (int i = 0; i < n; ++i) {
    for (const EntityMention& m : entities[i].mentions) {
      if (HasTwoWords(m.text)) sentences[i].push_back(sentence_of(m.span.start));
    }
    std::sort(sentences[i].begin(), sentences[i].end());
    sentences[i].erase(std::unique(sentences[i].begin(), sentences[i].end()), sentences[i].end());
  }
  // Two spellings of a person in one sentence are two people; an
  // organization's short and long forms stand together ("LLP Radio RIK
  // (Radio RIK)"), so the rule is for persons only.
  auto share_a_sentence = [&](int a, int b) {
    if (entities[a].type != EntityType::kPerson) return false;
    for (int s : sentences[a]) {
      if (std::binary_search(sentences[b].begin(), sentences[b].end(), s)) return true;
    }
    return false;
  };

  // Acronyms the text states ("KTK (JSC "Commercial Television Channel")"):
  // the acronym and its expansion are one organization. Only organizations
  // read them, so a document without one does not look for them.
  MatchOptions options;
  const bool any_organization = std::any_of(entities.begin(), entities.end(), [](const Entity& e) {
    return e.type == EntityType::kOrganization;
  });
  if (any_organization) {
    for (const AcronymDefinition& d : FindAcronymDefinitions(doc.text)) {
      options.acronyms.emplace_back(d.acronym, d.expansion);
    }
    for (auto& definition : BracketedAcronyms(doc.text, entities)) {
      options.acronyms.push_back(std::move(definition));
    }
  }

  // Each name parsed once for all its comparisons, in this document and the
  // next ones (entities compared share their type: they share a block).
  NameMemo& memo = NameMemo::ForDocument();
  // The stated acronyms' skeletons, block keys and parsed expansions.
  std::vector<std::string> acronym_skeletons;
  std::vector<std::string> acronym_keys;
  std::vector<const PreparedName*> expansions;
  for (const auto& [acronym, expansion] : options.acronyms) {
    acronym_skeletons.push_back(NameSkeleton(acronym));
    acronym_keys.push_back("acronym:" + acronym_skeletons.back());
    expansions.push_back(&memo.Prepared(EntityType::kOrganization, expansion));
  }

  // Candidate pairs: same type, a shared blocking key. Each (type, key,
  // entity) is one entry; entries of one type and key form a block. The keys
  // are views of strings that outlive the loop over the blocks.
  struct BlockEntry {
    int type;
    std::string_view key;
    int entity;
  };
  std::vector<BlockEntry> entries;
  std::vector<std::vector<std::string>> place_keys(n);
  for (int i = 0; i < n; ++i) {
    if (entities[i].type == EntityType::kLocation) {
      place_keys[i] = PlaceKeys(entities[i], doc.language == "kk", memo);
      for (const std::string& key : place_keys[i]) {
        entries.push_back({static_cast<int>(EntityType::kLocation), key, i});
      }
      continue;
    }
    // A name the tagger typed OTHER meets the organizations it may be
    // ("Europa Plus" beside the outlet "Europe Plus Kazakhstan").
    const bool as_organization = memo.MayNameOrganization(entities[i]);
    if (entities[i].type != EntityType::kPerson && entities[i].type != EntityType::kOrganization &&
        !as_organization) {
      continue;
    }
    const int block_type =
        static_cast<int>(as_organization ? EntityType::kOrganization : entities[i].type);
    for (const std::string& key : memo.BlockingKeysOf(entities[i].type, entities[i].name)) {
      entries.push_back({block_type, key, i});
    }
    if (as_organization) {
      for (const std::string& key : memo.OrganizationKeys(entities[i])) {
        entries.push_back({block_type, key, i});
      }
      continue;
    }
    if (entities[i].type != EntityType::kOrganization || options.acronyms.empty()) continue;
    // A stated acronym blocks with its expansion.
    const std::string skeleton = NameSkeleton(entities[i].name);
    for (size_t k = 0; k < options.acronyms.size(); ++k) {
      if (skeleton == acronym_skeletons[k] ||
          ComparePrepared(memo.Prepared(entities[i].type, entities[i].name), *expansions[k])
                  .verdict == MatchVerdict::kSame) {
        entries.push_back({block_type, acronym_keys[k], i});
      }
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [](const BlockEntry& x, const BlockEntry& y) {
    return std::tie(x.type, x.key) < std::tie(y.type, y.key);
  });
  std::set<std::pair<int, int>> compared;
  std::map<std::pair<int, int>, MatchVerdict> verdicts;
  auto verdict = [&](int a, int b) {
    if (a > b) std::swap(a, b);
    auto it = verdicts.find({a, b});
    if (it != verdicts.end()) return it->second;
    MatchVerdict v = MatchVerdict::kDifferent;
    const EntityType ta = entities[a].type, tb = entities[b].type;
    if (ta == EntityType::kLocation || tb == EntityType::kLocation) {
      // Places: one country or one spelling is one place; others neither
      // join nor keep a group apart.
      bool share = false;
      for (const std::string& key : place_keys[a]) {
        share = share || std::binary_search(place_keys[b].begin(), place_keys[b].end(), key);
      }
      v = ta != tb ? MatchVerdict::kDifferent
          : share  ? MatchVerdict::kSame
                   : MatchVerdict::kPossible;
    } else if (ta == EntityType::kOther && tb == EntityType::kOther) {
      v = MatchVerdict::kPossible;  // only beside an organization
    } else if (ta == tb ||
               ((ta == EntityType::kOrganization || memo.MayNameOrganization(entities[a])) &&
                (tb == EntityType::kOrganization || memo.MayNameOrganization(entities[b])))) {
      // One type, or an organization and a name typed OTHER read as one.
      const EntityType type = ta == tb ? ta : EntityType::kOrganization;
      v = ComparePrepared(memo.Prepared(type, entities[a].name),
                          memo.Prepared(type, entities[b].name), options)
              .verdict;
      if (v == MatchVerdict::kRelated && type == EntityType::kOrganization &&
          ShortFormOfOutlet(entities[a].name, entities[b].name, memo)) {
        v = MatchVerdict::kSame;
      }
    }
    verdicts[{a, b}] = v;
    return v;
  };
  std::vector<std::pair<int, int>> same;
  for (size_t begin = 0, end = 0; begin < entries.size(); begin = end) {
    end = begin + 1;
    while (end < entries.size() && entries[end].type == entries[begin].type &&
           entries[end].key == entries[begin].key) {
      ++end;
    }
    for (size_t x = begin; x < end; ++x) {
      for (size_t y = x + 1; y < end; ++y) {
        const int a = std::min(entries[x].entity, entries[y].entity);
        const int b = std::max(entries[x].entity, entries[y].entity);
        if (!compared.insert({a, b}).second) continue;
        if (verdict(a, b) == MatchVerdict::kSame && !share_a_sentence(a, b)) same.push_back({a, b});
      }
    }
  }
  if (same.empty()) return;

  // Join groups, earliest pairs first, only when no cross pair objects.
  Groups groups;
  groups.parent.resize(n);
  std::iota(groups.parent.begin(), groups.parent.end(), 0);
  std::vector<std::vector<int>> members(n);
  for (int i = 0; i < n; ++i) members[i] = {i};
  std::sort(same.begin(), same.end());
  for (const auto& [a, b] : same) {
    const int ra = groups.Find(a), rb = groups.Find(b);
    if (ra == rb) continue;
    bool compatible = true;
    for (int x : members[ra]) {
      for (int y : members[rb]) {
        const MatchVerdict v = verdict(x, y);
        if (v == MatchVerdict::kDifferent || v == MatchVerdict::kRelated ||
            share_a_sentence(x, y)) {
          compatible = false;
        }
      }
    }
    if (!compatible) continue;
    const int root = std::min(ra, rb), other = std::max(ra, rb);
    groups.parent[other] = root;
    members[root].insert(members[root].end(), members[other].begin(), members[other].end());
    members[other].clear();
  }

  // Build the joined entities, in order of first mention.
  std::vector<Entity> joined;
  std::unordered_map<std::string, std::string> new_id;  // old id -> new id
  std::vector<int> roots;
  for (int i = 0; i < n; ++i) {
    if (groups.Find(i) == i) roots.push_back(i);
  }
  auto first_mention = [&](int root) {
    uint32_t first = UINT32_MAX;
    for (int m : members[root]) {
      if (!entities[m].mentions.empty())
        first = std::min(first, entities[m].mentions[0].span.start);
    }
    return first;
  };
  std::stable_sort(roots.begin(), roots.end(),
                   [&](int a, int b) { return first_mention(a) < first_mention(b); });
  for (int root : roots) {
    std::vector<int> group = members[root];
    std::sort(group.begin(), group.end());
    Entity entity;
    entity.id = "e" + std::to_string(joined.size() + 1);
    entity.type = entities[root].type;
    for (int m : group) {
      if (entities[m].type != EntityType::kOther) entity.type = entities[m].type;
    }
    // The fullest name (most words; the earliest entity on a tie); a place
    // goes by the name the text uses most ("Kazakhstan" over one "Republic
    // of Kazakhstan"), and never by a case form of another of its names
    // ("Вена", not "Венада").
    int fullest = group[0];
    for (int m : group) {
      const auto rank = [&](int e) {
        if (entity.type != EntityType::kLocation) {
          return std::tuple(true, 0, NameSize(entities[e].name));
        }
        bool case_form = false;
        for (std::string_view stem : KazakhPlaceStems(entities[e].name)) {
          for (int o : group) case_form |= o != e && entities[o].name == stem;
        }
        return std::tuple(!case_form, static_cast<int>(entities[e].mentions.size()),
                          NameSize(entities[e].name));
      };
      if (rank(m) > rank(fullest)) fullest = m;
    }
    entity.name = entities[fullest].name;
    std::set<std::string> seen = {entity.name};
    for (int m : group) {
      new_id[entities[m].id] = entity.id;
      std::vector<std::string> names = {entities[m].name};
      names.insert(names.end(), entities[m].aliases.begin(), entities[m].aliases.end());
      for (const std::string& name : names) {
        if (seen.insert(name).second) entity.aliases.push_back(name);
      }
      entity.mentions.insert(entity.mentions.end(), entities[m].mentions.begin(),
                             entities[m].mentions.end());
      entity.references.insert(entity.references.end(), entities[m].references.begin(),
                               entities[m].references.end());
    }
    auto by_start = [](const EntityMention& a, const EntityMention& b) {
      return a.span.start < b.span.start;
    };
    std::stable_sort(entity.mentions.begin(), entity.mentions.end(), by_start);
    std::stable_sort(entity.references.begin(), entity.references.end(), by_start);
    joined.push_back(std::move(entity));
  }
  entities = std::move(joined);

  auto remap = [&](std::string* id) {
    auto it = new_id.find(*id);
    if (it != new_id.end()) *id = it->second;
  };
  for (Quote& quote : extraction->quotes) {
    remap(&quote.speaker);
    remap(&quote.addressee_entity);
  }
  for (Fact& fact : extraction->facts) {
    remap(&fact.subject);
    remap(&fact.according_to);
    if (fact.object_is_entity) remap(&fact.object);
  }
}

}  // namespace dossier
