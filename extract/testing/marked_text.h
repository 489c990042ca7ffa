// Test documents written with their entities and times marked, for the
// golden tables of the extractors after NER: [Name] a person, {Name} an
// organization, <Name> a location; equal names are one entity, and
// [Mention=Name] is a mention of the entity Name written another way
// ("[Назарбаева=Нурсултан Назарбаев]"). ⟦text;from;to;precision⟧ is a date
// mention ("⟦23 ноября 1961 года;1961-11-23;1961-11-23;day⟧"; from or to
// may be empty), so tests need no time grammar. Facts are described one a
// line for comparison.
//
// Thread-safe (pure functions).
#ifndef DOSSIER_EXTRACT_TESTING_MARKED_TEXT_H_
#define DOSSIER_EXTRACT_TESTING_MARKED_TEXT_H_

#include <string>
#include <vector>

#include "extract/facts/fact.h"
#include "extract/ner/entities.h"
#include "extract/time/time_money.h"

namespace dossier {

struct MarkedText {
  std::string text;  // without the marks
  std::vector<Entity> entities;
  std::vector<TimeMention> times;
};

// Reads `marked`; offsets of the result point into MarkedText::text.
MarkedText ReadMarkedText(const std::string& marked);

// The entities of ReadMarkedText(marked); *text gets the unmarked text.
std::vector<Entity> MarkedEntities(const std::string& marked, std::string* text);

// One line per fact: "subject predicate object [role] [from..to] [by X]
// [denied]", with entity objects and speakers by name and literals in quotes.
std::vector<std::string> DescribeFacts(const std::vector<Fact>& facts,
                                       const std::vector<Entity>& entities);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_TESTING_MARKED_TEXT_H_
