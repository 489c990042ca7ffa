// Finding the corpus entities a name typed by a user stands for: "medetbekov",
// "Serik Medetbekov", "Медетбеков" (any spelling the corpus has seen).
//
//   std::vector<const CorpusEntity*> found = FindEntities(corpus, "medetbekov");
//   if (found.size() > 1) { /* list them and ask for a fuller name */ }
//
// Thread-compatible; the function is pure. Pointers point into `corpus`.
#ifndef DOSSIER_DOSSIER_FIND_ENTITY_H_
#define DOSSIER_DOSSIER_FIND_ENTITY_H_

#include <string_view>
#include <vector>

#include "dossier/corpus.h"

namespace dossier {

// Returns the entities one of whose names equals `name` ignoring case and
// punctuation. When there is none: the entities one of whose names holds
// every word of `name` (in any order: "Medetbekov Serik" finds "Serik
// Medetbekov"). Either way, entities mentioned in more sources come first.
// Empty when `name` has no letter or digit.
std::vector<const CorpusEntity*> FindEntities(const Corpus& corpus, std::string_view name);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_FIND_ENTITY_H_
