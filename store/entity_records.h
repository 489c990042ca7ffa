// The records the store keeps about entities: each source's extraction and
// the entities it found (the input of cross-document linking), imported name
// lists, the user's merge and split judgments, and the cross-document
// entities that linking (resolve/link_entities.h) computes from all of them.
//
// Plain value types; EvidenceStore (store.h) reads and writes them.
#ifndef DOSSIER_STORE_ENTITY_RECORDS_H_
#define DOSSIER_STORE_ENTITY_RECORDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/ner/ner_tags.h"

namespace dossier {

// One entity of one source's extraction (extract/ner/entities.h), as linking
// reads it.
struct SourceEntity {
  int64_t source_id = 0;  // ignored by AddSource (the new source's id is used)
  std::string local_id;   // "e1", "e2", ... within the source
  EntityType type = EntityType::kPerson;
  std::string name;                  // the fullest mention
  std::vector<std::string> aliases;  // the other mention texts
  int mentions = 0;
  bool operator==(const SourceEntity&) const = default;
};

// A source's extraction as stored: the JSON of extract/extraction_json.h and
// the version of the extractors that produced it.
struct StoredExtraction {
  int64_t source_id = 0;
  int extractor_version = 0;
  std::string json;
};

// One record of an imported list (resolve/name_list.h).
struct ListEntry {
  int64_t list_id = 0;  // set by the store
  int index = 0;        // position in the list, from 0
  std::string record_id;
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> aliases;
  std::string date_of_birth;  // as the list writes them; "" when unknown
  std::string nationality;
  std::string gender;
  bool operator==(const ListEntry&) const = default;
};

struct StoredList {
  int64_t id = 0;
  std::string name;
  std::string path;          // the file it was imported from
  int64_t after_source = 0;  // the highest source id when it was imported
  int entries = 0;
  std::string imported_at;  // UTC, ISO 8601
};

// A user's decision about cross-document entities, kept forever and applied
// on every re-link. Judgments name entities by the matching keys of their
// names (link_entities.h NameKey), not by ids, so they hold through
// re-ingests and re-extractions.
enum class JudgmentKind { kMerge, kSplit };

struct EntityJudgment {
  int64_t id = 0;  // set by the store; judgments apply in id order
  JudgmentKind kind = JudgmentKind::kMerge;
  // kMerge: the keys of the two entities' names; kSplit: keys_a holds every
  // key of the entity that was split, keys_b is empty.
  std::vector<std::string> keys_a;
  std::vector<std::string> keys_b;
  std::string note;        // what the user typed ("merge P-1a2b3c P-4d5e6f")
  std::string created_at;  // UTC, ISO 8601; set by the store
};

// Where a linked entity comes from: documents, an imported list, or both.
enum class EntityOrigin { kExtracted, kList, kBoth };

struct LinkedEntityName {
  std::string name;
  std::string key;  // the matching key (NameKey)
  int units = 0;    // how many source entities or list entries have it as their name
                    // (0: an alias only)
};

struct EntityMemberRef {
  int64_t source_id = 0;
  std::string local_id;
  bool operator==(const EntityMemberRef&) const = default;
};

struct ListEntryRef {
  int64_t list_id = 0;
  int index = 0;
  bool operator==(const ListEntryRef&) const = default;
};

// A family or corporate link between two entities (never a merge): "gendered
// surname form", "shared surname", ...
struct EntityRelation {
  std::string other_id;
  std::string reason;
};

// One blocking key of a linked entity's names; `full` when a full name
// (not a surname or given name alone) has it.
struct EntityBlockKey {
  std::string key;
  bool full = true;
};

// One spelling of a linked entity's units, with what linking needs to decide
// about the entity without reading its units (its summary): the units of one
// type, name, list, date of birth and looseness, how many they are, their aliases and
// mentions, and where the first of them arrived. A popular entity has
// thousands of units and tens of shapes.
struct EntityShape {
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> aliases;  // every alias of its units, first seen first
  int64_t list_id = 0;               // list records: their list (one shape per record)
  std::string date_of_birth;         // list records; "" when unknown
  int units = 0;                     // source entities and list entries with this shape
  int mentions = 0;                  // the sum of max(1, mentions) over them
  // The first unit's place in arrival order: (source id, 0, position in
  // the source) for a source entity; (the list's after_source, list id,
  // index) for a list record.
  int64_t first_source = 0;
  int64_t first_list = 0;
  int64_t first_index = 0;
  // The entity is a partial name that fits several others (LinkedGroup::
  // settled): no name added later can join it.
  bool settled = false;
  // Its units are partial names joined to the entity's one full name that
  // fit them, from other documents (LinkResult::loose): a later full name
  // that fits them too parts them from it.
  bool loose = false;
  bool operator==(const EntityShape&) const = default;
};

// One cross-document entity.
struct LinkedEntity {
  std::string id;  // stable: "P-…", "O-…", "L-…", "X-…"
  EntityType type = EntityType::kPerson;
  std::string name;
  EntityOrigin origin = EntityOrigin::kExtracted;
  std::vector<LinkedEntityName> names;   // every spelling, the name first
  std::vector<EntityMemberRef> members;  // by source id, then local id
  std::vector<ListEntryRef> list_entries;
  std::vector<std::string> lists;  // names of the lists of list_entries (read back only)
  std::vector<EntityRelation> related;
  int source_count = 0;  // distinct sources among members (read back only)
  // The blocking keys of its names (resolve/link_entities.h LinkBlockingOf):
  // the index incremental linking finds candidates through. Written only;
  // never read back.
  std::vector<EntityBlockKey> blocks;
  // Its summary, first arrived first: written; read back only by
  // EvidenceStore::GetEntitySummaries.
  std::vector<EntityShape> shapes;
};

// Which linked entities a new name may join: those with one of its matching
// keys or one of its blocking keys (EvidenceStore::FindLinkedEntities).
struct EntityCandidates {
  std::vector<std::string> ids;  // sorted, distinct
  // Blocking keys asked for under which more than max_block entities have a
  // full name, sorted: their entities are not in `ids` (linking compares
  // nothing under them).
  std::vector<std::string> oversized;
};

// A source entity's place in a linked entity, with that entity's id, type
// and name (EvidenceStore::GetEntityMemberships).
struct EntityMembership {
  EntityMemberRef member;
  std::string entity_id;
  EntityType type = EntityType::kPerson;
  std::string entity_name;
};

// "extracted", "list", "both".
const char* EntityOriginName(EntityOrigin origin);

}  // namespace dossier

#endif  // DOSSIER_STORE_ENTITY_RECORDS_H_
