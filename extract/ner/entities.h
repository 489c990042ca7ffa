// Named entities of a document: the tagger's mentions grouped into entities.
//
// Every sentence of every passage that is not a duplicate is tagged; each
// mention (a span of tokens, without a trailing possessive "'s") becomes part
// of an entity. Within one document, mentions of the same entity are grouped:
//  - a person's mentions group when the name parts of one are a subset of the
//    other's, ignoring ASCII case, with initials matching the first letters of
//    the missing parts: "Serik Medetbekov", "Medetbekov", "S. Medetbekov",
//    "Medetbekov Serik Rakhimbaevich" are one entity; "I.P. Yegarmin" and
//    "Yegarmin I.A." are not;
//  - a one-word mention of any type equal to a part of a person's name seen
//    before joins that person (document-level consistency);
//  - other mentions group when their type and case-folded text are equal.
// An entity's name is its mention with the most name parts (earliest on a
// tie); aliases are its other distinct mention texts, in order of appearance.
//
//   std::vector<Entity> entities = ExtractEntities(doc, model);
//
// Thread-safe (a tagger per call).
#ifndef DOSSIER_EXTRACT_NER_ENTITIES_H_
#define DOSSIER_EXTRACT_NER_ENTITIES_H_

#include <string>
#include <vector>

#include "extract/ner/ner_model.h"
#include "extract/ner/ner_models.h"
#include "extract/ner/ner_tags.h"
#include "text/document.h"

namespace dossier {

struct EntityMention {
  Span span;         // byte range of NormalizedDocument::text
  std::string text;  // text[span]
};

struct Entity {
  std::string id;  // "e1", "e2", ... in order of first mention
  EntityType type = EntityType::kPerson;
  std::string name;                     // the fullest mention
  std::vector<std::string> aliases;     // other distinct mention texts
  std::vector<EntityMention> mentions;  // in document order
  // Pronouns and descriptions that refer to the entity ("he", "the
  // businessman"), in document order; filled by ExtractQuotes() (quotes.h).
  std::vector<EntityMention> references;
};

// Returns the entities of `doc` in order of first mention. Uses doc.tokens,
// doc.sentences and doc.passages; passages with duplicate_of set add nothing.
std::vector<Entity> ExtractEntities(const NormalizedDocument& doc, const NerModel& model);

// The same with the model of each passage's language: doc.language's model,
// or, for a passage whose own text reads as another language that has a
// model (DetectLanguage, text/language.h), that language's.
std::vector<Entity> ExtractEntities(const NormalizedDocument& doc, const NerModels& models);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_NER_ENTITIES_H_
