// Loading the Corpus (corpus.h) from the evidence store: every stored source
// with its normalized text and stored extraction, and the cross-document
// entities of the last re-link (pipeline/entity_linking.h) with their
// members mapped to those sources.
//
// Not thread-safe: uses the caller's store from the calling thread.
//
//   ASSIGN_OR_RETURN(Corpus corpus, LoadCorpus(*store));
#ifndef DOSSIER_DOSSIER_CORPUS_FROM_STORE_H_
#define DOSSIER_DOSSIER_CORPUS_FROM_STORE_H_

#include "base/status.h"
#include "dossier/corpus.h"
#include "store/store.h"

namespace dossier {

// Returns every source in id order (documents without tokens: the store
// keeps text, passages, sentences and sections) and every entity by id. A
// source stored before extractions were kept has an empty extraction (run
// `dossier reextract`). kDataLoss naming the source when its stored
// extraction cannot be read back.
StatusOr<Corpus> LoadCorpus(EvidenceStore& store);

// Returns a stored extraction read back; kDataLoss naming `path` (the
// source's) when it cannot be.
StatusOr<DocumentExtraction> ReadStoredExtraction(const StoredExtraction& stored,
                                                  const std::string& path);

// As ReadStoredExtraction, the entities (without their mentions and
// references) and the facts alone, at a fraction of the cost: what
// screening reads of every person's sources.
StatusOr<DocumentExtraction> ReadStoredEntitiesAndFacts(const StoredExtraction& stored,
                                                        const std::string& path);

// Returns one stored source with its extraction, as LoadCorpus gives it.
// kNotFound when there is no such source.
StatusOr<CorpusSource> LoadCorpusSource(EvidenceStore& store, int64_t source_id);

// The same as a profile reads it: its document holds the text and the
// passages with their duplicate marks alone (EvidenceStore::GetSourceText),
// all that claims, statements, disputes and citations read.
StatusOr<CorpusSource> LoadCitedSource(EvidenceStore& store, int64_t source_id);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_CORPUS_FROM_STORE_H_
