// Statements: the quotations of every source, their speakers resolved to
// cross-document entities and the entities they mention listed, a quotation
// repeated by several sources kept once with every citation.
//
// Quotes in passages marked duplicate_of are skipped; two quotes are one
// statement when their speakers and folded texts are equal.
//
//   CorpusIndex index(corpus);
//   std::vector<Statement> said = CollectStatements(index);
//
// Thread-compatible; the function is pure.
#ifndef DOSSIER_DOSSIER_STATEMENTS_H_
#define DOSSIER_DOSSIER_STATEMENTS_H_

#include <string>
#include <vector>

#include "dossier/citation.h"
#include "dossier/corpus_index.h"

namespace dossier {

struct Statement {
  EntityRef speaker;  // empty id when the text does not say who
  std::string text;   // the quoted words
  std::string cue;    // "said", "told the court"; may be empty
  std::string date;   // the earliest publication date of the sources quoting it; may be empty
  std::vector<Citation> citations;   // the quotation's span, once per source passage
  std::vector<EntityRef> mentioned;  // entities named or referred to inside the quotation
};

// Returns the statements in order of their first citation.
std::vector<Statement> CollectStatements(const CorpusIndex& index);

}  // namespace dossier

#endif  // DOSSIER_DOSSIER_STATEMENTS_H_
