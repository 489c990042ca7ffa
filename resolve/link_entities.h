// Cross-document linking: the entities each source's extraction found, and
// the records of imported lists, grouped into entities that span sources
// (one real person or organization under all its spellings), with ids that
// stay the same across re-links, and the user's merges and splits applied.
//
// The rules, in the order they apply (docs/resolve.md has the reasoning):
//  1. Same key: units of one type whose names have the same matching key
//     (NameKey) are one entity. Two records of one list never join (a list
//     keeps its namesakes apart), nor two records with different dates of
//     birth.
//  2. Same document, other type: the tagger may type one name differently in
//     one document ("Radio RIK" as a person and an organization); units of one
//     source whose names have the same words join, and a one-word unit of any
//     type joins the one person of that source whose surname it spells, up to
//     one confusable edit ("Egarmin" tagged as a place beside "Yegarmin Igor
//     Petrovich"; applied after rule 3, so that one person under two
//     spellings is not ambiguous). Across
//     documents, a name of another type that reads as a person's (a known
//     given name and a surname, no legal form: "Арман Тулегенов" tagged as
//     an organization) is compared with persons under rule 3.
//  3. Spellings: full names (a person with a given name and a surname, any
//     organization, place or other name) of one type join when CompareNames
//     says kSame ("Ismail Igilmanov" / "Ismail Igelmanov" / "Исмаил
//     Игильманов"), and only when no name already in one group is kRelated or
//     kDifferent to one in the other, so chains never pull two people
//     together. kRelated pairs (Nazarbayev / Nazarbayeva, one surname with
//     two given names) are never joined; when one source names both they are
//     recorded as related (across sources, one surname is mostly namesakes).
//  3b. Stated acronyms: an organization named by an acronym alone ("KNB")
//     joins the one organization whose source states that acronym for it
//     ("National Security Committee (KNB)", carried as the unit's alias);
//     when sources state it for several, it stays apart.
//  4. Partial names: a surname alone or with initials ("Igilmanov I.A.",
//     "Tuyakbai"), a given name alone ("Marat") joins the one full-name group
//     of its own document it is compatible with (kSame or kPossible); across
//     documents a name with a surname does when one full name in the whole
//     store fits, a given name alone never ("Marat" in one story is not
//     "Marat Zhakenov" in another). When several fit, it stays apart;
//     unresolved partial units with the same key form one entity.
//  Things of other types named by a description rather than a name (no
//  capital: "narrator", "a friend", the unnamed sources of quotations) stay
//  within their source under every rule.
//  5. Judgments, in order, always win. A merge joins every unit whose name
//     key is among its keys. A split makes every key of the split entity
//     stand alone: no automatic rule joins two of them again; a later merge
//     of some of them does.
// Candidates come from blocking keys (the consonants of each name word's
// skeleton; for persons paired with the initial of another word of the
// name), never from all pairs; a block larger than LinkOptions::max_block is
// linked by exact keys only.
//
// Ids: the group's type letter ("P", "O", "L", "X") and 10 hex digits of the
// SHA-256 of the matching key of its earliest unit ("P-3fa94c01d2"), with
// "-2", "-3", ... when two groups would share one. Units arrive in the order
// they were stored, so adding documents or lists never renames an entity,
// and re-ingesting the same files into a fresh store gives the same ids.
//
// Thread-safe (pure function).
//
//   LinkResult linked = LinkEntities(units, judgments);
//   for (const LinkedGroup& group : linked.groups) ... group.id, group.names
#ifndef DOSSIER_RESOLVE_LINK_ENTITIES_H_
#define DOSSIER_RESOLVE_LINK_ENTITIES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/ner/ner_tags.h"
#include "resolve/name_match.h"

