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
std::vector<std::string> BlockingKeys(const Entity& entity) {
  std::vector<std::string> keys;
  if (entity.type == EntityType::kPerson) {
    const PersonName name = ParsePersonName(entity.name);
    if (name.surname.empty()) return keys;
    std::vector<std::string> surnames = {name.surname};
    surnames.insert(surnames.end(), name.surname_alternatives.begin(),
                    name.surname_alternatives.end());
    for (const std::string& surname : surnames) {
      const std::string skeleton = NameSkeleton(surname);
      keys.push_back(skeleton);
      keys.push_back("~" + Consonants(skeleton));
    }
  } else if (entity.type == EntityType::kOrganization) {
    // The core words with generic words mapped to one concept across
    // translations (ParseOrgName): "Telefabrika Dala" and "Dala TV Factory"
    // share "telefactory" and "dala".
    for (const std::string& skeleton : ParseOrgName(entity.name).core_skeletons) {
      if (skeleton.size() >= 2) keys.push_back(skeleton);
    }
  } else {
    for (const std::string& word : Words(entity.name)) {
      const std::string skeleton = NameSkeleton(word);
      if (skeleton.size() >= 3) keys.push_back(skeleton);
    }
  }
  return keys;
}

// BlockingKeys() of an entity, kept per thread for the names it met lately
// (news repeats its names from document to document, and parsing a name is
// most of the cost). The reference stays valid until the next call.
const std::vector<std::string>& RememberedBlockingKeys(const Entity& entity) {
  constexpr size_t kMaxNames = 1 << 15;
  thread_local std::unordered_map<std::string, std::vector<std::string>> remembered;
  if (remembered.size() >= kMaxNames) remembered.clear();
  std::string key(1, static_cast<char>(entity.type));
  key += entity.name;
  auto [it, inserted] = remembered.try_emplace(std::move(key));
  if (inserted) it->second = BlockingKeys(entity);
  return it->second;
}

