// Users' search text, read the same way by both store backends: words,
// "quoted phrases" and trailing-* prefixes. BuildFtsQuery turns it into a
// safe SQLite FTS5 MATCH expression; the PostgreSQL store builds its
// tsquery from the same terms.
//
// Everything is emitted as quoted FTS5 strings, so FTS5 operators and syntax
// in the input (AND, OR, NOT, NEAR, column:, ^, parentheses, a stray quote)
// are searched for literally and can never make the query fail. Thread-safe
// (pure).
//
//   BuildFtsQuery("tax* \"open tender\" OR")  // "tax"* "open tender" "OR"
#ifndef DOSSIER_STORE_INTERNAL_FTS_QUERY_H_
#define DOSSIER_STORE_INTERNAL_FTS_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::store_internal {

// One word or phrase of a query; all of a query's terms must match.
struct SearchTerm {
  std::string text;     // a word, or a phrase's words (quotes removed)
  bool prefix = false;  // typed with a trailing *: its last word is a prefix
  bool operator==(const SearchTerm&) const = default;
};

// Returns the terms of `user_query` in order. An unclosed quote runs to the
// end of the input. Terms without a letter or digit are dropped.
std::vector<SearchTerm> ParseSearchTerms(std::string_view user_query);

// Returns the MATCH expression: one quoted string per term, all of which
// must match (FTS5's implicit AND), a * after those typed with one; ""
// when no term is left.
std::string BuildFtsQuery(std::string_view user_query);

}  // namespace dossier::store_internal

#endif  // DOSSIER_STORE_INTERNAL_FTS_QUERY_H_