namespace dossier {

class LinkNameCache;
class LinkVerdicts;

// One thing to link: an entity of one source's extraction, or one record of
// an imported list.
struct LinkUnit {
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> aliases;  // other spellings the unit carries
  int64_t source = 0;                // the source it was extracted from; 0 for list records
  int64_t list = 0;                  // the list it comes from; 0 for extracted entities
  std::string date_of_birth;         // list records; "" when unknown
  int mentions = 1;                  // how often the source names it: weighs its name and type
  // A row of a stored entity's summary standing for `count` units of one
  // spelling (mentions then sums max(1, mentions) over them). Rows with one
  // nonzero `entity` start as one group, whatever the rules say: a linked
  // entity's decisions stand, new units can only join it
  // (pipeline/entity_linking.h). Rule 4 leaves its partial names where they
  // are when it holds a full name of a person; an entity of partial names
  // only joins the one full name that fits, as its units would. Rule 3 does
  // not compare the rows of two stored entities with each other, nor rule 4
  // a stored row with another entity's (they were compared when the later
  // one was linked); new units meet them all. Give each entity's rows a
  // `source` of their own that no other unit has. A `loose` row (a partial
  // name rule 4 joined across documents, LinkResult::loose) does not start
  // in its entity's group: rule 4 decides it again against its entity's
  // full names and the new ones; give it a source of its own too.
  int count = 1;
  int64_t entity = 0;
  bool loose = false;
};

enum class LinkJudgmentKind { kMerge, kSplit };

// A user's judgment in terms of matching keys (NameKey of unit names).
struct LinkJudgment {
  LinkJudgmentKind kind = LinkJudgmentKind::kMerge;
  std::vector<std::string> keys_a;  // merge: one entity's keys; split: all keys of the entity
  std::vector<std::string> keys_b;  // merge: the other entity's keys; split: empty
};

struct LinkOptions {
  // How names compare; its verdicts decide rules 3 and 4.
  MatchOptions match;
  // Largest block of distinct names compared pair by pair. Larger blocks
  // (a common surname in a list of millions) link by exact keys only: more
  // is quadratic.
  size_t max_block = 200;
  // Blocking keys (LinkBlockingOf) known to hold more than max_block names
  // in the whole store when only part of it is given (incremental linking):
  // they link by exact keys only, as they would over the whole store.
  std::unordered_set<std::string> oversized_blocks;
  // Names prepared already (link_name_cache.h), borrowed for the call; null:
  // each distinct name of the call is prepared for it. The result is the
  // same either way.
  LinkNameCache* names = nullptr;
  // Verdicts of name pairs (link_verdicts.h) kept from an earlier call over
  // the same `names`, borrowed and added to; null: kept for the call only.
  // The result is the same either way.
  LinkVerdicts* verdicts = nullptr;
  // Threads the comparisons of rules 3 and 4 may run on (the calling one
  // among them); the result is the same for any number.
  int threads = 1;
};

struct LinkedGroup {
  std::string id;
  // The type most mentions carry (names of two words or more count double).
  EntityType type = EntityType::kPerson;
  std::string name;  // the fullest name; most mentioned among the fullest
  // Every distinct spelling: the units' names (name first, then by how many
  // units carry them), then their aliases.
  std::vector<std::string> names;
  std::vector<std::string> keys;  // NameKey of each of `names`
  std::vector<int> name_units;    // how many units carry each of `names` as their name
  std::vector<int> units;         // indices into the input, ascending
  // Every unit is a partial name that fits several full-name groups (rule
  // 4): no name added later can join it, only a judgment.
  bool settled = false;
};

// A family or other link between two groups, never a merge.
struct GroupRelation {
  int a = 0;  // group indices, a < b
  int b = 0;
  std::string reason;  // CompareNames' reasons
};

struct LinkResult {
  std::vector<LinkedGroup> groups;  // in order of their earliest unit
  std::vector<int> group_of;        // per input unit, its group
  std::vector<GroupRelation> related;
  // Per input unit: a partial name rule 4 joined to the one full name of
  // other documents that fits it. A full name that fits it too, added later,
  // parts it from its group again.
  std::vector<bool> loose;
};

// The matching key of a name: its type letter and the skeletons
// (transliterate.h) of its words, sorted, so that word order, script and
// transliteration do not matter: "P:igilmanov ismail" for "Ismail Igilmanov"
// and "Игильманов Исмаил". Organizations drop the legal form and use their
// core words (org_name.h): "O:dala telefactory" for "LLP Telefabrika Dala".
// A place that names a country, by any of its names in English, Russian or
// Kazakh, in any grammatical case, or by its ISO code written as one
// (FindCountry, extract/countries/countries.h), is the country: "L:country
// gb" for "UK", "U.K.", "Britain", "United Kingdom", "Великобритании" and
// "Ұлыбританияға".
std::string NameKey(std::string_view name, EntityType type);

// What brings a name together with others: its blocking keys (the word keys
// "Pglmnv" of its words and, for persons, the pair keys "Pglmnv|i" with the
// initial of another word; a name of another type that reads as a person's
// has the person keys too), and whether it is a full name (persons: a given
// name and a surname) that rules 3 and 4 block. Two names LinkEntities may
// compare share a blocking key; two it may join otherwise share their NameKey.
struct LinkBlocking {
  std::vector<std::string> keys;  // sorted, distinct
  bool full = true;
};
LinkBlocking LinkBlockingOf(std::string_view name, EntityType type);

// The NameKeys of the acronyms the source of an organization unit states for
// it (its aliases that read as acronyms, LooksLikeAcronym): rule 3b joins a
// unit named by one of them. Empty for other types.
std::vector<std::string> StatedAcronymKeys(const LinkUnit& unit);

// Groups `units` (given in the order they were stored) under the rules above
// and `judgments` (in the order they were made).
LinkResult LinkEntities(const std::vector<LinkUnit>& units,
                        const std::vector<LinkJudgment>& judgments,
                        const LinkOptions& options = {});

}  // namespace dossier

#endif  // DOSSIER_RESOLVE_LINK_ENTITIES_H_
