// Corpus: everything the dossier is built from. Every stored source with its
// normalized text and extraction, and the entities that span sources (one
// real-world person or organization, under all its spellings), each listing
// the per-source entities it groups.
//
// Built from the store (corpus_from_store.h) or, in tests and for files not
// stored, from extractions in memory; the profile, timeline, disputes and
// export read only this.
#ifndef DOSSIER_DOSSIER_CORPUS_H_
#define DOSSIER_DOSSIER_CORPUS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/document_extraction.h"
#include "extract/ner/ner_tags.h"
#include "text/document.h"

namespace dossier {

struct CorpusSource {
  int64_t source_id = 0;  // the store's id; 0 when not stored
  std::string sha256;
  std::string path;
  std::string title;
  std::string url;
  std::string published;          // ISO date or date-time as the source gives it; may be empty
  NormalizedDocument document;    // text, passages (with duplicate marks), sentences
  DocumentExtraction extraction;  // local entity ids "e1", ... are per source
};

// One per-source entity that a corpus entity groups.
struct EntityMember {
  int source = 0;        // index into Corpus::sources
  std::string local_id;  // the entity's id in that source's extraction
};

struct CorpusEntity {
  std::string id;  // stable across runs and re-ingests ("P-…", "O-…", "L-…", "X-…")
  EntityType type = EntityType::kPerson;
  std::string name;                // the fullest name
  std::vector<std::string> names;  // every spelling and script seen, name first
  std::vector<EntityMember> members;
  std::vector<std::string> lists;  // names of imported lists it is on; empty when none
};

struct Corpus {
  std::vector<CorpusSource> sources;
  std::vector<CorpusEntity> entities;
};

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_CORPUS_H_
