// CorpusIndex: looks up, for any per-source entity id ("e3" of source 2), the
// cross-document entity it belongs to, so that facts, quotes and relations
// from different sources about one person come together.
//
// A per-source entity that no CorpusEntity groups still gets a reference of
// its own ("<first 12 hex of the source's sha256>/e3", its name from the
// extraction), so nothing is dropped and ids stay stable across runs.
//
//   CorpusIndex index(corpus);
//   EntityRef who = index.Resolve(/*source=*/1, "e3");   // {"P-…", "Serik Medetbekov", kPerson}
//
// Borrows the corpus, which must outlive the index. Thread-compatible.
#ifndef DOSSIER_DOSSIER_CORPUS_INDEX_H_
#define DOSSIER_DOSSIER_CORPUS_INDEX_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "dossier/corpus.h"

namespace dossier {

struct EntityRef {
  std::string id;    // a CorpusEntity::id, or the fallback id above; "" for none
  std::string name;  // the fullest name
  EntityType type = EntityType::kPerson;
  bool operator==(const EntityRef&) const = default;
};

class CorpusIndex {
 public:
  explicit CorpusIndex(const Corpus& corpus);

  const Corpus& corpus() const { return corpus_; }

  // Returns the entity `local_id` of source `source` belongs to; an empty
  // EntityRef when the id is empty or the source's extraction lacks it.
  EntityRef Resolve(int source, std::string_view local_id) const;

  // Returns the corpus entity with this id, or null.
  const CorpusEntity* Find(std::string_view id) const;

  // Returns the per-source Entity behind (source, local_id), or null.
  const Entity* Local(int source, std::string_view local_id) const;

 private:
  const Corpus& corpus_;
  std::map<std::pair<int, std::string>, int, std::less<>> member_to_entity_;
  std::map<std::string, int, std::less<>> id_to_entity_;
};

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_CORPUS_INDEX_H_