// The keys under which the places of one document are one place: the
// country a spelling names, in any language and case ("Kazakhstan",
// "Republic of Kazakhstan", "Казахстане"; extract/countries/countries.h),
// and each spelling in small letters, its dictionary form included
// ("Алматыда" carries "Алматы").
std::vector<std::string> PlaceKeys(const Entity& entity, bool kazakh) {
  std::vector<std::string> keys;
  std::vector<std::string> names = {entity.name};
  names.insert(names.end(), entity.aliases.begin(), entity.aliases.end());
  for (const std::string& name : names) {
    if (const CountryMatch country = FindCountry(name); country && !country.country->code.empty()) {
      keys.push_back("country:" + std::string(country.country->code));
    }
    keys.push_back("spelling:" + NameSkeleton(name));
    // A Kazakh text writes a place in its cases: "Венада" is the "Вена" the
    // text also writes, whether or not a dictionary knows the city.
    if (!kazakh) continue;
    for (std::string_view stem : KazakhPlaceStems(name)) {
      keys.push_back("spelling:" + NameSkeleton(stem));
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

// Whether a thing the tagger typed OTHER may be an organization's name: a
// name of two words or more, with a capital ("Europa Plus"), neither a
// description ("the memo") nor a nationality or a country ("Russian", "Soviet
// Union": a word the tagger types OTHER that an outlet's name may hold).
bool MayNameOrganization(const Entity& entity) {
  if (entity.type != EntityType::kOther || entity.name.empty()) return false;
  const auto first = static_cast<unsigned char>(entity.name[0]);
  if (first < 0x80 && !(first >= 'A' && first <= 'Z')) return false;
  const size_t words = ParseOrgName(entity.name).core_words.size();
  return words >= 2 && words <= 6 && !FindCountry(entity.name, {.loose = true, .adjectives = true});
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
bool ShortFormOfOutlet(const std::string& a, const std::string& b) {
  static constexpr std::string_view kOutletWords[] = {"channel", "fm", "radio", "television"};
  struct Split {
    std::string naming;               // the other core words as written
    std::vector<std::string> outlet;  // the outlet concepts, sorted
  };
  auto split = [&](const std::string& name) {
    const OrgName org = ParseOrgName(name);
    Split parts;
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
  };
  Split x = split(a), y = split(b);
  if (x.outlet.size() > y.outlet.size()) std::swap(x, y);
  if (x.naming.empty() || y.naming.empty() || x.outlet.size() == y.outlet.size()) return false;
  if (!std::includes(y.outlet.begin(), y.outlet.end(), x.outlet.begin(), x.outlet.end())) {
    return false;
  }
  return CompareNames(x.naming, y.naming, EntityType::kOrganization).verdict == MatchVerdict::kSame;
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
  std::vector<std::set<int>> sentences(n);
  for (int i = 0; i < n; ++i) {
    for (const EntityMention& m : entities[i].mentions) {
      if (Words(m.text).size() >= 2) sentences[i].insert(sentence_of(m.span.start));
    }
  }
  // Two spellings of a person in one sentence are two people; an
  // organization's short and long forms stand together ("LLP Radio RIK
  // (Radio RIK)"), so the rule is for persons only.
  auto share_a_sentence = [&](int a, int b) {
    if (entities[a].type != EntityType::kPerson) return false;
    for (int s : sentences[a]) {
      if (sentences[b].count(s)) return true;
    }
    return false;
  };

  // Acronyms the text states ("KTK (JSC "Commercial Television Channel")"):
  // the acronym and its expansion are one organization.
  MatchOptions options;
  for (const AcronymDefinition& d : FindAcronymDefinitions(doc.text)) {
    options.acronyms.emplace_back(d.acronym, d.expansion);
  }
  for (auto& definition : BracketedAcronyms(doc.text, entities)) {
    options.acronyms.push_back(std::move(definition));
  }

  // Each entity's name parsed once for all its comparisons (entities
  // compared share their type: they share a block).
  std::vector<std::optional<PreparedName>> prepared(n);
  auto prepared_name = [&](int i) -> const PreparedName& {
    if (!prepared[i]) prepared[i].emplace(entities[i].name, entities[i].type);
    return *prepared[i];
  };
  // The stated acronyms' skeletons and parsed expansions.
  std::vector<std::string> acronym_skeletons;
  std::vector<PreparedName> expansions;
  for (const auto& [acronym, expansion] : options.acronyms) {
    acronym_skeletons.push_back(NameSkeleton(acronym));
    expansions.emplace_back(expansion, EntityType::kOrganization);
  }

  // Candidate pairs: same type, a shared blocking key.
  std::map<std::pair<int, std::string>, std::vector<int>> blocks;
  std::vector<std::vector<std::string>> place_keys(n);
  for (int i = 0; i < n; ++i) {
    if (entities[i].type == EntityType::kLocation) {
      place_keys[i] = PlaceKeys(entities[i], doc.language == "kk");
      for (const std::string& key : place_keys[i]) {
        blocks[{static_cast<int>(EntityType::kLocation), key}].push_back(i);
      }
      continue;
    }
    // A name the tagger typed OTHER meets the organizations it may be
    // ("Europa Plus" beside the outlet "Europe Plus Kazakhstan").
    const bool as_organization = MayNameOrganization(entities[i]);
    if (entities[i].type != EntityType::kPerson && entities[i].type != EntityType::kOrganization &&
        !as_organization) {
      continue;
    }
    const EntityType block_type = as_organization ? EntityType::kOrganization : entities[i].type;
    for (const std::string& key : RememberedBlockingKeys(entities[i])) {
      blocks[{static_cast<int>(block_type), key}].push_back(i);
    }
    if (as_organization) {
      for (const std::string& skeleton : ParseOrgName(entities[i].name).core_skeletons) {
        if (skeleton.size() >= 2) blocks[{static_cast<int>(block_type), skeleton}].push_back(i);
      }
      continue;
    }
    if (entities[i].type != EntityType::kOrganization || options.acronyms.empty()) continue;
    // A stated acronym blocks with its expansion.
    const std::string skeleton = NameSkeleton(entities[i].name);
    for (size_t k = 0; k < options.acronyms.size(); ++k) {
      if (skeleton == acronym_skeletons[k] ||
          ComparePrepared(prepared_name(i), expansions[k]).verdict == MatchVerdict::kSame) {
        blocks[{static_cast<int>(entities[i].type), "acronym:" + acronym_skeletons[k]}].push_back(
            i);
      }
    }
  }
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
               ((ta == EntityType::kOrganization || MayNameOrganization(entities[a])) &&
                (tb == EntityType::kOrganization || MayNameOrganization(entities[b])))) {
      // One type (each name parsed once), or an organization and a name
      // typed OTHER read as one.
      const EntityType type = ta == tb ? ta : EntityType::kOrganization;
      v = ta == tb ? ComparePrepared(prepared_name(a), prepared_name(b), options).verdict
                   : CompareNames(entities[a].name, entities[b].name, type, options).verdict;
      if (v == MatchVerdict::kRelated && type == EntityType::kOrganization &&
          ShortFormOfOutlet(entities[a].name, entities[b].name)) {
        v = MatchVerdict::kSame;
      }
    }
    verdicts[{a, b}] = v;
    return v;
  };
  std::vector<std::pair<int, int>> same;
  for (const auto& [key, members] : blocks) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const int a = std::min(members[x], members[y]), b = std::max(members[x], members[y]);
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
