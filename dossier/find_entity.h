// Finding the corpus entities a name typed by a user stands for: "medetbekov",
// "Serik Medetbekov", "Медетбеков" (any spelling the corpus has seen).
//
//   std::vector<const CorpusEntity*> found = FindEntities(corpus, "medetbekov");
//   if (found.size() > 1) { /* list them and ask for a fuller name */ }
//
// Thread-compatible; the functions are pure. Pointers point into `corpus`.
#ifndef DOSSIER_DOSSIER_FIND_ENTITY_H_
#define DOSSIER_DOSSIER_FIND_ENTITY_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"

namespace dossier {

enum class EntityNameMatch { kNone, kPartial, kExact };

// A name typed by a user, folded once, to match against many entities.
class EntityNameQuery {
 public:
  explicit EntityNameQuery(std::string_view name);

  // Whether the name has no letter or digit (it matches nothing).
  bool empty() const { return query_.empty(); }

  // kExact when the entity's fullest name or one of its spellings equals
  // the query ignoring case and punctuation; else kPartial when one of them
  // holds every word of the query, in any order; else kNone.
  EntityNameMatch Match(std::string_view name,
                        const std::vector<std::string_view>& spellings) const;

 private:
  std::string query_;
  std::set<std::string> words_;
};

// Returns the entities EntityNameQuery matches exactly; when there is none,
// those it matches partially. Either way, entities mentioned in more
// sources come first, then in corpus order. Empty when `name` has no letter
// or digit.
std::vector<const CorpusEntity*> FindEntities(const Corpus& corpus, std::string_view name);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_FIND_ENTITY_H_
