// Scoring facts against a corpus of document-level relations between
// annotated entities (Re-DocRED: Wikipedia introductions, every relation of
// 96 Wikidata properties between their entities; read from disk, never
// copied into the repository).
//
// Our predicates and the corpus's properties meet in families
// (FactFamilyOf, GoldFamilyOf): born_on P569, born_in P19, died_on P570,
// died_in P20, educated_at P69, position (position, employed_by, member_of:
// P108, P463, P102, an office, employer or membership alike), spouse
// (spouse, former_spouse: P26), parent (child_of, parent_of: P22, P25, P40),
// sibling_of P3373, owns (P127 reversed), founded (P112 reversed), lives_in
// (P551; a move is no residence the corpus annotates), citizen_of P27. Only person relations count:
// those whose subject, in our direction, is an annotated person.
//
// A relation is one key (family, subject entity, object entity): a relation
// and its inverse (P22 father and P40 child) count once, and so do the two
// directions of a symmetric one. A fact matches an annotated entity when one
// of its names matches one of the entity's mentions by whole words (the
// words of one are a run of the other's, case folded); a date literal
// ("1767-05-19", "1767") matches a mention our time grammar reads as the
// same date at the precision both share ("19 May 1767", "1767"). Recall: annotated relations some
// fact matches. Precision: over facts whose subject and object both match annotated entities, the
// share matching an annotated relation of their family; facts naming an entity nobody annotated are
// counted apart.
//
//   StatusOr<std::vector<RelationDocument>> docs = ReadReDocRed(path);
//   FactEvalScores scores;
//   for (...) ScoreRelationDocument(doc, NamedFactsOf(facts, entities), &scores);
//
// Thread-safe (pure functions; ReadReDocRed reads a file).
#ifndef DOSSIER_EXTRACT_EVAL_FACT_EVAL_H_
#define DOSSIER_EXTRACT_EVAL_FACT_EVAL_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/facts/fact.h"
#include "extract/ner/entities.h"

namespace dossier {

struct RelationDocument {
  struct Vertex {
    std::vector<std::string> names;  // the mentions' texts
    std::string type;                // PER, ORG, LOC, TIME, NUM, MISC
  };
  struct Relation {
    std::string property;  // Wikidata property, "P569"
    int head = 0, tail = 0;
  };
  std::string title;
  std::string text;  // the sentences, detokenized (JoinTokens)
  std::vector<Vertex> vertices;
  std::vector<Relation> relations;
};

// Reads a Re-DocRED/DocRED JSON file. Errors name `path` and what is
// malformed (not JSON, a document without sents, a vertex index out of range).
StatusOr<std::vector<RelationDocument>> ReadReDocRed(const std::string& path);

// The text of tokenized sentences as it would be written: spaces between
// tokens but before closing punctuation (", . ; : ) 's n't %"), after an
// opening one ("( $") and inside paired straight quotes; sentences joined by
// one space.
std::string JoinTokens(const std::vector<std::vector<std::string>>& sentences);

// The family of one of our predicates, "" when the corpus has none.
std::string FactFamilyOf(std::string_view predicate);

// A fact as the scorer sees it: names rather than ids.
struct NamedFact {
  std::string predicate;
  std::vector<std::string> subject_names;  // entity name and mention texts
  std::vector<std::string> object_names;   // the same, or the literal alone
};

// The facts with their entities' names (entity name, aliases, mentions);
// facts whose subject is no entity of `entities` are dropped.
std::vector<NamedFact> NamedFactsOf(const std::vector<Fact>& facts,
                                    const std::vector<Entity>& entities);

struct FamilyScore {
  int gold = 0;             // annotated person relations (keys)
  int found = 0;            // of them, matched by a fact
  int predicted = 0;        // distinct facts with subject and object annotated
  int predicted_right = 0;  // of them, matching an annotated relation
  int unannotated = 0;      // distinct facts naming an entity nobody annotated
  double Recall() const { return gold == 0 ? 0 : static_cast<double>(found) / gold; }
  double Precision() const {
    return predicted == 0 ? 0 : static_cast<double>(predicted_right) / predicted;
  }
};

struct FactEvalScores {
  int documents = 0;
  std::map<std::string, FamilyScore> families;  // by family name
  FamilyScore Total() const;                    // summed over families
};

// One document's misses and wrong facts, described for reading
// ("P569 Willi Schneider -> 13 March 1963").
struct FactEvalNotes {
  std::vector<std::string> missed;
  std::vector<std::string> wrong;
};

// Adds `facts`, found in `doc.text`, to `scores`; fills `notes` when not null.
void ScoreRelationDocument(const RelationDocument& doc, const std::vector<NamedFact>& facts,
                           FactEvalScores* scores, FactEvalNotes* notes = nullptr);

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_EVAL_FACT_EVAL_H_
